//! Every lint rule has a broken mini-project in tests/fixtures/bad/<rule>/ and the exact
//! diagnostics it must produce in expected.txt, checked by running the binary (the way
//! bottom tests its invalid configs). `TRADESIM_BLESS=1` rewrites expected.txt; read the
//! diff before committing it.

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixtures() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    v.sort();
    v
}

fn lint(dir: &Path) -> (String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_tradesim"))
        .args(["lint", "--format", "short", "."])
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn every_fixture_produces_its_exact_diagnostic() {
    let bless = std::env::var_os("TRADESIM_BLESS").is_some();
    let mut failures = Vec::new();
    for dir in fixtures() {
        // `rule.case`: a further case of the same rule
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        let rule = name.split('.').next().unwrap_or_default().to_string();
        let (stdout, code) = lint(&dir);
        let expected_path = dir.join("expected.txt");
        if bless {
            std::fs::write(&expected_path, &stdout).unwrap();
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if stdout != expected {
            failures.push(format!("{name}: got\n{stdout}\nexpected\n{expected}"));
        }
        // the fixture demonstrates its own rule, and errors fail the run while warnings don't
        assert!(
            stdout.contains(&format!("[{rule}]")),
            "{rule}: its rule is not reported:\n{stdout}"
        );
        let has_error = stdout.lines().any(|l| l.contains(": error["));
        assert_eq!(code, if has_error { 1 } else { 0 }, "{rule}: exit code");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n---\n"));
}

#[test]
fn the_base_fixture_is_clean() {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base");
    let (stdout, code) = lint(&base);
    assert_eq!((stdout.as_str(), code), ("", 0));
}

/// Clean projects in tests/fixtures/good/: lint says nothing, where a cruder rule would.
#[test]
fn the_good_fixtures_are_clean() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good");
    let mut n = 0;
    for e in std::fs::read_dir(&root).unwrap() {
        let dir = e.unwrap().path();
        let (stdout, code) = lint(&dir);
        assert_eq!((stdout.as_str(), code), ("", 0), "{}", dir.display());
        n += 1;
    }
    assert!(n >= 1);
}

/// `max-conditions` is clean only because the rules play it: ignoring conditions, its
/// best path would collect 5 points, over its `max` of 4.
#[test]
fn the_condition_blind_bound_would_warn_on_max_conditions() {
    let ron = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/good/max-conditions/scenarios/mini.ron");
    let src = tradesim::scenario::load::read_source(&ron).unwrap();
    let s = tradesim::scenario::compile::compile(&src).0.unwrap();
    let blind = tradesim::scenario::lint::graph::best_gains(&s).unwrap();
    assert_eq!(blind[s.start][0], 5);
    assert_eq!(s.competencies[0].max, 4);
}

#[test]
fn every_rule_named_by_the_core_issue_has_a_fixture() {
    let have: Vec<String> = fixtures()
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().to_string())
        .collect();
    for rule in [
        "ron-syntax",
        "unknown-field",
        "missing-target",
        "duplicate-id",
        "undefined-variable",
        "type-mismatch",
        "missing-message",
        "ftl-syntax",
        "no-accepted-answer",
        "no-answer-key",
        "bad-weight",
        "unknown-competency",
        "unreachable",
        "dead-end",
        "missing-translation",
        "unused-message",
        "unused-variable",
        "never-true",
        "length-cue",
        "glossary",
        // issue 9: loops and nesting that would exhaust memory or the stack
        "endless-loop",
        "trap-cycle",
        "expr-too-deep",
        // issue 13: rubrics of written answers
        "rubric-over-max",
        "never-matches",
        "missing-descriptor",
        // issue 16: competency maxima, checked by playing the scenario
        "max-below-best",
        "unreachable-max",
        "unreachable-max.conditions",
        // issue 12: a draw pool of papers of unequal difficulty
        "unequal-pool",
    ] {
        assert!(have.iter().any(|h| h == rule), "no fixture for {rule}");
    }
}

#[test]
fn json_format_is_machine_readable() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad/missing-target");
    let out = Command::new(env!("CARGO_BIN_EXE_tradesim"))
        .args(["lint", "--format", "json", "."])
        .current_dir(&dir)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["errors"], 1);
    let d = &v["diagnostics"][0];
    assert_eq!(d["code"], "missing-target");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["file"], "scenarios/mini.ron");
    assert_eq!(d["line"], 33);
    assert!(d["hint"].as_str().unwrap().contains("done"));
}

/// One assessment linted on its own: the titles file it shares with the other assessments of
/// its folder is not "unused" for their titles.
#[test]
fn one_shipped_assessment_lints_clean_on_its_own() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for id in ["trade-associate", "cbec-operator"] {
        let out = Command::new(env!("CARGO_BIN_EXE_tradesim"))
            .current_dir(root)
            .args(["lint", "--deny-warnings"])
            .arg(format!("scenarios/assessments/{id}.ron"))
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{id}:\n{text}");
        assert!(text.contains("0 warning(s)"), "{id}:\n{text}");
    }
}
