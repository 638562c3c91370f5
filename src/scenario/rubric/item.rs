//! One rubric item applied to a reply: what it found, where, and what is missing.

use std::ops::Range;

use super::format::{PhraseGroup, RequiredValue, RubricItem};

use super::words::{Word, words};
use super::{amount, date, incoterm, phrase};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Met,
    NotMet,
    /// A person marks it; the machine says nothing.
    Examiner,
}

/// Something the checker saw in the reply, with where it stands (byte span) for highlighting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub what: String,
    pub span: Range<usize>,
    /// A forbidden phrase (it fails the item).
    pub forbidden: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemResult {
    pub verdict: Verdict,
    pub found: Vec<Found>,
    /// What the item looked for and did not find, as the rubric names it.
    pub missing: Vec<String>,
}

/// Looks a value source up: a variable's current value as text, or `None` for a literal.
pub type Resolve<'a> = &'a dyn Fn(&str) -> Option<String>;

fn value_of(resolve: Resolve, source: &str) -> String {
    resolve(source).unwrap_or_else(|| source.to_string())
}

/// Applies one item. Pure: the same reply and values give the same result.
pub fn check_item(item: &RubricItem, text: &str, resolve: Resolve) -> ItemResult {
    let ws = words(text);
    check_words(item, text, &ws, resolve)
}

pub(super) fn check_words(
    item: &RubricItem,
    text: &str,
    ws: &[Word],
    resolve: Resolve,
) -> ItemResult {
    if item.examiner {
        return ItemResult {
            verdict: Verdict::Examiner,
            found: vec![],
            missing: vec![],
        };
    }
    let mut found = Vec::new();
    let mut missing = Vec::new();
    let look = |p: &str, found: &mut Vec<Found>| {
        phrase::find(text, ws, p).map(|span| {
            found.push(Found {
                what: p.to_string(),
                span,
                forbidden: false,
            })
        })
    };
    for group in &item.phrases {
        match group {
            PhraseGroup::AllOf(ps) => {
                for p in ps {
                    if look(p, &mut found).is_none() {
                        missing.push(p.clone());
                    }
                }
            }
            PhraseGroup::AnyOf(ps) => {
                if !ps.iter().any(|p| look(p, &mut found).is_some()) {
                    missing.push(ps.join(" / "));
                }
            }
        }
    }
    for v in &item.values {
        match value_found(v, text, ws, resolve) {
            Ok(f) => found.push(f),
            Err(what) => missing.push(what),
        }
    }
    let mut clean = true;
    for p in &item.forbidden {
        if let Some(span) = phrase::find_asserted(text, ws, p) {
            clean = false;
            found.push(Found {
                what: p.clone(),
                span,
                forbidden: true,
            });
        }
    }
    let verdict = if missing.is_empty() && clean {
        Verdict::Met
    } else {
        Verdict::NotMet
    };
    found.sort_by_key(|f| f.span.start);
    ItemResult {
        verdict,
        found,
        missing,
    }
}

/// The value where the reply states it, or how the rubric names it when it does not.
fn value_found(
    v: &RequiredValue,
    text: &str,
    ws: &[Word],
    resolve: Resolve,
) -> Result<Found, String> {
    let hit = |what: String, span: Range<usize>| Found {
        what,
        span,
        forbidden: false,
    };
    match v {
        RequiredValue::Money {
            amount: a,
            currency,
        } => {
            let (a, cur) = (value_of(resolve, a), value_of(resolve, currency));
            let what = format!("{cur} {a}");
            let want = amount::parse(&a).ok_or_else(|| what.clone())?;
            let markers = amount::currency_markers(&cur);
            amount::figures(text)
                .into_iter()
                .find(|f| f.value == want && amount::has_currency(text, f, &markers))
                .map(|f| hit(what.clone(), f.span))
                .ok_or(what)
        }
        RequiredValue::Number(n) => {
            let n = value_of(resolve, n);
            let want = amount::parse(&n).ok_or_else(|| n.clone())?;
            amount::figures(text)
                .into_iter()
                .find(|f| f.value == want)
                .map(|f| hit(n.clone(), f.span))
                .ok_or(n)
        }
        RequiredValue::Incoterm { term, place } => {
            let (term, place) = (value_of(resolve, term), value_of(resolve, place));
            let what = format!("{} {place}", term.to_uppercase());
            let stems: Vec<String> = words(&place).into_iter().map(|w| w.stem).collect();
            incoterm::find(ws, &term, &stems)
                .map(|s| hit(what.clone(), s))
                .ok_or_else(|| {
                    let named = incoterm::named(ws);
                    if named.is_empty() {
                        what
                    } else {
                        format!(
                            "{what} (the reply names {})",
                            named.join(", ").to_uppercase()
                        )
                    }
                })
        }
        RequiredValue::Date(d) => {
            let d = value_of(resolve, d);
            let want = date::parse(&d).ok_or_else(|| d.clone())?;
            date::find(text, ws, want)
                .map(|s| hit(d.clone(), s))
                .ok_or(d)
        }
        RequiredValue::Text(t) => {
            let t = value_of(resolve, t);
            phrase::find(text, ws, &t)
                .map(|s| hit(t.clone(), s))
                .ok_or(t)
        }
    }
}
