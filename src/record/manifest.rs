//! The organiser's session: a manifest signed with the organiser's key that fixes what a
//! sitting may be. Which assessment (its content hash) and the hashes of every scenario's
//! RON and .ftl text it can draw; who may sit (the roster's ids); each candidate's seed,
//! drawn by the organiser; the time limit with any extra minutes; the clock; the start
//! window; where results and the witness live. `exam` takes nothing else, and `verify`
//! holds every record against it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::assessment::{AssessmentFiles, ClockPolicy, Exam, Part, PartError, shipped_assessments};
use super::clock::rfc3339;
use super::journal::{AssessmentRef, Header, create_private, sync_dir};
use super::seal::{ALG, PublicKey, SealKey, hex};
use super::session::{CandidateIdError, Start, check_candidate};
use crate::i18n::Locale;
use crate::scenario::compile::sha256_hex;
use crate::scenario::library::{Library, ScenarioFiles};
use crate::scenario::load::InputError;

pub const FORMAT: &str = "tradesim-session/1";
/// The manifest's file name in the results folder.
pub const MANIFEST_FILE: &str = "session.json";
const MAX_MANIFEST_BYTES: u64 = 16 * 1024 * 1024;

/// The exact text a part is played under: its RON and each language's .ftl.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContentHashes {
    pub ron: String,
    pub ftl: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SeedPolicy {
    /// Each candidate their own paper.
    PerCandidate,
    /// One paper for everyone (still drawn by the organiser, never chosen by a candidate).
    Fixed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: String,
    /// Random, 128 bits in hex: every record names the session it belongs to.
    pub session: String,
    pub created_at: String,
    pub key_id: String,
    pub assessment: AssessmentRef,
    /// Where the exam finds the assessment: the .ron path, or a shipped id.
    pub assessment_source: String,
    /// The scenario folders (absolute); the exam uses these and refuses any other.
    pub scenario_dirs: Vec<String>,
    pub scenarios: BTreeMap<String, ContentHashes>,
    pub roster: Vec<String>,
    pub seed_policy: SeedPolicy,
    pub seeds: BTreeMap<String, u64>,
    pub minutes: u32,
    /// Accommodations: extra minutes per candidate.
    pub minutes_extra: BTreeMap<String, u32>,
    pub clock: ClockPolicy,
    /// A first start is allowed from `opens_at` to `closes_at` (ms since 1970); resuming an
    /// exam already started is allowed after it.
    pub opens_at: u64,
    pub closes_at: u64,
    pub results: String,
    pub witness: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedManifest {
    pub manifest: Manifest,
    pub alg: String,
    /// Ed25519 over the manifest's JSON as written.
    pub sig: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ManifestError {
    Unreadable(String),
    OtherKey {
        path: String,
        manifest: String,
        this: String,
    },
    BadSignature(String),
}

impl fmt::Display for ManifestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ManifestError::Unreadable(m) => f.write_str(m),
            ManifestError::OtherKey {
                path,
                manifest,
                this,
            } => write!(
                f,
                "{path}: the session was signed by another key: the manifest names key {manifest}, the key given is {this}"
            ),
            ManifestError::BadSignature(path) => write!(
                f,
                "{path}: the session manifest does not match its signature: it was changed after `tradesim session new`"
            ),
        }
    }
}

impl std::error::Error for ManifestError {}

/// Every scenario id an assessment can put in front of a candidate.
pub fn scenario_ids(parts: &[Part]) -> BTreeSet<String> {
    parts
        .iter()
        .flat_map(|p| match p {
            Part::Warmup(id) | Part::Scenario(id) => vec![id.clone()],
            Part::Draw { from, .. } => from.clone(),
        })
        .collect()
}

pub fn content_hashes(files: &ScenarioFiles) -> ContentHashes {
    ContentHashes {
        ron: sha256_hex(files.ron.text.as_bytes()),
        ftl: files
            .locales
            .iter()
            .map(|(l, f)| (l.clone(), sha256_hex(f.text.as_bytes())))
            .collect(),
    }
}

/// The first way `now` differs from `then`, naming the file.
fn hashes_differ(id: &str, files: &ScenarioFiles, then: &ContentHashes) -> Option<String> {
    let now = content_hashes(files);
    if now.ron != then.ron {
        return Some(format!(
            "scenario `{id}` ({}) differs from the session's (hash {}…, the session has {}…)",
            files.ron.path,
            &now.ron[..12],
            &then.ron[..then.ron.len().min(12)]
        ));
    }
    for (l, h) in &then.ftl {
        match (now.ftl.get(l), files.locales.get(l)) {
            (Some(n), Some(f)) if n != h => {
                return Some(format!(
                    "the text of scenario `{id}` ({}) differs from the session's (hash {}…, the session has {}…)",
                    f.path,
                    &n[..12],
                    &h[..h.len().min(12)]
                ));
            }
            (None, _) | (_, None) => {
                return Some(format!(
                    "the {l} text of scenario `{id}` is missing (the session has it)"
                ));
            }
            _ => {}
        }
    }
    if let Some(extra) = now.ftl.keys().find(|l| !then.ftl.contains_key(*l)) {
        return Some(format!(
            "scenario `{id}` has {extra} text the session does not have"
        ));
    }
    None
}

/// Roster ids become file names on any disk: each usable, and no two equal but for case.
pub fn check_roster(ids: &[String]) -> Result<(), RosterIdError> {
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    for id in ids {
        check_candidate(id).map_err(RosterIdError::Candidate)?;
        if let Some(first) = seen.insert(id.to_ascii_lowercase(), id) {
            return Err(RosterIdError::CaseTwins(first.to_string(), id.clone()));
        }
    }
    if ids.is_empty() {
        return Err(RosterIdError::Empty);
    }
    Ok(())
}

/// Why a roster's ids cannot name a session's files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RosterIdError {
    Candidate(CandidateIdError),
    /// Two ids equal but for case.
    CaseTwins(String, String),
    Empty,
}

impl fmt::Display for RosterIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RosterIdError::Candidate(e) => e.fmt(f),
            RosterIdError::CaseTwins(first, id) => write!(
                f,
                "candidate ids `{first}` and `{id}` differ only in case: they would be one file on Windows and macOS disks"
            ),
            RosterIdError::Empty => f.write_str("the roster has no candidates"),
        }
    }
}

impl std::error::Error for RosterIdError {}

/// Why a new session cannot be made from a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NewSessionError {
    Roster(RosterIdError),
    /// `--minutes-extra` names someone outside the roster.
    ExtraNotInRoster(String),
    NotInLibrary(String),
}

impl fmt::Display for NewSessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NewSessionError::Roster(e) => e.fmt(f),
            NewSessionError::ExtraNotInRoster(id) => {
                write!(f, "--minutes-extra names `{id}`, who is not in the roster")
            }
            NewSessionError::NotInLibrary(id) => {
                write!(f, "scenario `{id}` is not in the library")
            }
        }
    }
}

impl std::error::Error for NewSessionError {}

/// How what a command found departs from what the session fixed: its folders, its files,
/// or a record's header. Each reads as the reason, without the file it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Drift {
    /// The folders the session has, and those given.
    Folders(Vec<String>, Vec<String>),
    /// The assessment file's path, its hash, the session's hash.
    Assessment {
        path: String,
        now: String,
        then: String,
    },
    MissingScenario(String),
    /// A scenario's RON or text differs (the first difference, as found).
    Scenario(String),
    OtherSession {
        found: Option<String>,
        this: String,
    },
    NotInRoster(String),
    /// The record is this candidate's, in a file named otherwise.
    FileName {
        candidate: String,
        file: String,
    },
    Seed {
        seed: u64,
        candidate: String,
    },
    OtherAssessment {
        found: Box<AssessmentRef>,
        this: Box<AssessmentRef>,
    },
    Minutes {
        found: (u32, ClockPolicy),
        this: (u32, ClockPolicy),
    },
    PartVersion(String),
    PartNotInSession(String),
}

fn short(hash: &str) -> &str {
    &hash[..hash.len().min(12)]
}

impl fmt::Display for Drift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Drift::Folders(ours, given) => write!(
                f,
                "this session's scenario folders are [{}]; refusing other folders ([{}]): the assessment and its scenarios come from the session",
                ours.join(", "),
                given.join(", ")
            ),
            Drift::Assessment { path, now, then } => write!(
                f,
                "{path}: the assessment differs from the session's (hash {}…, the session has {}…)",
                &now[..12],
                short(then)
            ),
            Drift::MissingScenario(id) => {
                write!(f, "scenario `{id}` of the session is not in the library")
            }
            Drift::Scenario(why) => f.write_str(why),
            Drift::OtherSession { found, this } => write!(
                f,
                "from another session ({}), not this one ({this})",
                found.as_deref().unwrap_or("none")
            ),
            Drift::NotInRoster(c) => write!(f, "candidate `{c}` is not in the roster"),
            Drift::FileName { candidate, file } => write!(
                f,
                "the record is candidate `{candidate}`'s but the file is {file}: copied or swapped"
            ),
            Drift::Seed { seed, candidate } => write!(
                f,
                "seed {seed} is not the one the session assigned to `{candidate}`"
            ),
            Drift::OtherAssessment { found, this } => write!(
                f,
                "assessment `{}` (hash {}…) is not the session's (`{}`, hash {}…)",
                found.id,
                short(&found.hash),
                this.id,
                short(&this.hash)
            ),
            Drift::Minutes { found, this } => write!(
                f,
                "time limit {} min ({:?} clock) is not the session's {} min ({:?})",
                found.0, found.1, this.0, this.1
            ),
            Drift::PartVersion(p) => write!(
                f,
                "part `{p}` was played under another version of the scenario"
            ),
            Drift::PartNotInSession(p) => write!(f, "part `{p}` is not a scenario of the session"),
        }
    }
}

impl std::error::Error for Drift {}

/// Why the session's assessment or scenarios cannot be loaded as it fixed them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    Input(InputError),
    NotShipped(String),
    /// The assessment's diagnostics, rendered plain, one a line.
    Assessment(String),
    Drift(Drift),
    Part(PartError),
    /// The manifest file: its path and why it cannot be read or is not a manifest.
    Unreadable(String, String),
    NotManifest(String, String),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Input(e) => e.fmt(f),
            LoadError::NotShipped(id) => write!(
                f,
                "the session's assessment `{id}` is not shipped with this version"
            ),
            LoadError::Assessment(m) => f.write_str(m),
            LoadError::Drift(d) => d.fmt(f),
            LoadError::Part(e) => e.fmt(f),
            LoadError::Unreadable(path, e) => write!(f, "{path}: {e}"),
            LoadError::NotManifest(path, e) => write!(f, "{path}: not a session manifest: {e}"),
        }
    }
}

impl std::error::Error for LoadError {}

impl From<InputError> for LoadError {
    fn from(e: InputError) -> Self {
        LoadError::Input(e)
    }
}

impl From<Drift> for LoadError {
    fn from(e: Drift) -> Self {
        LoadError::Drift(e)
    }
}

impl From<PartError> for LoadError {
    fn from(e: PartError) -> Self {
        LoadError::Part(e)
    }
}

/// The path as the exam will find it from any folder: resolved, or at least absolute.
fn absolute(p: &Path) -> String {
    std::fs::canonicalize(p)
        .or_else(|_| std::path::absolute(p))
        .unwrap_or_else(|_| p.to_path_buf())
        .display()
        .to_string()
}

/// What the organiser decides for a new session, beyond the assessment.
#[derive(Debug, Clone)]
pub struct Plan {
    pub roster: Vec<String>,
    pub seed_policy: SeedPolicy,
    /// The organiser's own seed for a fixed paper; None: drawn here.
    pub fixed_seed: Option<u64>,
    pub minutes_extra: BTreeMap<String, u32>,
    pub opens_at: u64,
    pub closes_at: u64,
    pub results: PathBuf,
    pub witness: PathBuf,
    pub scenario_dirs: Vec<PathBuf>,
}

impl Manifest {
    /// A new session for `exam`; seeds drawn here, from the operating system's randomness.
    pub fn new(
        exam: &Exam,
        plan: &Plan,
        key: &SealKey,
        now_ms: u64,
    ) -> Result<Manifest, NewSessionError> {
        check_roster(&plan.roster).map_err(NewSessionError::Roster)?;
        if let Some(id) = plan
            .minutes_extra
            .keys()
            .find(|id| !plan.roster.contains(id))
        {
            return Err(NewSessionError::ExtraNotInRoster(id.clone()));
        }
        let mut scenarios = BTreeMap::new();
        for id in scenario_ids(&exam.file.parts) {
            let files = exam
                .library
                .get(&id)
                .ok_or_else(|| NewSessionError::NotInLibrary(id.clone()))?;
            scenarios.insert(id, content_hashes(files));
        }
        // below 2^53: exact in every JSON reader
        let draw = || rand::random::<u64>() >> 11;
        let fixed = plan.fixed_seed.unwrap_or_else(draw);
        let seeds = plan
            .roster
            .iter()
            .map(|id| {
                let s = match plan.seed_policy {
                    SeedPolicy::PerCandidate => draw(),
                    SeedPolicy::Fixed => fixed,
                };
                (id.clone(), s)
            })
            .collect();
        let assessment_source = match &exam.files.scenarios_dir {
            None => exam.files.id.clone(),
            Some(_) => absolute(Path::new(&exam.files.ron.path)),
        };
        Ok(Manifest {
            format: FORMAT.into(),
            session: hex(&rand::random::<[u8; 16]>()),
            created_at: rfc3339(now_ms),
            key_id: key.id(),
            assessment: AssessmentRef {
                id: exam.file.id.clone(),
                version: exam.file.version,
                hash: exam.hash.clone(),
                title: exam.file.title.clone(),
            },
            assessment_source,
            scenario_dirs: plan.scenario_dirs.iter().map(|d| absolute(d)).collect(),
            scenarios,
            roster: plan.roster.clone(),
            seed_policy: plan.seed_policy,
            seeds,
            minutes: exam.file.minutes,
            minutes_extra: plan.minutes_extra.clone(),
            clock: exam.file.clock,
            opens_at: plan.opens_at,
            closes_at: plan.closes_at,
            results: absolute(&plan.results),
            witness: absolute(&plan.witness),
        })
    }

    pub fn minutes_for(&self, candidate: &str) -> u32 {
        self.minutes + self.minutes_extra.get(candidate).copied().unwrap_or(0)
    }

    /// How `candidate` starts under this session, in `locale`; None: not in the roster.
    pub fn start_for(&self, candidate: &str, locale: Locale) -> Option<Start> {
        let seed = self.seeds.get(candidate)?;
        Some(Start {
            seed: Some(*seed),
            locale,
            session: Some(self.session.clone()),
            minutes: Some(self.minutes_for(candidate)),
            window: Some((self.opens_at, self.closes_at)),
            witness: Some(self.witness_dir()),
        })
    }

    pub fn results_dir(&self) -> PathBuf {
        PathBuf::from(&self.results)
    }

    pub fn witness_dir(&self) -> PathBuf {
        PathBuf::from(&self.witness)
    }

    pub fn scenario_dirs(&self) -> Vec<PathBuf> {
        self.scenario_dirs.iter().map(PathBuf::from).collect()
    }

    /// The scenario folders a command was given (TRADESIM_SCENARIOS and --scenarios) are
    /// the session's, or none.
    pub fn check_folders(&self, given: &[PathBuf]) -> Result<(), Drift> {
        let given: Vec<String> = given.iter().map(|d| absolute(d)).collect();
        if given.is_empty() || given == self.scenario_dirs {
            return Ok(());
        }
        Err(Drift::Folders(self.scenario_dirs.clone(), given))
    }

    /// The assessment as the session fixed it: from the session's folders only, every
    /// hash as recorded.
    pub fn load_exam(&self) -> Result<Exam, LoadError> {
        let files = self.assessment_files()?;
        let lib = self.library_with(&files)?;
        let exam = Exam::load(files, lib).map_err(|d| {
            LoadError::Assessment(
                d.iter()
                    .map(|d| d.render_plain())
                    .collect::<Vec<_>>()
                    .join("\n"),
            )
        })?;
        self.check_exam(&exam)?;
        Ok(exam)
    }

    fn assessment_files(&self) -> Result<AssessmentFiles, LoadError> {
        if Path::new(&self.assessment_source).is_absolute() {
            return Ok(AssessmentFiles::from_path(Path::new(
                &self.assessment_source,
            ))?);
        }
        shipped_assessments()
            .into_iter()
            .find(|a| a.id == self.assessment_source)
            .ok_or_else(|| LoadError::NotShipped(self.assessment_source.clone()))
    }

    /// The scenarios as the session finds them: shipped, its folders, and the assessment's
    /// own folder; TRADESIM_SCENARIOS plays no part.
    fn library_with(&self, files: &AssessmentFiles) -> Result<Library, LoadError> {
        let mut lib = Library::shipped();
        for d in self.scenario_dirs() {
            lib.add_folder(&d)?;
        }
        if let Some(d) = &files.scenarios_dir
            && d.is_dir()
        {
            lib.add_folder(d)?;
        }
        Ok(lib)
    }

    /// The session's scenario library (what verify and report replay against).
    pub fn library(&self) -> Result<Library, LoadError> {
        self.library_with(&self.assessment_files()?)
    }

    /// Every file the session hashed is unchanged.
    pub fn check_exam(&self, exam: &Exam) -> Result<(), Drift> {
        if exam.hash != self.assessment.hash {
            return Err(Drift::Assessment {
                path: exam.files.ron.path.clone(),
                now: exam.hash.clone(),
                then: self.assessment.hash.clone(),
            });
        }
        self.check_library(&exam.library)
    }

    /// Every scenario of the session is in `lib`, with the session's RON and text.
    pub fn check_library(&self, lib: &Library) -> Result<(), Drift> {
        for (id, then) in &self.scenarios {
            let files = lib
                .get(id)
                .ok_or_else(|| Drift::MissingScenario(id.clone()))?;
            if let Some(why) = hashes_differ(id, files, then) {
                return Err(Drift::Scenario(why));
            }
        }
        Ok(())
    }

    /// Does a record's header belong to this session as this candidate's sitting?
    pub fn check_header(&self, h: &Header, file_name: &str) -> Result<(), Drift> {
        if h.session.as_deref() != Some(self.session.as_str()) {
            return Err(Drift::OtherSession {
                found: h.session.clone(),
                this: self.session.clone(),
            });
        }
        if !self.roster.contains(&h.candidate) {
            return Err(Drift::NotInRoster(h.candidate.clone()));
        }
        let want = format!("{}{}", h.candidate, super::verify::RECORD_SUFFIX);
        if file_name != want {
            return Err(Drift::FileName {
                candidate: h.candidate.clone(),
                file: file_name.to_string(),
            });
        }
        if Some(&h.session_seed) != self.seeds.get(&h.candidate) {
            return Err(Drift::Seed {
                seed: h.session_seed,
                candidate: h.candidate.clone(),
            });
        }
        if h.assessment != self.assessment {
            return Err(Drift::OtherAssessment {
                found: Box::new(h.assessment.clone()),
                this: Box::new(self.assessment.clone()),
            });
        }
        let minutes = self.minutes_for(&h.candidate);
        if h.minutes != minutes || h.clock != self.clock {
            return Err(Drift::Minutes {
                found: (h.minutes, h.clock),
                this: (minutes, self.clock),
            });
        }
        for p in &h.parts {
            match self.scenarios.get(&p.scenario) {
                Some(c) if c.ron == p.hash => {}
                Some(_) => return Err(Drift::PartVersion(p.scenario.clone())),
                None => return Err(Drift::PartNotInSession(p.scenario.clone())),
            }
        }
        Ok(())
    }

    pub fn sign(&self, key: &SealKey) -> SignedManifest {
        let body = serde_json::to_string(self).expect("a manifest always serializes");
        SignedManifest {
            manifest: self.clone(),
            alg: ALG.into(),
            sig: hex(&key.sign(&[body.as_bytes()])),
        }
    }
}

/// The variable a lab machine sets to the running session's manifest, so that `run` and
/// `playtest` there refuse its papers.
pub const SESSION_ENV: &str = "TRADESIM_SESSION";

impl Manifest {
    /// The part seeds a session's candidates play `scenario` under: what `run` and
    /// `playtest` must not replay while the session runs.
    pub fn part_seeds(&self, scenario: &str) -> Result<BTreeSet<u64>, LoadError> {
        if !self.scenarios.contains_key(scenario) {
            return Ok(BTreeSet::new());
        }
        let exam = self.load_exam()?;
        let mut out = BTreeSet::new();
        for seed in self.seeds.values().collect::<BTreeSet<_>>() {
            for p in exam.plan(*seed)? {
                if p.scenario == scenario {
                    out.insert(p.seed);
                }
            }
        }
        Ok(out)
    }
}

impl SignedManifest {
    /// Read without checking the signature: enough to refuse a session's seeds (a forged
    /// manifest could only make `run` refuse more).
    pub fn read_unchecked(path: &Path) -> Result<Manifest, LoadError> {
        let path = if path.is_dir() {
            path.join(MANIFEST_FILE)
        } else {
            path.to_path_buf()
        };
        let shown = || path.display().to_string();
        let bytes = super::journal::read_bytes(&path)
            .map_err(|e| LoadError::Unreadable(shown(), e.to_string()))?;
        serde_json::from_slice::<SignedManifest>(&bytes)
            .map(|s| s.manifest)
            .map_err(|e| LoadError::NotManifest(shown(), e.to_string()))
    }

    /// Write it next to nothing: a new file (0600), never over an existing session.
    pub fn write(&self, path: &Path) -> std::io::Result<()> {
        use std::io::Write as _;
        let text = serde_json::to_string_pretty(self).expect("a manifest always serializes") + "\n";
        let mut f = create_private(path)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        sync_dir(path.parent().unwrap_or(Path::new(".")))
    }

    /// Read and check under the organiser's public key.
    pub fn load(path: &Path, key: &PublicKey) -> Result<Manifest, ManifestError> {
        let shown = path.display().to_string();
        let path = if path.is_dir() {
            path.join(MANIFEST_FILE)
        } else {
            path.to_path_buf()
        };
        let bytes = super::journal::read_bytes(&path)
            .map_err(|e| ManifestError::Unreadable(format!("{shown}: {e}")))?;
        if bytes.len() as u64 > MAX_MANIFEST_BYTES {
            return Err(ManifestError::Unreadable(format!("{shown}: too large")));
        }
        let signed: SignedManifest = serde_json::from_slice(&bytes).map_err(|e| {
            ManifestError::Unreadable(format!(
                "{shown}:{}:{}: not a session manifest: {e}",
                e.line(),
                e.column()
            ))
        })?;
        let m = &signed.manifest;
        if m.format != FORMAT || signed.alg != ALG {
            return Err(ManifestError::Unreadable(format!(
                "{shown}: format `{}` ({}), this version reads `{FORMAT}` ({ALG})",
                m.format, signed.alg
            )));
        }
        if m.key_id != key.id() {
            return Err(ManifestError::OtherKey {
                path: shown,
                manifest: m.key_id.clone(),
                this: key.id(),
            });
        }
        let body = serde_json::to_string(m).expect("a manifest always serializes");
        if !key.check(&[body.as_bytes()], &signed.sig) {
            return Err(ManifestError::BadSignature(shown));
        }
        Ok(signed.manifest)
    }
}
