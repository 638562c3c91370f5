//! A class's practice, for the teacher: every finished attempt a student played under
//! `serve --practice` is a file in `CLASS_DIR/<student>/attempts/`. The progress table
//! gives, per student and scenario, the attempts, the best and latest total and whether
//! any passed; and across the class, the decisions most often missed: where a decision
//! has one best option, which other option the students took, and how often.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::report::{Excluded, formula_safe, lpad, pad};
use super::session::check_candidate;
use crate::i18n::Locale;
use crate::safe_text::clean;

pub const ATTEMPT_FORMAT: &str = "tradesim-practice-attempt/1";
/// The folder of a student's finished attempts, inside their folder.
pub const ATTEMPTS_DIR: &str = "attempts";
/// How many missed decisions the table lists.
pub const MISSED_SHOWN: usize = 10;

/// One finished practice attempt, as the server wrote it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PracticeAttempt {
    pub format: String,
    pub student: String,
    pub scenario: String,
    pub content_hash: String,
    pub seed: u64,
    pub locale: Locale,
    /// One-line action texts, as in action files: the attempt replays from these.
    pub actions: Vec<String>,
    pub total: u32,
    pub pass: bool,
    pub competencies: BTreeMap<String, u32>,
    /// Each decision with a single best option the attempt went through.
    pub decisions: Vec<Decided>,
    /// Wall ms since 1970 when the ending was reached.
    pub finished_at: u64,
    pub tool_version: String,
}

/// A decision as taken: choices numbered from 1 as written in the scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decided {
    pub node: String,
    pub chose: usize,
    pub best: usize,
}

/// Per student and scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Progress {
    pub student: String,
    pub scenario: String,
    pub attempts: usize,
    pub best: u32,
    pub latest: u32,
    /// Any attempt passed.
    pub passed: bool,
}

/// A decision missed across the class.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Missed {
    pub scenario: String,
    pub node: String,
    /// The best option's number (from 1, as written).
    pub best: usize,
    /// The option taken instead most often, and in how many attempts.
    pub instead: usize,
    pub instead_count: usize,
    /// Attempts that missed it, attempts that reached it.
    pub missed: usize,
    pub reached: usize,
    /// Students who missed it at least once.
    pub students: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct ClassReport {
    pub students: usize,
    pub attempts: usize,
    pub progress: Vec<Progress>,
    pub missed: Vec<Missed>,
    /// Files that could not be read, and why.
    pub excluded: Vec<Excluded>,
}

/// Every attempt file under `class`: `<student>/attempts/*.json`. Unreadable files, and
/// files in a folder that is not their student's, are left out with the reason.
pub fn load(class: &Path) -> Result<(Vec<PracticeAttempt>, Vec<Excluded>), String> {
    let entries = std::fs::read_dir(class).map_err(|e| format!("{}: {e}", class.display()))?;
    let mut folders: Vec<_> = entries
        .flatten()
        .filter(|e| e.path().is_dir())
        .filter_map(|e| Some((e.file_name().into_string().ok()?, e.path())))
        .filter(|(name, _)| check_candidate(name).is_ok())
        .collect();
    folders.sort();
    let (mut attempts, mut excluded) = (Vec::new(), Vec::new());
    for (student, path) in folders {
        let Ok(files) = std::fs::read_dir(path.join(ATTEMPTS_DIR)) else {
            continue;
        };
        let mut files: Vec<_> = files
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        for f in files {
            match read_attempt(&f, &student) {
                Ok(a) => attempts.push(a),
                Err(problem) => excluded.push(Excluded {
                    file: f.display().to_string(),
                    problem,
                }),
            }
        }
    }
    Ok((attempts, excluded))
}

fn read_attempt(path: &Path, student: &str) -> Result<PracticeAttempt, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let a: PracticeAttempt = serde_json::from_str(&text)
        .map_err(|e| format!("{}:{}: not a practice attempt: {e}", e.line(), e.column()))?;
    if a.format != ATTEMPT_FORMAT {
        return Err(format!(
            "format `{}`, expected `{ATTEMPT_FORMAT}`",
            a.format
        ));
    }
    if a.student != student {
        return Err(format!(
            "an attempt of `{}` in the folder of `{student}`",
            a.student
        ));
    }
    Ok(a)
}

/// The progress rows and the most missed decisions of these attempts.
pub fn build(attempts: &[PracticeAttempt], excluded: Vec<Excluded>) -> ClassReport {
    let mut by: BTreeMap<(&str, &str), Vec<&PracticeAttempt>> = BTreeMap::new();
    for a in attempts {
        by.entry((&a.student, &a.scenario)).or_default().push(a);
    }
    let progress = by
        .iter()
        .map(|((student, scenario), v)| {
            let latest = v
                .iter()
                .max_by_key(|a| a.finished_at)
                .map_or(0, |a| a.total);
            Progress {
                student: student.to_string(),
                scenario: scenario.to_string(),
                attempts: v.len(),
                best: v.iter().map(|a| a.total).max().unwrap_or(0),
                latest,
                passed: v.iter().any(|a| a.pass),
            }
        })
        .collect();
    ClassReport {
        students: attempts
            .iter()
            .map(|a| &a.student)
            .collect::<BTreeSet<_>>()
            .len(),
        attempts: attempts.len(),
        progress,
        missed: missed(attempts),
        excluded,
    }
}

#[derive(Default)]
struct Tally<'a> {
    best: usize,
    reached: usize,
    missed: usize,
    instead: BTreeMap<usize, usize>,
    students: BTreeSet<&'a str>,
}

/// Decisions missed in at least one attempt, most missed first (then by scenario and
/// node); the first `MISSED_SHOWN`.
fn missed(attempts: &[PracticeAttempt]) -> Vec<Missed> {
    let mut t: BTreeMap<(&str, &str), Tally> = BTreeMap::new();
    for a in attempts {
        for d in &a.decisions {
            let e = t.entry((&a.scenario, &d.node)).or_default();
            e.best = d.best;
            e.reached += 1;
            if d.chose != d.best {
                e.missed += 1;
                *e.instead.entry(d.chose).or_default() += 1;
                e.students.insert(&a.student);
            }
        }
    }
    let mut out: Vec<Missed> = t
        .into_iter()
        .filter(|(_, x)| x.missed > 0)
        .map(|((scenario, node), x)| {
            // the most taken; of equals, the lowest number
            let (instead, instead_count) = x
                .instead
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map_or((0, 0), |(c, n)| (*c, *n));
            Missed {
                scenario: scenario.to_string(),
                node: node.to_string(),
                best: x.best,
                instead,
                instead_count,
                missed: x.missed,
                reached: x.reached,
                students: x.students.len(),
            }
        })
        .collect();
    out.sort_by(|a, b| b.missed.cmp(&a.missed).then(b.students.cmp(&a.students)));
    out.truncate(MISSED_SHOWN);
    out
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// Columns padded to their widest cell; the first `left` columns to the left.
fn columns(out: &mut String, head: &[&str], rows: &[Vec<String>], left: usize) {
    let widths: Vec<usize> = (0..head.len())
        .map(|i| {
            rows.iter()
                .map(|r| unicode_width::UnicodeWidthStr::width(r[i].as_str()))
                .chain([head[i].len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: Vec<String>| {
        cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                if i < left {
                    pad(c, widths[i])
                } else {
                    lpad(c, widths[i])
                }
            })
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    let _ = writeln!(
        out,
        "{}",
        line(head.iter().map(|h| h.to_string()).collect())
    );
    for r in rows {
        let _ = writeln!(out, "{}", line(r.iter().map(|c| clean(c)).collect()));
    }
}

/// The teacher's table: progress per student and scenario, then the missed decisions.
pub fn table(r: &ClassReport) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "class: {} student(s), {} finished attempt(s)",
        r.students, r.attempts
    );
    let _ = writeln!(out);
    let rows: Vec<Vec<String>> = r
        .progress
        .iter()
        .map(|p| {
            vec![
                p.student.clone(),
                p.scenario.clone(),
                p.attempts.to_string(),
                p.best.to_string(),
                p.latest.to_string(),
                yes_no(p.passed).into(),
            ]
        })
        .collect();
    let head = [
        "student", "scenario", "attempts", "best", "latest", "passed",
    ];
    columns(&mut out, &head, &rows, 2);
    if !r.missed.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "decisions most often missed:");
        let rows: Vec<Vec<String>> = r
            .missed
            .iter()
            .map(|m| {
                vec![
                    m.scenario.clone(),
                    m.node.clone(),
                    format!("{} of {}", m.missed, m.reached),
                    m.students.to_string(),
                    m.best.to_string(),
                    format!("{} ({}x)", m.instead, m.instead_count),
                ]
            })
            .collect();
        let head = [
            "scenario",
            "node",
            "missed",
            "students",
            "best",
            "taken instead",
        ];
        columns(&mut out, &head, &rows, 2);
    }
    if !r.excluded.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "left out ({}):", r.excluded.len());
        for e in &r.excluded {
            let _ = writeln!(out, "  {}: {}", e.file, e.problem);
        }
    }
    clean(&out)
}

/// One row per student and scenario; cells that a spreadsheet would run are escaped.
pub fn csv(r: &ClassReport) -> String {
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    let _ = w.write_record([
        "student", "scenario", "attempts", "best", "latest", "passed",
    ]);
    for p in &r.progress {
        let _ = w.write_record([
            formula_safe(&p.student).into_owned(),
            formula_safe(&p.scenario).into_owned(),
            p.attempts.to_string(),
            p.best.to_string(),
            p.latest.to_string(),
            yes_no(p.passed).to_string(),
        ]);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attempt(
        student: &str,
        scenario: &str,
        at: u64,
        total: u32,
        chose: &[usize],
    ) -> PracticeAttempt {
        PracticeAttempt {
            format: ATTEMPT_FORMAT.into(),
            student: student.into(),
            scenario: scenario.into(),
            content_hash: "h".into(),
            seed: 1,
            locale: Locale::new("en-US"),
            actions: Vec::new(),
            total,
            pass: total >= 70,
            competencies: BTreeMap::new(),
            decisions: chose
                .iter()
                .enumerate()
                .map(|(i, c)| Decided {
                    node: format!("n{i}"),
                    chose: *c,
                    best: 1,
                })
                .collect(),
            finished_at: at,
            tool_version: "0".into(),
        }
    }

    #[test]
    fn best_latest_passed_and_the_missed_decisions() {
        let all = [
            attempt("ann", "tutorial", 1, 40, &[2, 1]),
            attempt("ann", "tutorial", 3, 90, &[1, 1]),
            attempt("ann", "tutorial", 2, 60, &[3, 1]),
            attempt("bo", "tutorial", 5, 30, &[2, 3]),
        ];
        let r = build(&all, Vec::new());
        assert_eq!((r.students, r.attempts), (2, 4));
        assert_eq!(
            r.progress[0],
            Progress {
                student: "ann".into(),
                scenario: "tutorial".into(),
                attempts: 3,
                best: 90,
                latest: 90,
                passed: true,
            }
        );
        assert_eq!((r.progress[1].best, r.progress[1].passed), (30, false));
        assert_eq!(r.missed.len(), 2);
        let n0 = &r.missed[0];
        assert_eq!(n0.node, "n0");
        assert_eq!((n0.missed, n0.reached, n0.students), (3, 4, 2));
        assert_eq!((n0.instead, n0.instead_count), (2, 2));
        assert_eq!((r.missed[1].node.as_str(), r.missed[1].instead), ("n1", 3));
        let t = table(&r);
        let row = |key: &str| -> Vec<String> {
            let line = t.lines().find(|l| l.contains(key)).unwrap_or_default();
            line.split_whitespace().map(str::to_string).collect()
        };
        assert_eq!(
            row("ann "),
            ["ann", "tutorial", "3", "90", "90", "yes"],
            "{t}"
        );
        assert_eq!(
            row(" n0 "),
            ["tutorial", "n0", "3", "of", "4", "2", "1", "2", "(2x)"]
        );
        let c = csv(&r);
        assert!(c.contains("ann,tutorial,3,90,90,yes"), "{c}");
        assert!(c.contains("bo,tutorial,1,30,30,no"), "{c}");
    }
}
