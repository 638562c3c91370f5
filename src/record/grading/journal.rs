//! An examiner's grading journal, `<examiner>.grading.jsonl` beside the sealed records (which
//! it never changes): JSON lines, appended and fsync'd one at a time, each signed with the
//! examiner's own Ed25519 key and chained to the line before (the signature covers the
//! previous line's signature and this line's JSON), so a changed, removed or reordered
//! line, or a line in another examiner's name, does not verify. A line cut off mid-write
//! (a crash) is found and reported; `grade` drops it when it resumes and says so.

use std::fs::{File, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::record::journal::{
    no_follow, read_bytes, sig_bytes, sign_object, split_sig, write_whole,
};
use crate::record::seal::{PublicKey, SealKey};

pub const FORMAT: &str = "tradesim-grading/1";
pub const GRADING_SUFFIX: &str = ".grading.jsonl";

pub fn grading_path(results: &Path, examiner: &str) -> PathBuf {
    results.join(format!("{examiner}{GRADING_SUFFIX}"))
}

/// Which written answer a mark is for: the sealed record (SHA-256 of its bytes), the
/// candidate, the part, the Compose node, and the record line holding the answer.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerId {
    pub record: String,
    pub candidate: String,
    pub part: usize,
    pub node: String,
    pub line: usize,
}

impl std::fmt::Display for AnswerId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "record {}…, candidate {}, part {}, node {}, record line {}",
            &self.record[..self.record.len().min(12)],
            self.candidate,
            self.part + 1,
            self.node,
            self.line
        )
    }
}

/// How an item's mark came about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum How {
    /// The automatic result, confirmed by the examiner.
    Confirm,
    /// The automatic result, overridden (a reason is required).
    Override,
    /// An examiner item's level.
    Level,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GradingHeader {
    pub format: String,
    pub session: String,
    pub examiner: String,
    /// The examiner's key id.
    pub key_id: String,
    pub at: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkLine {
    pub examiner: String,
    pub at: u64,
    pub answer: AnswerId,
    pub item: String,
    pub mark: u32,
    pub how: How,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// A third examiner's mark where the first two disagreed: final.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub adjudication: bool,
}

/// The marks for an answer since its last `saved` line are complete: they count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedLine {
    pub examiner: String,
    pub at: u64,
    pub answer: AnswerId,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub adjudication: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpenLine {
    pub examiner: String,
    pub at: u64,
    /// Bytes of a torn last line dropped when the journal was reopened.
    pub dropped_bytes: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum GradingLine {
    Header(GradingHeader),
    /// Marking resumed after the program stopped.
    Open(OpenLine),
    Mark(MarkLine),
    Saved(SavedLine),
}

impl GradingLine {
    pub fn examiner(&self) -> &str {
        match self {
            GradingLine::Header(h) => &h.examiner,
            GradingLine::Open(o) => &o.examiner,
            GradingLine::Mark(m) => &m.examiner,
            GradingLine::Saved(s) => &s.examiner,
        }
    }
}

/// A line as bytes, signed and chained to `prev` (empty for the first line).
pub fn encode(line: &GradingLine, key: &SealKey, prev: &[u8]) -> (Vec<u8>, [u8; 64]) {
    let body = serde_json::to_string(line).expect("grading lines always serialize");
    sign_object(body, key, prev)
}

/// Why a grading journal cannot be trusted. Lines are 1-based.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JournalProblem {
    Empty,
    NotGrading {
        line: usize,
        why: String,
    },
    /// The header names an examiner the organiser did not register.
    UnknownExaminer(String),
    /// A line does not verify under the examiner's key.
    BadSignature {
        line: usize,
        examiner: String,
    },
    /// A line in another examiner's name.
    OtherExaminer {
        line: usize,
        names: String,
        header: String,
    },
    /// Bytes after the last newline: a line cut off mid-write.
    Torn {
        line: usize,
        bytes: u64,
    },
}

impl std::fmt::Display for JournalProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JournalProblem::Empty => f.write_str("line 1: empty: no header"),
            JournalProblem::NotGrading { line, why } => {
                write!(f, "line {line}: not a grading journal line: {why}")
            }
            JournalProblem::UnknownExaminer(id) => write!(
                f,
                "line 1: unknown examiner `{id}`: the organiser's examiners file does not register this id"
            ),
            JournalProblem::BadSignature { line, examiner } => write!(
                f,
                "line {line}: tampered: does not verify under examiner `{examiner}`'s key (changed after writing, a line before it removed or reordered, or written by someone else)"
            ),
            JournalProblem::OtherExaminer {
                line,
                names,
                header,
            } => write!(
                f,
                "line {line}: names examiner `{names}` in the journal of `{header}`"
            ),
            JournalProblem::Torn { line, bytes } => write!(
                f,
                "line {line}: cut off mid-write ({bytes} byte(s) without a newline); `tradesim grade` drops it when it resumes"
            ),
        }
    }
}

impl std::error::Error for JournalProblem {}

/// A grading journal read and checked line by line.
#[derive(Debug, Clone)]
pub struct GradingJournal {
    pub header: GradingHeader,
    pub lines: Vec<GradingLine>,
    pub last_sig: [u8; 64],
    /// Bytes of the whole lines.
    pub good_len: u64,
    /// Bytes after the last newline.
    pub torn: u64,
}

impl GradingJournal {
    /// Torn tail as a problem (verify never accepts one silently).
    pub fn torn_problem(&self) -> Option<JournalProblem> {
        (self.torn > 0).then(|| JournalProblem::Torn {
            line: self.lines.len() + 1,
            bytes: self.torn,
        })
    }
}

fn header_of(raw: &[u8]) -> Result<GradingHeader, JournalProblem> {
    let (body, _) = split_sig(raw).ok_or_else(|| JournalProblem::NotGrading {
        line: 1,
        why: "no signature".into(),
    })?;
    match serde_json::from_slice::<GradingLine>(&body) {
        Ok(GradingLine::Header(h)) if h.format == FORMAT => Ok(h),
        Ok(GradingLine::Header(h)) => Err(JournalProblem::NotGrading {
            line: 1,
            why: format!("format `{}`, this version reads `{FORMAT}`", h.format),
        }),
        Ok(_) => Err(JournalProblem::NotGrading {
            line: 1,
            why: "the first line is not a header".into(),
        }),
        Err(e) => Err(JournalProblem::NotGrading {
            line: 1,
            why: e.to_string(),
        }),
    }
}

/// Check a journal's bytes. `key_of` gives the registered key of an examiner id (None:
/// not registered).
pub fn parse(
    bytes: &[u8],
    key_of: &dyn Fn(&str) -> Option<PublicKey>,
) -> Result<GradingJournal, JournalProblem> {
    let good_end = bytes
        .iter()
        .rposition(|b| *b == b'\n')
        .map(|i| i + 1)
        .unwrap_or(0);
    let (good, torn) = bytes.split_at(good_end);
    if good.is_empty() {
        return Err(JournalProblem::Empty);
    }
    let raws: Vec<&[u8]> = good[..good.len() - 1].split(|b| *b == b'\n').collect();
    let header = header_of(raws[0])?;
    let key = key_of(&header.examiner)
        .ok_or_else(|| JournalProblem::UnknownExaminer(header.examiner.clone()))?;
    let mut prev: Vec<u8> = Vec::new();
    let mut lines = Vec::with_capacity(raws.len());
    let mut last_sig = [0u8; 64];
    for (i, raw) in raws.iter().enumerate() {
        let no = i + 1;
        let bad = || JournalProblem::BadSignature {
            line: no,
            examiner: header.examiner.clone(),
        };
        let (body, sig_hex) = split_sig(raw).ok_or_else(bad)?;
        if !key.check(&[&prev, &body], sig_hex) {
            return Err(bad());
        }
        let line: GradingLine =
            serde_json::from_slice(&body).map_err(|e| JournalProblem::NotGrading {
                line: no,
                why: e.to_string(),
            })?;
        if i > 0 && matches!(line, GradingLine::Header(_)) {
            return Err(JournalProblem::NotGrading {
                line: no,
                why: "a second header".into(),
            });
        }
        if line.examiner() != header.examiner {
            return Err(JournalProblem::OtherExaminer {
                line: no,
                names: line.examiner().into(),
                header: header.examiner.clone(),
            });
        }
        last_sig = sig_bytes(sig_hex).ok_or_else(bad)?;
        prev = last_sig.to_vec();
        lines.push(line);
    }
    Ok(GradingJournal {
        header,
        lines,
        last_sig,
        good_len: good.len() as u64,
        torn: torn.len() as u64,
    })
}

/// Appends to an examiner's journal, one fsync'd line at a time.
#[derive(Debug)]
pub struct GradingWriter {
    file: File,
    key: SealKey,
    examiner: String,
    prev: [u8; 64],
}

/// Why the journal cannot be opened for marking.
#[derive(Debug)]
pub enum OpenError {
    Io(PathBuf, io::Error),
    Problem(PathBuf, JournalProblem),
    /// The journal at this path is of another examiner or session.
    NotYours(PathBuf, String),
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpenError::Io(p, e) => write!(f, "{}: {e}", p.display()),
            OpenError::Problem(p, why) => write!(f, "{}: {why}", p.display()),
            OpenError::NotYours(p, why) => write!(f, "{}: {why}", p.display()),
        }
    }
}

impl std::error::Error for OpenError {}

/// What opening found: the journal's lines so far (to resume), and a dropped torn tail.
pub struct Opened {
    pub writer: GradingWriter,
    pub lines: Vec<GradingLine>,
    pub dropped_bytes: u64,
}

impl GradingWriter {
    /// Open `path` for `examiner` (signing with `key`) in `session`: a new journal (temp
    /// file, fsync, rename), or the existing one checked under the examiner's own key, its
    /// torn tail cut off and an `open` line saying how many bytes went.
    pub fn open(
        path: &Path,
        examiner: &str,
        key: &SealKey,
        session: &str,
        now: u64,
    ) -> Result<Opened, OpenError> {
        let io_err = |e: io::Error| OpenError::Io(path.to_path_buf(), e);
        if std::fs::symlink_metadata(path).is_err() {
            let header = GradingLine::Header(GradingHeader {
                format: FORMAT.into(),
                session: session.into(),
                examiner: examiner.into(),
                key_id: key.id(),
                at: now,
            });
            let (bytes, sig) = encode(&header, key, &[]);
            write_whole(path, &path.with_extension("jsonl.tmp"), &bytes).map_err(io_err)?;
            let file = no_follow(OpenOptions::new().append(true))
                .open(path)
                .map_err(io_err)?;
            return Ok(Opened {
                writer: GradingWriter {
                    file,
                    key: key.clone(),
                    examiner: examiner.into(),
                    prev: sig,
                },
                lines: vec![header],
                dropped_bytes: 0,
            });
        }
        let bytes = read_bytes(path).map_err(io_err)?;
        let own = key.public();
        let j =
            parse(&bytes, &|id| (id == examiner).then(|| own.clone())).map_err(|p| match p {
                JournalProblem::UnknownExaminer(other) => OpenError::NotYours(
                    path.to_path_buf(),
                    format!("the journal of examiner `{other}`, not `{examiner}`"),
                ),
                p => OpenError::Problem(path.to_path_buf(), p),
            })?;
        if j.header.session != session {
            return Err(OpenError::NotYours(
                path.to_path_buf(),
                format!(
                    "a journal of session {}, not of this session ({session})",
                    j.header.session
                ),
            ));
        }
        let file = no_follow(OpenOptions::new().write(true))
            .open(path)
            .map_err(io_err)?;
        if j.torn > 0 {
            file.set_len(j.good_len).map_err(io_err)?;
            file.sync_all().map_err(io_err)?;
        }
        let file = no_follow(OpenOptions::new().append(true))
            .open(path)
            .map_err(io_err)?;
        let mut writer = GradingWriter {
            file,
            key: key.clone(),
            examiner: examiner.into(),
            prev: j.last_sig,
        };
        let open = GradingLine::Open(OpenLine {
            examiner: examiner.into(),
            at: now,
            dropped_bytes: j.torn,
        });
        writer.append(&open).map_err(io_err)?;
        let mut lines = j.lines;
        lines.push(open);
        Ok(Opened {
            writer,
            lines,
            dropped_bytes: j.torn,
        })
    }

    pub fn examiner(&self) -> &str {
        &self.examiner
    }

    /// Write one line whole and fsync it before returning.
    pub fn append(&mut self, line: &GradingLine) -> io::Result<()> {
        let (bytes, sig) = encode(line, &self.key, &self.prev);
        self.file.write_all(&bytes)?;
        self.file.sync_data()?;
        self.prev = sig;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> SealKey {
        SealKey::new(format!("{s} a key for tests only").as_bytes(), "t").unwrap()
    }

    fn answer() -> AnswerId {
        AnswerId {
            record: "ab".repeat(32),
            candidate: "c1".into(),
            part: 0,
            node: "reply".into(),
            line: 2,
        }
    }

    fn mark(examiner: &str) -> GradingLine {
        GradingLine::Mark(MarkLine {
            examiner: examiner.into(),
            at: 5,
            answer: answer(),
            item: "tone".into(),
            mark: 2,
            how: How::Level,
            reason: None,
            adjudication: false,
        })
    }

    #[test]
    fn written_resumed_and_checked() {
        let dir = tempfile::tempdir().unwrap();
        let p = grading_path(dir.path(), "e1");
        let k = key("e1");
        let mut o = GradingWriter::open(&p, "e1", &k, "s1", 1).unwrap();
        o.writer.append(&mark("e1")).unwrap();
        drop(o);
        // a crash mid-line: detected, then dropped on resume with an `open` line saying so
        let mut f = OpenOptions::new().append(true).open(&p).unwrap();
        f.write_all(b"{\"kind\":\"mark\",\"exam").unwrap();
        drop(f);
        let bytes = std::fs::read(&p).unwrap();
        let pk = k.public();
        let j = parse(&bytes, &|id| (id == "e1").then(|| pk.clone())).unwrap();
        assert_eq!(
            j.torn_problem(),
            Some(JournalProblem::Torn { line: 3, bytes: 20 })
        );
        let o = GradingWriter::open(&p, "e1", &k, "s1", 2).unwrap();
        assert_eq!(o.dropped_bytes, 20);
        assert_eq!(o.lines.len(), 3);
        let bytes = std::fs::read(&p).unwrap();
        let j = parse(&bytes, &|id| (id == "e1").then(|| pk.clone())).unwrap();
        assert_eq!((j.lines.len(), j.torn), (3, 0));
        // another examiner's key does not open it, nor another session
        assert!(GradingWriter::open(&p, "e1", &key("e2"), "s1", 3).is_err());
        assert!(matches!(
            GradingWriter::open(&p, "e1", &k, "s2", 3),
            Err(OpenError::NotYours(..))
        ));
    }

    #[test]
    fn one_byte_changed_a_line_removed_or_an_unknown_examiner_is_caught() {
        let dir = tempfile::tempdir().unwrap();
        let p = grading_path(dir.path(), "e1");
        let k = key("e1");
        let mut o = GradingWriter::open(&p, "e1", &k, "s1", 1).unwrap();
        o.writer.append(&mark("e1")).unwrap();
        o.writer.append(&mark("e1")).unwrap();
        let bytes = std::fs::read(&p).unwrap();
        let pk = k.public();
        let key_of = |id: &str| (id == "e1").then(|| pk.clone());
        let text = String::from_utf8(bytes.clone()).unwrap();
        let changed = text.replacen("\"mark\":2", "\"mark\":1", 1);
        assert!(matches!(
            parse(changed.as_bytes(), &key_of),
            Err(JournalProblem::BadSignature { line: 2, .. })
        ));
        let lines: Vec<&str> = text.lines().collect();
        let removed = format!("{}\n{}\n", lines[0], lines[2]);
        assert!(matches!(
            parse(removed.as_bytes(), &key_of),
            Err(JournalProblem::BadSignature { line: 2, .. })
        ));
        assert_eq!(
            parse(&bytes, &|_| None).unwrap_err(),
            JournalProblem::UnknownExaminer("e1".into())
        );
        // e2 writes a line in e1's name: it does not verify under e1's key
        let (forged, _) = encode(&mark("e1"), &key("e2"), &[]);
        let mixed = format!("{}\n{}", lines[0], String::from_utf8(forged).unwrap());
        assert!(matches!(
            parse(mixed.as_bytes(), &key_of),
            Err(JournalProblem::BadSignature { line: 2, .. })
        ));
    }
}
