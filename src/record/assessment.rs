//! The assessment file: which scenarios a candidate plays, for how long, and how it is
//! judged. `scenarios/assessments/<id>.ron`, titled in `locales/<lang>/assessments.ftl`.
//! docs/assessment.md is the organiser's reference for this file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use rand::Rng as _;

use crate::engine::rng_for;
use crate::scenario::compile::{Scenario, compile, sha256_hex};
use crate::scenario::library::{Library, ScenarioFiles, read_locales, shipped_files};
use crate::scenario::load::{InputError, SourceFile, parse_ron, read_source};
use crate::scenario::{Diagnostic, model::MsgId};

/// The Fluent file (per locale) holding every assessment's title.
pub const TITLES_FTL: &str = "assessments";

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, rename = "Assessment")]
pub struct AssessmentFile {
    pub id: String,
    pub version: u32,
    /// Message id in `assessments.ftl`.
    pub title: MsgId,
    /// Played in this order; a candidate moves on when a scenario reaches an ending.
    pub parts: Vec<Part>,
    /// The time limit for the whole assessment.
    pub minutes: u32,
    /// Pass mark on the total (the mean of the scored parts' totals), 0..=100.
    pub pass_mark: u32,
    /// Feedback is never shown during the exam; this says whether the debrief follows it.
    pub debrief: Debrief,
    /// The languages a candidate may sit it in; the first is the default.
    pub locales: Vec<String>,
    #[serde(default)]
    pub clock: ClockPolicy,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
pub enum Part {
    /// Played but not scored: lets a candidate learn the screens first.
    Warmup(String),
    Scenario(String),
    /// `count` scenarios drawn from the pool by the session seed, kept in pool order.
    Draw {
        count: u32,
        from: Vec<String>,
    },
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
pub enum Debrief {
    AfterExam,
    Never,
}

/// What counts as time used.
#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize, PartialEq, Eq)]
pub enum ClockPolicy {
    /// Only while the exam is open: a crash or power cut does not cost the candidate time.
    #[default]
    Active,
    /// Wall-clock time since the start, closed or not.
    Wall,
}

/// An assessment's files: the RON and the titles file per locale.
#[derive(Debug, Clone)]
pub struct AssessmentFiles {
    /// The file stem: what `tradesim exam <ID>` looks it up by.
    pub id: String,
    pub ron: SourceFile,
    pub locales: BTreeMap<String, SourceFile>,
    /// The scenarios folder it sits in (None when shipped): its scenarios come first.
    pub scenarios_dir: Option<PathBuf>,
}

/// One part as planned for a candidate: a drawn pool is resolved to scenarios.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedPart {
    pub scenario: String,
    /// SHA-256 of the scenario's RON: the exact rules this part is played under.
    pub hash: String,
    pub seed: u64,
    pub scored: bool,
    /// The paper a parametric scenario draws from this seed, stated so a report can show
    /// it; verify draws it again from the seed and refuses a record that states another.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<PartVariant>,
}

/// A drawn variant as a record states it: its short code and every param's value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartVariant {
    pub code: String,
    pub values: std::collections::BTreeMap<String, String>,
}

impl PartVariant {
    /// The variant `seed` selects in `s`; None for a scenario without params.
    pub fn of(s: &crate::scenario::Scenario, seed: u64) -> Option<PartVariant> {
        let v = crate::scenario::variant::Variant::draw(s, seed);
        (!v.values.is_empty()).then(|| PartVariant {
            code: v.code(s),
            values: v.named(s).into_iter().collect(),
        })
    }
}

fn stem(p: &Path) -> String {
    p.file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .to_string()
}

/// The folder above, spelled without `..` while the path allows it (it shows in messages).
fn up(p: &Path) -> PathBuf {
    match p.parent() {
        Some(d) if !d.as_os_str().is_empty() && p.file_name().is_some_and(|n| n != "..") => {
            d.to_path_buf()
        }
        Some(_) if p.as_os_str().is_empty() || p == Path::new(".") => PathBuf::from(".."),
        Some(d) if d.as_os_str().is_empty() && p.file_name().is_some_and(|n| n != "..") => {
            PathBuf::from(".")
        }
        _ => p.join(".."),
    }
}

/// The shipped titles files, by locale.
fn shipped_titles() -> BTreeMap<String, SourceFile> {
    shipped_files()
        .filter_map(|f| {
            let rest = f.path.strip_prefix("locales/")?;
            let (lang, file) = rest.split_once('/')?;
            (file == format!("{TITLES_FTL}.ftl")).then(|| (lang.to_string(), f.clone()))
        })
        .collect()
}

/// The shipped assessments.
pub fn shipped_assessments() -> Vec<AssessmentFiles> {
    let titles = shipped_titles();
    let mut v: Vec<AssessmentFiles> = shipped_files()
        .filter(|f| f.path.starts_with("scenarios/assessments/") && f.path.ends_with(".ron"))
        .map(|ron| AssessmentFiles {
            id: stem(Path::new(&ron.path)),
            ron,
            locales: titles.clone(),
            scenarios_dir: None,
        })
        .collect();
    v.sort_by(|a, b| a.id.cmp(&b.id));
    v
}

impl AssessmentFiles {
    /// `<scenarios>/assessments/<id>.ron`, titled from `<scenarios>/../locales`.
    pub fn from_path(path: &Path) -> Result<AssessmentFiles, InputError> {
        let ron = read_source(path)?;
        let dir = up(path);
        let scenarios_dir = up(&dir);
        let locales = read_locales(&up(&scenarios_dir).join("locales"), TITLES_FTL)?;
        Ok(AssessmentFiles {
            id: stem(path),
            ron,
            locales,
            scenarios_dir: Some(scenarios_dir),
        })
    }

    /// The assessments in a teacher's folder (a project folder or its scenarios folder).
    pub fn in_folder(dir: &Path) -> Result<Vec<AssessmentFiles>, InputError> {
        let scen = if dir.join("scenarios").is_dir() {
            dir.join("scenarios")
        } else {
            dir.to_path_buf()
        };
        let folder = scen.join("assessments");
        let Ok(rd) = std::fs::read_dir(&folder) else {
            return Ok(Vec::new());
        };
        let mut rons: Vec<PathBuf> = rd
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "ron"))
            .collect();
        rons.sort();
        rons.iter().map(|p| AssessmentFiles::from_path(p)).collect()
    }
}

pub use crate::scenario::library::with_env_folders;

/// An ASSESSMENT argument: a path to a .ron file, or an id in the teacher folders (later
/// ones first, as for scenarios) or the shipped set.
pub fn resolve_assessment(arg: &str, dirs: &[PathBuf]) -> Result<AssessmentFiles, InputError> {
    let p = Path::new(arg);
    if arg.ends_with(".ron") || arg.contains('/') || arg.contains('\\') || p.is_file() {
        return AssessmentFiles::from_path(p);
    }
    let mut known = Vec::new();
    let all_dirs = with_env_folders(dirs);
    for d in all_dirs.iter().rev() {
        for a in AssessmentFiles::in_folder(d)? {
            if a.id == arg {
                return Ok(a);
            }
            known.push(a.id);
        }
    }
    for a in shipped_assessments() {
        if a.id == arg {
            return Ok(a);
        }
        known.push(a.id);
    }
    let hint = match crate::suggest::did_you_mean(arg, known.iter()) {
        Some(s) => format!("; did you mean `{s}`?"),
        None => String::new(),
    };
    Err(InputError::new(
        arg,
        format!(
            "no assessment with this id{hint} (known: {}); a path to a .ron file works too",
            known.join(", ")
        ),
    ))
}

/// Parse an assessment file; on failure one located diagnostic (as `parse_scenario`).
pub fn parse_assessment(src: &SourceFile) -> Result<AssessmentFile, Box<Diagnostic>> {
    parse_ron(src)
}

/// The scenario library an assessment draws from: its own folder first.
pub fn library_for(files: &AssessmentFiles, dirs: &[PathBuf]) -> Result<Library, InputError> {
    let mut lib = Library::with_folders(dirs)?;
    if let Some(d) = &files.scenarios_dir
        && d.is_dir()
    {
        lib.add_folder(d)?;
    }
    Ok(lib)
}

/// An assessment ready to sit: the checked file and the library its scenarios come from.
#[derive(Debug, Clone)]
pub struct Exam {
    pub files: AssessmentFiles,
    pub file: AssessmentFile,
    /// SHA-256 of the assessment's RON.
    pub hash: String,
    pub library: Library,
}

impl Exam {
    /// Parse and lint; any error refuses the exam (shown as located lines).
    pub fn load(files: AssessmentFiles, library: Library) -> Result<Exam, Vec<Diagnostic>> {
        let in_force: Vec<&ScenarioFiles> = library.list().into_iter().map(|(f, _)| f).collect();
        let diags = super::lint::check_assessment(&files, &in_force);
        let errors: Vec<Diagnostic> = diags.into_iter().filter(|d| d.is_error()).collect();
        if !errors.is_empty() {
            return Err(errors);
        }
        let file = parse_assessment(&files.ron).map_err(|d| vec![*d])?;
        Ok(Exam {
            hash: sha256_hex(files.ron.text.as_bytes()),
            files,
            file,
            library,
        })
    }

    /// A scenario of this exam, compiled.
    pub fn scenario(&self, id: &str) -> Result<(ScenarioFiles, Scenario), PartError> {
        let files = self
            .library
            .get(id)
            .ok_or_else(|| PartError::NotInLibrary(id.to_string()))?
            .clone();
        match compile(&files.ron) {
            (Some(s), _) => Ok((files, s)),
            (None, d) => Err(PartError::DoesNotCompile {
                id: id.to_string(),
                first_error: d
                    .iter()
                    .find(|d| d.is_error())
                    .map(|d| d.render_plain())
                    .unwrap_or_default(),
            }),
        }
    }

    /// The parts for a session seed: pools drawn, then one seed per part, all from one
    /// ChaCha8 stream so the same session seed gives the same exam everywhere. Part seeds
    /// are below 2^53, so JSON tools that read numbers as doubles read them exactly.
    pub fn plan(&self, session_seed: u64) -> Result<Vec<PlannedPart>, PartError> {
        let ids = draw(&self.file.parts, session_seed);
        let mut rng = rng_for(session_seed ^ 0x7261_6465_7369_6d00);
        let mut out = Vec::with_capacity(ids.len());
        for (id, scored) in ids {
            let (_, s) = self.scenario(&id)?;
            let seed = rng.next_u64() >> 11;
            out.push(PlannedPart {
                scenario: id,
                hash: s.content_hash.clone(),
                variant: PartVariant::of(&s, seed),
                seed,
                scored,
            });
        }
        Ok(out)
    }
}

/// Why a part of an exam cannot be played: its scenario is missing or does not compile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PartError {
    NotInLibrary(String),
    DoesNotCompile { id: String, first_error: String },
}

impl std::fmt::Display for PartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PartError::NotInLibrary(id) => write!(f, "scenario `{id}` is not in the library"),
            PartError::DoesNotCompile { id, first_error } => {
                write!(f, "scenario `{id}` does not compile: {first_error}")
            }
        }
    }
}

impl std::error::Error for PartError {}

/// Resolve the parts to (scenario id, scored) for a session seed.
pub fn draw(parts: &[Part], session_seed: u64) -> Vec<(String, bool)> {
    let mut rng = rng_for(session_seed);
    let mut out = Vec::new();
    for p in parts {
        match p {
            Part::Warmup(id) => out.push((id.clone(), false)),
            Part::Scenario(id) => out.push((id.clone(), true)),
            Part::Draw { count, from } => {
                // a partial Fisher-Yates shuffle picks `count` distinct positions
                let mut idx: Vec<usize> = (0..from.len()).collect();
                let k = (*count as usize).min(idx.len());
                for i in 0..k {
                    let j = i + (rng.next_u64() % (idx.len() - i) as u64) as usize;
                    idx.swap(i, j);
                }
                let mut picked = idx[..k].to_vec();
                picked.sort_unstable();
                out.extend(picked.into_iter().map(|i| (from[i].clone(), true)));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_are_distinct_in_pool_order_and_seeded() {
        let parts = vec![
            Part::Warmup("w".into()),
            Part::Draw {
                count: 2,
                from: vec!["a".into(), "b".into(), "c".into(), "d".into()],
            },
            Part::Scenario("z".into()),
        ];
        let mut seen = std::collections::BTreeSet::new();
        for seed in 0..200 {
            let d = draw(&parts, seed);
            assert_eq!(d.len(), 4);
            assert_eq!(d[0], ("w".to_string(), false));
            assert_eq!(d[3], ("z".to_string(), true));
            assert!(d[1].0 < d[2].0, "pool order kept: {d:?}");
            assert_eq!(d, draw(&parts, seed));
            seen.insert((d[1].0.clone(), d[2].0.clone()));
        }
        // every pair of four can come up
        assert_eq!(seen.len(), 6);
    }

    #[test]
    fn folders_above_are_spelled_plainly() {
        assert_eq!(
            up(Path::new("a/scenarios/assessments/x.ron")),
            Path::new("a/scenarios/assessments")
        );
        assert_eq!(up(Path::new("assessments/x.ron")), Path::new("assessments"));
        assert_eq!(up(Path::new("assessments")), Path::new("."));
        assert_eq!(up(Path::new(".")), Path::new(".."));
        assert_eq!(up(Path::new("..")), Path::new("../.."));
        assert_eq!(up(Path::new("/x")), Path::new("/"));
    }
}
