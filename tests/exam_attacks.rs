//! One test per known way to a forged pass (issue "Exam integrity"): each asserts that
//! `exam` or `verify` refuses it, with a reason a person can act on.

mod exam_support;

use std::path::Path;

use tradesim::record::SealKey;
use tradesim::record::session::journal_path;

use exam_support::*;

fn sealed(dir: &Path, candidate: &str) -> Vec<u8> {
    let out = sit_all(dir, candidate);
    assert!(out.status.success(), "{}", text(&out.stderr));
    std::fs::read(journal_path(&dir.join("results"), candidate)).unwrap()
}

#[test]
fn cut_tail_of_a_sealed_record_is_refused_by_exam_and_named_by_verify() {
    let p = project_for(&["c1"]);
    let dir = p.path();
    let bytes = sealed(dir, "c1");
    let lines: Vec<&[u8]> = bytes.split_inclusive(|b| *b == b'\n').collect();
    // back to just after the third action: a valid, unsealed prefix of the chain
    let cut = lines[..5].concat();
    let path = journal_path(&dir.join("results"), "c1");
    std::fs::write(&path, &cut).unwrap();
    let out = run(dir, &exam_args("c1", &["--actions", "all.txt"]));
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    assert!(
        text(&out.stderr).contains("the journal was cut back; the exam cannot resume it"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(std::fs::read(&path).unwrap(), cut, "left as it is");
    let (v, code) = verify_lines(dir);
    assert_eq!(code, Some(1));
    assert!(
        v.starts_with("results/c1.record.jsonl: tampered: witness: the witness saw"),
        "{v}"
    );
    // deleting the journal does not start the exam over either
    std::fs::remove_file(&path).unwrap();
    let out = run(dir, &exam_args("c1", &["--actions", "all.txt"]));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr)
            .contains("line(s) of this candidate's journal written, and the journal is gone"),
        "{}",
        text(&out.stderr)
    );
    assert!(!path.exists());
}

#[test]
fn own_assessment_or_folders_are_refused() {
    let p = project_for(&["c1"]);
    let dir = p.path();
    // a look-alike assessment with pass mark 0 in a folder of the candidate's
    let mine = dir.join("mine");
    copy_dir(&dir.join("scenarios"), &mine.join("scenarios"));
    copy_dir(&dir.join("locales"), &mine.join("locales"));
    let ron = mine.join("scenarios/assessments/practice.ron");
    let easy = std::fs::read_to_string(&ron)
        .unwrap()
        .replace("pass_mark: 60", "pass_mark: 0");
    std::fs::write(&ron, &easy).unwrap();
    let out = cmd(dir)
        .env("TRADESIM_SCENARIOS", &mine)
        .args(exam_args("c1", &["--actions", "all.txt"]))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("refusing other folders"),
        "{}",
        text(&out.stderr)
    );
    let out = run(
        dir,
        &[&["--scenarios", "mine"][..], &exam_args("c1", &[])].concat(),
    );
    assert!(text(&out.stderr).contains("refusing other folders"));
    // the session's own assessment file edited in place
    std::fs::write(dir.join("scenarios/assessments/practice.ron"), &easy).unwrap();
    let out = run(dir, &exam_args("c1", &["--actions", "all.txt"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("the assessment differs from the session's"),
        "{}",
        text(&out.stderr)
    );
    assert!(!journal_path(&dir.join("results"), "c1").exists());
}

#[test]
fn a_record_forged_without_the_signing_key_is_named() {
    let p = project_for(&["c1"]);
    let dir = p.path();
    let start = session_start(dir, SEED.parse().unwrap());
    // the forger's own key: a perfect record of its kind, but not the organiser's
    let theirs = SealKey::generate();
    let forged = sit_in_process(dir, "c1", &theirs, &start);
    let path = journal_path(&dir.join("results"), "c1");
    std::fs::write(&path, &forged).unwrap();
    let (v, code) = verify_lines(dir);
    assert_eq!(code, Some(1));
    assert_eq!(
        v,
        format!(
            "results/c1.record.jsonl: signed by another key: the record names key {}, the public key given is {}\n",
            theirs.id(),
            key().id()
        )
    );
    // the same with the organiser's key id written in: the signatures give it away
    let text_ = String::from_utf8(forged)
        .unwrap()
        .replace(&theirs.id(), &key().id());
    std::fs::write(&path, text_).unwrap();
    let (v, _) = verify_lines(dir);
    assert!(
        v.starts_with("results/c1.record.jsonl: tampered: line ")
            && v.contains("the seal does not match the record"),
        "{v}"
    );
}

#[test]
fn a_copied_record_is_caught_by_its_file_name() {
    let p = project_for(&["c1", "c2"]);
    let dir = p.path();
    sealed(dir, "c1");
    std::fs::copy(
        journal_path(&dir.join("results"), "c1"),
        journal_path(&dir.join("results"), "c2"),
    )
    .unwrap();
    let (v, code) = verify_lines(dir);
    assert_eq!(code, Some(1));
    assert_eq!(
        v,
        "results/c1.record.jsonl: ok\nresults/c2.record.jsonl: not this session's: the record is candidate `c1`'s but the file is c2.record.jsonl: copied or swapped\n"
    );
}

#[test]
fn swapped_files_are_both_caught() {
    let p = project_for(&["c1", "c2"]);
    let dir = p.path();
    sealed(dir, "c1");
    sealed(dir, "c2");
    let (a, b) = (
        journal_path(&dir.join("results"), "c1"),
        journal_path(&dir.join("results"), "c2"),
    );
    let tmp = dir.join("swap");
    std::fs::rename(&a, &tmp).unwrap();
    std::fs::rename(&b, &a).unwrap();
    std::fs::rename(&tmp, &b).unwrap();
    let (v, code) = verify_lines(dir);
    assert_eq!(code, Some(1));
    assert_eq!(v.matches("copied or swapped").count(), 2, "{v}");
}

#[test]
fn a_record_from_an_older_session_is_caught() {
    let p = project_for(&["c1"]);
    let dir = p.path();
    sealed(dir, "c1");
    // a new session of the same assessment, same roster, same key
    new_session(dir, &["c1"], "later", &[]);
    std::fs::copy(
        journal_path(&dir.join("results"), "c1"),
        journal_path(&dir.join("later"), "c1"),
    )
    .unwrap();
    let out = run(
        dir,
        &[
            "verify",
            "later",
            "--public-key",
            "exam.pub",
            "--session",
            "later/session.json",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let v = text(&out.stdout);
    assert!(
        v.starts_with("later/c1.record.jsonl: not this session's: from another session ("),
        "{v}"
    );
    // and the exam will not resume it under the new session either
    let bytes = std::fs::read(journal_path(&dir.join("results"), "c1")).unwrap();
    let lines: Vec<&[u8]> = bytes.split_inclusive(|b| *b == b'\n').collect();
    std::fs::write(journal_path(&dir.join("later"), "c1"), lines[..3].concat()).unwrap();
    let out = run(
        dir,
        &[
            "exam",
            "later",
            "--candidate",
            "c1",
            "--key-file",
            "exam.key",
        ],
    );
    assert_ne!(out.status.code(), Some(0));
}

#[test]
fn bytes_after_the_seal_are_refused() {
    let p = project_for(&["c1"]);
    let dir = p.path();
    let mut bytes = sealed(dir, "c1");
    bytes.extend_from_slice(b"{\"kind\":\"note\",\"pass\":true}");
    std::fs::write(journal_path(&dir.join("results"), "c1"), &bytes).unwrap();
    let (v, code) = verify_lines(dir);
    assert_eq!(code, Some(1));
    assert!(
        v.contains("tampered: line ")
            && v.contains("byte(s) after the seal: nothing may follow it"),
        "{v}"
    );
}

#[test]
fn a_symlinked_lock_or_temporary_file_is_refused_and_its_target_untouched() {
    let p = project_for(&["c1"]);
    let dir = p.path();
    let target = dir.join("precious.txt");
    std::fs::write(&target, "do not truncate me\n").unwrap();
    std::os::unix::fs::symlink(&target, dir.join("results/c1.lock")).unwrap();
    let out = sit_all(dir, "c1");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("c1.lock") && text(&out.stderr).contains("symbolic link"),
        "{}",
        text(&out.stderr)
    );
    std::fs::remove_file(dir.join("results/c1.lock")).unwrap();
    std::os::unix::fs::symlink(&target, dir.join("results/c1.record.jsonl.tmp")).unwrap();
    let out = sit_all(dir, "c1");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("is a symbolic link; refusing to write through it"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(&target).unwrap(),
        "do not truncate me\n"
    );
}

#[test]
fn a_chosen_seed_is_refused() {
    let p = project_for(&["c1"]);
    let dir = p.path();
    // the exam has no seed to choose
    let out = run(dir, &exam_args("c1", &["--seed", "5"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("unexpected argument '--seed'"),
        "{}",
        text(&out.stderr)
    );
    // and a sitting on another paper, however it came about, is not this candidate's
    let start = session_start(dir, 5);
    let other_paper = sit_in_process(dir, "c1", &key(), &start);
    std::fs::write(journal_path(&dir.join("results"), "c1"), other_paper).unwrap();
    // (its witness is not this record's either; the seed is named first)
    let (v, code) = verify_lines(dir);
    assert_eq!(code, Some(1));
    assert_eq!(
        v,
        "results/c1.record.jsonl: not this session's: seed 5 is not the one the session assigned to `c1`\n"
    );
}

#[test]
fn changed_scenario_text_is_refused_by_exam_and_verify() {
    let p = project_for(&["c1", "c2"]);
    let dir = p.path();
    sealed(dir, "c1");
    let ftl = dir.join("locales/en-US/tut4.ftl");
    let original = std::fs::read_to_string(&ftl).unwrap();
    // an "answer key" slipped into the text keeps the RON's hash
    std::fs::write(&ftl, original.clone() + "# [ANSWER] choose 1\n").unwrap();
    let out = sit_all(dir, "c2");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("the text of scenario `tut4`")
            && text(&out.stderr).contains("differs from the session's"),
        "{}",
        text(&out.stderr)
    );
    let (v, code) = verify_lines(dir);
    assert_eq!(code, Some(1));
    assert!(
        v.starts_with("results/c1.record.jsonl: scenario changed: the text of scenario `tut4`"),
        "{v}"
    );
}
