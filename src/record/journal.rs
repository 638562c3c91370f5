//! The candidate's journal, which becomes the sealed record: JSON lines, appended and
//! fsync'd one at a time. Each line but the seal carries `mac`, an HMAC chained to the line
//! before, so a change made while the exam is paused is caught when it resumes; the last
//! line is the seal, an HMAC over every byte before it. docs/assessment.md has the format.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::assessment::{ClockPolicy, Debrief, PlannedPart};
use super::grade::{ExamResult, SubmitReason};
use super::seal::{RunningMac, SealKey, hex, unhex};

/// The record format this code writes and reads.
pub const FORMAT: &str = "tradesim-record/1";
pub const ALG: &str = "HMAC-SHA256";
/// A journal larger than this is not one we wrote (a 3-hour exam is a few hundred kB).
pub const MAX_JOURNAL_BYTES: u64 = 64 * 1024 * 1024;
/// `,"mac":"` + 64 hex digits + `"}`
const MAC_SUFFIX_LEN: usize = 8 + 64 + 2;

/// When a line was written: wall-clock ms since the epoch (for people), and ms since this
/// session opened on a monotonic clock (what time used is counted from).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stamp {
    pub at: u64,
    pub t: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentRef {
    pub id: String,
    pub version: u32,
    /// SHA-256 of the assessment's RON.
    pub hash: String,
    pub title: String,
}

/// The first line: everything needed to replay and judge the attempt without the
/// assessment file. Candidate names are never here: ids only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    pub format: String,
    pub tool_version: String,
    pub assessment: AssessmentRef,
    pub candidate: String,
    pub locale: String,
    pub session_seed: u64,
    pub parts: Vec<PlannedPart>,
    pub minutes: u32,
    pub pass_mark: u32,
    pub clock: ClockPolicy,
    pub debrief: Debrief,
    pub key_id: String,
    pub started_at: String,
    pub at: u64,
    pub t: u64,
}

impl Header {
    pub fn limit_ms(&self) -> u64 {
        u64::from(self.minutes) * 60_000
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Open {
    pub at: u64,
    pub t: u64,
    /// Bytes of a torn last line (cut off mid-write) dropped when the journal was reopened.
    pub dropped_bytes: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionLine {
    pub at: u64,
    pub t: u64,
    /// Index into the header's parts.
    pub part: usize,
    /// The engine's one-line form: `choose 2`, `submit hs=6704.20`, `mark bl.date`.
    pub action: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Submit {
    pub at: u64,
    pub t: u64,
    pub reason: SubmitReason,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seal {
    pub alg: String,
    pub key_id: String,
    /// HMAC-SHA256 over every byte of the record before this line.
    pub record_mac: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Line {
    Header(Box<Header>),
    /// The exam was opened again after it stopped (crash, power cut, closed terminal).
    Open(Open),
    Action(ActionLine),
    /// A heartbeat while the exam is open, so time used survives a crash.
    Tick(Stamp),
    Submit(Submit),
    Result(ExamResult),
    Seal(Seal),
}

impl Line {
    pub fn stamp(&self) -> Option<Stamp> {
        match self {
            Line::Header(h) => Some(Stamp { at: h.at, t: h.t }),
            Line::Open(o) => Some(Stamp { at: o.at, t: o.t }),
            Line::Action(a) => Some(Stamp { at: a.at, t: a.t }),
            Line::Tick(s) => Some(*s),
            Line::Submit(s) => Some(Stamp { at: s.at, t: s.t }),
            Line::Result(_) | Line::Seal(_) => None,
        }
    }
}

/// A line as bytes, with its chain MAC (`prev` is the previous line's MAC, empty for the
/// first). The seal line carries no chain MAC: its `record_mac` covers everything.
pub fn encode(line: &Line, key: &SealKey, prev: &[u8]) -> (Vec<u8>, [u8; 32]) {
    let body = serde_json::to_string(line).expect("journal lines always serialize");
    if matches!(line, Line::Seal(_)) {
        return (format!("{body}\n").into_bytes(), [0; 32]);
    }
    let mac = key.sign(&[prev, body.as_bytes()]);
    let mut out = body.into_bytes();
    out.pop(); // the closing brace
    out.extend_from_slice(b",\"mac\":\"");
    out.extend_from_slice(hex(&mac).as_bytes());
    out.extend_from_slice(b"\"}\n");
    (out, mac)
}

/// Why a journal cannot be trusted or used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not a tradesim record at all (another file, or a format from a newer version).
    NotARecord(String),
    /// A line or the seal does not verify under this key: changed, or another key.
    Tampered { line: usize, why: String },
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::NotARecord(why) => write!(f, "not a tradesim record: {why}"),
            Problem::Tampered { line, why } => write!(f, "line {line}: {why}"),
        }
    }
}

/// A journal read and checked line by line.
#[derive(Debug, Clone)]
pub struct Record {
    pub header: Header,
    /// Every line, the header first.
    pub lines: Vec<Line>,
    /// Bytes of the checked lines (the file is this long once a torn tail is dropped).
    pub good_len: u64,
    /// Bytes after the last newline: a line cut off mid-write.
    pub torn: u64,
    pub last_mac: [u8; 32],
    /// Running HMAC over the good bytes, ready to seal or continue.
    pub running: RunningMac,
    pub sealed: bool,
}

impl Record {
    pub fn result(&self) -> Option<&ExamResult> {
        self.lines.iter().find_map(|l| match l {
            Line::Result(r) => Some(r),
            _ => None,
        })
    }
    pub fn submit(&self) -> Option<&Submit> {
        self.lines.iter().find_map(|l| match l {
            Line::Submit(s) => Some(s),
            _ => None,
        })
    }
}

fn split_mac(line: &[u8]) -> Option<(Vec<u8>, &str)> {
    if line.len() < MAC_SUFFIX_LEN + 2 {
        return None;
    }
    let (head, tail) = line.split_at(line.len() - MAC_SUFFIX_LEN);
    if !tail.starts_with(b",\"mac\":\"") || !tail.ends_with(b"\"}") {
        return None;
    }
    let mac = std::str::from_utf8(&tail[8..8 + 64]).ok()?;
    let mut body = head.to_vec();
    body.push(b'}');
    Some((body, mac))
}

/// Check a journal's bytes under `key`: every line's chain MAC, then the seal if present.
/// A torn last line (no newline) is reported in `torn`, not treated as a change.
pub fn parse(bytes: &[u8], key: &SealKey) -> Result<Record, Problem> {
    let good_end = bytes
        .iter()
        .rposition(|b| *b == b'\n')
        .map(|i| i + 1)
        .unwrap_or(0);
    let (good, torn) = bytes.split_at(good_end);
    if good.is_empty() {
        return Err(Problem::NotARecord("no complete first line".into()));
    }
    let mut lines = Vec::new();
    let mut prev: Vec<u8> = Vec::new();
    let mut last_mac = [0u8; 32];
    let mut running = RunningMac::new(key);
    let mut sealed = false;
    let mut header: Option<Header> = None;
    for (n, raw) in good[..good.len() - 1].split(|b| *b == b'\n').enumerate() {
        let no = n + 1;
        let tampered = |why: &str| Problem::Tampered {
            line: no,
            why: why.to_string(),
        };
        if sealed {
            return Err(tampered("a line after the seal"));
        }
        if raw.starts_with(b"{\"kind\":\"seal\"") {
            let Ok(Line::Seal(seal)) = serde_json::from_slice::<Line>(raw) else {
                return Err(tampered("the seal line is not valid"));
            };
            if seal.alg != ALG {
                return Err(tampered(&format!("unknown seal algorithm `{}`", seal.alg)));
            }
            if seal.key_id != key.id() {
                return Err(tampered(&format!(
                    "sealed under key {}, not this key ({})",
                    seal.key_id,
                    key.id()
                )));
            }
            // the seal is not under its own MAC: it must be exactly as written
            let canonical = serde_json::to_string(&Line::Seal(seal.clone())).unwrap_or_default();
            if canonical.as_bytes() != raw {
                return Err(tampered("the seal line is not as written"));
            }
            let Some(want) = unhex(&seal.record_mac) else {
                return Err(tampered("the seal is not a MAC"));
            };
            if !running.matches(&want) {
                return Err(tampered("the seal does not match the record"));
            }
            lines.push(Line::Seal(seal));
            sealed = true;
            running.update(raw);
            running.update(b"\n");
            continue;
        }
        let Some((body, mac)) = split_mac(raw) else {
            if n == 0 && !raw.starts_with(b"{\"kind\":\"header\"") {
                return Err(Problem::NotARecord(
                    "the first line is not a record header".into(),
                ));
            }
            return Err(tampered("the line's MAC is missing or malformed"));
        };
        if !key.check(&[&prev, &body], mac) {
            if n == 0 {
                let recorded = serde_json::from_slice::<serde_json::Value>(&body)
                    .ok()
                    .and_then(|v| v.get("key_id").and_then(|k| k.as_str()).map(str::to_string));
                if let Some(r) = recorded
                    && r != key.id()
                {
                    return Err(tampered(&format!(
                        "does not verify under this key (the record names key {r}, this key is {}): the wrong key, or a changed header",
                        key.id()
                    )));
                }
            }
            return Err(tampered(
                "changed after it was written (its MAC does not match)",
            ));
        }
        let line: Line = serde_json::from_slice(&body)
            .map_err(|e| tampered(&format!("unreadable line: {e}")))?;
        match (&line, n) {
            (Line::Header(h), 0) => {
                if h.format != FORMAT {
                    return Err(Problem::NotARecord(format!(
                        "format `{}`, this version reads `{FORMAT}`",
                        h.format
                    )));
                }
                header = Some((**h).clone());
            }
            (Line::Header(_), _) => return Err(tampered("a second header")),
            (_, 0) => {
                return Err(Problem::NotARecord(
                    "the first line is not a record header".into(),
                ));
            }
            _ => {}
        }
        last_mac = mac_bytes(mac);
        prev = last_mac.to_vec();
        running.update(raw);
        running.update(b"\n");
        lines.push(line);
    }
    let header = header.ok_or_else(|| Problem::NotARecord("no header".into()))?;
    Ok(Record {
        header,
        lines,
        good_len: good.len() as u64,
        torn: torn.len() as u64,
        last_mac,
        running,
        sealed,
    })
}

fn mac_bytes(hex_mac: &str) -> [u8; 32] {
    let mut out = [0u8; 32];
    if let Some(v) = unhex(hex_mac)
        && v.len() == 32
    {
        out.copy_from_slice(&v);
    }
    out
}

/// Read a journal file whole (bounded).
pub fn read_bytes(path: &Path) -> io::Result<Vec<u8>> {
    let f = File::open(path)?;
    let len = f.metadata()?.len();
    if len > MAX_JOURNAL_BYTES {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("larger than {MAX_JOURNAL_BYTES} bytes"),
        ));
    }
    let mut bytes = Vec::with_capacity(len as usize);
    f.take(MAX_JOURNAL_BYTES + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Appends lines to an open journal: each is written whole and fsync'd before `append`
/// returns, so a line the caller has seen succeed survives a crash.
#[derive(Debug)]
pub struct JournalWriter {
    file: File,
    path: PathBuf,
    key: SealKey,
    prev: [u8; 32],
    running: RunningMac,
}

impl std::fmt::Debug for RunningMac {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RunningMac")
    }
}

/// fsync a folder, so a rename or a new file in it is durable too.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

impl JournalWriter {
    /// A new journal holding just the header: written to a temporary file, fsync'd and
    /// renamed into place, so a journal never exists without a whole header.
    pub fn create(path: &Path, header: &Header, key: &SealKey) -> io::Result<JournalWriter> {
        let dir = path.parent().unwrap_or(Path::new("."));
        let tmp = path.with_extension("jsonl.tmp");
        let line = Line::Header(Box::new(header.clone()));
        let (bytes, mac) = encode(&line, key, &[]);
        {
            let mut f = OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(true)
                .open(&tmp)?;
            f.write_all(&bytes)?;
            f.sync_all()?;
        }
        std::fs::rename(&tmp, path)?;
        sync_dir(dir)?;
        let file = OpenOptions::new().append(true).open(path)?;
        let mut running = RunningMac::new(key);
        running.update(&bytes);
        Ok(JournalWriter {
            file,
            path: path.to_path_buf(),
            key: key.clone(),
            prev: mac,
            running,
        })
    }

    /// Continue a checked journal: a torn tail is cut off (and fsync'd) first.
    pub fn resume(path: &Path, record: &Record, key: &SealKey) -> io::Result<JournalWriter> {
        let file = OpenOptions::new().append(true).open(path)?;
        if record.torn > 0 {
            file.set_len(record.good_len)?;
            file.sync_all()?;
        }
        Ok(JournalWriter {
            file,
            path: path.to_path_buf(),
            key: key.clone(),
            prev: record.last_mac,
            running: record.running.clone(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn append(&mut self, line: &Line) -> io::Result<()> {
        let (bytes, mac) = encode(line, &self.key, &self.prev);
        self.file.write_all(&bytes)?;
        self.file.sync_data()?;
        self.running.update(&bytes);
        self.prev = mac;
        Ok(())
    }

    /// The seal: an HMAC over every byte so far, as the last line.
    pub fn seal(&mut self) -> io::Result<()> {
        let seal = Line::Seal(Seal {
            alg: ALG.into(),
            key_id: self.key.id(),
            record_mac: self.running.hex(),
        });
        self.append(&seal)
    }
}
