//! `tradesim grade RESULTS --examiner ID --key-file F [--adjudicate] [--actions FILE]`: an
//! examiner marks the written answers of a session's sealed records, blind and in their own
//! order, into their own signed grading journal. `--actions` scripts the same screen
//! (`answer 3`, `item price confirm`, `item tone 2`, `override item incoterm 0 "why"`,
//! `save`). Also `tradesim session examiners`: the organiser registers examiners' keys.

use std::collections::BTreeMap;
use std::io::BufRead as _;
use std::path::{Path, PathBuf};

use super::verify::session_library;
use super::{Cli, Failure, Outcome, pick_locale};
use crate::record::grading::check::{Scenarios, check_journals, collect, journal_paths};
use crate::record::grading::examiners::{Examiners, SignedExaminers, examiners_path};
use crate::record::grading::journal::{
    GradingLine, GradingWriter, MarkLine, SavedLine, grading_path,
};
use crate::record::grading::marks::{Ledger, needs_adjudication};
use crate::record::grading::order::marking_order;
use crate::record::lock::{CandidateLock, LockError};
use crate::record::manifest::{MANIFEST_FILE, Manifest, SignedManifest};
use crate::record::seal::{PublicKey, SealKey};
use crate::record::verify::{Verifier, record_paths};
use crate::tui::driver::now_millis;
use crate::tui::grade::{Cmd, Desk, Entry, Msg, Shown, desk, run_cmds, shown_in, update};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The session's results folder (sealed records, session.json, examiners.json).
    pub results: PathBuf,
    /// Your examiner id, as the organiser registered it.
    #[arg(long, value_name = "ID")]
    pub examiner: String,
    /// Your own signing key (`tradesim keygen`); its public half is what the organiser registered.
    #[arg(long, value_name = "FILE")]
    pub key_file: PathBuf,
    /// Mark as the third examiner: only the answers the first two disagree on.
    #[arg(long)]
    pub adjudicate: bool,
    /// Mark from a script instead of the screen: one line per step (`answer N`,
    /// `item ID confirm`, `item ID LEVEL`, `override item ID MARK "reason"`, `save`).
    #[arg(long, value_name = "FILE")]
    pub actions: Option<PathBuf>,
    /// The organiser's public key; default: the one the examiners file names (enough to
    /// mark; `verify` and `report` hold the files to the key you give them).
    #[arg(long, value_name = "FILE")]
    pub public_key: Option<PathBuf>,
    /// The language of the screen and of the rubric (en-US, zh-CN).
    #[arg(long, value_name = "LOCALE")]
    pub locale: Option<String>,
}

#[derive(clap::Args, Debug)]
pub struct ExaminersArgs {
    /// The session: its manifest (`session.json`) or the results folder holding it.
    pub session: PathBuf,
    /// Register an examiner: `ID=FILE.pub` (the public key their `tradesim keygen` wrote);
    /// repeatable. Registering an id again replaces its key.
    #[arg(long, value_name = "ID=FILE")]
    pub add: Vec<String>,
    /// The organiser's signing key (the examiners file is signed with it).
    #[arg(long, value_name = "FILE")]
    pub key_file: PathBuf,
}

/// `tradesim session examiners`: add examiners to the session's signed examiners file.
pub fn examiners(cli: &Cli, args: &ExaminersArgs) -> Outcome {
    let key = SealKey::load(Some(&args.key_file)).map_err(Failure::input)?;
    let m = super::exam::load_session(cli, &args.session, &key)?;
    let path = examiners_path(&m.results_dir());
    let mut ex = if path.exists() {
        SignedExaminers::load(&path, Some(&key.public()), &m.session)
            .map_err(Failure::input)?
            .0
    } else {
        Examiners::new(&m.session, &key)
    };
    for it in &args.add {
        let (id, file) = it
            .split_once('=')
            .ok_or_else(|| Failure::input(format!("--add `{it}`: expected ID=FILE.pub")))?;
        let pk = PublicKey::load(Some(Path::new(file))).map_err(Failure::input)?;
        if pk == key.public() {
            return Err(Failure::input(format!(
                "--add `{it}`: that is the organiser's own key; each examiner needs a key of their own (`tradesim keygen`)"
            )));
        }
        ex.add(id, &pk).map_err(Failure::input)?;
    }
    ex.sign(&key)
        .write(&path)
        .map_err(|e| Failure::input(format!("{}: {e}", path.display())))?;
    say!(
        "examiners of session {}: {} ({})",
        m.session,
        ex.examiners.len(),
        path.display()
    );
    for (id, text) in &ex.examiners {
        let kid = PublicKey::from_text(text)
            .map(|k| k.id())
            .unwrap_or_default();
        say!("  {id}  key {kid}");
    }
    Ok(())
}

/// The session, its examiners and the organiser's key, all checked.
struct Trusted {
    manifest: Manifest,
    examiners: Examiners,
    organiser: PublicKey,
}

fn trusted(results: &Path, public_key: Option<&Path>) -> Result<Trusted, Failure> {
    let mpath = results.join(MANIFEST_FILE);
    let session = SignedManifest::read_unchecked(&mpath)
        .map_err(Failure::input)?
        .session;
    let given = public_key
        .map(|p| PublicKey::load(Some(p)))
        .transpose()
        .map_err(Failure::input)?;
    let epath = examiners_path(results);
    if !epath.exists() {
        return Err(Failure::input(format!(
            "{}: no examiners registered for this session; the organiser runs `tradesim session examiners {} --add ID=KEY.pub --key-file ORGANISER.key`",
            epath.display(),
            results.display()
        )));
    }
    let (examiners, organiser) =
        SignedExaminers::load(&epath, given.as_ref(), &session).map_err(Failure::input)?;
    let manifest = SignedManifest::load(&mpath, &organiser).map_err(Failure::input)?;
    Ok(Trusted {
        manifest,
        examiners,
        organiser,
    })
}

fn answer_entries(
    cli: &Cli,
    args: &Args,
    t: &Trusted,
    ledger: &Ledger,
) -> Result<Vec<Entry>, Failure> {
    let lib = session_library(cli, Some(&t.manifest))?;
    let paths = record_paths(std::slice::from_ref(&args.results)).map_err(Failure::input)?;
    let witness = Some(t.manifest.witness_dir()).filter(|d| d.is_dir());
    let mut v = Verifier::new(&lib, &t.organiser).with_session(&t.manifest, witness);
    let verified: Vec<_> = paths.iter().map(|p| v.verify_file(p)).collect();
    for x in verified.iter().filter(|x| !x.verdict.is_ok()) {
        eprintln!(
            "{}",
            crate::safe_text::clean(&format!(
                "grade: left out {}: {}",
                x.path.display(),
                x.verdict
            ))
        );
    }
    let mut scenarios = Scenarios::new(&lib);
    let (_, answers) = collect(&verified, &mut scenarios);
    let locale = pick_locale(args.locale.as_deref());
    // the texts depend on the question, not the answer: one per scenario and node
    let mut texts: BTreeMap<(String, String), Shown> = BTreeMap::new();
    for a in &answers {
        let k = (a.scenario.clone(), a.id.node.clone());
        if texts.contains_key(&k) {
            continue;
        }
        let files = lib
            .get(&a.scenario)
            .ok_or_else(|| Failure::input(format!("`{}` is not in the library", a.scenario)))?;
        texts.insert(
            k,
            shown_in(a, files, locale.as_str()).map_err(Failure::input)?,
        );
    }
    let order = marking_order(&answers, &args.examiner, &t.manifest.session);
    let mut entries = Vec::new();
    for i in order {
        let a = &answers[i];
        if args.adjudicate
            && (!needs_adjudication(ledger, a) || ledger.has_saved(&a.id, &args.examiner, false))
        {
            continue;
        }
        let mut first_marks: BTreeMap<String, Vec<(String, u32)>> = BTreeMap::new();
        if args.adjudicate {
            for s in ledger.markers(&a.id) {
                for (item, m) in &s.items {
                    first_marks
                        .entry(item.clone())
                        .or_default()
                        .push((s.examiner.clone(), m.mark));
                }
            }
        }
        entries.push(Entry {
            shown: texts
                .get(&(a.scenario.clone(), a.id.node.clone()))
                .cloned()
                .unwrap_or_default(),
            saved: ledger.has_saved(&a.id, &args.examiner, args.adjudicate),
            first_marks,
            answer: a.clone(),
        });
    }
    Ok(entries)
}

pub fn exec(cli: &Cli, args: &Args) -> Outcome {
    let key = SealKey::load(Some(&args.key_file)).map_err(Failure::input)?;
    let t = trusted(&args.results, args.public_key.as_deref())?;
    match t.examiners.key(&args.examiner) {
        None => {
            return Err(Failure::input(format!(
                "examiner `{}` is not registered for session {}: the organiser adds examiners with `tradesim session examiners`",
                args.examiner, t.manifest.session
            )));
        }
        Some(k) if k != key.public() => {
            return Err(Failure::input(format!(
                "{}: this key (id {}) is not the one the organiser registered for examiner `{}` (id {})",
                args.key_file.display(),
                key.id(),
                args.examiner,
                k.id()
            )));
        }
        Some(_) => {}
    }
    // beside the records read: the folder given (a copy on a marking machine included)
    let path = grading_path(&args.results, &args.examiner);
    // one process per examiner: two would interleave lines and break the chain
    let lock_path = path.with_extension("lock");
    let _lock = CandidateLock::acquire(&lock_path).map_err(|e| match e {
        LockError::Held { pid, .. } => Failure::input(format!(
            "{}: examiner `{}` is already marking in {}; close that one first",
            lock_path.display(),
            args.examiner,
            pid.map(|p| format!("process {p}"))
                .unwrap_or_else(|| "another process".into())
        )),
        e => Failure::input(e),
    })?;
    let opened = GradingWriter::open(
        &path,
        &args.examiner,
        &key,
        &t.manifest.session,
        now_millis(),
    )
    .map_err(Failure::input)?;
    if opened.dropped_bytes > 0 {
        eprintln!(
            "grade: dropped a cut-off last line of {} bytes from {} (a crash while saving; the answer it belonged to is not saved)",
            opened.dropped_bytes,
            path.display()
        );
    }
    let mut writer = opened.writer;
    let ledger = if args.adjudicate {
        others_ledger(&args.results, &t, &opened.lines, cli)?
    } else {
        Ledger::fold([opened.lines.as_slice()])
    };
    let entries = answer_entries(cli, args, &t, &ledger)?;
    let locale = pick_locale(args.locale.as_deref());
    let mut desk =
        desk(&args.examiner, args.adjudicate, entries, locale.as_str()).map_err(Failure::input)?;
    let adjudication = args.adjudicate;
    let mut save = |d: &Desk, c: &Cmd| -> Result<(), String> {
        let Cmd::Save { entry, marks } = c;
        let id = d.entries[*entry].answer.id.clone();
        for (item, m) in marks {
            writer
                .append(&GradingLine::Mark(MarkLine {
                    examiner: d.examiner.clone(),
                    at: now_millis(),
                    answer: id.clone(),
                    item: item.clone(),
                    mark: m.mark,
                    how: m.how,
                    reason: m.reason.clone(),
                    adjudication,
                }))
                .map_err(|e| format!("{}: {e}", path.display()))?;
        }
        writer
            .append(&GradingLine::Saved(SavedLine {
                examiner: d.examiner.clone(),
                at: now_millis(),
                answer: id,
                adjudication,
            }))
            .map_err(|e| format!("{}: {e}", path.display()))
    };
    match &args.actions {
        Some(script) => headless(&mut desk, script, &mut save),
        None => crate::tui::grade::run(desk, &mut save)
            .map_err(|e| Failure::input(format!("terminal: {e}"))),
    }
}

/// Every examiner's saved marks (the adjudicator's own from `mine`), from journals that check.
fn others_ledger(
    results: &Path,
    t: &Trusted,
    mine: &[GradingLine],
    cli: &Cli,
) -> Result<Ledger, Failure> {
    let lib = session_library(cli, Some(&t.manifest))?;
    let paths = record_paths(&[results.to_path_buf()]).map_err(Failure::input)?;
    let witness = Some(t.manifest.witness_dir()).filter(|d| d.is_dir());
    let mut v = Verifier::new(&lib, &t.organiser).with_session(&t.manifest, witness);
    let verified: Vec<_> = paths.iter().map(|p| v.verify_file(p)).collect();
    let (_, answers) = collect(&verified, &mut Scenarios::new(&lib));
    let checked = check_journals(
        &journal_paths(results),
        Ok(&t.examiners),
        &t.manifest.session,
        &answers,
    );
    let mut journals: Vec<&[GradingLine]> = vec![mine];
    for c in &checked {
        let Some(j) = &c.journal else { continue };
        if j.header.examiner == mine_examiner(mine) {
            continue;
        }
        if !c.is_ok() {
            eprintln!(
                "{}",
                crate::safe_text::clean(&format!(
                    "grade: left out {}: {}",
                    c.path.display(),
                    c.problems.join("; ")
                ))
            );
            continue;
        }
        journals.push(&j.lines);
    }
    Ok(Ledger::fold(journals))
}

fn mine_examiner(lines: &[GradingLine]) -> &str {
    lines.first().map(|l| l.examiner()).unwrap_or("")
}

/// One script line as a message for the open answer.
fn script_msg(d: &Desk, text: &str) -> Result<Msg, String> {
    let item_index = |id: &str| -> Result<usize, String> {
        let m = d.marking().ok_or("open an answer first (`answer N`)")?;
        let a = &d.entries[m.entry].answer;
        a.item(id).ok_or_else(|| {
            let ids: Vec<&str> = a.compose.rubric.iter().map(|i| i.id.as_str()).collect();
            format!("no item `{id}` in this rubric (items: {})", ids.join(", "))
        })
    };
    let number = |s: &str, what: &str| -> Result<u32, String> {
        s.parse::<u32>()
            .map_err(|_| format!("expected {what} (a whole number), found `{s}`"))
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    match words.as_slice() {
        ["answer", n] => {
            let n = number(n, "an answer number")?;
            if n == 0 {
                return Err("answers are numbered from 1".into());
            }
            Ok(Msg::Open(n as usize - 1))
        }
        ["item", id, "confirm"] => Ok(Msg::Confirm(item_index(id)?)),
        ["item", id, level] => Ok(Msg::Level(item_index(id)?, number(level, "a level")?)),
        ["save"] => Ok(Msg::Save),
        ["back"] => Ok(Msg::Back),
        ["override", "item", id, mark, ..] => {
            let head = format!("override item {id} {mark}");
            let rest = text.trim_start()[head.len()..].trim();
            let reason = unquote(rest).ok_or_else(|| {
                format!("expected the reason in double quotes after `{head}`, found `{rest}`")
            })?;
            Ok(Msg::Override {
                item: item_index(id)?,
                mark: number(mark, "a mark")?,
                reason,
            })
        }
        _ => Err(format!(
            "unknown step `{text}`: expected `answer N`, `item ID confirm`, `item ID LEVEL`, `override item ID MARK \"reason\"` or `save`"
        )),
    }
}

/// `"text"` with `\"` and `\\` escapes.
fn unquote(s: &str) -> Option<String> {
    let inner = s.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push(chars.next()?),
            '"' => return None,
            c => out.push(c),
        }
    }
    Some(out)
}

fn headless(
    d: &mut Desk,
    script: &Path,
    save: &mut dyn FnMut(&Desk, &Cmd) -> Result<(), String>,
) -> Outcome {
    let shown = script.display().to_string();
    let file = std::fs::File::open(script).map_err(|e| Failure::input(format!("{shown}: {e}")))?;
    say!(
        "grade: examiner {}{}, {} answer(s), {} to mark",
        d.examiner,
        if d.adjudicate { " (adjudicating)" } else { "" },
        d.entries.len(),
        d.left()
    );
    for (i, e) in d.entries.iter().enumerate() {
        let who = if e.saved {
            e.answer.id.candidate.clone()
        } else {
            "(hidden)".into()
        };
        say!(
            "  {:>3}  {who}  {} / {}",
            i + 1,
            e.answer.scenario,
            e.answer.id.node
        );
    }
    let mut saved = 0;
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| Failure::input(format!("{shown}:{}: {e}", n + 1)))?;
        let text = line.trim();
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        let at = |why: String| Failure::input(format!("{shown}:{}: {why}", n + 1));
        let msg = script_msg(d, text).map_err(&at)?;
        let cmds = update(d, msg);
        if let Some(why) = d.refused.clone() {
            return Err(at(why));
        }
        let saving: Vec<usize> = cmds
            .iter()
            .map(|c| match c {
                Cmd::Save { entry, .. } => *entry,
            })
            .collect();
        run_cmds(d, cmds, save);
        if let Some(why) = d.refused.clone() {
            return Err(at(why));
        }
        for i in saving {
            saved += 1;
            say!(
                "saved answer {}: candidate {}",
                i + 1,
                d.entries[i].answer.id.candidate
            );
        }
    }
    if let Some(m) = d.marking()
        && m.marks.iter().any(Option::is_some)
    {
        eprintln!(
            "grade: the script ended with answer {} open and its marks not saved (add `save`): nothing was written for it",
            m.entry + 1
        );
    }
    say!(
        "grade: {saved} answer(s) saved now; {} of {} left to mark",
        d.left(),
        d.entries.len()
    );
    Ok(())
}

/// The results folder `verify` and `report` were pointed at, when grading applies: a
/// session is given, and the folder has an examiners file or grading journals.
pub fn grading_folder(paths: &[PathBuf], m: Option<&Manifest>) -> Option<PathBuf> {
    m?;
    let dir = paths.iter().find(|p| p.is_dir())?;
    (examiners_path(dir).exists() || !journal_paths(dir).is_empty()).then(|| dir.clone())
}

/// The grading journals of `dir` checked against the verified records and the examiners
/// file (under the organiser's key the checker holds), and what they add up to.
pub fn grading_of(
    dir: &Path,
    key: &PublicKey,
    m: &Manifest,
    verified: &[crate::record::verify::Verified],
    lib: &crate::scenario::library::Library,
) -> (
    Vec<crate::record::grading::check::Checked>,
    crate::record::grading::report::Grading,
) {
    let epath = examiners_path(dir);
    let examiners = SignedExaminers::load(&epath, Some(key), &m.session)
        .map(|(e, _)| e)
        .map_err(|e| e.to_string());
    let mut scenarios = Scenarios::new(lib);
    let (papers, answers) = collect(verified, &mut scenarios);
    let checked = check_journals(
        &journal_paths(dir),
        examiners.as_ref().map_err(|e| e.clone()),
        &m.session,
        &answers,
    );
    let ledger = Ledger::fold(
        checked
            .iter()
            .filter(|c| c.is_ok())
            .filter_map(|c| c.journal.as_ref())
            .map(|j| j.lines.as_slice()),
    );
    let ids: std::collections::BTreeSet<String> = papers
        .iter()
        .flat_map(|p| p.parts.iter().map(|x| x.scenario.clone()))
        .collect();
    let compiled: BTreeMap<String, crate::scenario::compile::Scenario> = ids
        .into_iter()
        .filter_map(|id| scenarios.owned(&id).map(|s| (id, s)))
        .collect();
    let summary = crate::record::grading::summary(&papers, &answers, &ledger, &|id| {
        compiled.get(id).cloned()
    });
    let journals_left_out = checked
        .iter()
        .filter(|c| !c.is_ok())
        .map(|c| crate::record::grading::report::LeftOut {
            file: c.path.display().to_string(),
            problems: c.problems.clone(),
        })
        .collect();
    (
        checked,
        crate::record::grading::report::Grading {
            summary,
            journals_left_out,
        },
    )
}
