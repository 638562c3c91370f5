//! `tradesim verify <FILE|DIR>... --public-key F --session MANIFEST`: one line per record
//! (ok, tampered, signed by another key, not this session's, scenario changed, replay
//! mismatch, unfinished, unreadable); exit 1 if any is not ok.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use super::{Cli, Failure, Outcome, library};
use crate::record::PublicKey;
use crate::record::manifest::{Manifest, SignedManifest};
use crate::record::verify::{Verifier, record_paths};
use crate::scenario::library::Library;

/// What verify and report share: the organiser's public key and session.
#[derive(clap::Args, Debug)]
pub struct Trust {
    /// The organiser's public key (`tradesim keygen` writes PREFIX.pub). Needed for exam
    /// records; not for a class folder of practice attempts.
    #[arg(long, value_name = "FILE")]
    pub public_key: Option<PathBuf>,
    /// The session manifest (`session.json`; keep your own copy): records are held to its
    /// roster, seeds and hashes. Without it only the signature and the replay are checked.
    #[arg(long, value_name = "FILE")]
    pub session: Option<PathBuf>,
    /// The witness folder; default: the session's.
    #[arg(long, value_name = "DIR")]
    pub witness: Option<PathBuf>,
    /// The session log of proctor orders; default: `proctor.log.jsonl` in the session's
    /// results folder. No file: no orders were given.
    #[arg(long, value_name = "FILE")]
    pub log: Option<PathBuf>,
}

impl Trust {
    pub fn load(&self) -> Result<(PublicKey, Option<Manifest>), Failure> {
        let Some(public_key) = &self.public_key else {
            return Err(Failure::input(
                "--public-key FILE is needed: the organiser's public key (`tradesim keygen` writes PREFIX.pub)",
            ));
        };
        let key = PublicKey::load(Some(public_key)).map_err(Failure::input)?;
        let manifest = match &self.session {
            Some(p) => Some(SignedManifest::load(p, &key).map_err(Failure::input)?),
            None => {
                eprintln!(
                    "note: no --session: records are not held to the organiser's roster, seeds and hashes"
                );
                None
            }
        };
        Ok((key, manifest))
    }

    /// The witness folder to compare with; it must exist when a session is given.
    pub fn witness_dir(&self, m: Option<&Manifest>) -> Result<Option<PathBuf>, Failure> {
        let Some(m) = m else { return Ok(None) };
        let dir = self.witness.clone().unwrap_or_else(|| m.witness_dir());
        if !Path::new(&dir).is_dir() {
            return Err(Failure::input(format!(
                "{}: the session's witness folder is not here; pass --witness DIR",
                dir.display()
            )));
        }
        Ok(Some(dir))
    }
}

impl Trust {
    /// The session log, checked (signature, chain, session, roster); None without a session.
    pub fn session_log(
        &self,
        key: &PublicKey,
        m: Option<&Manifest>,
    ) -> Option<Result<crate::record::proctor_log::Log, String>> {
        use crate::record::proctor_log::{LOG_FILE, parse};
        let m = m?;
        let path = self
            .log
            .clone()
            .unwrap_or_else(|| m.results_dir().join(LOG_FILE));
        let shown = path.display().to_string();
        let log = match crate::record::journal::read_bytes(&path) {
            Ok(b) => parse(&b, key, &m.session)
                .map_err(|p| format!("{shown} line {}: {}", p.line, p.why)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && self.log.is_none() => {
                Ok(Default::default())
            }
            Err(e) => Err(format!("{shown}: {e}")),
        };
        Some(log.and_then(|l| match l.strangers(&m.roster).first() {
            Some(why) => Err(format!("{shown}: {why}")),
            None => Ok(l),
        }))
    }
}

/// The library records are replayed against: the session's (its folders, never others),
/// or without a session the command's.
pub fn session_library(cli: &Cli, m: Option<&Manifest>) -> Result<Library, Failure> {
    match m {
        Some(m) => {
            m.check_folders(&super::exam::given_folders(cli))
                .map_err(Failure::input)?;
            m.library().map_err(Failure::input)
        }
        None => library(cli),
    }
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Record files (`<candidate>.record.jsonl`) or results folders.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub trust: Trust,
}

pub fn exec(cli: &Cli, args: &Args) -> Outcome {
    let (key, manifest) = args.trust.load()?;
    let witness = args.trust.witness_dir(manifest.as_ref())?;
    let paths = record_paths(&args.paths).map_err(Failure::input)?;
    let lib = session_library(cli, manifest.as_ref())?;
    let mut v = Verifier::new(&lib, &key);
    let log = args.trust.session_log(&key, manifest.as_ref());
    if let Some(m) = &manifest {
        v = v
            .with_session(m, witness)
            .with_log(log.clone().unwrap_or(Ok(Default::default())));
    }
    let mut out = std::io::stdout().lock();
    let mut failed = 0;
    let mut verified = Vec::with_capacity(paths.len());
    let log_failed = matches!(log, Some(Err(_)));
    if let Some(Err(why)) = &log {
        let _ = writeln!(
            out,
            "{}",
            crate::safe_text::clean(&format!("session log: tampered: {why}"))
        );
    }
    for p in &paths {
        let r = v.verify_file(p);
        if !r.verdict.is_ok() {
            failed += 1;
        }
        // a closed pipe (`| head`) is not an error worth a panic
        let line = format!("{}: {}", p.display(), r.verdict);
        let _ = writeln!(out, "{}", crate::safe_text::clean(&line));
        verified.push(r);
    }
    let mut journals_failed = 0;
    if let (Some(m), Some(dir)) = (
        &manifest,
        super::grade::grading_folder(&args.paths, manifest.as_ref()),
    ) {
        let (checked, _) = super::grade::grading_of(&dir, &key, m, &verified, &lib);
        for c in &checked {
            if !c.is_ok() {
                journals_failed += 1;
            }
            let ok = ["ok".to_string()];
            let verdicts = if c.is_ok() { &ok[..] } else { &c.problems[..] };
            // one line per problem, each naming the file, as for records
            for v in verdicts {
                let line = format!("{}: {v}", c.path.display());
                let _ = writeln!(out, "{}", crate::safe_text::clean(&line));
            }
        }
    }
    // who has no record is a question about a whole results folder, not a single file
    let missing = if args.paths.iter().any(|p| p.is_dir()) {
        v.missing()
    } else {
        Vec::new()
    };
    for id in &missing {
        let _ = writeln!(out, "{id}: no record");
    }
    eprintln!(
        "verify: {} record(s), {} ok, {failed} not ok{}",
        paths.len(),
        paths.len() - failed,
        if missing.is_empty() {
            String::new()
        } else {
            format!("; {} roster candidate(s) without a record", missing.len())
        }
    );
    if manifest.is_none()
        && args
            .paths
            .iter()
            .any(|p| p.is_dir() && !crate::record::grading::check::journal_paths(p).is_empty())
    {
        eprintln!("note: grading journals are checked only with --session");
    }
    if journals_failed > 0 {
        eprintln!("verify: {journals_failed} grading journal(s) not ok");
    }
    if log_failed {
        eprintln!("verify: the session log cannot be trusted");
    }
    if failed > 0 || log_failed || !missing.is_empty() || journals_failed > 0 {
        Err(Failure::found(""))
    } else {
        Ok(())
    }
}
