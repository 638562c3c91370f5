//! Shared by the grading tests: the fixture (tests/fixtures/grade) with a session, four
//! candidates' sealed written answers, and examiners e1..e4 registered with keys of their
//! own; and where each answer stands in an examiner's shuffled list.
#![allow(dead_code)]

use std::path::Path;

use crate::exam_support::{cmd, copy_dir, key, text, write_keys};
use tradesim::record::PublicKey;
use tradesim::record::grading::check::{Scenarios, collect};
use tradesim::record::grading::order::marking_order;
use tradesim::record::manifest::SignedManifest;
use tradesim::record::verify::{Verifier, record_paths};
use tradesim::scenario::library::Library;

pub const REPLIES: &[(&str, &str)] = &[
    // price and Incoterm met
    (
        "c1",
        "Dear Anna, thank you for your enquiry. Our price is USD 12,500 FOB Ningbo, valid for 30 days. Best regards, Li Wei",
    ),
    // price met, the wrong port
    ("c2", "Hello. Price is USD 12,500 FOB Shanghai. Bye."),
    // both in words: the machine finds neither
    (
        "c3",
        "Dear Anna, we can offer the 500 sets at twelve thousand five hundred US dollars, free on board Ningbo. Kind regards, Li Wei",
    ),
    ("c4", "ok we will send the price later"),
];

pub fn run(dir: &Path, args: &[&str]) -> std::process::Output {
    cmd(dir).args(args).output().unwrap()
}

pub fn ok(dir: &Path, args: &[&str]) -> String {
    let out = run(dir, args);
    assert!(
        out.status.success(),
        "{args:?}: {}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    text(&out.stdout)
}

pub const TRUST: &[&str] = &[
    "--public-key",
    "exam.pub",
    "--session",
    "results/session.json",
];

pub fn with_trust<'a>(args: &[&'a str]) -> Vec<&'a str> {
    let mut v = args.to_vec();
    v.extend_from_slice(TRUST);
    v
}

/// The fixture with the organiser's keys, a session for c1..c4, every reply sealed, and
/// examiners e1..e4 registered (each with their own key).
pub fn sat() -> tempfile::TempDir {
    let t = tempfile::tempdir().unwrap();
    let dir = t.path();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/grade"),
        dir,
    );
    // the fixture itself is clean: a rubric lint finds nothing to say
    ok(dir, &["lint", "scenarios", "--deny-warnings"]);
    write_keys(dir, &key());
    std::fs::write(dir.join("roster.csv"), "id,name\nc1,A\nc2,B\nc3,C\nc4,D\n").unwrap();
    ok(
        dir,
        &[
            "session",
            "new",
            "scenarios/assessments/written.ron",
            "--roster",
            "roster.csv",
            "--results",
            "results",
            "--key-file",
            "exam.key",
            "--seed",
            "11",
        ],
    );
    for (c, reply) in REPLIES {
        let script = dir.join(format!("{c}.actions"));
        std::fs::write(&script, format!("write \"{reply}\"\n")).unwrap();
        ok(
            dir,
            &[
                "exam",
                "results",
                "--candidate",
                c,
                "--key-file",
                "exam.key",
                "--actions",
                script.to_str().unwrap(),
            ],
        );
    }
    let mut add = vec!["session", "examiners", "results", "--key-file", "exam.key"];
    let specs: Vec<String> = ["e1", "e2", "e3", "e4"]
        .iter()
        .map(|e| {
            ok(dir, &["keygen", "--out", e]);
            format!("{e}={e}.pub")
        })
        .collect();
    for s in &specs {
        add.extend(["--add", s.as_str()]);
    }
    ok(dir, &add);
    t
}

/// Where each candidate's answer stands in `examiner`'s list (1-based): the order is the
/// examiner's own, so scripts are written from it.
pub fn positions(dir: &Path, examiner: &str) -> Vec<(String, usize)> {
    let lib = Library::with_folders(&[dir.join("scenarios")]).unwrap();
    let key = PublicKey::load(Some(&dir.join("exam.pub"))).unwrap();
    let m = SignedManifest::load(&dir.join("results/session.json"), &key).unwrap();
    let mut v = Verifier::new(&lib, &key);
    let verified: Vec<_> = record_paths(&[dir.join("results")])
        .unwrap()
        .iter()
        .map(|p| v.verify_file(p))
        .collect();
    let (_, answers) = collect(&verified, &mut Scenarios::new(&lib));
    marking_order(&answers, examiner, &m.session)
        .iter()
        .enumerate()
        .map(|(pos, i)| (answers[*i].id.candidate.clone(), pos + 1))
        .collect()
}
