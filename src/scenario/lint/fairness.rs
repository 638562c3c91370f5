//! Fairness: a test-wise student must not find the best option by its length alone
//! (issue 10, section 1). Lengths are counted in characters of the rendered text, in each
//! locale on its own: a Chinese character counts one, like a Latin letter.

use std::collections::{BTreeMap, HashMap};

use super::super::compile::Scenario;
use super::super::diagnostic::{Diagnostic, Reporter};
use super::super::load::SourceFile;
use super::super::model::{Choice, Node};
use super::super::source::{Seg, SourceMap};
use super::LocaleText;
use crate::i18n::{Catalog, DEFAULT_LOCALE};
use crate::scenario::diagnostic::Rule;
use crate::scenario::expr::Val;
use crate::scenario::text::ScenarioText;

/// How much longer (in percent) than every other option the best one may be.
pub const MAX_LEAD_PERCENT: usize = 25;

/// The length a reader sees: characters of the rendered text, without surrounding spaces.
pub fn option_length(text: &str) -> usize {
    text.trim().chars().count()
}

/// The one choice whose score sum is strictly highest, if there is one (and more than one
/// choice to compare it with).
pub fn single_best(choices: &[Choice]) -> Option<usize> {
    if choices.len() < 2 {
        return None;
    }
    let sums: Vec<i64> = choices.iter().map(|c| c.score.values().sum()).collect();
    let top = *sums.iter().max()?;
    let mut at_top = sums.iter().enumerate().filter(|(_, v)| **v == top);
    let (best, _) = at_top.next()?;
    at_top.next().is_none().then_some(best)
}

/// The length of every choice of a decision, rendered with the scenario's initial values.
fn lengths(s: &Scenario, cat: &Catalog, vars: &[Val], choices: &[Choice]) -> Vec<usize> {
    choices
        .iter()
        .map(|c| option_length(&cat.scenario_text(&c.text, s, vars)))
        .collect()
}

/// A decision with a single best option, measured in one locale.
#[derive(Debug, Clone)]
pub struct Measured {
    pub node: usize,
    pub best: usize,
    pub lengths: Vec<usize>,
}

impl Measured {
    fn longest_other(&self) -> usize {
        self.lengths
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != self.best)
            .map(|(_, l)| *l)
            .max()
            .unwrap_or(0)
    }

    /// The best option is at least as long as every other (a tie counts: a test-wise
    /// student who picks the first of the longest may still land on it).
    pub fn best_is_longest(&self) -> bool {
        self.lengths[self.best] >= self.longest_other()
    }

    /// More than 25% longer than every other option.
    pub fn is_cue(&self) -> bool {
        self.lengths[self.best] * 100 > self.longest_other() * (100 + MAX_LEAD_PERCENT)
    }
}

/// Every decision with a single best option, measured in the catalog's locale.
pub fn measure(s: &Scenario, cat: &Catalog) -> Vec<Measured> {
    let vars: Vec<Val> = s.vars.iter().map(|v| v.initial.clone()).collect();
    s.file
        .nodes
        .iter()
        .enumerate()
        .filter_map(|(i, n)| match n {
            Node::Decision(d) => single_best(&d.choices).map(|best| Measured {
                node: i,
                best,
                lengths: lengths(s, cat, &vars, &d.choices),
            }),
            _ => None,
        })
        .collect()
}

/// In how many decisions with a single best option that option is the longest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct LongestFigure {
    pub longest: usize,
    pub decisions: usize,
}

impl LongestFigure {
    pub fn percent(&self) -> f64 {
        if self.decisions == 0 {
            0.0
        } else {
            self.longest as f64 * 100.0 / self.decisions as f64
        }
    }
}

pub fn longest_figure(s: &Scenario, cat: &Catalog) -> LongestFigure {
    let m = measure(s, cat);
    LongestFigure {
        longest: m.iter().filter(|x| x.best_is_longest()).count(),
        decisions: m.len(),
    }
}

/// Every decision with a single best option, measured from the parsed text where every
/// choice is plain text; only a decision with a placeable in a choice is formatted, with a
/// catalog made when first needed. (Formatting every choice was a fifth of a 5,000-node
/// lint.)
fn measure_parsed(
    s: &Scenario,
    lang: &str,
    locales: &BTreeMap<String, SourceFile>,
    texts: &BTreeMap<String, LocaleText>,
) -> Vec<Measured> {
    let here = plain_lengths(texts.get(lang));
    let fallback = plain_lengths(texts.get(DEFAULT_LOCALE));
    let len_of = |id: &str| -> Option<usize> {
        match here.get(id) {
            Some(l) => *l,
            None => fallback.get(id).copied().flatten(),
        }
    };
    let mut cat: Option<Option<Catalog>> = None;
    let vars: Vec<Val> = s.vars.iter().map(|v| v.initial.clone()).collect();
    let mut out = Vec::new();
    for (i, n) in s.file.nodes.iter().enumerate() {
        let Node::Decision(d) = n else { continue };
        let Some(best) = single_best(&d.choices) else {
            continue;
        };
        let plain: Option<Vec<usize>> = d.choices.iter().map(|c| len_of(&c.text)).collect();
        let lengths = match plain {
            Some(l) => l,
            None => {
                // a locale that does not parse is reported by the Fluent rules
                let made = cat.get_or_insert_with(|| Catalog::new(&lang.into(), &[locales]).ok());
                let Some(c) = made else { continue };
                lengths(s, c, &vars, &d.choices)
            }
        };
        out.push(Measured {
            node: i,
            best,
            lengths,
        });
    }
    out
}

fn plain_lengths(t: Option<&LocaleText>) -> HashMap<&str, Option<usize>> {
    t.map(|t| {
        t.defs
            .iter()
            .map(|d| (d.id.as_str(), d.plain_len))
            .collect()
    })
    .unwrap_or_default()
}

/// `length-cue` warnings, located at the best choice's `text` in the .ron.
pub fn check(
    s: &Scenario,
    ron: &SourceFile,
    map: &SourceMap,
    locales: &BTreeMap<String, SourceFile>,
    texts: &BTreeMap<String, LocaleText>,
) -> Vec<Diagnostic> {
    let mut r = Reporter::new(&ron.path, &ron.text);
    for lang in locales.keys() {
        for m in measure_parsed(s, lang, locales, texts)
            .iter()
            .filter(|m| m.is_cue())
        {
            let span = map.locate(&[
                Seg::Field("nodes"),
                Seg::Index(m.node),
                Seg::Field("choices"),
                Seg::Index(m.best),
                Seg::Field("text"),
            ]);
            r.warn(
                Rule::LengthCue,
                (span.start, span.end),
                format!(
                    "in {lang}, the best option of `{}` (choice {}, {} characters) is more \
                     than {MAX_LEAD_PERCENT}% longer than every other option (longest other: {})",
                    s.node(m.node).id(),
                    m.best + 1,
                    m.lengths[m.best],
                    m.longest_other()
                ),
                Some(
                    "a test-wise student picks the longest option: write the wrong options as \
                     fully as the right one, or say the right one more briefly"
                        .into(),
                ),
            );
        }
    }
    r.out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(score: i64) -> Choice {
        Choice {
            text: "t".into(),
            condition: None,
            effects: Vec::new(),
            score: [("c".to_string(), score)].into_iter().collect(),
            feedback: None,
            goto: "x".into(),
        }
    }

    #[test]
    fn single_best_needs_a_strict_top() {
        assert_eq!(single_best(&[choice(1), choice(3), choice(0)]), Some(1));
        assert_eq!(single_best(&[choice(2), choice(2), choice(0)]), None);
        assert_eq!(single_best(&[choice(2)]), None);
    }

    #[test]
    fn a_cue_is_more_than_a_quarter_longer_than_every_other() {
        let m = |lengths: Vec<usize>| Measured {
            node: 0,
            best: 0,
            lengths,
        };
        assert!(!m(vec![125, 100, 40]).is_cue());
        assert!(m(vec![126, 100, 40]).is_cue());
        assert!(m(vec![100, 100]).best_is_longest());
        assert!(!m(vec![99, 100]).best_is_longest());
        assert_eq!(option_length(" 贸易术语 "), 4);
    }

    /// The fast path (parsed plain text) measures what the formatted text measures, on
    /// every shipped scenario and locale.
    #[test]
    fn parsed_lengths_equal_formatted_lengths() {
        use crate::scenario::library::Library;
        let lib = Library::shipped();
        for (files, _) in lib.list() {
            let s = crate::scenario::compile::compile(&files.ron).0.unwrap();
            let texts: BTreeMap<String, LocaleText> = files
                .locales
                .iter()
                .map(|(l, f)| (l.clone(), LocaleText::parse(f)))
                .collect();
            for lang in files.locales.keys() {
                let cat = Catalog::new(&lang.as_str().into(), &[&files.locales]).unwrap();
                let slow: Vec<Vec<usize>> =
                    measure(&s, &cat).into_iter().map(|m| m.lengths).collect();
                let fast: Vec<Vec<usize>> = measure_parsed(&s, lang, &files.locales, &texts)
                    .into_iter()
                    .map(|m| m.lengths)
                    .collect();
                assert_eq!(slow, fast, "{} {lang}", files.id);
            }
        }
    }
}
