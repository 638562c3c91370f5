//! Glossary: the zh-CN text uses one term per concept, the one in docs/glossary.md. The
//! table is compiled in, so the doc a teacher reads is the rule lint applies.

use std::sync::OnceLock;

use super::super::diagnostic::{Diagnostic, Reporter};
use super::super::load::SourceFile;
use crate::i18n::messages::Defined;

const GLOSSARY_MD: &str = include_str!("../../../docs/glossary.md");

/// The comment that lets the message below it name a never-use word on purpose.
pub const ALLOW: &str = "# glossary-allow:";

/// One row of the glossary table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub en: String,
    pub zh: Vec<String>,
    pub never: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Glossary {
    pub terms: Vec<Term>,
    /// Words that contain a never-use word and are right (`约定金额`).
    pub fine: Vec<String>,
}

/// The `backticked` words of a table cell.
fn ticked(cell: &str) -> Vec<String> {
    cell.split('`')
        .skip(1)
        .step_by(2)
        .map(|w| w.trim().to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Table rows of four cells are terms, of two cells words that are fine.
pub fn parse(md: &str) -> Glossary {
    let mut g = Glossary::default();
    for line in md.lines().map(str::trim) {
        let Some(inner) = line.strip_prefix('|').and_then(|l| l.strip_suffix('|')) else {
            continue;
        };
        let cells: Vec<&str> = inner.split('|').map(str::trim).collect();
        if cells
            .iter()
            .all(|c| c.chars().all(|ch| ch == '-' || ch == ':'))
        {
            continue;
        }
        match cells.as_slice() {
            [en, zh, never, _] if !zh.is_empty() && zh.contains('`') => g.terms.push(Term {
                en: en.to_string(),
                zh: ticked(zh),
                never: ticked(never),
            }),
            [word, _] if word.contains('`') => g.fine.extend(ticked(word)),
            _ => {}
        }
    }
    g
}

pub fn shipped() -> &'static Glossary {
    static G: OnceLock<Glossary> = OnceLock::new();
    G.get_or_init(|| parse(GLOSSARY_MD))
}

/// Byte ranges where any of `words` occurs.
fn occurrences(text: &str, words: impl Iterator<Item = String>) -> Vec<(usize, usize)> {
    words
        .flat_map(|w| {
            text.match_indices(w.as_str())
                .map(|(i, m)| (i, i + m.len()))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The words the comment block right above the line at `offset` allows.
fn allowed_above(text: &str, offset: usize) -> Vec<String> {
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    text[..line_start]
        .lines()
        .rev()
        .take_while(|l| l.starts_with('#'))
        .filter_map(|l| l.strip_prefix(ALLOW))
        .flat_map(|rest| rest.split([',', ' ', '，', '、']).map(str::to_string))
        .filter(|w| !w.is_empty())
        .collect()
}

fn in_comment(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    text[line_start..].starts_with('#')
}

/// `glossary` warnings for a zh-CN .ftl file, each at the word, the right term as the hint.
pub fn check(g: &Glossary, src: &SourceFile, defs: &[Defined]) -> Vec<Diagnostic> {
    let text = &src.text;
    let right = occurrences(
        text,
        g.terms
            .iter()
            .flat_map(|t| t.zh.iter().cloned())
            .chain(g.fine.iter().cloned()),
    );
    let mut r = Reporter::new(&src.path, text);
    let mut hits: Vec<(usize, usize, &Term, &str)> = Vec::new();
    for t in &g.terms {
        for w in &t.never {
            for (at, m) in text.match_indices(w.as_str()) {
                let end = at + m.len();
                if in_comment(text, at) || right.iter().any(|(s, e)| *s <= at && end <= *e) {
                    continue;
                }
                // the message the word is in: the last one that starts before it
                let owner = defs
                    .iter()
                    .filter(|d| d.offset <= at)
                    .max_by_key(|d| d.offset);
                if owner.is_some_and(|d| allowed_above(text, d.offset).iter().any(|a| a == w)) {
                    continue;
                }
                hits.push((at, end, t, w));
            }
        }
    }
    hits.sort_by_key(|h| h.0);
    for (at, end, t, w) in hits {
        r.warn(
            "glossary",
            (at, end),
            format!("`{w}` is not the term for {} (docs/glossary.md)", t.en),
            Some(format!(
                "use {}; a message that names `{w}` on purpose opts out with `{ALLOW} {w}` \
                 on the line above it",
                t.zh.iter()
                    .map(|z| format!("`{z}`"))
                    .collect::<Vec<_>>()
                    .join(" or ")
            )),
        );
    }
    r.out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::messages::defined;
    use crate::i18n::parse_ftl;

    fn lint(text: &str) -> Vec<Diagnostic> {
        let src = SourceFile {
            path: "zh.ftl".into(),
            text: text.into(),
        };
        let (res, _) = parse_ftl(&src);
        check(shipped(), &src, &defined(&res))
    }

    #[test]
    fn the_shipped_table_has_the_terms_of_issue_10() {
        let g = shipped();
        let never: Vec<&str> = g
            .terms
            .iter()
            .flat_map(|t| t.never.iter().map(String::as_str))
            .collect();
        for w in [
            "交货条件",
            "申报价值",
            "放账",
            "定金",
            "留存的印鉴",
            "水渍",
            "轴套",
        ] {
            assert!(never.contains(&w), "{w} missing from docs/glossary.md");
        }
        assert!(g.fine.iter().any(|w| w == "约定金额"));
    }

    #[test]
    fn a_wrong_term_is_located_with_the_right_one_as_hint() {
        let d = lint("a = 先付30%定金。\n");
        assert_eq!(d.len(), 1);
        assert_eq!((d[0].line, d[0].col), (1, 10));
        assert!(d[0].hint.as_deref().unwrap().contains("`预付款`"));
    }

    #[test]
    fn right_terms_comments_and_allowed_messages_are_not_reported() {
        let d = lint(
            "# 定金 in a comment\na = 投保水渍险；按约定金额付款。\n\
             # glossary-allow: 定金\nb = 这是预付款，不是定金。\nc = 放账\n",
        );
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].line, 5);
    }
}
