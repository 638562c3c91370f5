//! Translations that know what they translate: each translated message may carry a
//! `# source-hash: xxxxxxxx` comment, the hash of the en-US text it was made from. When the
//! en-US text changes, lint says which translations are now stale; a stub that `tradesim
//! translate` wrote and nobody has translated yet carries `# TODO(translate)`.
//!
//! The reading here is line-based on purpose: it must keep every byte of a file it rewrites
//! (comments, blank lines, order), which an AST round trip would not.

use std::ops::Range;

use sha2::{Digest, Sha256};

use crate::scenario::diagnostic::Rule;
use crate::scenario::diagnostic::{Diagnostic, Reporter};
use crate::scenario::load::SourceFile;

pub const HASH_PREFIX: &str = "# source-hash: ";
pub const TODO_PREFIX: &str = "# TODO(translate)";

/// One message of a Fluent file, as lines of its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    /// The `# ...` lines directly above the message (attached comments).
    pub comments: Vec<String>,
    /// Everything after `id =`: the first line's rest and the indented lines after it.
    pub value: String,
    /// Byte range of the whole entry, comments included, up to and including its last newline.
    pub span: Range<usize>,
    /// Byte range of the `id` on its line.
    pub id_at: Range<usize>,
}

impl Entry {
    pub fn source_hash(&self) -> Option<&str> {
        self.comments
            .iter()
            .find_map(|c| c.strip_prefix(HASH_PREFIX))
            .map(str::trim)
    }
    pub fn is_todo(&self) -> bool {
        self.comments.iter().any(|c| c.starts_with(TODO_PREFIX))
    }
}

/// The hash recorded for a source text: 8 hex digits of SHA-256 over its trimmed lines.
pub fn hash_of(value: &str) -> String {
    let normal: Vec<&str> = value.lines().map(str::trim).collect();
    let digest = Sha256::digest(normal.join("\n").trim().as_bytes());
    digest[..4].iter().map(|b| format!("{b:02x}")).collect()
}

/// The messages (and terms) of a Fluent file, in order.
pub fn entries(text: &str) -> Vec<Entry> {
    let lines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .scan(0, |pos, l| {
            let at = *pos;
            *pos += l.len();
            Some((at, l))
        })
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let (at, line) = lines[i];
        let Some(id) = message_id(line) else {
            i += 1;
            continue;
        };
        // attached comments: `#` lines directly above, not group (`##`) or file (`###`) ones
        let mut first = i;
        while first > 0 && is_attached_comment(lines[first - 1].1) {
            first -= 1;
        }
        let comments = lines[first..i]
            .iter()
            .map(|(_, l)| l.trim_end().to_string())
            .collect();
        let mut value = line[line.find('=').map_or(line.len(), |e| e + 1)..]
            .trim_start_matches(' ')
            .to_string();
        let mut last = i;
        let mut j = i + 1;
        while j < lines.len() {
            let l = lines[j].1;
            if l.starts_with(' ') && !l.trim().is_empty() {
                last = j;
                j += 1;
            } else if l.trim().is_empty()
                && lines[j + 1..]
                    .first()
                    .is_some_and(|n| n.1.starts_with(' ') && !n.1.trim().is_empty())
            {
                j += 1;
            } else {
                break;
            }
        }
        for (_, l) in &lines[i + 1..=last] {
            value.push_str(l);
        }
        let (end_at, end_line) = lines[last];
        out.push(Entry {
            id: id.to_string(),
            comments,
            value: value.trim_end().to_string(),
            span: lines[first].0..end_at + end_line.len(),
            id_at: at..at + id.len(),
        });
        i = last + 1;
    }
    out
}

fn is_attached_comment(line: &str) -> bool {
    line == "#\n" || line == "#" || line.starts_with("# ")
}

fn message_id(line: &str) -> Option<&str> {
    let first = line.chars().next()?;
    if !(first.is_ascii_alphabetic() || first == '-') {
        return None;
    }
    let end = line
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(line.len());
    line[end..]
        .trim_start_matches(' ')
        .starts_with('=')
        .then(|| &line[..end])
}

/// Lint: in each non-source locale, stubs not yet translated and translations whose en-US
/// text changed since they were made.
pub fn check(source: &SourceFile, targets: &[&SourceFile]) -> Vec<Diagnostic> {
    // only files `tradesim translate` has touched carry the markers: skip the rest unread
    let targets: Vec<&&SourceFile> = targets
        .iter()
        .filter(|t| t.text.contains(HASH_PREFIX) || t.text.contains(TODO_PREFIX))
        .collect();
    if targets.is_empty() {
        return Vec::new();
    }
    let src: Vec<Entry> = entries(&source.text);
    // by id: a scenario has thousands of messages, and each translation looks its source up
    let src: std::collections::HashMap<&str, &Entry> =
        src.iter().map(|e| (e.id.as_str(), e)).rev().collect();
    let mut out = Vec::new();
    for target in targets {
        let p = std::path::Path::new(&target.path);
        let name = |q: Option<&std::path::Path>| {
            q.and_then(|x| x.file_name())
                .map_or_else(|| "?".to_string(), |n| n.to_string_lossy().to_string())
        };
        let locale = name(p.parent());
        let id = p
            .file_stem()
            .map_or_else(|| "?".to_string(), |n| n.to_string_lossy().to_string());
        let mut r = Reporter::new(&target.path, &target.text);
        for e in entries(&target.text) {
            if e.is_todo() {
                r.warn(
                    Rule::Untranslated,
                    (e.id_at.start, e.id_at.end),
                    format!("`{}` is a stub that still holds the en-US text", e.id),
                    Some(
                        "translate it, then delete the `# TODO(translate)` line above it"
                            .to_string(),
                    ),
                );
                continue;
            }
            let Some(recorded) = e.source_hash() else {
                continue;
            };
            let Some(now) = src.get(e.id.as_str()) else {
                continue;
            };
            let current = hash_of(&now.value);
            if recorded != current {
                r.warn(
                    Rule::StaleTranslation,
                    (e.id_at.start, e.id_at.end),
                    format!(
                        "the en-US text of `{}` changed since this translation was made",
                        e.id
                    ),
                    Some(format!(
                        "check the translation against the en-US text now, then run \
                         `tradesim translate {id} --to {locale} --accept {}` \
                         (or set `{HASH_PREFIX}{current}`)",
                        e.id
                    )),
                );
            }
        }
        out.extend(r.out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FTL: &str = "### file comment\n\n## group\n# about title\n# source-hash: 00000000\ntitle = First order\nlong =\n    one\n\n    two\n.attr = x\nplain = p\n";

    #[test]
    fn reads_entries_with_their_comments_and_multiline_values() {
        let e = entries(FTL);
        let ids: Vec<&str> = e.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, vec!["title", "long", "plain"]);
        assert_eq!(
            e[0].comments,
            vec!["# about title", "# source-hash: 00000000"]
        );
        assert_eq!(e[0].source_hash(), Some("00000000"));
        assert_eq!(e[1].value, "\n    one\n\n    two");
        assert!(e[1].comments.is_empty());
        assert_eq!(
            &FTL[e[0].span.clone()],
            "# about title\n# source-hash: 00000000\ntitle = First order\n"
        );
        assert_eq!(&FTL[e[2].id_at.clone()], "plain");
    }

    #[test]
    fn hash_ignores_indentation_but_not_words() {
        assert_eq!(hash_of("\n    one\n    two"), hash_of("\n  one\n  two"));
        assert_ne!(hash_of("one"), hash_of("two"));
        assert_eq!(hash_of("x").len(), 8);
    }

    #[test]
    fn stale_and_untranslated_are_reported() {
        let src = SourceFile {
            path: "en-US/x.ftl".into(),
            text: "a = New text\nb = Same\nc = C\n".into(),
        };
        let target = SourceFile {
            path: "zh-CN/x.ftl".into(),
            text: format!(
                "# source-hash: {}\na = 旧\n# source-hash: {}\nb = 同\n# TODO(translate) en-US: C\nc = C\n",
                hash_of("Old text"),
                hash_of("Same")
            ),
        };
        let d = check(&src, &[&target]);
        let codes: Vec<(&str, usize)> = d.iter().map(|d| (d.code.name(), d.line)).collect();
        assert_eq!(codes, vec![("stale-translation", 2), ("untranslated", 6)]);
    }
}
