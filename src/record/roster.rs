//! The organiser's roster: a CSV mapping opaque candidate ids to names. Read only for the
//! organiser's own report; names are never written into records or xAPI statements.

use std::collections::BTreeMap;
use std::path::Path;

/// Header names accepted for the two columns (case-insensitive).
const ID_HEADERS: [&str; 5] = ["id", "candidate", "candidate id", "id number", "idnumber"];
const NAME_HEADERS: [&str; 3] = ["name", "full name", "fullname"];

#[derive(Debug, Clone, Default)]
pub struct Roster {
    names: BTreeMap<String, String>,
}

impl Roster {
    pub fn name(&self, id: &str) -> Option<&str> {
        self.names.get(id).map(|s| s.as_str())
    }
    /// The candidate ids, sorted.
    pub fn ids(&self) -> Vec<String> {
        self.names.keys().cloned().collect()
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
        let mut names = BTreeMap::new();
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
        }
        Ok(Roster { names })
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
