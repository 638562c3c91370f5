//! What a player can do, and its one-line text form used by action files and journals:
//!
//! ```text
//! # comments and blank lines are ignored
//! choose 2                          # the 2nd choice as written in the scenario
//! submit hs=6704.20 mode=9710 value="48,000"
//! mark invoice.amount bl.date       # the fields marked as discrepant (none: `mark`)
//! ```

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Action {
    /// The n-th choice of a decision node (0-based here, 1-based in text).
    Choose(usize),
    /// Form entries by field id.
    Submit(Vec<(String, String)>),
    /// Fields marked discrepant, as `document.field`.
    Mark(Vec<String>),
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
        }
    }
}

fn quote(v: &str) -> String {
    let plain = !v.is_empty()
        && v.chars()
            .all(|c| !c.is_whitespace() && c != '"' && c != '#' && c != '\\');
    if plain {
        v.to_string()
    } else {
        let mut s = String::from("\"");
        for c in v.chars() {
            match c {
                '"' => s.push_str("\\\""),
                '\\' => s.push_str("\\\\"),
                '\n' => s.push_str("\\n"),
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
        "mark" => Ok(Some(Action::Mark(
            args.iter().map(|(_, w)| w.clone()).collect(),
        ))),
        other => Err((
            *col,
            format!("unknown action `{other}`; expected `choose`, `submit` or `mark`"),
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
