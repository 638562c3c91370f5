//! `tradesim session new ASSESSMENT --roster F --results DIR --key-file F`: the organiser
//! fixes a session in a signed manifest (`DIR/session.json`): the assessment and the hashes
//! of everything it can show, the roster, a seed per candidate, the time limit with extra
//! minutes, the start window. It also makes the results folder (0700) and one empty witness
//! file per candidate.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::exam::{given_folders, load_exam, load_session};
use super::{Cli, Failure, Outcome};
use crate::record::SealKey;
use crate::record::clock::{Clock as _, SystemClock};
use crate::record::manifest::{MANIFEST_FILE, Manifest, Plan, SeedPolicy, check_roster};
use crate::record::roster::Roster;
use crate::record::session::create_results_dir;
use crate::record::witness::witness_path;
use crate::serve::HOST_KEY_FILE;
use crate::serve::codes::{Codes, hash, new_code};

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Make a session: a signed manifest in the results folder, and the witness files.
    New(NewArgs),
    /// Sign-in codes for `serve`: prints a slip per candidate; only argon2 hashes are kept.
    Codes(CodesArgs),
    /// Register examiners (id and public key) in the session's signed examiners file.
    Examiners(super::grade::ExaminersArgs),
}

#[derive(clap::Args, Debug)]
pub struct CodesArgs {
    /// The session: its manifest (`session.json`) or the results folder holding it.
    pub session: PathBuf,
    /// The organiser's signing key (the manifest is checked under it).
    #[arg(long, value_name = "FILE")]
    pub key_file: PathBuf,
    /// New codes for these candidates only (a lost slip); default: every candidate, and
    /// the old codes stop working.
    #[arg(long, value_name = "ID")]
    pub candidate: Vec<String>,
    /// The server's name or address, as candidates will type it on the slip.
    #[arg(long, default_value = "exam-host")]
    pub host: String,
    #[arg(long, default_value_t = 2222)]
    pub port: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Seeds {
    /// A paper of its own for each candidate.
    PerCandidate,
    /// One paper for all.
    Fixed,
}

#[derive(clap::Args, Debug)]
pub struct NewArgs {
    /// An assessment id (shipped, or in a --scenarios folder), or a path to its .ron file.
    pub assessment: String,
    /// CSV with `id` and `name` columns: who may sit (ids only go into the manifest). An
    /// optional `key` column registers a candidate's OpenSSH public key for `serve`.
    #[arg(long, value_name = "FILE")]
    pub roster: PathBuf,
    /// The results folder (made 0700); the manifest is written there as session.json.
    #[arg(long, value_name = "DIR")]
    pub results: PathBuf,
    /// The organiser's signing key (`tradesim keygen`).
    #[arg(long, value_name = "FILE")]
    pub key_file: PathBuf,
    #[arg(long, value_enum, default_value = "per-candidate")]
    pub seed_policy: Seeds,
    /// The one seed for everyone (implies `--seed-policy fixed`): for rehearsals that must
    /// give a known paper. Default: drawn at random.
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
    /// Extra minutes for one candidate (an accommodation); repeatable: `--minutes-extra C-7=30`.
    #[arg(long, value_name = "ID=N")]
    pub minutes_extra: Vec<String>,
    /// The witness folder; default DIR/witness. Put it where candidates cannot write.
    #[arg(long, value_name = "DIR")]
    pub witness: Option<PathBuf>,
    /// How long from now a candidate may start (hours); resuming is allowed after it.
    #[arg(long, value_name = "HOURS", default_value_t = 12)]
    pub window_hours: u32,
}

fn extra_minutes(items: &[String]) -> Result<BTreeMap<String, u32>, Failure> {
    items
        .iter()
        .map(|it| {
            let (id, n) = it.split_once('=').ok_or_else(|| {
                Failure::input(format!("--minutes-extra `{it}`: expected ID=MINUTES"))
            })?;
            let n: u32 = n.parse().ok().filter(|n| *n <= 600).ok_or_else(|| {
                Failure::input(format!(
                    "--minutes-extra `{it}`: minutes must be a number from 0 to 600"
                ))
            })?;
            Ok((id.to_string(), n))
        })
        .collect()
}

pub fn exec(cli: &Cli, cmd: &Command) -> Outcome {
    match cmd {
        Command::New(args) => new(cli, args),
        Command::Codes(args) => codes(cli, args),
        Command::Examiners(args) => super::grade::examiners(cli, args),
    }
}

/// Draw codes, keep their hashes, print the slips (the only place a code is ever shown).
fn codes(cli: &Cli, args: &CodesArgs) -> Outcome {
    let key = SealKey::load(Some(&args.key_file)).map_err(Failure::input)?;
    let m = load_session(cli, &args.session, &key)?;
    let results = m.results_dir();
    let mut codes = if args.candidate.is_empty() {
        Codes::new(&m.session)
    } else {
        Codes::load(&results, &m.session).map_err(Failure::input)?
    };
    let ids: Vec<String> = if args.candidate.is_empty() {
        m.roster.clone()
    } else {
        args.candidate.clone()
    };
    if let Some(stranger) = ids.iter().find(|id| !m.seeds.contains_key(*id)) {
        return Err(Failure::input(format!(
            "candidate `{stranger}` is not in this session's roster"
        )));
    }
    let host_key = crate::serve::host_key::load_or_make(&results.join(HOST_KEY_FILE))
        .map_err(Failure::input)?;
    let fingerprint = crate::serve::host_key::fingerprint(&host_key);
    let mut slips = Vec::new();
    for id in &ids {
        let code = new_code();
        codes
            .hashes
            .insert(id.clone(), hash(&code).map_err(Failure::input)?);
        slips.push((id, code));
    }
    codes
        .save(&results)
        .map_err(|e| Failure::input(format!("{}: {e}", results.display())))?;
    let rule = "-".repeat(60);
    for (id, code) in slips {
        say!("{rule}");
        say!(
            "tradesim exam {}   session {}",
            m.assessment.id,
            &m.session[..8.min(m.session.len())]
        );
        say!("Candidate:  {id}");
        say!("Sign in:    ssh -p {} {id}@{}", args.port, args.host);
        say!("Code:       {code}   (type it when asked for a password)");
        say!("Host key:   {fingerprint}");
    }
    say!("{rule}");
    Ok(())
}

fn new(cli: &Cli, args: &NewArgs) -> Outcome {
    let key = SealKey::load(Some(&args.key_file)).map_err(Failure::input)?;
    let roster = Roster::load(&args.roster).map_err(Failure::input)?;
    let exam = load_exam(cli, &args.assessment)?;
    let now = SystemClock::new().wall_ms();
    let witness = args
        .witness
        .clone()
        .unwrap_or_else(|| args.results.join("witness"));
    let plan = Plan {
        roster: roster.ids(),
        seed_policy: match (args.seed_policy, args.seed) {
            (Seeds::PerCandidate, None) => SeedPolicy::PerCandidate,
            _ => SeedPolicy::Fixed,
        },
        fixed_seed: args.seed,
        minutes_extra: extra_minutes(&args.minutes_extra)?,
        opens_at: now,
        closes_at: now + u64::from(args.window_hours) * 3_600_000,
        results: args.results.clone(),
        witness: witness.clone(),
        scenario_dirs: given_folders(cli),
    };
    // a bad roster leaves nothing behind: checked before any folder is made
    check_roster(&plan.roster).map_err(Failure::input)?;
    let manifest_path = args.results.join(MANIFEST_FILE);
    if std::fs::symlink_metadata(&manifest_path).is_ok() {
        return Err(Failure::input(format!(
            "{}: a session already lives in this results folder; use a new folder for a new session",
            manifest_path.display()
        )));
    }
    for dir in [&args.results, &witness] {
        create_results_dir(dir).map_err(|e| Failure::input(format!("{}: {e}", dir.display())))?;
    }
    let manifest = Manifest::new(&exam, &plan, &key, now).map_err(Failure::input)?;
    for id in &manifest.roster {
        let p = witness_path(&witness, id);
        crate::record::journal::create_private(&p)
            .map_err(|e| Failure::input(format!("{}: {e}", p.display())))?;
    }
    if !roster.keys().is_empty() {
        crate::serve::public_keys::PublicKeys::save(roster.keys(), &args.results)
            .map_err(|e| Failure::input(format!("{}: {e}", args.results.display())))?;
    }
    manifest
        .sign(&key)
        .write(&manifest_path)
        .map_err(|e| Failure::input(format!("{}: {e}", manifest_path.display())))?;
    println!(
        "session {}: {} for {} candidate(s), {} min, key {}; manifest {} (keep a copy: verify and report take it)",
        manifest.session,
        manifest.assessment.id,
        manifest.roster.len(),
        manifest.minutes,
        manifest.key_id,
        manifest_path.display()
    );
    Ok(())
}

/// `run` and `playtest` pointed at a session (`--session`, or TRADESIM_SESSION on a lab
/// machine) refuse any seed its candidates play `scenario` under: their output would be
/// the answer key.
pub fn refuse_session_seeds(
    flag: Option<&std::path::Path>,
    scenario: &str,
    seeds: std::ops::Range<u64>,
) -> Outcome {
    let from_env = std::env::var_os(crate::record::manifest::SESSION_ENV).map(PathBuf::from);
    let Some(path) = flag.map(|p| p.to_path_buf()).or(from_env) else {
        return Ok(());
    };
    let m =
        crate::record::manifest::SignedManifest::read_unchecked(&path).map_err(Failure::input)?;
    let taken = m.part_seeds(scenario).map_err(Failure::input)?;
    if let Some(s) = taken.iter().find(|s| seeds.contains(s)) {
        return Err(Failure::input(format!(
            "seed {s} of `{scenario}` is a paper of session {} ({}): refused while the session runs",
            m.session,
            path.display()
        )));
    }
    Ok(())
}
