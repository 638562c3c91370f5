//! Lint rules for assessment files: every scenario exists and compiles, draws can be made,
//! no scenario can come up twice, the time limit and pass mark make sense, every allowed
//! locale has the scenarios' text and the title. Each problem at file:line:col with a hint.

use std::collections::{BTreeMap, BTreeSet};

use super::assessment::{AssessmentFile, AssessmentFiles, Part, TITLES_FTL, parse_assessment};
use crate::i18n::messages::defined;
use crate::i18n::{DEFAULT_LOCALE, SHIPPED_LOCALES, parse_ftl};
use crate::scenario::compile::{Scenario, compile};
use crate::scenario::diagnostic::{Diagnostic, Reporter, Rule, Severity};
use crate::scenario::library::{Library, ScenarioFiles};
use crate::scenario::load::SourceFile;
use crate::scenario::source::{Seg, SourceMap};
use crate::suggest::did_you_mean;

/// The longest exam we accept: ten hours is a typo, not an exam.
pub const MAX_MINUTES: u32 = 600;

/// A scenario reference in the file: the id, where it is written, and whether it is a pool
/// entry of a draw.
struct Ref<'a> {
    id: &'a str,
    at: (usize, usize),
}

fn span(map: &SourceMap, path: &[Seg]) -> (usize, usize) {
    let s = map.locate(path);
    (s.start, s.end)
}

fn refs<'a>(f: &'a AssessmentFile, map: &SourceMap) -> Vec<(usize, Vec<Ref<'a>>)> {
    f.parts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let base = [Seg::Field("parts"), Seg::Index(i)];
            let list = match p {
                Part::Warmup(id) | Part::Scenario(id) => {
                    vec![Ref {
                        id,
                        at: span(map, &[base[0], base[1], Seg::Index(0)]),
                    }]
                }
                Part::Draw { from, .. } => from
                    .iter()
                    .enumerate()
                    .map(|(j, id)| Ref {
                        id,
                        at: span(map, &[base[0], base[1], Seg::Field("from"), Seg::Index(j)]),
                    })
                    .collect(),
            };
            (i, list)
        })
        .collect()
}

/// The scenarios an assessment uses, as found: files and, when they compile, the scenario.
type Used = BTreeMap<String, (ScenarioFiles, Option<Scenario>)>;

/// Every diagnostic for one assessment; `library` is what it draws from, in priority order
/// (the first scenario with an id is the one in force).
pub fn check_assessment(files: &AssessmentFiles, library: &[&ScenarioFiles]) -> Vec<Diagnostic> {
    let f = match parse_assessment(&files.ron) {
        Ok(f) => f,
        Err(d) => return vec![*d],
    };
    let src = &files.ron;
    let map = SourceMap::new(&src.text);
    let mut r = Reporter::new(&src.path, &src.text);
    check_fields(&f, files, &map, &mut r);
    let scenarios = check_scenarios(&f, library, &map, &mut r);
    check_draws(&f, &map, &mut r);
    super::pool_difficulty::check(
        &f,
        |id| scenarios.get(id).and_then(|(_, s)| s.as_ref()),
        &map,
        &mut r,
    );
    check_time_limit(&f, &scenarios, &map, &mut r);
    let langs = check_locales(&f, &scenarios, &map, &mut r);
    let mut out = check_title(&f, files, &langs, &map, &mut r);
    out.extend(r.out);
    out
}

/// The id, the time limit, the pass mark, and that something is scored.
fn check_fields(f: &AssessmentFile, files: &AssessmentFiles, map: &SourceMap, r: &mut Reporter) {
    if f.id != files.id {
        r.error(
            Rule::IdMismatch,
            span(map, &[Seg::Field("id")]),
            format!("the id `{}` differs from the file name `{}.ron`", f.id, files.id),
            Some(format!("`tradesim exam` finds assessments by file name: rename the file or set `id: \"{}\"`", files.id)),
        );
    }
    if f.minutes == 0 || f.minutes > MAX_MINUTES {
        r.error(
            Rule::BadTimeLimit,
            span(map, &[Seg::Field("minutes")]),
            format!("a time limit of {} minutes is out of range", f.minutes),
            Some(format!("use 1 to {MAX_MINUTES} minutes")),
        );
    }
    if f.pass_mark > 100 {
        r.error(
            Rule::BadPassMark,
            span(map, &[Seg::Field("pass_mark")]),
            format!("pass mark {} is above 100", f.pass_mark),
            Some("the total is a percentage, 0 to 100".into()),
        );
    }
    if !f.parts.iter().any(|p| !matches!(p, Part::Warmup(_))) {
        r.error(
            Rule::NoScoredPart,
            span(map, &[Seg::Field("parts")]),
            "no part is scored",
            Some("add `Scenario(\"id\")` or `Draw(count: N, from: [...])`; `Warmup` parts are not scored".into()),
        );
    }
}

/// Scenarios exist, compile, and appear once; the ones found are returned.
fn check_scenarios(
    f: &AssessmentFile,
    library: &[&ScenarioFiles],
    map: &SourceMap,
    r: &mut Reporter,
) -> Used {
    let lookup = |id: &str| library.iter().find(|s| s.id == id).map(|s| (*s).clone());
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    let mut scenarios = Used::new();
    for (i, list) in &refs(f, map) {
        for rf in list {
            if let Some(prev) = seen.insert(rf.id, *i) {
                r.error(
                    Rule::DuplicateScenario,
                    rf.at,
                    format!("scenario `{}` is already in part {}", rf.id, prev + 1),
                    Some("a candidate could meet it twice; list each scenario once".into()),
                );
            }
            if scenarios.contains_key(rf.id) {
                continue;
            }
            let Some(sf) = lookup(rf.id) else {
                let hint = did_you_mean(rf.id, library.iter().map(|s| &s.id))
                    .map(|s| format!("did you mean `{s}`? "))
                    .unwrap_or_default();
                r.error(
                    Rule::UnknownScenario,
                    rf.at,
                    format!("no scenario `{}` in the library", rf.id),
                    Some(format!(
                        "{hint}scenario ids are file names in scenarios/ (shipped, beside this assessment, or --scenarios DIR); `tradesim scenarios` lists them"
                    )),
                );
                continue;
            };
            let (compiled, _) = compile(&sf.ron);
            if compiled.is_none() {
                r.error(
                    Rule::BrokenScenario,
                    rf.at,
                    format!(
                        "scenario `{}` has errors, so this assessment cannot run",
                        rf.id
                    ),
                    Some(format!("run `tradesim lint {}`", sf.ron.path)),
                );
            }
            scenarios.insert(rf.id.to_string(), (sf, compiled));
        }
    }
    scenarios
}

/// Each draw can be made, and draws something.
fn check_draws(f: &AssessmentFile, map: &SourceMap, r: &mut Reporter) {
    for (i, p) in f.parts.iter().enumerate() {
        let Part::Draw { count, from } = p else {
            continue;
        };
        let at = span(
            map,
            &[Seg::Field("parts"), Seg::Index(i), Seg::Field("count")],
        );
        if *count == 0 || *count as usize > from.len() {
            r.error(
                Rule::BadDraw,
                at,
                format!(
                    "cannot draw {count} scenario(s) from a pool of {}",
                    from.len()
                ),
                Some("draw at least 1 and at most as many as the pool holds".into()),
            );
        } else if *count as usize == from.len() {
            r.warn(
                Rule::DrawAll,
                at,
                "the draw takes the whole pool, so nothing is drawn",
                Some(
                    "list the scenarios as `Scenario(\"id\")` parts, or make the pool larger"
                        .into(),
                ),
            );
        }
    }
}

/// The time limit against the scenarios' own estimates (the longest possible draw).
fn check_time_limit(f: &AssessmentFile, scenarios: &Used, map: &SourceMap, r: &mut Reporter) {
    let minutes_of = |id: &str| {
        scenarios
            .get(id)
            .and_then(|(_, m)| m.as_ref())
            .map(|m| m.file.minutes)
            .unwrap_or(0)
    };
    let estimate: u32 = f
        .parts
        .iter()
        .map(|p| match p {
            Part::Warmup(id) | Part::Scenario(id) => minutes_of(id),
            Part::Draw { count, from } => {
                let mut m: Vec<u32> = from.iter().map(|id| minutes_of(id)).collect();
                m.sort_unstable_by(|a, b| b.cmp(a));
                m.iter().take(*count as usize).sum()
            }
        })
        .sum();
    if f.minutes > 0 && estimate > f.minutes {
        r.warn(
            Rule::TightTimeLimit,
            span(map, &[Seg::Field("minutes")]),
            format!(
                "the scenarios are estimated at up to {estimate} minutes, more than the {} allowed",
                f.minutes
            ),
            Some("raise `minutes`, or check the scenarios' `minutes` estimates".into()),
        );
    }
}

/// The allowed locales are known, listed once, and every scenario has text in each; the
/// distinct ones listed are returned.
fn check_locales<'f>(
    f: &'f AssessmentFile,
    scenarios: &Used,
    map: &SourceMap,
    r: &mut Reporter,
) -> BTreeSet<&'f str> {
    if f.locales.is_empty() {
        r.error(
            Rule::NoLocale,
            span(map, &[Seg::Field("locales")]),
            "no locale is allowed",
            Some(format!(
                "list at least one, e.g. `locales: [\"{DEFAULT_LOCALE}\"]`"
            )),
        );
    }
    let mut langs = BTreeSet::new();
    for (k, lang) in f.locales.iter().enumerate() {
        let at = span(map, &[Seg::Field("locales"), Seg::Index(k)]);
        if !langs.insert(lang.as_str()) {
            r.warn(
                Rule::DuplicateLocale,
                at,
                format!("`{lang}` is listed twice"),
                None,
            );
            continue;
        }
        if !SHIPPED_LOCALES.contains(&lang.as_str()) {
            let hint = match did_you_mean(lang, SHIPPED_LOCALES.iter()) {
                Some(s) => format!(
                    "did you mean `{s}`? the screens exist in: {}",
                    SHIPPED_LOCALES.join(", ")
                ),
                None => format!("the screens exist in: {}", SHIPPED_LOCALES.join(", ")),
            };
            r.error(
                Rule::UnknownLocale,
                at,
                format!("no UI text for locale `{lang}`"),
                Some(hint),
            );
            continue;
        }
        for (id, (sf, _)) in scenarios {
            if !sf.locales.contains_key(lang) {
                r.error(
                    Rule::LocaleNotCovered,
                    at,
                    format!(
                        "scenario `{id}` has no {lang} text, but this assessment allows {lang}"
                    ),
                    Some(format!(
                        "add locales/{lang}/{id}.ftl, or remove `{lang}` here"
                    )),
                );
            }
        }
    }
    langs
}

/// The title is in en-US and every allowed locale (an error), and in the other shipped
/// ones (a warning). Returns the titles files' own syntax errors.
fn check_title(
    f: &AssessmentFile,
    files: &AssessmentFiles,
    langs: &BTreeSet<&str>,
    map: &SourceMap,
    r: &mut Reporter,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let title_at = span(map, &[Seg::Field("title")]);
    let mut title_langs: BTreeSet<&str> = SHIPPED_LOCALES.iter().copied().collect();
    title_langs.extend(
        f.locales
            .iter()
            .map(|s| s.as_str())
            .filter(|l| SHIPPED_LOCALES.contains(l)),
    );
    for lang in title_langs {
        let required = lang == DEFAULT_LOCALE || langs.contains(lang);
        let (sev, code) = if required {
            (Severity::Error, Rule::MissingTitle)
        } else {
            (Severity::Warning, Rule::MissingTranslation)
        };
        let has = match files.locales.get(lang) {
            Some(src) => {
                let (res, errs) = parse_ftl(src);
                let mut fr = Reporter::new(&src.path, &src.text);
                for e in &errs {
                    fr.error(
                        Rule::FtlSyntax,
                        (e.start, e.end),
                        e.message.clone(),
                        Some("a message is `id = text`; continuation lines are indented".into()),
                    );
                }
                out.extend(fr.out);
                defined(&res).iter().any(|d| d.id == f.title)
            }
            None => false,
        };
        if !has {
            r.push(
                sev,
                code,
                title_at,
                format!("the title `{}` is missing in {lang}", f.title),
                Some(format!(
                    "add `{} = ...` to locales/{lang}/{TITLES_FTL}.ftl",
                    f.title
                )),
            );
        }
    }
    out
}

/// The titles files of a set of assessments: messages no assessment uses.
pub fn check_titles(
    titles: &BTreeMap<String, SourceFile>,
    used: &BTreeSet<String>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for src in titles.values() {
        let (res, _) = parse_ftl(src);
        let mut r = Reporter::new(&src.path, &src.text);
        crate::scenario::lint::fluent::control_characters(&mut r);
        for d in defined(&res) {
            if !used.contains(&d.id) && !d.refs.iter().any(|x| used.contains(x)) {
                r.warn(
                    Rule::UnusedMessage,
                    (d.offset, d.offset + d.id.len()),
                    format!("message `{}` is not the title of any assessment", d.id),
                    Some(
                        "delete it, or use it as an assessment's `title` (a misspelled id?)".into(),
                    ),
                );
            }
        }
        out.extend(r.out);
    }
    out
}

/// What `tradesim lint` runs: each assessment against the scenarios being linted, then its
/// own folder's, then the shipped ones.
pub fn lint_target(list: &[AssessmentFiles], scenarios: &[ScenarioFiles]) -> Vec<Diagnostic> {
    if list.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut used = BTreeSet::new();
    let mut titles = BTreeMap::new();
    for a in list {
        let mut lib = Library::shipped();
        if let Some(d) = &a.scenarios_dir
            && d.is_dir()
            && let Err(e) = lib.add_folder(d)
        {
            out.push(input_diag(e));
        }
        let in_force: Vec<&ScenarioFiles> = scenarios
            .iter()
            .chain(lib.list().into_iter().map(|(f, _)| f))
            .collect();
        out.extend(check_assessment(a, &in_force));
        if let Ok(f) = parse_assessment(&a.ron) {
            used.insert(f.title);
        }
        for src in a.locales.values() {
            titles
                .entry(src.path.clone())
                .or_insert_with(|| src.clone());
        }
    }
    // the titles file serves every assessment of its folder, not only the ones being linted
    for a in list {
        let folder = std::path::Path::new(&a.ron.path)
            .parent()
            .and_then(std::path::Path::parent);
        let siblings = folder
            .and_then(|d| AssessmentFiles::in_folder(d).ok())
            .unwrap_or_default();
        used.extend(
            siblings
                .iter()
                .filter_map(|s| parse_assessment(&s.ron).ok().map(|f| f.title)),
        );
    }
    out.extend(check_titles(&titles, &used));
    out
}

fn input_diag(e: crate::scenario::InputError) -> Diagnostic {
    Diagnostic {
        severity: Severity::Error,
        code: Rule::Unreadable,
        file: e.path,
        line: e.line,
        col: e.col,
        start: 0,
        end: 0,
        message: e.message,
        hint: None,
    }
}
