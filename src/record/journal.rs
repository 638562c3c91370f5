//! The candidate's journal, which becomes the sealed record: JSON lines, appended and
//! fsync'd one at a time. Each line but the seal carries `sig`, an Ed25519 signature chained
//! to the line before, so a change made while the exam is paused is caught when it resumes;
//! the last line is the seal, a signature over the SHA-256 of every byte before it. Both
//! check with the public key alone. docs/assessment.md has the format.

use std::fmt;
use std::fs::{File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::Locale;

use super::assessment::{ClockPolicy, Debrief, PlannedPart};
use super::grade::{ExamResult, SubmitReason};
use super::proctor_log::Order;
use super::seal::{ALG, PublicKey, RunningHash, SIG_HEX_LEN, SealKey, hex, seal_message, unhex};
use super::witness::Witness;

/// The record format this code writes and reads.
pub const FORMAT: &str = "tradesim-record/2";
/// A journal larger than this is not one we wrote (a 3-hour exam is a few hundred kB).
pub const MAX_JOURNAL_BYTES: u64 = 64 * 1024 * 1024;
/// `,"sig":"` + 128 hex digits + `"}`
const SIG_SUFFIX_LEN: usize = 8 + SIG_HEX_LEN + 2;

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
    /// The organiser's session (its manifest) this sitting belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<String>,
    pub locale: Locale,
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
    /// Ed25519 over the SHA-256 of every byte of the record before this line.
    pub record_sig: String,
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
    /// A proctor's order that touched this exam (an extension, the room's pause or resume,
    /// a hand-in), copied from the session log line `seq` when it took effect here.
    Proctor(ProctorLine),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProctorLine {
    pub at: u64,
    pub t: u64,
    /// The session log's line number (1-based) this copies.
    pub seq: u64,
    pub order: Order,
}

impl Line {
    pub fn stamp(&self) -> Option<Stamp> {
        match self {
            Line::Header(h) => Some(Stamp { at: h.at, t: h.t }),
            Line::Open(o) => Some(Stamp { at: o.at, t: o.t }),
            Line::Action(a) => Some(Stamp { at: a.at, t: a.t }),
            Line::Tick(s) => Some(*s),
            Line::Submit(s) => Some(Stamp { at: s.at, t: s.t }),
            Line::Proctor(p) => Some(Stamp { at: p.at, t: p.t }),
            Line::Result(_) | Line::Seal(_) => None,
        }
    }
}

/// A line as bytes, with its chain signature (`prev` is the previous line's signature,
/// empty for the first). The seal line carries none: its `record_sig` covers everything.
pub fn encode(line: &Line, key: &SealKey, prev: &[u8]) -> (Vec<u8>, [u8; 64]) {
    let body = serde_json::to_string(line).expect("journal lines always serialize");
    if let Line::Seal(seal) = line {
        let sig = unhex(&seal.record_sig)
            .and_then(|v| v.try_into().ok())
            .unwrap_or([0; 64]);
        return (format!("{body}\n").into_bytes(), sig);
    }
    sign_object(body, key, prev)
}

/// A JSON object as one chained line: `sig` (over the previous line's signature and the
/// object as written) goes in as its last field. The session log's lines are made the same way.
pub fn sign_object(body: String, key: &SealKey, prev: &[u8]) -> (Vec<u8>, [u8; 64]) {
    let sig = key.sign(&[prev, body.as_bytes()]);
    let mut out = body.into_bytes();
    out.pop(); // the closing brace
    out.extend_from_slice(b",\"sig\":\"");
    out.extend_from_slice(hex(&sig).as_bytes());
    out.extend_from_slice(b"\"}\n");
    (out, sig)
}

/// The bytes a journal of these lines would hold, sealed: each line (but a seal among them)
/// chained and signed, then a seal over them all. What anyone holding the key could
/// write, so the tests use it to check that verify holds such a record to the session
/// log and the time rules, not only to the key.
pub fn encode_record(lines: &[Line], key: &SealKey) -> Vec<u8> {
    let mut out = Vec::new();
    let mut prev = Vec::new();
    for l in lines.iter().filter(|l| !matches!(l, Line::Seal(_))) {
        let (b, sig) = encode(l, key, &prev);
        out.extend(b);
        prev = sig.to_vec();
    }
    let mut h = RunningHash::default();
    h.update(&out);
    let sig = key.sign(&[&seal_message(&h.digest())]);
    let seal = Line::Seal(Seal {
        alg: ALG.into(),
        key_id: key.id(),
        record_sig: hex(&sig),
    });
    out.extend(encode(&seal, key, &prev).0);
    out
}

/// Why a journal cannot be trusted or used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not a tradesim record at all (another file, or a format from a newer version).
    NotARecord(String),
    /// A line or the seal does not verify under this key: changed after writing.
    Tampered { line: usize, why: String },
    /// Signed by another key than the one given (a forgery, or the wrong public key).
    OtherKey { record: String, this: String },
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::NotARecord(why) => write!(f, "not a tradesim record: {why}"),
            Problem::Tampered { line, why } => write!(f, "line {line}: {why}"),
            Problem::OtherKey { record, this } => write!(
                f,
                "signed by another key: the record names key {record}, the public key given is {this}"
            ),
        }
    }
}

/// A journal read and checked line by line.
#[derive(Debug, Clone)]
pub struct Record {
    pub header: Header,
    /// Every line, the header first.
    pub lines: Vec<Line>,
    /// Each line's signature (the seal's `record_sig` for the seal line), as the witness
    /// keeps them.
    pub sigs: Vec<[u8; 64]>,
    /// Bytes of the checked lines (the file is this long once a torn tail is dropped).
    pub good_len: u64,
    /// Bytes after the last newline: a line cut off mid-write.
    pub torn: u64,
    /// Running SHA-256 over the good bytes, ready to seal or continue.
    pub running: RunningHash,
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
    pub fn last_sig(&self) -> [u8; 64] {
        self.sigs.last().copied().unwrap_or([0; 64])
    }
}

/// A signed line's object without its `sig`, and the signature's hex.
pub fn split_sig(line: &[u8]) -> Option<(Vec<u8>, &str)> {
    if line.len() < SIG_SUFFIX_LEN + 2 {
        return None;
    }
    let (head, tail) = line.split_at(line.len() - SIG_SUFFIX_LEN);
    if !tail.starts_with(b",\"sig\":\"") || !tail.ends_with(b"\"}") {
        return None;
    }
    let sig = std::str::from_utf8(&tail[8..8 + SIG_HEX_LEN]).ok()?;
    let mut body = head.to_vec();
    body.push(b'}');
    Some((body, sig))
}

pub fn sig_bytes(hex_sig: &str) -> Option<[u8; 64]> {
    unhex(hex_sig)?.try_into().ok()
}

/// The seal line, checked: written as tradesim writes it, by this key, over `before`.
fn check_seal(raw: &[u8], before: &[u8], key: &PublicKey) -> Result<Seal, BadSeal> {
    let Ok(Line::Seal(seal)) = serde_json::from_slice::<Line>(raw) else {
        return Err(BadSeal::Invalid);
    };
    if seal.alg != ALG {
        return Err(BadSeal::Algorithm(seal.alg));
    }
    // the seal is not under its own signature: it must be exactly as written
    let canonical = serde_json::to_string(&Line::Seal(seal.clone())).unwrap_or_default();
    if canonical.as_bytes() != raw {
        return Err(BadSeal::NotAsWritten);
    }
    let mut h = RunningHash::default();
    h.update(before);
    if !key.check(&[&seal_message(&h.digest())], &seal.record_sig) {
        return Err(BadSeal::Mismatch);
    }
    Ok(seal)
}

/// Why a seal line is not trusted.
#[derive(Debug, Clone, PartialEq, Eq)]
enum BadSeal {
    Invalid,
    Algorithm(String),
    NotAsWritten,
    /// The record changed after sealing.
    Mismatch,
}

impl fmt::Display for BadSeal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BadSeal::Invalid => f.write_str("the seal line is not valid"),
            BadSeal::Algorithm(alg) => write!(f, "unknown seal algorithm `{alg}`"),
            BadSeal::NotAsWritten => f.write_str("the seal line is not as written"),
            BadSeal::Mismatch => {
                f.write_str("the seal does not match the record (changed after sealing)")
            }
        }
    }
}

/// The key a header line names, if it can be read at all.
fn named_key(body: &[u8]) -> Option<String> {
    serde_json::from_slice::<serde_json::Value>(body)
        .ok()?
        .get("key_id")?
        .as_str()
        .map(str::to_string)
}

/// Check a journal's bytes under the public key. A sealed record is checked by its seal (one
/// signature over every byte before it; then each line's structure); an unsealed journal
/// line by line along the signature chain. A torn last line (no newline) of an unsealed
/// journal is reported in `torn`; after a seal nothing at all may follow.
pub fn parse(bytes: &[u8], key: &PublicKey) -> Result<Record, Problem> {
    let good_end = bytes
        .iter()
        .rposition(|b| *b == b'\n')
        .map(|i| i + 1)
        .unwrap_or(0);
    let (good, torn) = bytes.split_at(good_end);
    if good.is_empty() {
        return Err(Problem::NotARecord("no complete first line".into()));
    }
    let raws: Vec<&[u8]> = good[..good.len() - 1].split(|b| *b == b'\n').collect();
    let last = raws.len();
    // sealed: the seal vouches for every line, so one signature check does
    let seal_at = raws
        .iter()
        .position(|r| r.starts_with(b"{\"kind\":\"seal\""));
    let mut trusted = false;
    if let Some(i) = seal_at {
        let tampered = |why: String| Problem::Tampered { line: i + 1, why };
        if i + 1 != last {
            return Err(Problem::Tampered {
                line: i + 2,
                why: "a line after the seal".into(),
            });
        }
        if !torn.is_empty() {
            return Err(Problem::Tampered {
                line: last + 1,
                why: format!(
                    "{} byte(s) after the seal: nothing may follow it",
                    torn.len()
                ),
            });
        }
        let before = good.len() - raws[i].len() - 1;
        if let Ok(Line::Seal(s)) = serde_json::from_slice::<Line>(raws[i])
            && s.key_id != key.id()
        {
            return Err(Problem::OtherKey {
                record: s.key_id,
                this: key.id(),
            });
        }
        check_seal(raws[i], &good[..before], key).map_err(|e| tampered(e.to_string()))?;
        trusted = true;
    }
    let mut lines = Vec::with_capacity(raws.len());
    let mut sigs: Vec<[u8; 64]> = Vec::with_capacity(raws.len());
    let mut running = RunningHash::default();
    let mut header: Option<Header> = None;
    for (n, raw) in raws.iter().enumerate() {
        let no = n + 1;
        let tampered = |why: &str| Problem::Tampered {
            line: no,
            why: why.to_string(),
        };
        if Some(n) == seal_at {
            let Ok(Line::Seal(seal)) = serde_json::from_slice::<Line>(raw) else {
                return Err(tampered("the seal line is not valid"));
            };
            sigs.push(sig_bytes(&seal.record_sig).unwrap_or([0; 64]));
            lines.push(Line::Seal(seal));
            running.update(raw);
            running.update(b"\n");
            continue;
        }
        let Some((body, sig)) = split_sig(raw) else {
            if n == 0 && !raw.starts_with(b"{\"kind\":\"header\"") {
                return Err(Problem::NotARecord(
                    "the first line is not a record header".into(),
                ));
            }
            return Err(tampered("the line's signature is missing or malformed"));
        };
        let prev = sigs.last().map(|s| s.to_vec()).unwrap_or_default();
        if !trusted && !key.check(&[&prev, &body], sig) {
            if n == 0
                && let Some(r) = named_key(&body)
                && r != key.id()
            {
                return Err(Problem::OtherKey {
                    record: r,
                    this: key.id(),
                });
            }
            return Err(tampered(
                "changed after it was written (its signature does not match)",
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
                if h.key_id != key.id() {
                    return Err(Problem::OtherKey {
                        record: h.key_id.clone(),
                        this: key.id(),
                    });
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
        sigs.push(sig_bytes(sig).ok_or_else(|| tampered("the signature is not hex"))?);
        running.update(raw);
        running.update(b"\n");
        lines.push(line);
    }
    let header = header.ok_or_else(|| Problem::NotARecord("no header".into()))?;
    Ok(Record {
        header,
        lines,
        sigs,
        good_len: good.len() as u64,
        torn: torn.len() as u64,
        running,
        sealed: seal_at.is_some(),
    })
}

/// Open options that never follow a symbolic link at the last path component: a planted
/// link must not redirect a write (or a read) to another file.
pub fn no_follow(opts: &mut OpenOptions) -> &mut OpenOptions {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        opts.custom_flags(libc::O_NOFOLLOW);
    }
    opts
}

/// Read a journal file whole (bounded), refusing a symbolic link.
pub fn read_bytes(path: &Path) -> io::Result<Vec<u8>> {
    let f = no_follow(OpenOptions::new().read(true)).open(path)?;
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
/// returns, so a line the caller has seen succeed survives a crash; then the witness, if
/// the session keeps one, learns the line's signature.
#[derive(Debug)]
pub struct JournalWriter {
    file: File,
    path: PathBuf,
    key: SealKey,
    prev: [u8; 64],
    running: RunningHash,
    lines: usize,
    witness: Option<Witness>,
}

/// Put `bytes` at `path` whole or not at all: written to `tmp` (0600, never through a planted
/// symbolic link), fsync'd, renamed into place, the folder fsync'd.
pub fn write_whole(path: &Path, tmp: &Path, bytes: &[u8]) -> io::Result<()> {
    match std::fs::symlink_metadata(tmp) {
        Ok(m) if m.file_type().is_symlink() => {
            return Err(io::Error::other(format!(
                "{} is a symbolic link; refusing to write through it",
                tmp.display()
            )));
        }
        // left by a crash before the rename: never the file yet
        Ok(_) => std::fs::remove_file(tmp)?,
        Err(_) => {}
    }
    {
        let mut f = create_private(tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    std::fs::rename(tmp, path)?;
    sync_dir(path.parent().unwrap_or(Path::new(".")))
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

/// A new file for the candidate's eyes only (0600), never through a symbolic link and
/// never over an existing file.
pub fn create_private(path: &Path) -> io::Result<File> {
    let mut opts = OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        opts.mode(0o600);
    }
    no_follow(&mut opts).open(path)
}

impl JournalWriter {
    /// A new journal holding just the header: written to a temporary file, fsync'd and
    /// renamed into place, so a journal never exists without a whole header.
    pub fn create(
        path: &Path,
        header: &Header,
        key: &SealKey,
        witness: Option<Witness>,
    ) -> io::Result<JournalWriter> {
        let line = Line::Header(Box::new(header.clone()));
        let (bytes, sig) = encode(&line, key, &[]);
        write_whole(path, &path.with_extension("jsonl.tmp"), &bytes)?;
        let file = no_follow(OpenOptions::new().append(true)).open(path)?;
        let mut running = RunningHash::default();
        running.update(&bytes);
        let mut w = JournalWriter {
            file,
            path: path.to_path_buf(),
            key: key.clone(),
            prev: sig,
            running,
            lines: 1,
            witness,
        };
        if let Some(wit) = &mut w.witness {
            wit.append(1, &sig)?;
        }
        Ok(w)
    }

    /// Continue a checked journal: a torn tail is cut off (and fsync'd) first; a witness one
    /// line behind (a crash between the two writes) is brought level.
    pub fn resume(
        path: &Path,
        record: &Record,
        key: &SealKey,
        witness: Option<Witness>,
    ) -> io::Result<JournalWriter> {
        let file = no_follow(OpenOptions::new().append(true)).open(path)?;
        if record.torn > 0 {
            file.set_len(record.good_len)?;
            file.sync_all()?;
        }
        let mut w = JournalWriter {
            file,
            path: path.to_path_buf(),
            key: key.clone(),
            prev: record.last_sig(),
            running: record.running.clone(),
            lines: record.lines.len(),
            witness,
        };
        if let Some(wit) = &mut w.witness
            && wit.len() < record.sigs.len()
        {
            for (i, s) in record.sigs.iter().enumerate().skip(wit.len()) {
                wit.append(i + 1, s)?;
            }
        }
        Ok(w)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn append(&mut self, line: &Line) -> io::Result<()> {
        let (bytes, sig) = encode(line, &self.key, &self.prev);
        self.file.write_all(&bytes)?;
        self.file.sync_data()?;
        self.running.update(&bytes);
        self.prev = sig;
        self.lines += 1;
        if let Some(w) = &mut self.witness {
            w.append(self.lines, &sig)?;
        }
        Ok(())
    }

    /// The seal: a signature over the SHA-256 of every byte so far, as the last line.
    pub fn seal(&mut self) -> io::Result<()> {
        let sig = self.key.sign(&[&seal_message(&self.running.digest())]);
        let seal = Line::Seal(Seal {
            alg: ALG.into(),
            key_id: self.key.id(),
            record_sig: hex(&sig),
        });
        self.append(&seal)
    }
}
