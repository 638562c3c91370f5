//! `tradesim new`: the scaffold is lint-clean, plays to an ending, and never overwrites.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

fn tradesim(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("tradesim").unwrap();
    c.current_dir(dir)
        .env("NO_COLOR", "1")
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL");
    c.env_remove("TRADESIM_SCENARIOS");
    c
}

const DOMAINS: [&str; 5] = ["sourcing", "customs", "logistics", "payment", "capstone"];

#[test]
fn scaffold_is_lint_clean_and_plays_to_an_ending() {
    for domain in DOMAINS {
        let tmp = tempfile::tempdir().unwrap();
        let id = format!("first-{domain}");
        tradesim(tmp.path())
            .args(["new", &id, "--domain", domain])
            .assert()
            .success()
            .stdout(predicate::str::contains(format!("scenarios/{id}.ron")))
            .stdout(predicate::str::contains(format!("locales/en-US/{id}.ftl")))
            .stdout(predicate::str::contains(format!("locales/zh-CN/{id}.ftl")))
            .stdout(predicate::str::contains("tradesim lint"));
        // clean: no error and no warning, in every format
        tradesim(tmp.path())
            .args(["lint", "--deny-warnings", "--format", "short"])
            .assert()
            .success()
            .stdout("");
        let out = tradesim(tmp.path())
            .args([
                "run",
                &format!("scenarios/{id}.ron"),
                "--seed",
                "1",
                "--policy",
                "first",
                "--json",
            ])
            .assert()
            .success();
        let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
        assert_eq!(v["finished"], true, "{domain}: {v}");
        assert_eq!(v["ending"], "delivered", "{domain}: {v}");
        assert_eq!(v["pass"], true, "{domain}: the expert path passes: {v}");
        assert_eq!(
            v["total"], 100,
            "{domain}: the expert path scores full marks: {v}"
        );
    }
}

#[test]
fn scaffold_plays_in_chinese_and_covers_every_node_kind() {
    let tmp = tempfile::tempdir().unwrap();
    tradesim(tmp.path()).args(["new", "tea"]).assert().success();
    let ron = std::fs::read_to_string(tmp.path().join("scenarios/tea.ron")).unwrap();
    for kind in ["Decision(", "Form(", "Check(", "Random(", "Ending("] {
        assert!(ron.contains(kind), "no {kind} node");
    }
    assert!(
        ron.contains("domains: [Customs]"),
        "customs is the default domain"
    );
    tradesim(tmp.path())
        .args([
            "run",
            "scenarios/tea.ron",
            "--seed",
            "3",
            "--policy",
            "first",
            "--locale",
            "zh-CN",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("买家来信"))
        // no message id shown in place of missing text
        .stdout(
            predicate::str::is_match(r"\[[a-z][a-z0-9_-]*\]")
                .unwrap()
                .not(),
        );
}

#[test]
fn random_players_meet_every_node_and_both_endings() {
    let tmp = tempfile::tempdir().unwrap();
    tradesim(tmp.path()).args(["new", "tea"]).assert().success();
    tradesim(tmp.path())
        .args([
            "playtest",
            "scenarios/tea.ron",
            "--runs",
            "200",
            "--seed",
            "7",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("nodes never visited: none"))
        .stdout(predicate::str::contains("delivered"))
        .stdout(predicate::str::contains("held"))
        .stdout(predicate::str::contains("best total: 100"));
}

#[test]
fn new_writes_into_dir_and_says_what_to_edit() {
    let tmp = tempfile::tempdir().unwrap();
    tradesim(tmp.path())
        .args(["new", "wigs", "--dir", "course/week1"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "course/week1/locales/en-US/wigs.ftl",
        ))
        .stdout(predicate::str::contains("tradesim lint course/week1"))
        .stdout(predicate::str::contains("tradesim docs authoring"));
    for f in [
        "scenarios/wigs.ron",
        "locales/en-US/wigs.ftl",
        "locales/zh-CN/wigs.ftl",
    ] {
        assert!(tmp.path().join("course/week1").join(f).is_file(), "{f}");
    }
    tradesim(tmp.path())
        .args(["lint", "--deny-warnings", "course/week1"])
        .assert()
        .success();
}

#[test]
fn new_speaks_the_teachers_language() {
    let tmp = tempfile::tempdir().unwrap();
    tradesim(tmp.path())
        .args(["new", "tea", "--locale", "zh-CN"])
        .assert()
        .success()
        .stdout(predicate::str::contains("已创建场景"))
        .stdout(predicate::str::contains("下一步"));
}

#[test]
fn new_refuses_to_overwrite_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    tradesim(tmp.path()).args(["new", "tea"]).assert().success();
    let ron = tmp.path().join("scenarios/tea.ron");
    std::fs::write(&ron, "// my own work\n").unwrap();
    tradesim(tmp.path())
        .args(["new", "tea"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not overwriting"))
        .stderr(predicate::str::contains("scenarios/tea.ron"));
    assert_eq!(std::fs::read_to_string(&ron).unwrap(), "// my own work\n");

    // one file of three already there: none of the others is written either
    let tmp = tempfile::tempdir().unwrap();
    let zh = tmp.path().join("locales/zh-CN/tea.ftl");
    std::fs::create_dir_all(zh.parent().unwrap()).unwrap();
    std::fs::write(&zh, "title = 我的\n").unwrap();
    tradesim(tmp.path())
        .args(["new", "tea"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("locales/zh-CN/tea.ftl"));
    assert!(!tmp.path().join("scenarios/tea.ron").exists());
    assert!(!tmp.path().join("locales/en-US/tea.ftl").exists());
    assert_eq!(std::fs::read_to_string(&zh).unwrap(), "title = 我的\n");
    // and no temporary files are left behind
    let leftovers: Vec<_> = walk(tmp.path())
        .into_iter()
        .filter(|p| p.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn new_rejects_ids_that_cannot_be_file_names() {
    let tmp = tempfile::tempdir().unwrap();
    for bad in [
        "Tea",
        "tea export",
        "../escape",
        "tea.ron",
        "9lives",
        "ui",
        "茶",
    ] {
        tradesim(tmp.path())
            .args(["new", bad])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("cannot be a scenario id"));
    }
    assert!(walk(tmp.path()).is_empty(), "nothing written");
}

#[test]
fn new_notes_when_it_shadows_a_shipped_scenario() {
    let tmp = tempfile::tempdir().unwrap();
    tradesim(tmp.path())
        .args(["new", "tutorial"])
        .assert()
        .success()
        .stdout(predicate::str::contains("also a shipped scenario"));
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}
