//! `tradesim translate`: keep a target .ftl in step with its en-US source. Missing messages
//! become marked stubs (the source text in a comment), translations record the hash of the
//! source text they were made from, and a spreadsheet round trip (CSV: id, source, target,
//! note) lets a colleague translate without touching Fluent. Nothing is ever deleted.

use std::collections::BTreeSet;

use crate::scenario::lint::translation::{Entry, HASH_PREFIX, TODO_PREFIX, entries, hash_of};

const ECHO_PREFIX: &str = "# en-US: ";

/// What an update did or found, by message id.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// Added as stubs.
    pub stubbed: Vec<String>,
    /// Translated before tracking began: their hash is recorded now.
    pub tracked: Vec<String>,
    /// Accepted after review: their hash now matches the source.
    pub accepted: Vec<String>,
    /// Source changed since translation, not accepted: left as they are.
    pub stale: Vec<String>,
    /// Stubs still waiting for a translation.
    pub todo: Vec<String>,
}

/// A row of the translation spreadsheet.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Row {
    pub id: String,
    pub source: String,
    pub target: String,
    pub note: String,
}

/// A CSV row that cannot be imported (1-based, the header being row 1).
#[derive(Debug, PartialEq, Eq)]
pub struct ImportError {
    pub row: usize,
    pub message: String,
}

/// Bring `target` up to date with `source`: stubs for missing messages, hashes for
/// untracked translations, new hashes for the ids in `accept`.
pub fn update(source: &str, target: &str, accept: &[String]) -> (String, Changes) {
    let src = entries(source);
    let tgt = entries(target);
    let mut ch = Changes::default();
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    for e in &tgt {
        let Some(s) = src.iter().find(|s| s.id == e.id) else {
            continue;
        };
        let now = hash_of(&s.value);
        if e.is_todo() {
            ch.todo.push(e.id.clone());
        } else if accept.contains(&e.id) {
            edits.push((e.span.clone(), rebuilt(e, &now, &e.value)));
            ch.accepted.push(e.id.clone());
        } else {
            match e.source_hash() {
                None => {
                    edits.push((e.span.clone(), rebuilt(e, &now, &e.value)));
                    ch.tracked.push(e.id.clone());
                }
                Some(h) if h != now => ch.stale.push(e.id.clone()),
                Some(_) => {}
            }
        }
    }
    let mut out = apply(target, edits);
    let have: BTreeSet<&str> = tgt.iter().map(|e| e.id.as_str()).collect();
    for s in src.iter().filter(|s| !have.contains(s.id.as_str())) {
        if !out.is_empty() && !out.ends_with("\n\n") {
            out.push_str(if out.ends_with('\n') { "\n" } else { "\n\n" });
        }
        out.push_str(&stub(s));
        ch.stubbed.push(s.id.clone());
    }
    (out, ch)
}

/// The spreadsheet: one row per source message, with the current translation if any.
pub fn export(source: &str, target: &str) -> Vec<Row> {
    let tgt = entries(target);
    entries(source)
        .iter()
        .map(|s| {
            let t = tgt.iter().find(|t| t.id == s.id);
            let (text, note) = match t {
                None => (String::new(), "missing"),
                Some(t) if t.is_todo() => (String::new(), "todo"),
                Some(t) if t.source_hash().is_some_and(|h| h != hash_of(&s.value)) => {
                    (plain(&t.value), "stale")
                }
                Some(t) => (plain(&t.value), ""),
            };
            Row {
                id: s.id.clone(),
                source: plain(&s.value),
                target: text,
                note: note.to_string(),
            }
        })
        .collect()
}

/// Put the translated rows into `target`; rows with an empty target are skipped. The
/// recorded hash is that of the source text in the row, so a source that changed after the
/// export shows up as stale in lint.
pub fn import(source: &str, target: &str, rows: &[Row]) -> Result<(String, usize), ImportError> {
    let src = entries(source);
    let tgt = entries(target);
    let mut edits = Vec::new();
    let mut appended = String::new();
    let mut count = 0;
    for (i, row) in rows.iter().enumerate() {
        if row.target.trim().is_empty() {
            continue;
        }
        let row_no = i + 2;
        if !src.iter().any(|s| s.id == row.id) {
            return Err(ImportError {
                row: row_no,
                message: format!("no message `{}` in the source file", row.id.escape_debug()),
            });
        }
        let value = fluent_value(&row.target);
        let hash = hash_of(&fluent_value(&row.source));
        match tgt.iter().find(|t| t.id == row.id) {
            Some(t) => edits.push((t.span.clone(), rebuilt(t, &hash, &value))),
            None => appended.push_str(&format!("{HASH_PREFIX}{hash}\n{}\n", line(&row.id, &value))),
        }
        count += 1;
    }
    let mut out = apply(target, edits);
    if !appended.is_empty() {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&appended);
    }
    Ok((out, count))
}

/// Replace byte ranges (non-overlapping) from the end, so earlier ranges stay valid.
fn apply(text: &str, mut edits: Vec<(std::ops::Range<usize>, String)>) -> String {
    edits.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
    let mut out = text.to_string();
    for (r, new) in edits {
        out.replace_range(r, &new);
    }
    out
}

/// The entry with its own comments (less the stub markers and the old hash), the new hash,
/// and `value`.
fn rebuilt(e: &Entry, hash: &str, value: &str) -> String {
    let mut s = String::new();
    for c in &e.comments {
        if !(c.starts_with(HASH_PREFIX) || c.starts_with(TODO_PREFIX) || c.starts_with(ECHO_PREFIX))
        {
            s.push_str(c);
            s.push('\n');
        }
    }
    s.push_str(&format!("{HASH_PREFIX}{hash}\n{}\n", line(&e.id, value)));
    s
}

/// `id = value`, or `id =` and the indented lines of a multi-line value.
fn line(id: &str, value: &str) -> String {
    if value.starts_with('\n') {
        format!("{id} ={value}")
    } else {
        format!("{id} = {value}")
    }
}

fn stub(s: &Entry) -> String {
    let mut out = format!("{TODO_PREFIX}\n");
    for line in plain(&s.value).lines() {
        out.push_str(&format!("{ECHO_PREFIX}{line}\n"));
    }
    out.push_str(&format!(
        "{HASH_PREFIX}{}\n{}\n",
        hash_of(&s.value),
        line(&s.id, &s.value)
    ));
    out
}

/// A Fluent value as a person reads it: the lines without their indentation.
fn plain(value: &str) -> String {
    value
        .lines()
        .map(str::trim)
        .skip_while(|l| l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A person's text as a Fluent value: several lines go on indented lines of their own.
fn fluent_value(text: &str) -> String {
    let text = text.trim().replace("\r\n", "\n");
    if !text.contains('\n') {
        return text;
    }
    let mut s = String::new();
    for line in text.lines() {
        s.push('\n');
        if !line.trim().is_empty() {
            s.push_str("    ");
            s.push_str(line.trim());
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = "title = First order\nlong =\n    Line one\n    line two\nnew = Brand new\n";

    #[test]
    fn stubs_missing_tracks_untracked_and_keeps_the_rest() {
        let target = "### 中文\n\n# a note\ntitle = 第一单\nlong =\n    第一行\n    第二行\n";
        let (out, ch) = update(SRC, target, &[]);
        assert_eq!(ch.stubbed, vec!["new"]);
        assert_eq!(ch.tracked, vec!["title", "long"]);
        assert!(
            out.starts_with("### 中文\n\n# a note\n# source-hash: "),
            "{out}"
        );
        assert!(out.contains("title = 第一单\n"));
        assert!(out.contains("long =\n    第一行\n    第二行\n"), "{out}");
        assert!(
            out.contains("# TODO(translate)\n# en-US: Brand new\n"),
            "{out}"
        );
        assert!(out.ends_with("new = Brand new\n"), "{out}");
        // a second run changes nothing
        let (again, ch2) = update(SRC, &out, &[]);
        assert_eq!(again, out);
        assert_eq!(ch2.todo, vec!["new"]);
        assert!(ch2.stubbed.is_empty() && ch2.tracked.is_empty());
    }

    #[test]
    fn a_changed_source_is_stale_until_accepted() {
        let (tracked, _) = update(SRC, "title = 第一单\n", &[]);
        let changed = SRC.replace("First order", "Your first order");
        let (same, ch) = update(&changed, &tracked, &[]);
        assert_eq!(ch.stale, vec!["title"]);
        assert!(same.contains("title = 第一单"));
        let (ok, ch) = update(&changed, &same, &["title".to_string()]);
        assert_eq!(ch.accepted, vec!["title"]);
        assert!(ok.contains(&format!(
            "# source-hash: {}\ntitle = 第一单",
            hash_of("Your first order")
        )));
    }

    fn notes(rows: &[Row]) -> Vec<(&str, &str)> {
        rows.iter()
            .map(|r| (r.id.as_str(), r.note.as_str()))
            .collect()
    }

    #[test]
    fn csv_round_trip() {
        let untouched = "title = 第一单\n";
        let rows = export(SRC, untouched);
        assert_eq!(
            notes(&rows),
            vec![("title", ""), ("long", "missing"), ("new", "missing")]
        );
        let (target, _) = update(SRC, untouched, &[]);
        let rows = export(SRC, &target);
        assert_eq!(
            notes(&rows),
            vec![("title", ""), ("long", "todo"), ("new", "todo")]
        );
        assert_eq!(rows[1].source, "Line one\nline two");
        let mut filled = rows.clone();
        filled[1].target = "第一行\n第二行".into();
        filled[2].target = "全新".into();
        let (out, n) = import(SRC, &target, &filled).unwrap();
        assert_eq!(n, 3);
        assert!(out.contains("long =\n    第一行\n    第二行\n"), "{out}");
        assert!(
            out.contains("new = 全新\n") && !out.contains("TODO"),
            "{out}"
        );
        let d = crate::scenario::lint::translation::check(
            &crate::scenario::load::SourceFile {
                path: "en".into(),
                text: SRC.into(),
            },
            &[&crate::scenario::load::SourceFile {
                path: "zh".into(),
                text: out.clone(),
            }],
        );
        assert!(d.is_empty(), "{d:?}");
        let bad = vec![Row {
            id: "nope".into(),
            source: String::new(),
            target: "x".into(),
            note: String::new(),
        }];
        assert_eq!(import(SRC, &out, &bad).unwrap_err().row, 2);
    }
}
