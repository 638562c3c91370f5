//! The organiser's roster: a CSV mapping opaque candidate ids to names. Read only for the
//! organiser's own report; names are never written into records or xAPI statements.
//!
//! An optional `key` column registers an OpenSSH public key per candidate (the whole
//! line of their `~/.ssh/id_ed25519.pub`, quoted if it holds a comma): `serve` then signs
//! them in with that key instead of a code. An empty cell registers none.

use std::collections::BTreeMap;
use std::path::Path;

/// Header names accepted for the two columns (case-insensitive).
const ID_HEADERS: [&str; 5] = ["id", "candidate", "candidate id", "id number", "idnumber"];
const NAME_HEADERS: [&str; 3] = ["name", "full name", "fullname"];
const KEY_HEADERS: [&str; 3] = ["key", "public key", "ssh key"];

#[derive(Debug, Clone, Default)]
pub struct Roster {
    names: BTreeMap<String, String>,
    /// Candidate id -> their OpenSSH public key line, checked when read.
    keys: BTreeMap<String, String>,
}

impl Roster {
    pub fn name(&self, id: &str) -> Option<&str> {
        self.names.get(id).map(|s| s.as_str())
    }
    /// The candidate ids, sorted.
    pub fn ids(&self) -> Vec<String> {
        self.names.keys().cloned().collect()
    }
    /// The public keys registered, by candidate id.
    pub fn keys(&self) -> &BTreeMap<String, String> {
        &self.keys
    }
    pub fn len(&self) -> usize {
        self.names.len()
    }
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Parse roster text; errors are `file:line: ...`.
    pub fn parse(shown: &str, text: &str) -> Result<Roster, RosterError> {
        let mut rd = csv::ReaderBuilder::new()
            .has_headers(true)
            .flexible(true)
            .trim(csv::Trim::Headers)
            .from_reader(text.as_bytes());
        let headers = rd
            .headers()
            .map_err(|e| RosterError::at(shown, 1, Problem::Csv(e.to_string())))?
            .clone();
        let find = |names: &[&str]| {
            headers
                .iter()
                .position(|h| names.iter().any(|n| h.eq_ignore_ascii_case(n)))
        };
        let (Some(id_col), Some(name_col)) = (find(&ID_HEADERS), find(&NAME_HEADERS)) else {
            let found = headers.iter().collect::<Vec<_>>().join(",");
            return Err(RosterError::at(shown, 1, Problem::NoColumns(found)));
        };
        let key_col = find(&KEY_HEADERS);
        let mut names = BTreeMap::new();
        let mut keys = BTreeMap::new();
        for rec in rd.records() {
            let rec = rec.map_err(|e| {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                RosterError::at(shown, line, Problem::Csv(e.to_string()))
            })?;
            let line = rec.position().map(|p| p.line()).unwrap_or(0);
            if rec.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            let id = rec.get(id_col).unwrap_or("").trim();
            // spaces around a name go; a tab is kept as written (the CSV export escapes a
            // cell that starts with one rather than lose it)
            let name = rec.get(name_col).unwrap_or("").trim_matches(' ');
            if id.is_empty() {
                return Err(RosterError::at(shown, line, Problem::EmptyId));
            }
            if names.insert(id.to_string(), name.to_string()).is_some() {
                let twice = Problem::ListedTwice(id.to_string());
                return Err(RosterError::at(shown, line, twice));
            }
            let key = key_col.and_then(|c| rec.get(c)).unwrap_or("").trim();
            if !key.is_empty() {
                if let Err(e) = russh::keys::PublicKey::from_openssh(key) {
                    let bad = Problem::BadKey(id.to_string(), e.to_string());
                    return Err(RosterError::at(shown, line, bad));
                }
                keys.insert(id.to_string(), key.to_string());
            }
        }
        Ok(Roster { names, keys })
    }

    pub fn load(path: &Path) -> Result<Roster, RosterError> {
        let src = crate::scenario::load::read_source(path).map_err(RosterError::Unreadable)?;
        Roster::parse(&src.path, &src.text)
    }
}

/// Why a roster cannot be used: the file cannot be read, or a located problem in it.
#[derive(Debug)]
pub enum RosterError {
    Unreadable(crate::scenario::load::InputError),
    At {
        file: String,
        line: u64,
        problem: Problem,
    },
}

/// What is wrong at one line of a roster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The CSV reader's own message.
    Csv(String),
    /// The header row lacks an id or a name column; what it has.
    NoColumns(String),
    EmptyId,
    ListedTwice(String),
    /// The candidate's `key` cell is not an OpenSSH public key; the parser's reason.
    BadKey(String, String),
}

impl RosterError {
    fn at(file: &str, line: u64, problem: Problem) -> RosterError {
        RosterError::At {
            file: file.to_string(),
            line,
            problem,
        }
    }
}

impl std::fmt::Display for RosterError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (file, line, problem) = match self {
            RosterError::Unreadable(e) => return e.fmt(f),
            RosterError::At {
                file,
                line,
                problem,
            } => (file, line, problem),
        };
        write!(f, "{file}:{line}: ")?;
        match problem {
            Problem::Csv(m) => f.write_str(m),
            Problem::NoColumns(found) => write!(
                f,
                "the first row must name the columns, e.g. `id,name` (found `{found}`)"
            ),
            Problem::EmptyId => f.write_str("the id is empty"),
            Problem::ListedTwice(id) => write!(f, "candidate `{id}` is listed twice"),
            Problem::BadKey(id, why) => write!(
                f,
                "the key of `{id}` is not an OpenSSH public key ({why}); expected a line such as `ssh-ed25519 AAAAC3Nz... name@host`"
            ),
        }
    }
}

impl std::error::Error for RosterError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_ids_and_names_with_quotes() {
        let r = Roster::parse(
            "r.csv",
            "ID,Name,Email\nc1,\"Wang, Fang\",w@x\nc2,李明,\n\n",
        )
        .unwrap();
        assert_eq!(r.name("c1"), Some("Wang, Fang"));
        assert_eq!(r.name("c2"), Some("李明"));
        assert_eq!(r.len(), 2);
        let r = Roster::parse("r.csv", "id, name\n c1 , \tAnn \n").unwrap();
        assert_eq!(r.name("c1"), Some("\tAnn"));
    }

    #[test]
    fn a_key_column_registers_keys() {
        let k = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHrkSn7Zh4BFDpMXWIos1RLT1+efUzJpFrJH7ZTEGxyL ann@laptop";
        let r = Roster::parse("r.csv", &format!("id,name,key\nc1,Ann,{k}\nc2,Bo,\n")).unwrap();
        assert_eq!(r.keys().get("c1").map(String::as_str), Some(k));
        assert!(!r.keys().contains_key("c2"));
        let e = Roster::parse("r.csv", "id,name,key\nc1,Ann,\nc2,Bo,ssh-ed25519 xyz\n")
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("r.csv:3: the key of `c2` is not an OpenSSH public key"),
            "{e}"
        );
    }

    #[test]
    fn errors_are_located() {
        assert!(
            Roster::parse("r.csv", "c1,Wang\n")
                .unwrap_err()
                .to_string()
                .starts_with("r.csv:1:")
        );
        assert_eq!(
            Roster::parse("r.csv", "id,name\nc1,A\nc1,B\n")
                .unwrap_err()
                .to_string(),
            "r.csv:3: candidate `c1` is listed twice"
        );
    }
}
