//! What a name in a scenario's files refers to, found in the text itself: node ids, variable
//! names and message ids, with where each is defined. Text scans rather than the compiled
//! scenario, because an editor asks while the file is half-typed and does not parse.

use std::ops::Range;

/// What kind of name a definition is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Node,
    Variable,
    Message,
}

/// A name defined in one file, with the byte range of the name itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Def {
    pub kind: Kind,
    pub name: String,
    pub at: Range<usize>,
}

const NODE_KINDS: [&str; 5] = ["Decision", "Form", "Check", "Random", "Ending"];

/// The identifier under (or just before) byte `offset`: letters, digits, `_`, `-` and `.`
/// (message ids use `-`, node ids `_`, document fields `doc.field`).
pub fn word_at(text: &str, offset: usize) -> Option<(Range<usize>, &str)> {
    let offset = offset.min(text.len());
    let is_word = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
    let start = text[..offset]
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_word(*c))
        .last()
        .map_or(offset, |(i, _)| i);
    let end = text[offset..]
        .char_indices()
        .find(|(_, c)| !is_word(*c))
        .map_or(text.len(), |(i, _)| offset + i);
    (start < end).then(|| (start..end, &text[start..end]))
}

/// Node ids (`Decision(id: "x", ...)` and the other node kinds) and variable names
/// (`"cash": Money(...)`) defined in a scenario's RON text.
pub fn ron_defs(text: &str) -> Vec<Def> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = text[i..].find('\n').map_or(bytes.len(), |n| i + n);
                continue;
            }
            b'"' => {
                let Some((name, end)) = string_at(text, i) else {
                    break;
                };
                // `"name": Type(` declares a variable; a competency or a score map has no type
                let rest = text[end..].trim_start();
                if let Some(after) = rest.strip_prefix(':') {
                    let after = after.trim_start();
                    let ty: String = after
                        .chars()
                        .take_while(char::is_ascii_alphabetic)
                        .collect();
                    if ty.starts_with(|c: char| c.is_ascii_uppercase())
                        && after[ty.len()..].starts_with('(')
                    {
                        out.push(Def {
                            kind: Kind::Variable,
                            name: name.to_string(),
                            at: i + 1..end - 1,
                        });
                    }
                }
                i = end;
                continue;
            }
            c if c.is_ascii_uppercase() => {
                let word: String = text[i..]
                    .chars()
                    .take_while(char::is_ascii_alphanumeric)
                    .collect();
                let after = i + word.len();
                if NODE_KINDS.contains(&word.as_str())
                    && text[after..].starts_with('(')
                    && let Some(def) = node_id_after(text, after + 1)
                {
                    out.push(def);
                }
                i = after;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// `id: "x"` as the first field after a node's opening parenthesis.
fn node_id_after(text: &str, from: usize) -> Option<Def> {
    let rest = &text[from..];
    let trimmed = rest.trim_start();
    let skip = rest.len() - trimmed.len();
    let after_id = trimmed.strip_prefix("id")?.trim_start().strip_prefix(':')?;
    let lead = trimmed.len() - after_id.trim_start().len();
    let quote = from + skip + lead;
    let (name, end) = string_at(text, quote)?;
    Some(Def {
        kind: Kind::Node,
        name: name.to_string(),
        at: quote + 1..end - 1,
    })
}

/// The plain string starting at the quote at `at`: its content and the offset after the
/// closing quote. Escapes end the scan (ids never hold them).
fn string_at(text: &str, at: usize) -> Option<(&str, usize)> {
    let body = text.get(at + 1..)?;
    let close = body.find(['"', '\n'])?;
    if !body[close..].starts_with('"') {
        return None;
    }
    Some((&body[..close], at + 1 + close + 1))
}

/// Message ids defined in a Fluent file (`id = ...` at the start of a line; terms `-x` too).
pub fn ftl_defs(text: &str) -> Vec<Def> {
    let mut out = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let name: String = line
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        let starts_ok = line
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '-');
        if starts_ok && line[name.len()..].trim_start().starts_with('=') {
            out.push(Def {
                kind: Kind::Message,
                name: name.clone(),
                at: pos..pos + name.len(),
            });
        }
        pos += line.len();
    }
    out
}

/// The text of message `id` in a Fluent file: its value and indented continuation lines,
/// joined, for a hover.
pub fn ftl_text(text: &str, id: &str) -> Option<String> {
    let def = ftl_defs(text).into_iter().find(|d| d.name == id)?;
    let rest = &text[def.at.end..];
    let mut lines = rest.lines();
    let first = lines
        .next()?
        .trim_start()
        .strip_prefix('=')?
        .trim()
        .to_string();
    let mut parts = vec![first];
    for l in lines {
        if l.starts_with([' ', '\t']) && !l.trim().is_empty() {
            parts.push(l.trim().to_string());
        } else {
            break;
        }
    }
    Some(parts.join(" ").trim().to_string())
}

/// Whether the word at `range` in a Fluent file is a variable reference (`$name`).
pub fn is_ftl_variable(text: &str, range: &Range<usize>) -> bool {
    text[..range.start].ends_with('$')
}

/// What completion should offer at `offset` in a RON file, by what the line says before it.
pub fn ron_context(text: &str, offset: usize) -> Option<Kind> {
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[line_start..offset];
    let field = before
        .rsplit_once(':')
        .map(|(f, _)| f.trim().trim_start_matches('(').trim());
    match field {
        Some("goto" | "start" | "next" | "then") => Some(Kind::Node),
        Some(
            "text" | "feedback" | "title" | "summary" | "speaker" | "label" | "outcome" | "hint",
        ) => Some(Kind::Message),
        _ if before.contains("effects") || before.contains("condition") => Some(Kind::Variable),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RON: &str = r#"Scenario(
    // a comment with Decision(id: "not_a_node")
    variables: {
        "cash": Money(initial: 12000, currency: "USD"),
        "inspected": Flag(initial: false),
    },
    competencies: { "risk": (weight: 30, max: 4) },
    nodes: [
        Decision(
            id: "incoterm",
            choices: [(text: "a", score: {"risk": 1}, goto: "end_ok")],
        ),
        Ending(id: "end_ok", text: "t", pass: true),
    ],
)"#;

    #[test]
    fn finds_nodes_and_variables_but_not_competencies_or_comments() {
        let defs = ron_defs(RON);
        let names: Vec<(Kind, &str)> = defs.iter().map(|d| (d.kind, d.name.as_str())).collect();
        assert_eq!(
            names,
            vec![
                (Kind::Variable, "cash"),
                (Kind::Variable, "inspected"),
                (Kind::Node, "incoterm"),
                (Kind::Node, "end_ok"),
            ]
        );
        let cash = &defs[0];
        assert_eq!(&RON[cash.at.clone()], "cash");
        assert_eq!(&RON[defs[3].at.clone()], "end_ok");
    }

    #[test]
    fn words_take_dashes_and_underscores() {
        let t = "goto: \"end_ok\", text: \"incoterm-fca-fb\"";
        let at = t.find("ok").unwrap();
        assert_eq!(word_at(t, at).unwrap().1, "end_ok");
        let at = t.find("fca").unwrap();
        assert_eq!(word_at(t, at).unwrap().1, "incoterm-fca-fb");
        assert_eq!(word_at(t, 4), Some((0..4, "goto")));
        assert!(word_at("  ", 1).is_none());
    }

    #[test]
    fn fluent_messages_and_their_text() {
        let ftl = "# c\ntitle = First order\nlong =\n    one line\n    two lines\n-term = X\n";
        let names: Vec<String> = ftl_defs(ftl).into_iter().map(|d| d.name).collect();
        assert_eq!(names, vec!["title", "long", "-term"]);
        assert_eq!(ftl_text(ftl, "long").unwrap(), "one line two lines");
        assert_eq!(ftl_text(ftl, "title").unwrap(), "First order");
        assert!(ftl_text(ftl, "nope").is_none());
    }

    #[test]
    fn context_by_field() {
        let t = "    goto: \"";
        assert_eq!(ron_context(t, t.len()), Some(Kind::Node));
        let t = "  (text: \"inc";
        assert_eq!(ron_context(t, t.len()), Some(Kind::Message));
        let t = "  effects: [\"ca";
        assert_eq!(ron_context(t, t.len()), Some(Kind::Variable));
    }

    #[test]
    fn no_panic_on_odd_text() {
        for t in [
            "\"",
            "Decision(",
            "Decision(id: \"",
            "\"a\": B",
            "é\"x\":Y(",
            "",
        ] {
            let _ = ron_defs(t);
            let _ = ftl_defs(t);
            for i in 0..=t.len() {
                if t.is_char_boundary(i) {
                    let _ = word_at(t, i);
                    let _ = ron_context(t, i);
                }
            }
        }
    }
}
