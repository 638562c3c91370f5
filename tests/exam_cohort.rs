//! A cohort of 30 headless candidates and one who never sat, with one record forged under
//! another key, one copied over another candidate's file, and one cut back: `report` counts
//! the 27 good ones, names the three with the reason, and lists the one with no record.

mod exam_support;

use tradesim::record::session::journal_path;

use exam_support::*;

#[test]
fn report_counts_the_good_names_the_bad_and_lists_the_missing() {
    let ids: Vec<String> = (1..=31).map(|i| format!("C-{i:02}")).collect();
    let roster: Vec<&str> = ids.iter().map(String::as_str).collect();
    let p = project_for(&roster);
    let dir = p.path();
    let results = dir.join("results");
    let actions = script(dir);
    // 30 sit, each handing in after a different number of actions (or completing)
    for (i, id) in ids[..30].iter().enumerate() {
        let take = (i * 3) % (actions.len() + 1);
        let mut lines = actions[..take].to_vec();
        lines.push("hand-in".into());
        let file = format!("{id}.txt");
        std::fs::write(dir.join(&file), lines.join("\n") + "\n").unwrap();
        let out = run(dir, &exam_args(id, &["--actions", &file]));
        assert!(out.status.success(), "{id}: {}", text(&out.stderr));
    }
    // forged: a full marks sitting under the forger's own key
    let start = session_start(dir, SEED.parse().unwrap());
    let theirs = tradesim::record::SealKey::generate();
    std::fs::write(
        journal_path(&results, "C-05"),
        sit_in_process(dir, "C-05", &theirs, &start),
    )
    .unwrap();
    // copied: C-11's record over C-10's file
    std::fs::copy(
        journal_path(&results, "C-11"),
        journal_path(&results, "C-10"),
    )
    .unwrap();
    // cut back to its first four lines
    let bytes = std::fs::read(journal_path(&results, "C-20")).unwrap();
    let lines: Vec<&[u8]> = bytes.split_inclusive(|b| *b == b'\n').collect();
    std::fs::write(journal_path(&results, "C-20"), lines[..4].concat()).unwrap();

    let out = run(dir, &trusted(&["report", "results", "--format", "json"]));
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let j: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let good: Vec<&str> = j["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["candidate"].as_str().unwrap())
        .collect();
    let want: Vec<&str> = roster[..30]
        .iter()
        .copied()
        .filter(|id| !["C-05", "C-10", "C-20"].contains(id))
        .collect();
    assert_eq!(good, want);
    assert_eq!(j["cohort"]["candidates"], 27);
    let excluded: Vec<(String, String)> = j["excluded"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["file"].as_str().unwrap().to_string(),
                e["problem"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(excluded.len(), 3, "{excluded:?}");
    assert_eq!(excluded[0].0, "results/C-05.record.jsonl");
    assert!(
        excluded[0].1.starts_with(&format!(
            "signed by another key: the record names key {}",
            theirs.id()
        )),
        "{excluded:?}"
    );
    assert_eq!(excluded[1].0, "results/C-10.record.jsonl");
    assert!(
        excluded[1].1.ends_with(
            "the record is candidate `C-11`'s but the file is C-10.record.jsonl: copied or swapped"
        ),
        "{excluded:?}"
    );
    assert_eq!(excluded[2].0, "results/C-20.record.jsonl");
    assert!(
        excluded[2]
            .1
            .starts_with("tampered: witness: the witness saw")
            && excluded[2].1.ends_with("the journal was cut back"),
        "{excluded:?}"
    );
    assert_eq!(j["missing"], serde_json::json!(["C-31"]));

    // the table says the same to the organiser
    let out = run(dir, &trusted(&["report", "results"]));
    let t = text(&out.stdout);
    assert!(
        t.contains("cohort: 27 candidate(s)")
            && t.contains("left out (3):")
            && t.contains("no record (1):\n  C-31"),
        "{t}"
    );
}
