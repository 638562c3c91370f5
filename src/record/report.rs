//! Cohort reports over verified records: per candidate (total, pass or fail, subscores,
//! time used) and for the cohort (mean, median, pass rate, per-competency histograms), as a
//! terminal table, a CSV a Moodle gradebook imports, or JSON.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::grade::{PartResult, SubmitReason};
use super::journal::AssessmentRef;
use super::roster::Roster;
use super::verify::Verified;
use crate::i18n::Locale;
use crate::safe_text::clean;

#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub candidate: String,
    /// From the roster, for the organiser's eyes only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub total: u32,
    pub pass: bool,
    pub competencies: BTreeMap<String, u32>,
    pub time_used_ms: u64,
    pub reason: SubmitReason,
    pub sessions: u32,
    pub locale: Locale,
    pub started_at: String,
    pub parts: Vec<PartResult>,
    /// Each part's variant code (empty for a scenario without params), in part order.
    pub variants: Vec<String>,
    pub file: String,
    /// The total counts examiners' marks of written answers, and some are not final yet
    /// (unmarked, or disagreed and not adjudicated).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub provisional: bool,
    /// The proctor's orders that touched this exam (extensions with their reason, the
    /// room's pauses, a hand-in), as the record copies them, each with its time.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub proctor: Vec<String>,
}

/// A record's copies of proctor orders, for people: `2026-04-20T08:30:00.000Z extended by ...`.
pub fn orders_of(lines: &[super::journal::Line]) -> Vec<String> {
    lines
        .iter()
        .filter_map(|l| match l {
            super::journal::Line::Proctor(p) => Some(format!(
                "{} {}",
                super::clock::rfc3339(p.at),
                p.order.describe()
            )),
            _ => None,
        })
        .collect()
}

/// Mean, median and a ten-bucket histogram (0-9, 10-19, ..., 90-100) of some scores.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Spread {
    pub n: usize,
    pub mean: f64,
    pub median: f64,
    pub histogram: [u32; 10],
}

impl Spread {
    pub fn of(values: &[u32]) -> Spread {
        let mut v = values.to_vec();
        v.sort_unstable();
        let n = v.len();
        let mean = if n == 0 {
            0.0
        } else {
            v.iter().map(|x| f64::from(*x)).sum::<f64>() / n as f64
        };
        let median = match n {
            0 => 0.0,
            _ if n % 2 == 1 => f64::from(v[n / 2]),
            _ => (f64::from(v[n / 2 - 1]) + f64::from(v[n / 2])) / 2.0,
        };
        let mut histogram = [0u32; 10];
        for x in &v {
            histogram[(*x as usize / 10).min(9)] += 1;
        }
        Spread {
            n,
            mean: round1(mean),
            median,
            histogram,
        }
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

#[derive(Debug, Clone, Serialize)]
pub struct Cohort {
    pub candidates: usize,
    pub passed: usize,
    /// Percent, one decimal.
    pub pass_rate: f64,
    pub total: Spread,
    pub competencies: BTreeMap<String, Spread>,
}

/// A record left out of the report, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Excluded {
    pub file: String,
    pub problem: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub assessment: AssessmentRef,
    pub pass_mark: u32,
    pub minutes: u32,
    pub candidates: Vec<Row>,
    pub cohort: Cohort,
    pub excluded: Vec<Excluded>,
    /// Roster candidates with no record at all.
    pub missing: Vec<String>,
    /// Examiners' marking of written answers: agreement, disagreements, journals left out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grading: Option<super::grading::report::Grading>,
    /// The room's pauses and resumes from the session log (the driver adds them).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub room: Vec<String>,
}

/// Build the report from verified records; only records that verified are counted. All of
/// them must be of one assessment.
pub fn build(
    verified: &[Verified],
    roster: Option<&Roster>,
    missing: &[String],
) -> Result<Report, ReportError> {
    let mut rows = Vec::new();
    let mut excluded = Vec::new();
    let mut header: Option<(AssessmentRef, u32, u32)> = None;
    for v in verified {
        let file = v.path.display().to_string();
        let (Some(rec), Some(res)) = (&v.record, v.result()) else {
            excluded.push(Excluded {
                file,
                problem: v.verdict.to_string(),
            });
            continue;
        };
        let h = &rec.header;
        match &header {
            None => header = Some((h.assessment.clone(), h.pass_mark, h.minutes)),
            Some((a, _, _)) if a.id != h.assessment.id || a.hash != h.assessment.hash => {
                return Err(ReportError::Mixed {
                    file,
                    found: Box::new(h.assessment.clone()),
                    first: Box::new(a.clone()),
                });
            }
            Some(_) => {}
        }
        rows.push(Row {
            candidate: h.candidate.clone(),
            name: roster
                .and_then(|r| r.name(&h.candidate))
                .map(str::to_string),
            total: res.total,
            pass: res.pass,
            competencies: res.competencies.clone(),
            time_used_ms: res.time_used_ms,
            reason: res.reason,
            sessions: res.sessions,
            locale: h.locale.clone(),
            started_at: h.started_at.clone(),
            parts: res.parts.clone(),
            variants: h
                .parts
                .iter()
                .map(|p| {
                    p.variant
                        .as_ref()
                        .map(|v| v.code.clone())
                        .unwrap_or_default()
                })
                .collect(),
            file,
            provisional: false,
            proctor: orders_of(&rec.lines),
        });
    }
    let Some((assessment, pass_mark, minutes)) = header else {
        return Err(ReportError::NothingVerified(excluded));
    };
    rows.sort_by(|a, b| a.candidate.cmp(&b.candidate));
    let cohort = cohort(&rows);
    Ok(Report {
        assessment,
        pass_mark,
        minutes,
        candidates: rows,
        cohort,
        excluded,
        missing: missing.to_vec(),
        grading: None,
        room: Vec::new(),
    })
}

/// The cohort's figures over the rows.
pub fn cohort(rows: &[Row]) -> Cohort {
    let passed = rows.iter().filter(|r| r.pass).count();
    let mut comp_values: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for r in rows {
        for (c, v) in &r.competencies {
            comp_values.entry(c.clone()).or_default().push(*v);
        }
    }
    Cohort {
        candidates: rows.len(),
        passed,
        pass_rate: round1(passed as f64 * 100.0 / rows.len().max(1) as f64),
        total: Spread::of(&rows.iter().map(|r| r.total).collect::<Vec<_>>()),
        competencies: comp_values
            .iter()
            .map(|(c, v)| (c.clone(), Spread::of(v)))
            .collect(),
    }
}

/// Why no record verified: each kind of problem with how many records had it.
/// Why no report can be made from the records given.
#[derive(Debug, Clone)]
pub enum ReportError {
    /// A record (its file) of another assessment than the first record's.
    Mixed {
        file: String,
        found: Box<AssessmentRef>,
        first: Box<AssessmentRef>,
    },
    /// Every record was excluded; these are why.
    NothingVerified(Vec<Excluded>),
}

impl std::fmt::Display for ReportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReportError::Mixed { file, found, first } => write!(
                f,
                "{file}: a record of assessment `{}` (version {}) among records of `{}` (version {}): report one assessment per folder",
                found.id, found.version, first.id, first.version
            ),
            ReportError::NothingVerified(excluded) => {
                let mut why: BTreeMap<&str, usize> = BTreeMap::new();
                for e in excluded {
                    *why.entry(e.problem.as_str()).or_default() += 1;
                }
                f.write_str("no record verified, so there is nothing to report:")?;
                for (problem, n) in why {
                    write!(f, "\n  {n} record(s): {problem}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for ReportError {}

fn minutes(ms: u64) -> String {
    let s = ms / 1000;
    format!("{}:{:02}", s / 60, s % 60)
}

pub(crate) fn pad(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(s.width())))
}

pub(crate) fn lpad(s: &str, w: usize) -> String {
    format!("{}{s}", " ".repeat(w.saturating_sub(s.width())))
}

fn bar(count: u32, peak: u32, width: usize) -> String {
    if peak == 0 {
        return String::new();
    }
    let n = (f64::from(count) / f64::from(peak) * width as f64).round() as usize;
    let n = if count > 0 { n.max(1) } else { 0 };
    "█".repeat(n)
}

fn histogram(out: &mut String, label: &str, s: &Spread) {
    let _ = writeln!(out, "{label}: mean {:.1}, median {:.1}", s.mean, s.median);
    let peak = s.histogram.iter().copied().max().unwrap_or(0);
    for (i, n) in s.histogram.iter().enumerate() {
        let range = if i == 9 {
            "90-100".to_string()
        } else {
            format!("{}-{}", i * 10, i * 10 + 9)
        };
        let _ = writeln!(
            out,
            "{}",
            format!("  {range:>6} {n:>5} {}", bar(*n, peak, 40)).trim_end()
        );
    }
}

/// The terminal table: one row per candidate, then the cohort.
pub fn table(r: &Report) -> String {
    let comps: Vec<&String> = r.cohort.competencies.keys().collect();
    let with_names = r.candidates.iter().any(|c| c.name.is_some());
    let mut head: Vec<String> = vec!["candidate".into()];
    if with_names {
        head.push("name".into());
    }
    // a parametric part's paper, so two candidates' answers are compared like for like
    let with_variants = r
        .candidates
        .iter()
        .any(|c| c.variants.iter().any(|v| !v.is_empty()));
    if with_variants {
        head.push("variants".into());
    }
    head.extend(["total".into(), "result".into()]);
    head.extend(comps.iter().map(|c| clean(c)));
    head.extend(["time".into(), "ended".into()]);
    let rows: Vec<Vec<String>> = r
        .candidates
        .iter()
        .map(|c| {
            let mut v = vec![c.candidate.clone()];
            if with_names {
                v.push(c.name.clone().unwrap_or_default());
            }
            if with_variants {
                let codes: Vec<&str> = c
                    .variants
                    .iter()
                    .map(|v| if v.is_empty() { "-" } else { v.as_str() })
                    .collect();
                v.push(codes.join(" "));
            }
            v.push(format!(
                "{}{}",
                c.total,
                if c.provisional { "*" } else { "" }
            ));
            v.push(if c.pass { "pass" } else { "fail" }.into());
            v.extend(comps.iter().map(|k| {
                c.competencies
                    .get(*k)
                    .map(|x| x.to_string())
                    .unwrap_or_else(|| "-".into())
            }));
            v.push(minutes(c.time_used_ms));
            let mut ended = c.reason.key().to_string();
            if c.sessions > 1 {
                ended.push_str(&format!(" ({} sessions)", c.sessions));
            }
            v.push(ended);
            // cleaned before the widths are measured: names and ids come from files
            v.iter().map(|c| clean(c)).collect()
        })
        .collect();
    let widths: Vec<usize> = (0..head.len())
        .map(|i| {
            rows.iter()
                .map(|row| row[i].width())
                .chain([head[i].width()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let text_cols = 1 + usize::from(with_names) + usize::from(with_variants);
    let line = |cells: &[String]| {
        cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                if i < text_cols || i == cells.len() - 1 || i == text_cols + 1 {
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
    let mut out = String::new();
    let _ = writeln!(
        out,
        "assessment {} (version {}): {} minutes, pass mark {}",
        r.assessment.id, r.assessment.version, r.minutes, r.pass_mark
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", line(&head));
    for row in &rows {
        let _ = writeln!(out, "{}", line(row));
    }
    let c = &r.cohort;
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "cohort: {} candidate(s), mean {:.1}, median {:.1}, pass rate {:.1}% ({} passed)",
        c.candidates, c.total.mean, c.total.median, c.pass_rate, c.passed
    );
    let _ = writeln!(out);
    histogram(&mut out, "total", &c.total);
    for (name, s) in &c.competencies {
        let _ = writeln!(out);
        histogram(&mut out, name, s);
    }
    if let Some(g) = &r.grading {
        super::grading::report::table(&mut out, g);
    }
    let touched: Vec<&Row> = r
        .candidates
        .iter()
        .filter(|c| !c.proctor.is_empty())
        .collect();
    if !touched.is_empty() || !r.room.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "proctor orders:");
        for l in &r.room {
            let _ = writeln!(out, "  room: {l}");
        }
        for c in touched {
            for l in &c.proctor {
                let _ = writeln!(out, "  {}: {l}", c.candidate);
            }
        }
    }
    if !r.excluded.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "left out ({}):", r.excluded.len());
        for e in &r.excluded {
            let _ = writeln!(out, "  {}: {}", e.file, e.problem);
        }
    }
    if !r.missing.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "no record ({}):", r.missing.len());
        for id in &r.missing {
            let _ = writeln!(out, "  {id}");
        }
    }
    clean(&out)
}

/// CSV for a Moodle gradebook import: `ID number` matches the user's ID number field; each
/// other numeric column maps to a grade item, `Result` to feedback.
pub fn csv(r: &Report) -> String {
    let comps: Vec<&String> = r.cohort.competencies.keys().collect();
    let with_names = r.candidates.iter().any(|c| c.name.is_some());
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    let mut head: Vec<String> = vec!["ID number".into()];
    if with_names {
        head.push("Full name".into());
    }
    head.extend(["Total".into(), "Result".into()]);
    head.extend(comps.iter().map(|c| format!("{c} (%)")));
    head.push("Time used (min)".into());
    let cell = |s: String| formula_safe(&s).into_owned();
    let _ = w.write_record(head.into_iter().map(cell));
    for c in &r.candidates {
        let mut row = vec![cell(c.candidate.clone())];
        if with_names {
            row.push(cell(c.name.clone().unwrap_or_default()));
        }
        row.push(c.total.to_string());
        let result = if c.pass { "pass" } else { "fail" };
        // a gradebook import must not take a total that examiners may still change as final
        row.push(if c.provisional {
            format!("{result} (provisional)")
        } else {
            result.into()
        });
        row.extend(comps.iter().map(|k| {
            c.competencies
                .get(*k)
                .map(|x| x.to_string())
                .unwrap_or_default()
        }));
        row.push(format!("{:.1}", c.time_used_ms as f64 / 60_000.0));
        let _ = w.write_record(&row);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// A cell a spreadsheet will not run as a formula: one starting with `=`, `+`, `-`, `@`, a
/// tab or a carriage return gets a leading `'` (OWASP's CSV injection advice); the rest of
/// the cell, a leading tab included, is kept as it is.
pub fn formula_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_escaped_and_the_rest_kept() {
        for (cell, safe) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
            ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
            ("-2+3", "'-2+3"),
            ("\tAnn", "'\tAnn"),
            ("\r=1", "'\r=1"),
            ("Ann Lee", "Ann Lee"),
            ("", ""),
        ] {
            assert_eq!(formula_safe(cell), safe);
        }
    }

    #[test]
    fn spreads() {
        let s = Spread::of(&[100, 0, 55, 59, 90]);
        assert_eq!((s.n, s.mean, s.median), (5, 60.8, 59.0));
        assert_eq!(s.histogram, [1, 0, 0, 0, 0, 2, 0, 0, 0, 2]);
        assert_eq!(Spread::of(&[1, 2]).median, 1.5);
        assert_eq!(Spread::of(&[]).n, 0);
    }
}
