//! The session log: every proctor order (extend a candidate's time, pause and resume the
//! room, hand in for a candidate, broadcast a message) as a JSON line in the results
//! folder, appended and fsync'd before it takes effect, chained to the line before and
//! signed with the organiser's key like the journal's lines. A candidate's journal copies
//! the orders that touched it (`Line::Proctor`, naming the log line), and verify holds
//! each copy to this log: an extension or pause that is not here is forged.

use std::fmt;
use std::fs::{File, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::journal::{create_private, no_follow, read_bytes, sig_bytes, sign_object, split_sig};
use super::seal::{PublicKey, SealKey};

/// The session log's file in the results folder.
pub const LOG_FILE: &str = "proctor.log.jsonl";

/// The longest reason or message a proctor may give (characters).
pub const MAX_TEXT: usize = 500;
/// The most minutes one extension may add.
pub const MAX_EXTEND_MINUTES: u32 = 600;

pub fn log_path(results: &Path) -> PathBuf {
    results.join(LOG_FILE)
}

/// What a proctor ordered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "kebab-case")]
pub enum Order {
    /// More time for one candidate (an accommodation, a lost connection).
    Extend {
        candidate: String,
        minutes: u32,
        reason: String,
    },
    /// Every clock in the room stops (a fire alarm) and nobody can act.
    Pause {
        reason: String,
    },
    Resume,
    /// The candidate's exam is handed in as it stands, as their own hand-in would.
    HandIn {
        candidate: String,
        reason: String,
    },
    /// A message on every connected candidate's screen until they dismiss it.
    Broadcast {
        text: String,
    },
}

impl Order {
    /// The candidate it names, if it is about one.
    pub fn candidate(&self) -> Option<&str> {
        match self {
            Order::Extend { candidate, .. } | Order::HandIn { candidate, .. } => Some(candidate),
            _ => None,
        }
    }

    /// Whether a candidate's exam copies it: their own extension or hand-in, the room's pause.
    pub fn touches(&self, candidate: &str) -> bool {
        match self {
            Order::Pause { .. } | Order::Resume => true,
            Order::Broadcast { .. } => false,
            _ => self.candidate() == Some(candidate),
        }
    }

    pub fn key(&self) -> &'static str {
        match self {
            Order::Extend { .. } => "extend",
            Order::Pause { .. } => "pause",
            Order::Resume => "resume",
            Order::HandIn { .. } => "hand-in",
            Order::Broadcast { .. } => "broadcast",
        }
    }

    /// Reasons and messages are required, bounded, and one line; minutes are 1 to 600.
    pub fn check(&self) -> Result<(), String> {
        let text = |what: &str, t: &str| {
            if t.trim().is_empty() {
                Err(format!("{} needs a {what}", self.key()))
            } else if t.chars().count() > MAX_TEXT {
                Err(format!("the {what} is longer than {MAX_TEXT} characters"))
            } else {
                Ok(())
            }
        };
        match self {
            Order::Extend {
                minutes, reason, ..
            } => {
                if !(1..=MAX_EXTEND_MINUTES).contains(minutes) {
                    return Err(format!(
                        "extend takes 1 to {MAX_EXTEND_MINUTES} minutes, not {minutes}"
                    ));
                }
                text("reason", reason)
            }
            Order::Pause { reason } | Order::HandIn { reason, .. } => text("reason", reason),
            Order::Broadcast { text: t } => text("message", t),
            Order::Resume => Ok(()),
        }
    }

    /// One line for people (the report, the console); the caller cleans it for a terminal.
    pub fn describe(&self) -> String {
        match self {
            Order::Extend {
                minutes, reason, ..
            } => format!("extended by {minutes} min: {reason}"),
            Order::Pause { reason } => format!("room paused: {reason}"),
            Order::Resume => "room resumed".into(),
            Order::HandIn { reason, .. } => format!("handed in by the proctor: {reason}"),
            Order::Broadcast { text } => format!("broadcast: {text}"),
        }
    }
}

/// One line of the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The line number, from 1: what a journal's copy names.
    pub seq: u64,
    /// Wall-clock ms when it was ordered.
    pub at: u64,
    /// The session it belongs to (a log from another session does not pass).
    pub session: String,
    pub order: Order,
}

/// Why a session log cannot be trusted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogProblem {
    pub line: usize,
    pub why: String,
}

impl fmt::Display for LogProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{LOG_FILE} line {}: {}", self.line, self.why)
    }
}

/// A log read and checked.
#[derive(Debug, Clone, Default)]
pub struct Log {
    pub entries: Vec<Entry>,
    /// Bytes of a line cut off mid-write (a crash before the order took effect).
    pub torn: u64,
    good_len: u64,
    last_sig: Option<[u8; 64]>,
}

impl Log {
    /// Orders naming someone not on the roster: a log made up, or from elsewhere.
    pub fn strangers(&self, roster: &[String]) -> Vec<String> {
        self.entries
            .iter()
            .filter_map(|e| {
                let c = e.order.candidate()?;
                (!roster.iter().any(|r| r == c)).then(|| {
                    format!(
                        "{LOG_FILE} line {}: a {} for `{c}`, who is not on the roster",
                        e.seq,
                        e.order.key()
                    )
                })
            })
            .collect()
    }

    pub fn get(&self, seq: u64) -> Option<&Entry> {
        let i = usize::try_from(seq).ok()?.checked_sub(1)?;
        self.entries.get(i)
    }
}

/// Check a log's bytes: every line signed by `key` and chained to the one before, numbered
/// in order, of `session`.
pub fn parse(bytes: &[u8], key: &PublicKey, session: &str) -> Result<Log, LogProblem> {
    let good_end = bytes.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    let (good, torn) = bytes.split_at(good_end);
    let mut log = Log {
        torn: torn.len() as u64,
        good_len: good.len() as u64,
        ..Log::default()
    };
    if good.is_empty() {
        return Ok(log);
    }
    for (n, raw) in good[..good.len() - 1].split(|b| *b == b'\n').enumerate() {
        let line = n + 1;
        let bad = |why: &str| LogProblem {
            line,
            why: why.to_string(),
        };
        let (body, sig) = split_sig(raw).ok_or_else(|| bad("no signature"))?;
        let prev = log.last_sig.map(|s| s.to_vec()).unwrap_or_default();
        if !key.check(&[&prev, &body], sig) {
            return Err(bad(
                "changed after it was written, a line before it removed, or signed by another key (its signature does not match)",
            ));
        }
        let e: Entry =
            serde_json::from_slice(&body).map_err(|e| bad(&format!("unreadable: {e}")))?;
        if e.seq != line as u64 {
            return Err(bad(&format!("numbered {}", e.seq)));
        }
        if e.session != session {
            return Err(bad(&format!("belongs to session {}", e.session)));
        }
        log.last_sig = Some(sig_bytes(sig).ok_or_else(|| bad("the signature is not hex"))?);
        log.entries.push(e);
    }
    Ok(log)
}

/// Read and check the log in `results`; no file is an empty log.
pub fn read(results: &Path, key: &PublicKey, session: &str) -> Result<Log, LogProblem> {
    let path = log_path(results);
    match read_bytes(&path) {
        Ok(b) => parse(&b, key, session),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Log::default()),
        Err(e) => Err(LogProblem {
            line: 0,
            why: format!("cannot be read: {e}"),
        }),
    }
}

/// The server's open log: orders are appended and fsync'd here before they take effect.
#[derive(Debug)]
pub struct LogWriter {
    file: File,
    key: SealKey,
    session: String,
    pub log: Log,
}

impl LogWriter {
    /// Open (or make, 0600) the log; a torn last line is cut off: its order never took effect.
    pub fn open(results: &Path, key: &SealKey, session: &str) -> Result<LogWriter, String> {
        let path = log_path(results);
        let shown = path.display().to_string();
        let log = read(results, &key.public(), session).map_err(|p| format!("{shown}: {p}"))?;
        if std::fs::symlink_metadata(&path).is_err() {
            create_private(&path).map_err(|e| format!("{shown}: {e}"))?;
            super::journal::sync_dir(results).map_err(|e| format!("{shown}: {e}"))?;
        }
        let file = no_follow(OpenOptions::new().append(true))
            .open(&path)
            .map_err(|e| format!("{shown}: {e}"))?;
        if log.torn > 0 {
            file.set_len(log.good_len)
                .and_then(|_| file.sync_all())
                .map_err(|e| format!("{shown}: {e}"))?;
        }
        Ok(LogWriter {
            file,
            key: key.clone(),
            session: session.to_string(),
            log,
        })
    }

    /// Append an order; it is on disk when this returns.
    pub fn append(&mut self, at: u64, order: Order) -> io::Result<Entry> {
        let e = Entry {
            seq: self.log.entries.len() as u64 + 1,
            at,
            session: self.session.clone(),
            order,
        };
        let body = serde_json::to_string(&e).map_err(io::Error::other)?;
        let prev = self.log.last_sig.map(|s| s.to_vec()).unwrap_or_default();
        let (bytes, sig) = sign_object(body, &self.key, &prev);
        self.file.write_all(&bytes)?;
        self.file.sync_data()?;
        self.log.good_len += bytes.len() as u64;
        self.log.last_sig = Some(sig);
        self.log.entries.push(e.clone());
        Ok(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_chain_and_a_changed_byte_is_caught() {
        let dir = tempfile::tempdir().unwrap();
        let key = SealKey::generate();
        let mut w = LogWriter::open(dir.path(), &key, "S1").unwrap();
        let ext = Order::Extend {
            candidate: "C-1".into(),
            minutes: 10,
            reason: "accommodation".into(),
        };
        w.append(1000, ext.clone()).unwrap();
        w.append(2000, Order::Resume).unwrap();
        drop(w);
        let log = read(dir.path(), &key.public(), "S1").unwrap();
        assert_eq!(log.entries.len(), 2);
        assert_eq!(log.get(1).unwrap().order, ext);
        // reopened, it continues the chain
        let mut w = LogWriter::open(dir.path(), &key, "S1").unwrap();
        w.append(3000, Order::Resume).unwrap();
        assert_eq!(
            read(dir.path(), &key.public(), "S1").unwrap().entries.len(),
            3
        );
        assert!(read(dir.path(), &key.public(), "S2").is_err());
        let p = log_path(dir.path());
        let mut b = std::fs::read(&p).unwrap();
        let i = b.windows(2).position(|w| w == b"10").unwrap();
        b[i] = b'9';
        let err = parse(&b, &key.public(), "S1").unwrap_err();
        assert_eq!(err.line, 1);
        // a line taken out breaks the chain
        let b = std::fs::read(&p).unwrap();
        let lines: Vec<&[u8]> = b.split_inclusive(|c| *c == b'\n').collect();
        let cut = [lines[0], lines[2]].concat();
        assert_eq!(parse(&cut, &key.public(), "S1").unwrap_err().line, 2);
    }

    #[test]
    fn orders_for_someone_off_the_roster_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let key = SealKey::generate();
        let mut w = LogWriter::open(dir.path(), &key, "S1").unwrap();
        w.append(1, Order::Pause { reason: "x".into() }).unwrap();
        w.append(
            2,
            Order::HandIn {
                candidate: "C-9".into(),
                reason: "y".into(),
            },
        )
        .unwrap();
        let roster = vec!["C-1".to_string()];
        assert_eq!(
            w.log.strangers(&roster),
            vec!["proctor.log.jsonl line 2: a hand-in for `C-9`, who is not on the roster"]
        );
    }

    #[test]
    fn orders_need_reasons_and_sane_minutes() {
        let e = |m, r: &str| Order::Extend {
            candidate: "C".into(),
            minutes: m,
            reason: r.into(),
        };
        assert!(e(10, "x").check().is_ok());
        assert!(e(0, "x").check().is_err());
        assert!(e(10, " ").check().is_err());
        assert!(e(601, "x").check().is_err());
        assert!(
            Order::Broadcast {
                text: "a".repeat(501)
            }
            .check()
            .is_err()
        );
    }
}
