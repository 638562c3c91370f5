//! A Catalog: Fluent bundles for one locale, with the fallback chain requested -> en-US.

use std::collections::BTreeMap;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

use super::locale::{DEFAULT_LOCALE, Locale};
use crate::source::{SourceFile, line_col_in, line_starts};

/// An FTL syntax error, located in its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FtlError {
    pub file: String,
    pub line: usize,
    pub col: usize,
    pub start: usize,
    pub end: usize,
    pub message: String,
    /// The message this error left undefined, if the broken text starts one: it is
    /// reported here, not again as missing.
    pub broken: Option<String>,
}

impl std::fmt::Display for FtlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.col, self.message
        )
    }
}

impl std::error::Error for FtlError {}

/// Parse an .ftl file; the resource keeps every entry that parsed, errors list the rest.
pub fn parse_ftl(src: &SourceFile) -> (FluentResource, Vec<FtlError>) {
    match FluentResource::try_new(src.text.clone()) {
        Ok(r) => (r, Vec::new()),
        Err((r, errs)) => {
            let starts = line_starts(&src.text);
            let errs = errs
                .into_iter()
                .map(|e| {
                    let entry = e.slice.clone().unwrap_or(e.pos.clone());
                    let broken = entry_id(&src.text, entry.start);
                    let (start, end, message) = match unclosed_brace(&src.text, &entry, e.pos.start)
                    {
                        Some(at) => (
                            at,
                            at + 1,
                            "Fluent syntax: this `{` is never closed; end the placeable with `}` on the same line".to_string(),
                        ),
                        None => {
                            let start = e.pos.start.min(src.text.len());
                            let end = e.pos.end.min(src.text.len()).max(start);
                            (start, end, ftl_message(&e.kind.to_string()))
                        }
                    };
                    let (line, col) = line_col_in(&starts, &src.text, start);
                    FtlError {
                        file: src.path.clone(),
                        line,
                        col,
                        start,
                        end,
                        message,
                        broken,
                    }
                })
                .collect();
            (r, errs)
        }
    }
}

/// The id of the message a broken entry starts with (`id = ...`), if it starts one.
fn entry_id(text: &str, at: usize) -> Option<String> {
    let rest = text.get(at..)?;
    let (id, after) = rest.split_once('=')?;
    let id = id.trim();
    let ok = !id.is_empty()
        && id.starts_with(|c: char| c.is_ascii_alphabetic())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    (ok && !after.is_empty()).then(|| id.to_string())
}

/// The `{` a parse error really comes from: the last one before the error, in the same
/// entry, with no `}` after it. The parser only notices where the `}` should have been.
fn unclosed_brace(text: &str, entry: &std::ops::Range<usize>, err_at: usize) -> Option<usize> {
    let upto = err_at.min(text.len()).max(entry.start.min(text.len()));
    let before = text.get(entry.start.min(upto)..upto)?;
    let open = before.rfind('{')?;
    (!before[open..].contains('}')).then_some(entry.start + open)
}

fn ftl_message(raw: &str) -> String {
    let mut m = raw.to_string();
    if let Some(first) = m.get_mut(0..1) {
        first.make_ascii_lowercase();
    }
    format!("Fluent syntax: {m}")
}

pub struct Catalog {
    locale: Locale,
    /// The chain, most preferred first.
    bundles: Vec<FluentBundle<FluentResource>>,
    yes: String,
    no: String,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("locale", &self.locale)
            .finish()
    }
}

impl Catalog {
    /// Build the chain for `locale` from per-locale sources (UI chrome and a scenario's text).
    /// Any FTL syntax error is returned, located: a broken file is never half-shown.
    pub fn new(
        locale: &Locale,
        sources: &[&BTreeMap<String, SourceFile>],
    ) -> Result<Catalog, FtlError> {
        let mut chain = vec![locale.to_string()];
        if !locale.is_default() {
            chain.push(DEFAULT_LOCALE.to_string());
        }
        let mut bundles = Vec::new();
        for tag in &chain {
            let lang: LanguageIdentifier = tag.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new(vec![lang]);
            // U+2068/U+2069 show as junk in terminals
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(whole_number));
            for set in sources {
                if let Some(src) = set.get(tag) {
                    let (res, errs) = parse_ftl(src);
                    if let Some(e) = errs.into_iter().next() {
                        return Err(e);
                    }
                    bundle.add_resource_overriding(res);
                }
            }
            bundles.push(bundle);
        }
        let mut c = Catalog {
            locale: locale.clone(),
            bundles,
            yes: String::new(),
            no: String::new(),
        };
        c.yes = c.text("ui-yes");
        c.no = c.text("ui-no");
        Ok(c)
    }

    pub fn locale(&self) -> &Locale {
        &self.locale
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundles.iter().any(|b| b.has_message(id))
    }

    /// The message's text, or `[id]` when no locale in the chain has it.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None)
    }

    pub fn text_with(&self, id: &str, args: &FluentArgs) -> String {
        self.format(id, Some(args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for b in &self.bundles {
            if let Some(msg) = b.get_message(id)
                && let Some(pattern) = msg.value()
            {
                let mut errors = Vec::new();
                return b.format_pattern(pattern, args, &mut errors).into_owned();
            }
        }
        format!("[{id}]")
    }

    /// "yes" or "no" in this locale, for flags shown to people.
    pub fn flag_word(&self, b: bool) -> &str {
        if b { &self.yes } else { &self.no }
    }
}

/// A whole-number argument as trade documents print it, `1,260 cartons`, `5,670 kg` (Fluent
/// itself does no grouping); the argument stays a number, so plural selectors still work.
/// Fractions and numbers given display options keep Fluent's own formatting.
fn whole_number<M>(v: &fluent_bundle::FluentValue, _: &M) -> Option<String> {
    let fluent_bundle::FluentValue::Number(n) = v else {
        return None;
    };
    let whole = n.value.fract() == 0.0 && n.value.abs() < 9.0e15;
    (whole && n.options.use_grouping && n.options.minimum_fraction_digits.is_none())
        .then(|| super::format::group_digits(n.value as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_are_grouped_and_still_select_plurals() {
        let mut files = BTreeMap::new();
        files.insert(
            "en-US".to_string(),
            SourceFile {
                path: "t.ftl".into(),
                text: "packed = { $n ->\n    [one] one carton\n   *[other] { $n } cartons\n}\nweight = { $kg } kg\n".into(),
            },
        );
        let cat = Catalog::new(&"en-US".into(), &[&files]).unwrap();
        let say = |id: &str, name: &str, v: fluent_bundle::FluentValue<'static>| {
            let mut a = FluentArgs::new();
            a.set(name.to_string(), v);
            cat.text_with(id, &a)
        };
        assert_eq!(say("packed", "n", 1260.into()), "1,260 cartons");
        assert_eq!(say("packed", "n", 1.into()), "one carton");
        assert_eq!(say("packed", "n", 12.into()), "12 cartons");
        assert_eq!(say("weight", "kg", 5670.into()), "5,670 kg");
        assert_eq!(say("weight", "kg", 28.5.into()), "28.5 kg");
        assert_eq!(say("weight", "kg", (-12000).into()), "-12,000 kg");
    }
}
