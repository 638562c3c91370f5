//! Issue 17: each shipped assessment (trade-associate, cbec-operator), sat by a cohort of 20
//! headless candidates on papers of their own (the session's per-candidate seeds), verifies
//! and reports. Six candidates play every part by its shipped expert path (by node,
//! `{param}` resolved on their own variant), eight take the answer key's first offer, six
//! play at random; each sits through the real binary (`exam --actions`), so the journals are
//! the ones a room would produce.

mod exam_support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use tradesim::playtest::expert::{ExpertPath, parse_path, resolve};
use tradesim::playtest::{Agent, Policy};
use tradesim::record::manifest::SignedManifest;
use tradesim::record::{Acted, ManualClock, SealKey, Session};

use exam_support::{copy_dir, key, run, text, trusted, write_keys};

const COHORT: usize = 20;

enum Sitter {
    Expert,
    Agent(Policy),
}

fn sitter(i: usize) -> Sitter {
    match i {
        0..6 => Sitter::Expert,
        6..14 => Sitter::Agent(Policy::First),
        _ => Sitter::Agent(Policy::Random),
    }
}

fn expert_paths() -> BTreeMap<String, ExpertPath> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/paths");
    std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().to_string();
            let id = name.strip_suffix("-expert.actions")?.to_string();
            let text = std::fs::read_to_string(e.path()).unwrap();
            Some((id, parse_path(&text).unwrap()))
        })
        .collect()
}

/// The actions `who` takes on the candidate's own paper, found in-process on a scratch
/// journal (the binary then sits them for real).
fn actions_for(
    dir: &Path,
    candidate: &str,
    who: &Sitter,
    paths: &BTreeMap<String, ExpertPath>,
    seed: u64,
) -> Vec<String> {
    let m = SignedManifest::load(&dir.join("results/session.json"), &key().public()).unwrap();
    let mut start = m.start_for(candidate, "en-US".into()).unwrap();
    // the scratch sitting must not tell the room's witness about itself
    start.witness = None;
    let exam = m.load_exam().unwrap();
    let scratch = tempfile::tempdir().unwrap();
    let signer = SealKey::generate();
    let clock = ManualClock::starting_at(m.opens_at + 1_000);
    let mut s = Session::open(
        &exam,
        candidate,
        scratch.path(),
        &signer,
        &start,
        Box::new(clock),
    )
    .unwrap();
    let mut agent = Agent::new(
        match who {
            Sitter::Agent(p) => *p,
            Sitter::Expert => Policy::First,
        },
        seed,
    );
    let mut out = Vec::new();
    for _ in 0..10_000 {
        let p = s.current();
        let (sc, at) = (s.scenario(p), s.attempt(p));
        let a = match who {
            Sitter::Expert => {
                let node = sc.node(at.state.node).id().to_string();
                let path = &paths[sc.id()];
                let (_, step) = path
                    .steps
                    .get(&node)
                    .unwrap_or_else(|| panic!("{}: no expert line for {node}", sc.id()));
                resolve(sc, &at.state.vars, step).unwrap()
            }
            Sitter::Agent(_) => agent.next(sc, at).unwrap(),
        };
        out.push(a.to_string());
        if let Acted::Completed(_) = s.act(a).unwrap() {
            return out;
        }
    }
    panic!("{candidate}: the sitting never ended");
}

fn cohort_sits(assessment: &str) {
    let t = tempfile::tempdir().unwrap();
    let dir = t.path();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    copy_dir(&root.join("scenarios"), &dir.join("scenarios"));
    copy_dir(&root.join("locales"), &dir.join("locales"));
    write_keys(dir, &key());
    let ids: Vec<String> = (1..=COHORT).map(|i| format!("K-{i:02}")).collect();
    let roster: String = std::iter::once("id,name".to_string())
        .chain(ids.iter().map(|id| format!("{id},Candidate {id}")))
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(dir.join("roster.csv"), roster + "\n").unwrap();
    let ron = format!("scenarios/assessments/{assessment}.ron");
    let out = run(
        dir,
        &[
            "session",
            "new",
            &ron,
            "--roster",
            "roster.csv",
            "--results",
            "results",
            "--key-file",
            "exam.key",
            "--scenarios",
            "scenarios",
        ],
    );
    assert!(out.status.success(), "{assessment}: {}", text(&out.stderr));

    let paths = expert_paths();
    // four sit at a time, as in a room; each sitting is its own process and journal
    std::thread::scope(|scope| {
        for chunk in ids.chunks(COHORT / 4) {
            let paths = &paths;
            let ids = &ids;
            scope.spawn(move || {
                for id in chunk {
                    let i = ids.iter().position(|x| x == id).unwrap();
                    let actions = actions_for(dir, id, &sitter(i), paths, i as u64 + 1);
                    let file = format!("{id}.actions");
                    std::fs::write(dir.join(&file), actions.join("\n") + "\n").unwrap();
                    let out = run(
                        dir,
                        &[
                            "exam",
                            "results",
                            "--candidate",
                            id,
                            "--key-file",
                            "exam.key",
                            "--actions",
                            &file,
                        ],
                    );
                    assert!(
                        out.status.success(),
                        "{assessment} {id}: {}",
                        text(&out.stderr)
                    );
                }
            });
        }
    });

    let out = run(dir, &trusted(&["verify", "results"]));
    let verdicts = text(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{assessment}:\n{verdicts}{}",
        text(&out.stderr)
    );
    assert_eq!(
        verdicts.lines().filter(|l| l.contains(" ok")).count(),
        COHORT,
        "{assessment}:\n{verdicts}"
    );

    let out = run(dir, &trusted(&["report", "results", "--format", "json"]));
    assert_eq!(
        out.status.code(),
        Some(0),
        "{assessment}: {}",
        text(&out.stderr)
    );
    let j: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = j["candidates"].as_array().unwrap();
    assert_eq!(rows.len(), COHORT, "{assessment}");
    assert_eq!(j["cohort"]["candidates"], COHORT);
    let by_id: BTreeMap<&str, &serde_json::Value> = rows
        .iter()
        .map(|r| (r["candidate"].as_str().unwrap(), r))
        .collect();
    // the experts earn every point the machine can judge, on every paper
    for id in &ids[..6] {
        let r = by_id[id.as_str()];
        assert_eq!(r["total"], 100, "{assessment} {id}: {r}");
        assert_eq!(r["pass"], true, "{assessment} {id}");
    }
    // random play does not pass
    for id in &ids[14..] {
        assert_eq!(by_id[id.as_str()]["pass"], false, "{assessment} {id}");
    }
    // a paper of their own: a parametric part sat by several candidates comes in several
    // variants (the seeds are drawn at random, so only "more than one" is certain enough)
    let mut variants: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for r in rows {
        for (p, v) in r["parts"]
            .as_array()
            .unwrap()
            .iter()
            .zip(r["variants"].as_array().unwrap())
        {
            let v = v.as_str().unwrap();
            if !v.is_empty() {
                let id = p["scenario"].as_str().unwrap().to_string();
                variants.entry(id).or_default().push(v.to_string());
            }
        }
    }
    assert!(
        !variants.is_empty(),
        "{assessment}: no parametric part was sat"
    );
    for (part, codes) in &variants {
        let distinct: BTreeSet<&String> = codes.iter().collect();
        assert!(
            codes.len() < 3 || distinct.len() > 1,
            "{assessment} {part}: {codes:?}"
        );
    }
    // the table names every candidate
    let out = run(dir, &trusted(&["report", "results"]));
    assert_eq!(out.status.code(), Some(0));
    let table = text(&out.stdout);
    for id in &ids {
        assert!(
            table.contains(id.as_str()),
            "{assessment}: {id} missing\n{table}"
        );
    }
}

#[test]
fn a_cohort_of_20_sits_trade_associate_and_every_record_verifies_and_reports() {
    cohort_sits("trade-associate");
}

#[test]
fn a_cohort_of_20_sits_cbec_operator_and_every_record_verifies_and_reports() {
    cohort_sits("cbec-operator");
}
