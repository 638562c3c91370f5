//! `tradesim playtest --policy` (test-wise players beside the random one) and `--expert`
//! (a by-node expert path over many seeds), run as a user runs them.

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/{name}/scenarios/mini.ron"))
}

fn playtest(args: &[&str]) -> (String, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_tradesim"))
        .arg("playtest")
        .args(args)
        .output()
        .unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

/// The mean total the report gives a player, e.g. from `  longest    75.0  100.0% ...`.
fn mean_of(out: &str, player: &str) -> f64 {
    let line = out
        .lines()
        .find(|l| l.trim_start().starts_with(&format!("{player} ")))
        .unwrap_or_else(|| panic!("no {player} line:\n{out}"));
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

#[test]
fn test_wise_players_read_the_options_in_the_chosen_locale() {
    // the glossary fixture: en-US choices "A" (best) and "B" tie, zh-CN's "B" is longer
    let ron = fixture("bad/glossary");
    let run = |locale: &str| {
        let (out, err, code) = playtest(&[
            ron.to_str().unwrap(),
            "--runs",
            "200",
            "--policy",
            "longest,shortest",
            "--locale",
            locale,
        ]);
        assert_eq!(code, 0, "{err}");
        out
    };
    let en = run("en-US");
    let zh = run("zh-CN");
    assert!(en.contains("players in en-US (200 attempts each"), "{en}");
    assert!(zh.contains("players in zh-CN"), "{zh}");
    // a tie goes to the first option (the best); in zh-CN the longest is the wrong one
    assert!(
        mean_of(&en, "longest") > mean_of(&zh, "longest"),
        "{en}\n{zh}"
    );
    assert!(mean_of(&zh, "shortest") > mean_of(&zh, "longest"), "{zh}");
    assert_eq!(mean_of(&en, "random"), mean_of(&zh, "random"));
    assert!(
        en.contains("best option is the longest: 1 of 1 decisions"),
        "{en}"
    );
    assert!(
        zh.contains("best option is the longest: 0 of 1 decisions"),
        "{zh}"
    );
}

#[test]
fn json_output_carries_the_players() {
    let ron = fixture("base");
    let (out, _, code) = playtest(&[
        ron.to_str().unwrap(),
        "--runs",
        "50",
        "--policy",
        "longest",
        "--locale",
        "en-US",
        "--json",
    ]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["players"]["players"][1]["player"], "longest");
    assert_eq!(v["players"]["players"][1]["runs"], 50);
    assert_eq!(v["players"]["best_is_longest"]["decisions"], 1);
}

fn write_path(text: &str) -> tempfile::NamedTempFile {
    let f = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(f.path(), text).unwrap();
    f
}

#[test]
fn an_expert_path_is_played_by_node_on_every_seed() {
    let ron = fixture("base");
    let full = write_path(
        "# expert path, played by node\nchoose: choose 1\ndeclare: submit mode=9710\ncheck: mark invoice.amount\n",
    );
    let (out, err, code) = playtest(&[
        ron.to_str().unwrap(),
        "--expert",
        full.path().to_str().unwrap(),
        "--runs",
        "40",
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("total (min / mean / max): 100 / 100.0 / 100"),
        "{out}"
    );
    assert!(out.contains("seeds below 100: none"), "{out}");
    assert!(out.contains("nodes missing from the path: none"), "{out}");

    let partial = write_path("choose: choose 2\ndeclare: submit mode=9710\n");
    let (out, _, code) = playtest(&[
        ron.to_str().unwrap(),
        "--expert",
        partial.path().to_str().unwrap(),
        "--runs",
        "5",
    ]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("seeds below 100: 5"), "{out}");
    assert!(
        out.contains("seed 1: total 25, stopped at node `check`: the path has no line for it"),
        "{out}"
    );
    assert!(out.contains("nodes missing from the path: check"), "{out}");
}

#[test]
fn a_bad_expert_path_is_a_located_error() {
    let ron = fixture("base");
    let unknown = write_path("choose: choose 1\n\nchek: mark invoice.amount\n");
    let (_, err, code) = playtest(&[
        ron.to_str().unwrap(),
        "--expert",
        unknown.path().to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains(":3:1: scenario `mini` has no node `chek`"),
        "{err}"
    );
    let garbled = write_path("choose: choose one\n");
    let (_, err, code) = playtest(&[
        ron.to_str().unwrap(),
        "--expert",
        garbled.path().to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(err.contains(":1:16: expected a choice number"), "{err}");
}
