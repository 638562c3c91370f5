//! What a player can do, and its one-line text form used by action files and journals:
//!
//! ```text
//! # comments and blank lines are ignored
//! choose 2                          # the 2nd choice as written in the scenario
//! submit hs=6704.20 mode=9710 value="48,000"
//! mark invoice.amount bl.date       # the fields marked as discrepant (none: `mark`)
//! write "Dear Ms Li,\nWe quote USD 12,500 FOB Ningbo."   # a written answer
//! ```
//!
//! Quoted text escapes `\"`, `\\`, `\n`, `\r`, `\t` and any other control character as
//! `\u{hex}`, so one action is always one line of a journal.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Action {
    /// The n-th choice of a decision node (0-based here, 1-based in text).
    Choose(usize),
    /// Form entries by field id.
    Submit(Vec<(String, String)>),
    /// Fields marked discrepant, as `document.field`.
    Mark(Vec<String>),
    /// A written answer (a `Compose` node), verbatim.
    Write(String),
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Action::Choose(i) => write!(f, "choose {}", i + 1),
            Action::Submit(fields) => {
                f.write_str("submit")?;
                for (k, v) in fields {
                    write!(f, " {k}={}", quote(v))?;
                }
                Ok(())
            }
            Action::Mark(marks) => {
                f.write_str("mark")?;
                for m in marks {
                    write!(f, " {m}")?;
                }
                Ok(())
            }
            Action::Write(text) => write!(f, "write {}", quote_always(text)),
        }
    }
}

/// A quoted string even when plain, so `write` always reads the same way.
fn quote_always(v: &str) -> String {
    let q = quote(v);
    if q.starts_with('"') {
        q
    } else {
        format!("\"{q}\"")
    }
}

fn quote(v: &str) -> String {
    let plain = !v.is_empty()
        && v.chars()
            .all(|c| !c.is_whitespace() && !c.is_control() && c != '"' && c != '#' && c != '\\');
    if plain {
        v.to_string()
    } else {
        let mut s = String::from("\"");
        for c in v.chars() {
            match c {
                '"' => s.push_str("\\\""),
                '\\' => s.push_str("\\\\"),
                '\n' => s.push_str("\\n"),
                '\r' => s.push_str("\\r"),
                '\t' => s.push_str("\\t"),
                c if c.is_control() => s.push_str(&format!("\\u{{{:x}}}", c as u32)),
                c => s.push(c),
            }
        }
        s.push('"');
        s
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionParseError {
    pub line: usize,
    pub col: usize,
    pub message: String,
}

impl fmt::Display for ActionParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.col, self.message)
    }
}

/// Parse an action file; errors carry the 1-based line and column.
pub fn parse_actions(text: &str) -> Result<Vec<Action>, ActionParseError> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if let Some(a) = parse_line(line).map_err(|(col, message)| ActionParseError {
            line: n + 1,
            col,
            message,
        })? {
            out.push(a);
        }
    }
    Ok(out)
}

impl std::str::FromStr for Action {
    type Err = ActionParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match parse_line(s) {
            Ok(Some(a)) => Ok(a),
            Ok(None) => Err(ActionParseError {
                line: 1,
                col: 1,
                message: "empty action".into(),
            }),
            Err((col, message)) => Err(ActionParseError {
                line: 1,
                col,
                message,
            }),
        }
    }
}

/// Words of a line with their 1-based columns; quotes group, `#` outside quotes ends it.
fn words(line: &str) -> Result<Vec<(usize, String)>, (usize, String)> {
    let mut out = Vec::new();
    let mut chars = line.chars().enumerate().peekable();
    while let Some(&(i, c)) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        if c == '#' {
            break;
        }
        let start = i + 1;
        let mut w = String::new();
        let mut in_quote = false;
        while let Some(&(j, c)) = chars.peek() {
            if !in_quote && (c.is_whitespace() || c == '#') {
                break;
            }
            chars.next();
            match c {
                '"' => in_quote = !in_quote,
                '\\' if in_quote => match chars.next() {
                    Some((_, 'n')) => w.push('\n'),
                    Some((_, 'r')) => w.push('\r'),
                    Some((_, 't')) => w.push('\t'),
                    Some((k, 'u')) => w.push(
                        unicode_escape(&mut chars)
                            .ok_or((k + 1, "expected `\\u{hex}`".to_string()))?,
                    ),
                    Some((_, e)) => w.push(e),
                    None => return Err((j + 1, "a `\\` ends the line".into())),
                },
                c => w.push(c),
            }
        }
        if in_quote {
            return Err((start, "unclosed quote".into()));
        }
        out.push((start, w));
    }
    Ok(out)
}

/// The rest of a `\u{hex}` escape, after the `u`.
fn unicode_escape(
    chars: &mut std::iter::Peekable<impl Iterator<Item = (usize, char)>>,
) -> Option<char> {
    if chars.next()?.1 != '{' {
        return None;
    }
    let mut hex = String::new();
    loop {
        match chars.next()?.1 {
            '}' => break,
            c if c.is_ascii_hexdigit() && hex.len() < 6 => hex.push(c),
            _ => return None,
        }
    }
    char::from_u32(u32::from_str_radix(&hex, 16).ok()?)
}

fn parse_line(line: &str) -> Result<Option<Action>, (usize, String)> {
    let ws = words(line)?;
    let Some(((col, verb), args)) = ws.split_first() else {
        return Ok(None);
    };
    match verb.as_str() {
        "choose" => {
            let [(c, n)] = args else {
                return Err((*col, "`choose` takes one number, e.g. `choose 2`".into()));
            };
            match n.parse::<usize>() {
                Ok(k) if k >= 1 => Ok(Some(Action::Choose(k - 1))),
                _ => Err((*c, format!("expected a choice number from 1, found `{n}`"))),
            }
        }
        "submit" => {
            let mut fields = Vec::new();
            for (c, w) in args {
                let Some((k, v)) = w.split_once('=') else {
                    return Err((*c, format!("expected `field=value`, found `{w}`")));
                };
                if k.is_empty() {
                    return Err((*c, "a field name is missing before `=`".into()));
                }
                fields.push((k.to_string(), v.to_string()));
            }
            Ok(Some(Action::Submit(fields)))
        }
        "write" => match args {
            [(_, text)] => Ok(Some(Action::Write(text.clone()))),
            _ => Err((
                *col,
                "`write` takes one quoted text, e.g. `write \"Dear Ms Li, ...\"`".into(),
            )),
        },
        "mark" => Ok(Some(Action::Mark(
            args.iter().map(|(_, w)| w.clone()).collect(),
        ))),
        other => Err((
            *col,
            format!("unknown action `{other}`; expected `choose`, `submit`, `mark` or `write`"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_text() {
        let actions = vec![
            Action::Choose(1),
            Action::Submit(vec![
                ("hs".into(), "6704.20".into()),
                ("note".into(), "two words \"q\"".into()),
                ("blank".into(), "".into()),
            ]),
            Action::Mark(vec!["invoice.amount".into()]),
            Action::Mark(vec![]),
            Action::Write("Dear Ms Li,\r\n\tUSD 12,500 \"FOB\" # 报价\u{7}\\".into()),
            Action::Write("plain".into()),
            Action::Write(String::new()),
        ];
        let text: String = actions.iter().map(|a| format!("{a}\n")).collect();
        assert_eq!(parse_actions(&text).unwrap(), actions);
    }

    #[test]
    fn errors_are_located() {
        let e = parse_actions("# hi\n\nchoose two\n").unwrap_err();
        assert_eq!((e.line, e.col), (3, 8));
        let e = parse_actions("jump 3").unwrap_err();
        assert_eq!((e.line, e.col), (1, 1));
        assert!(parse_actions("submit x=\"open").is_err());
        assert_eq!(
            parse_actions("choose 1 # first").unwrap(),
            vec![Action::Choose(0)]
        );
    }
}
