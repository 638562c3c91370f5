//! Second marking end to end: an exam with a written part (tests/fixtures/grade) sat headless
//! by four candidates, marked blind by two examiners through `grade --actions`, one
//! disagreement adjudicated by a third, and `report` giving agreement and kappa as worked by
//! hand below. Then what verify must catch: a byte changed in a grading journal, a journal
//! of an examiner the organiser never registered, a mark for an answer that does not exist,
//! a line cut off mid-write (until `grade` resumes and drops it).

mod exam_support;
mod grade_support;

use std::path::Path;

use exam_support::text;
use grade_support::*;
use tradesim::record::PublicKey;
use tradesim::record::grading::journal::{
    AnswerId, GradingLine, GradingWriter, How, MarkLine, SavedLine, grading_path,
};
use tradesim::record::manifest::SignedManifest;

/// A script marking each candidate as `marks` says, in the examiner's order.
fn script(dir: &Path, examiner: &str, marks: &[(&str, &str)]) -> String {
    let mut s = String::new();
    for (c, pos) in positions(dir, examiner) {
        let Some((_, body)) = marks.iter().find(|(x, _)| *x == c) else {
            continue;
        };
        s.push_str(&format!("answer {pos}\n{body}save\n"));
    }
    let p = dir.join(format!("{examiner}.marks"));
    std::fs::write(&p, s).unwrap();
    p.display().to_string()
}

fn grade(dir: &Path, examiner: &str, script: &str, extra: &[&str]) -> std::process::Output {
    let key = format!("{examiner}.key");
    let mut args = vec![
        "grade",
        "results",
        "--examiner",
        examiner,
        "--key-file",
        &key,
        "--actions",
        script,
    ];
    args.extend_from_slice(extra);
    run(dir, &args)
}

fn first_marking(dir: &Path) {
    let e1 = script(
        dir,
        "e1",
        &[
            (
                "c1",
                "item price confirm\nitem incoterm confirm\nitem tone 2\nitem structure 1\n",
            ),
            (
                "c2",
                "item price confirm\nitem incoterm confirm\nitem tone 0\nitem structure 1\n",
            ),
            (
                "c3",
                "item price confirm\noverride item incoterm 1 \"wrote FOB Ningbo in words\"\nitem tone 2\nitem structure 1\n",
            ),
            (
                "c4",
                "item price confirm\nitem incoterm confirm\nitem tone 0\nitem structure 0\n",
            ),
        ],
    );
    let out = grade(dir, "e1", &e1, &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let shown = text(&out.stdout);
    // blind: every candidate hidden in the list, each named only once its marks are saved
    assert_eq!(shown.matches("(hidden)").count(), 4, "{shown}");
    for (c, _) in REPLIES {
        assert!(!shown.lines().take(5).any(|l| l.contains(c)), "{shown}");
        assert!(shown.contains(&format!("candidate {c}")), "{shown}");
    }
    let e2 = script(
        dir,
        "e2",
        &[
            (
                "c1",
                "item price confirm\nitem incoterm confirm\nitem tone 2\nitem structure 1\n",
            ),
            (
                "c2",
                "item price confirm\nitem incoterm confirm\nitem tone 1\nitem structure 1\n",
            ),
            (
                "c3",
                "item price confirm\nitem incoterm confirm\nitem tone 2\nitem structure 1\n",
            ),
            (
                "c4",
                "item price confirm\nitem incoterm confirm\nitem tone 0\nitem structure 0\n",
            ),
        ],
    );
    let out = grade(dir, "e2", &e2, &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
}

fn report(dir: &Path) -> (String, Option<i32>) {
    let out = run(dir, &with_trust(&["report", "results"]));
    (text(&out.stdout), out.status.code())
}

fn row<'a>(table: &'a str, candidate: &str) -> Vec<&'a str> {
    table
        .lines()
        .find(|l| l.starts_with(&format!("{candidate} ")))
        .unwrap_or_else(|| panic!("no row for {candidate}:\n{table}"))
        .split_whitespace()
        .collect()
}

#[test]
fn two_examiners_an_adjudicator_and_the_report() {
    let t = sat();
    let dir = t.path();
    // before any marking the totals are the machine's items over the points it could judge
    // (c1 4 of 4, c2 2 of 4), provisional
    let (before, _) = report(dir);
    assert_eq!(row(&before, "c1")[1], "100*", "{before}");
    assert_eq!(row(&before, "c2")[1], "50*", "{before}");
    assert!(
        before.contains("written answers: 4 answer(s), examiners none yet"),
        "{before}"
    );
    first_marking(dir);

    let (table, code) = report(dir);
    assert_eq!(code, Some(0), "{table}");
    // Pairs (e1, e2) per item, c1..c4: price (1,1) (1,1) (0,0) (0,0); incoterm (1,1) (0,0)
    // (1,0) (0,0); tone (2,2) (0,1) (2,2) (0,0); structure (1,1) (1,1) (1,1) (0,0).
    // Exact 14 of 16: po = 0.875. Marks 0/1/2: e1 7/7/2, e2 7/7/2, so
    // pe = (49 + 49 + 4) / 256 = 0.3984375 and kappa = 0.4765625 / 0.6015625 = 0.792.
    assert!(
        table.contains("agreement, letter / reply: exact 14/16 (87.5%), Cohen's kappa 0.792"),
        "{table}"
    );
    for (item, exact) in [
        ("price", "4/4 (100.0%)"),
        ("incoterm", "3/4 (75.0%)"),
        ("tone", "3/4 (75.0%)"),
        ("structure", "4/4 (100.0%)"),
    ] {
        assert!(
            table
                .lines()
                .any(|l| l.trim_start().starts_with(item) && l.ends_with(exact)),
            "{item}: {table}"
        );
    }
    assert!(
        table.contains("disagreements (2, 2 awaiting adjudication):"),
        "{table}"
    );
    assert!(
        table.contains("c2 letter / reply item tone: e1 0, e2 1; awaiting"),
        "{table}"
    );
    assert!(
        table.contains("c3 letter / reply item incoterm: e1 1, e2 0; awaiting"),
        "{table}"
    );
    // writing max 7: c1 2+2+2+1 = 7 (100); c4 0; c2 2 + 0 + tone at the lower mark 0 + 1 = 3
    // (43, provisional); c3 0 + incoterm at the lower mark 0 + 2 + 1 = 3 (43, provisional)
    assert_eq!(&row(&table, "c1")[1..3], ["100", "pass"], "{table}");
    assert_eq!(&row(&table, "c2")[1..3], ["43*", "fail"], "{table}");
    assert_eq!(&row(&table, "c3")[1..3], ["43*", "fail"], "{table}");
    assert_eq!(&row(&table, "c4")[1..3], ["0", "fail"], "{table}");

    // the third examiner sees only the two answers in dispute, and settles c3's Incoterm
    let e3 = script(dir, "e3", &[("c3", "item incoterm 1\n")]);
    let positions: Vec<(String, usize)> = {
        // adjudication lists only disagreements, in e3's order among them
        let all = positions(dir, "e3");
        all.into_iter()
            .filter(|(c, _)| c == "c2" || c == "c3")
            .enumerate()
            .map(|(i, (c, _))| (c, i + 1))
            .collect()
    };
    let pos = positions.iter().find(|(c, _)| c == "c3").unwrap().1;
    std::fs::write(
        &e3,
        format!("answer {pos}\noverride item incoterm 1 \"FOB Ningbo, in words\"\nsave\n"),
    )
    .unwrap();
    let out = grade(dir, "e3", &e3, &["--adjudicate"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("2 answer(s), 2 to mark"),
        "{}",
        text(&out.stdout)
    );

    let (table, _) = report(dir);
    assert!(
        table.contains("disagreements (2, 1 awaiting adjudication):"),
        "{table}"
    );
    assert!(
        table.contains("c3 letter / reply item incoterm: e1 1, e2 0; adjudicated by e3: 1"),
        "{table}"
    );
    // c3: 0 + 2 + 2 + 1 = 5 of 7 = 71, final
    assert_eq!(&row(&table, "c3")[1..3], ["71", "pass"], "{table}");
    assert_eq!(&row(&table, "c2")[1..3], ["43*", "fail"], "{table}");
    // the gradebook CSV says which totals may still change
    let out = run(dir, &with_trust(&["report", "results", "--format", "csv"]));
    let csv = text(&out.stdout);
    assert!(
        csv.lines().any(|l| l == "c2,43,fail (provisional),43,0.0"),
        "{csv}"
    );
    assert!(csv.lines().any(|l| l == "c3,71,pass,71,0.0"), "{csv}");
    // the JSON carries the same
    let out = run(dir, &with_trust(&["report", "results", "--format", "json"]));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let kappa = json["grading"]["rubrics"][0]["kappa"].as_f64().unwrap();
    assert!((kappa - 0.4765625 / 0.6015625).abs() < 1e-9);
    assert_eq!(json["candidates"][1]["provisional"], true);

    let out = run(dir, &with_trust(&["verify", "results"]));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert_eq!(text(&out.stdout).matches(".grading.jsonl: ok").count(), 3);

    // a restart keeps the order and shows the candidates already marked
    let empty = dir.join("empty.marks");
    std::fs::write(&empty, "").unwrap();
    let out = grade(dir, "e1", empty.to_str().unwrap(), &[]);
    let shown = text(&out.stdout);
    assert!(shown.contains("4 answer(s), 0 to mark"), "{shown}");
    for (c, pos) in positions_of(dir, "e1") {
        assert!(shown.contains(&format!("{pos:>5}  {c}  letter")), "{shown}");
    }
}

fn positions_of(dir: &Path, examiner: &str) -> Vec<(String, usize)> {
    positions(dir, examiner)
}

fn verify(dir: &Path) -> (String, Option<i32>) {
    let out = run(dir, &with_trust(&["verify", "results"]));
    (text(&out.stdout), out.status.code())
}

#[test]
fn verify_catches_a_changed_byte_an_unknown_examiner_and_a_mark_for_no_answer() {
    let t = sat();
    let dir = t.path();
    first_marking(dir);
    assert_eq!(verify(dir).1, Some(0));

    // one byte changed: a mark of 2 becomes 1
    let j = dir.join("results/e1.grading.jsonl");
    let good = std::fs::read(&j).unwrap();
    let mut bad = good.clone();
    let at = bad
        .windows(8)
        .position(|w| w == b"\"mark\":2")
        .expect("a mark of 2");
    bad[at + 7] = b'1';
    std::fs::write(&j, &bad).unwrap();
    let (out, code) = verify(dir);
    assert_eq!(code, Some(1));
    let line = 1 + good[..at].iter().filter(|b| **b == b'\n').count();
    assert!(
        out.contains(&format!(
            "e1.grading.jsonl: line {line}: tampered: does not verify under examiner `e1`'s key"
        )),
        "{out}"
    );
    // report leaves the journal out and says why
    let (table, code) = report(dir);
    assert_eq!(code, Some(1));
    assert!(table.contains("grading journals left out (1):"), "{table}");
    std::fs::write(&j, &good).unwrap();

    let key = |s: &str| {
        tradesim::record::SealKey::new(format!("{s} grading test key").as_bytes(), "t").unwrap()
    };
    let session = {
        let pk = PublicKey::load(Some(&dir.join("exam.pub"))).unwrap();
        SignedManifest::load(&dir.join("results/session.json"), &pk)
            .unwrap()
            .session
    };
    let results = dir.join("results");
    let a_mark = |examiner: &str, answer: AnswerId| {
        GradingLine::Mark(MarkLine {
            examiner: examiner.into(),
            at: 1,
            answer,
            item: "tone".into(),
            mark: 2,
            how: How::Level,
            reason: None,
            adjudication: false,
        })
    };
    // someone the organiser never registered writes marks with a key of their own
    let mut o =
        GradingWriter::open(&grading_path(&results, "e9"), "e9", &key("e9"), &session, 1).unwrap();
    let real = {
        let text = String::from_utf8(good).unwrap();
        let line = text
            .lines()
            .find(|l| l.contains("\"kind\":\"mark\""))
            .unwrap();
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        serde_json::from_value::<AnswerId>(v["answer"].clone()).unwrap()
    };
    o.writer.append(&a_mark("e9", real.clone())).unwrap();
    let (out, code) = verify(dir);
    assert_eq!(code, Some(1));
    assert!(
        out.contains("e9.grading.jsonl: line 1: unknown examiner `e9`: the organiser's examiners file does not register this id"),
        "{out}"
    );
    // nor may they mark through `grade`
    let out = run(
        dir,
        &[
            "grade",
            "results",
            "--examiner",
            "e9",
            "--key-file",
            "e1.key",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("examiner `e9` is not registered"),
        "{}",
        text(&out.stderr)
    );
    // and e2's key is not e1's
    let out = run(
        dir,
        &[
            "grade",
            "results",
            "--examiner",
            "e1",
            "--key-file",
            "e2.key",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("is not the one the organiser registered for examiner `e1`")
    );
    std::fs::remove_file(grading_path(&results, "e9")).unwrap();

    // a registered examiner's signed mark for an answer no record holds
    let e4 = tradesim::record::SealKey::load(Some(&dir.join("e4.key"))).unwrap();
    let mut o = GradingWriter::open(&grading_path(&results, "e4"), "e4", &e4, &session, 1).unwrap();
    let ghost = AnswerId {
        candidate: "c9".into(),
        ..real.clone()
    };
    o.writer.append(&a_mark("e4", ghost)).unwrap();
    o.writer
        .append(&GradingLine::Saved(SavedLine {
            examiner: "e4".into(),
            at: 2,
            answer: real,
            adjudication: false,
        }))
        .unwrap();
    drop(o);
    let (out, code) = verify(dir);
    assert_eq!(code, Some(1));
    assert!(
        out.contains("e4.grading.jsonl: line 2: a mark for an answer that does not exist in any verified record (record "),
        "{out}"
    );
    assert!(out.contains("candidate c9, part 1, node reply"), "{out}");
    std::fs::remove_file(grading_path(&results, "e4")).unwrap();

    // a line cut off mid-write is reported, then dropped (and said) when grading resumes
    let j2 = dir.join("results/e2.grading.jsonl");
    let mut f = std::fs::OpenOptions::new().append(true).open(&j2).unwrap();
    std::io::Write::write_all(&mut f, b"{\"kind\":\"mark\",\"exa").unwrap();
    drop(f);
    let (out, code) = verify(dir);
    assert_eq!(code, Some(1));
    assert!(
        out.contains("cut off mid-write (19 byte(s) without a newline)"),
        "{out}"
    );
    let empty = dir.join("empty.marks");
    std::fs::write(&empty, "").unwrap();
    let out = grade(dir, "e2", empty.to_str().unwrap(), &[]);
    assert!(out.status.success());
    assert!(text(&out.stderr).contains("dropped a cut-off last line of 19 bytes"));
    assert_eq!(verify(dir).1, Some(0), "{}", verify(dir).0);
}

#[test]
fn script_mistakes_are_located_and_save_nothing() {
    let t = sat();
    let dir = t.path();
    let p = dir.join("bad.marks");
    for (body, why) in [
        ("item tone 2\n", "bad.marks:1: open an answer first"),
        (
            "answer 9\n",
            "bad.marks:1: there is no answer 9 (the list has 4)",
        ),
        (
            "answer 1\nitem tone 3\n",
            "bad.marks:2: item `tone` takes a level from 0 to 2",
        ),
        (
            "answer 1\nitem wording 1\n",
            "bad.marks:2: no item `wording` in this rubric (items: price, incoterm, tone, structure)",
        ),
        (
            "answer 1\noverride item price 1\n",
            "bad.marks:2: expected the reason in double quotes",
        ),
        (
            "answer 1\nitem tone confirm\n",
            "bad.marks:2: item `tone` is an examiner item: give it a level",
        ),
        (
            "answer 1\nitem price 1\n",
            "bad.marks:2: item `price` is automatic: confirm or override it",
        ),
        (
            "answer 1\nitem tone 2\nsave\n",
            "bad.marks:3: not saved: item(s) not marked yet: price, incoterm, structure",
        ),
    ] {
        std::fs::write(&p, body).unwrap();
        let out = grade(dir, "e1", p.to_str().unwrap(), &[]);
        assert_eq!(out.status.code(), Some(2), "{body}");
        assert!(
            text(&out.stderr).contains(why),
            "{body}: {}",
            text(&out.stderr)
        );
    }
    let j = std::fs::read_to_string(dir.join("results/e1.grading.jsonl")).unwrap();
    assert!(!j.contains("\"kind\":\"mark\""), "{j}");
}

#[test]
fn a_candidate_cannot_add_an_examiner() {
    let t = sat();
    let dir = t.path();
    first_marking(dir);
    // c1 makes a key, writes themselves into the examiners file and signs it as they can
    let path = dir.join("results/examiners.json");
    let (mut ex, _) = tradesim::record::grading::SignedExaminers::load(
        &path,
        Some(&PublicKey::load(Some(&dir.join("exam.pub"))).unwrap()),
        &SignedManifest::read_unchecked(&dir.join("results/session.json"))
            .unwrap()
            .session,
    )
    .unwrap();
    let own =
        tradesim::record::SealKey::new(b"c1's very own key, not the organiser's", "t").unwrap();
    ex.add("c1x", &own.public()).unwrap();
    ex.key_id = own.id();
    ex.sign(&own).write(&path).unwrap();
    let (out, code) = {
        let o = run(dir, &with_trust(&["verify", "results"]));
        (text(&o.stdout), o.status.code())
    };
    assert_eq!(code, Some(1));
    assert!(
        out.contains("e1.grading.jsonl: ") && out.contains("examiners.json: signed by another key"),
        "{out}"
    );
    // grade holds the examiners file to the session, which the organiser signed
    let empty = dir.join("empty.marks");
    std::fs::write(&empty, "").unwrap();
    let o = run(
        dir,
        &[
            "grade",
            "results",
            "--examiner",
            "e1",
            "--key-file",
            "e1.key",
            "--actions",
            empty.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr).contains("the session was signed by another key"),
        "{}",
        text(&o.stderr)
    );
}
