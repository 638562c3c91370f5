//! Session, journal and verify together, on the fixture project in tests/fixtures/exam,
//! with a hand-driven clock: no sleeping.

use std::path::{Path, PathBuf};

use super::assessment::{AssessmentFiles, Exam, library_for};
use super::clock::ManualClock;
use super::grade::SubmitReason;
use super::journal::{Line, parse, read_bytes};
use super::seal::SealKey;
use super::session::{ActError, Acted, Opened, Session, SessionError, Start, journal_path};
use super::verify::{Verdict, Verifier};
use crate::playtest::{Agent, Policy};
use crate::scenario::library::Library;

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        let dest = to.join(e.file_name());
        if p.is_dir() {
            copy_dir(&p, &dest);
        } else {
            std::fs::copy(&p, &dest).unwrap();
        }
    }
}

pub(super) struct Fixture {
    pub(super) dir: tempfile::TempDir,
    pub(super) exam: Exam,
}

impl Fixture {
    pub(super) fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exam"),
            dir.path(),
        );
        let exam = Fixture::load(dir.path());
        Fixture { dir, exam }
    }
    pub(super) fn load(root: &Path) -> Exam {
        let files =
            AssessmentFiles::from_path(&root.join("scenarios/assessments/practice.ron")).unwrap();
        let lib = library_for(&files, &[]).unwrap();
        Exam::load(files, lib).unwrap_or_else(|d| panic!("{d:?}"))
    }
    pub(super) fn results(&self) -> PathBuf {
        self.dir.path().join("results")
    }
    pub(super) fn library(&self) -> Library {
        Library::with_folders(&[self.dir.path().to_path_buf()]).unwrap()
    }
    pub(super) fn open(
        &self,
        candidate: &str,
        clock: &ManualClock,
    ) -> Result<Session, SessionError> {
        Session::open(
            &self.exam,
            candidate,
            &self.results(),
            &key(),
            &start(),
            Box::new(clock.clone()),
        )
    }
}

pub(super) fn key() -> SealKey {
    SealKey::new(b"test key, not for exams", "test").unwrap()
}

pub(super) fn start() -> Start {
    Start {
        seed: Some(7),
        locale: "en-US".into(),
        ..Start::default()
    }
}

/// Play `n` agent actions (or to the end), a minute apart.
pub(super) fn play(
    s: &mut Session,
    agent: &mut Agent,
    clock: &ManualClock,
    n: usize,
) -> Option<Acted> {
    let mut last = None;
    for _ in 0..n {
        if s.result().is_some() {
            break;
        }
        clock.advance(60_000);
        let p = s.current();
        let action = agent.next(s.scenario(p), s.attempt(p)).expect("an action");
        last = Some(s.act(action).unwrap());
    }
    last
}

#[test]
fn a_completed_exam_is_sealed_verifies_and_cannot_restart() {
    let f = Fixture::new();
    let clock = ManualClock::starting_at(1_700_000_000_000);
    let mut s = f.open("c1", &clock).unwrap();
    assert_eq!(s.opened(), &Opened::Fresh);
    let last = play(&mut s, &mut Agent::new(Policy::First, 1), &clock, 100);
    let Some(Acted::Completed(r)) = last else {
        panic!("expected completion, got {last:?}")
    };
    assert_eq!(r.reason, SubmitReason::Completed);
    assert_eq!(r.parts.len(), 3);
    assert!(!r.parts[0].scored && r.parts.iter().all(|p| p.finished));
    assert_eq!(r.sessions, 1);
    // a minute per action
    assert_eq!(r.time_used_ms, 60_000 * s.actions_recorded() as u64);
    assert_eq!(
        r.parts.iter().map(|p| p.time_ms).sum::<u64>(),
        r.time_used_ms
    );
    let path = s.path().to_path_buf();
    drop(s);

    let rec = parse(&read_bytes(&path).unwrap(), &key().public()).unwrap();
    assert!(rec.sealed);
    let lib = f.library();
    let k = key().public();
    let v = Verifier::new(&lib, &k).verify_file(&path);
    assert_eq!(v.verdict, Verdict::Ok);

    let before = std::fs::read(&path).unwrap();
    match f.open("c1", &clock) {
        Err(SessionError::AlreadySealed { .. }) => {}
        other => panic!("expected AlreadySealed, got {other:?}"),
    }
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "a refused restart changes nothing"
    );
}

#[test]
fn time_up_submits_as_it_stands_without_sleeping() {
    let f = Fixture::new();
    let clock = ManualClock::starting_at(1_700_000_000_000);
    let mut s = f.open("c2", &clock).unwrap();
    play(&mut s, &mut Agent::new(Policy::First, 1), &clock, 2);
    assert_eq!(s.time_left_ms(), 28 * 60_000);
    clock.advance(27 * 60_000);
    assert_eq!(s.tick().unwrap(), None);
    clock.advance(60_000);
    let r = s.tick().unwrap().expect("submitted at time-up");
    assert_eq!(r.reason, SubmitReason::TimeUp);
    assert_eq!(r.time_used_ms, 30 * 60_000);
    assert!(!r.pass);
    assert!(!r.parts[0].finished, "the warm-up was cut short");
    assert!(matches!(
        s.act(crate::engine::Action::Choose(0)),
        Err(ActError::Submitted)
    ));
    assert_eq!(s.tick().unwrap(), None);
}

#[test]
fn an_action_after_time_up_is_not_recorded() {
    let f = Fixture::new();
    let clock = ManualClock::starting_at(1_700_000_000_000);
    let mut s = f.open("c3", &clock).unwrap();
    clock.advance(31 * 60_000);
    let r = s.act(crate::engine::Action::Choose(0)).unwrap();
    let Acted::TimeUp(r) = r else { panic!("{r:?}") };
    assert_eq!(r.parts[0].actions, 0);
    assert_eq!(s.actions_recorded(), 0);
}

#[test]
fn heartbeats_keep_active_time_across_a_crash() {
    let f = Fixture::new();
    let clock = ManualClock::starting_at(1_700_000_000_000);
    let mut s = f.open("c4", &clock).unwrap();
    play(&mut s, &mut Agent::new(Policy::First, 1), &clock, 1);
    for _ in 0..8 {
        clock.advance(5_000);
        s.tick().unwrap();
    }
    // 100 s in, last heartbeat at 90 s; then the process dies and comes back an hour later
    drop(s);
    clock.advance(3_600_000);
    let s = f.open("c4", &clock).unwrap();
    assert_eq!(
        s.opened(),
        &Opened::Resumed {
            actions: 1,
            dropped_bytes: 0
        }
    );
    assert_eq!(
        s.used_ms(),
        90_000,
        "down time is not counted on the Active clock"
    );
}

#[test]
fn a_resumed_exam_ends_like_an_uninterrupted_one() {
    let f = Fixture::new();
    let clock = ManualClock::starting_at(1_700_000_000_000);
    let mut once = f.open("whole", &clock).unwrap();
    let Some(Acted::Completed(whole)) =
        play(&mut once, &mut Agent::new(Policy::Random, 3), &clock, 100)
    else {
        panic!("not completed")
    };
    let total_actions = once.actions_recorded();
    drop(once);

    let mut agent = Agent::new(Policy::Random, 3);
    let mut done = None;
    for round in 0.. {
        let mut s = f.open("parts", &clock).unwrap();
        if round > 0 {
            assert!(matches!(s.opened(), Opened::Resumed { .. }));
        }
        match play(&mut s, &mut agent, &clock, 2) {
            Some(Acted::Completed(r)) => {
                done = Some((r, round));
                break;
            }
            _ => drop(s),
        }
    }
    let (split, rounds) = done.unwrap();
    assert!(rounds >= 2);
    assert_eq!(split.sessions as usize, rounds + 1);
    let strip = |mut r: crate::record::ExamResult| {
        r.sessions = 0;
        r
    };
    assert_eq!(
        strip(split),
        strip(whole),
        "same actions, same minutes: same result"
    );
    let a = parse(
        &read_bytes(&journal_path(&f.results(), "whole")).unwrap(),
        &key().public(),
    )
    .unwrap();
    let b = parse(
        &read_bytes(&journal_path(&f.results(), "parts")).unwrap(),
        &key().public(),
    )
    .unwrap();
    let actions = |r: &super::journal::Record| {
        r.lines
            .iter()
            .filter_map(|l| match l {
                Line::Action(a) => Some((a.part, a.action.clone())),
                _ => None,
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(actions(&a).len(), total_actions);
    assert_eq!(actions(&a), actions(&b));
}

#[test]
fn a_journal_cut_mid_line_resumes_without_the_cut_line() {
    let f = Fixture::new();
    let clock = ManualClock::starting_at(1_700_000_000_000);
    let mut s = f.open("c5", &clock).unwrap();
    play(&mut s, &mut Agent::new(Policy::First, 1), &clock, 3);
    let path = s.path().to_path_buf();
    drop(s);
    let bytes = std::fs::read(&path).unwrap();
    // cut the last line (the third action) in half
    let last_start = bytes[..bytes.len() - 1]
        .iter()
        .rposition(|b| *b == b'\n')
        .unwrap()
        + 1;
    let cut = last_start + (bytes.len() - last_start) / 2;
    std::fs::write(&path, &bytes[..cut]).unwrap();

    let mut s = f.open("c5", &clock).unwrap();
    assert_eq!(
        s.opened(),
        &Opened::Resumed {
            actions: 2,
            dropped_bytes: (cut - last_start) as u64
        }
    );
    let r = play(&mut s, &mut Agent::new(Policy::First, 1), &clock, 100);
    assert!(matches!(r, Some(Acted::Completed(_))));
    drop(s);
    let lib = f.library();
    let k = key().public();
    assert_eq!(
        Verifier::new(&lib, &k).verify_file(&path).verdict,
        Verdict::Ok
    );
}

#[test]
fn a_journal_changed_while_paused_is_refused_and_left_alone() {
    let f = Fixture::new();
    let clock = ManualClock::starting_at(1_700_000_000_000);
    let mut s = f.open("c6", &clock).unwrap();
    play(&mut s, &mut Agent::new(Policy::First, 1), &clock, 2);
    let path = s.path().to_path_buf();
    drop(s);
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replacen("\"choose 1\"", "\"choose 2\"", 1);
    std::fs::write(&path, &text).unwrap();
    match f.open("c6", &clock) {
        Err(SessionError::Journal { problem, .. }) => {
            assert!(problem.to_string().contains("line 2"), "{problem}")
        }
        other => panic!("expected a journal problem, got {other:?}"),
    }
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    // and under another key, the header itself does not verify
    let other = SealKey::new(b"another key of 16+ bytes", "k").unwrap();
    let e = Session::open(
        &f.exam,
        "c6",
        &f.results(),
        &other,
        &start(),
        Box::new(clock.clone()),
    )
    .unwrap_err();
    assert!(e.to_string().contains("signed by another key"), "{e}");
}

#[test]
fn the_same_candidate_cannot_be_open_twice() {
    let f = Fixture::new();
    let clock = ManualClock::starting_at(1_700_000_000_000);
    let _s = f.open("c7", &clock).unwrap();
    let e = f.open("c7", &clock).unwrap_err();
    assert!(matches!(e, SessionError::Locked(_)), "{e:?}");
    assert!(
        e.to_string()
            .contains(&format!("process {}", std::process::id())),
        "{e}"
    );
}

#[test]
fn unwritable_results_and_bad_ids_are_clear_errors() {
    let f = Fixture::new();
    let clock = ManualClock::starting_at(1_700_000_000_000);
    let file = f.dir.path().join("not-a-folder");
    std::fs::write(&file, "x").unwrap();
    let e = Session::open(
        &f.exam,
        "c8",
        &file.join("results"),
        &key(),
        &start(),
        Box::new(clock.clone()),
    )
    .unwrap_err();
    assert!(matches!(e, SessionError::Results { .. }), "{e:?}");
    assert!(
        e.to_string().contains("cannot write the results folder"),
        "{e}"
    );
    for bad in ["", "../x", "a/b", ".hidden", "名字"] {
        assert!(
            matches!(f.open(bad, &clock), Err(SessionError::BadCandidate(_))),
            "{bad}"
        );
    }
    let mut st = start();
    st.locale = "fr-FR".into();
    let e = Session::open(&f.exam, "c9", &f.results(), &key(), &st, Box::new(clock)).unwrap_err();
    assert!(matches!(e, SessionError::BadLocale { .. }), "{e:?}");
}

#[test]
fn a_changed_scenario_blocks_resume_and_fails_verify() {
    let f = Fixture::new();
    let clock = ManualClock::starting_at(1_700_000_000_000);
    let mut s = f.open("c10", &clock).unwrap();
    play(&mut s, &mut Agent::new(Policy::First, 1), &clock, 100);
    let mut p = f.open("c11", &clock).unwrap();
    play(&mut p, &mut Agent::new(Policy::First, 1), &clock, 2);
    drop((s, p));
    let tut4 = f.dir.path().join("scenarios/tut4.ron");
    let text = std::fs::read_to_string(&tut4)
        .unwrap()
        .replace("pass_mark: 60", "pass_mark: 61");
    std::fs::write(&tut4, text).unwrap();
    let exam = Fixture::load(f.dir.path());
    let e = Session::open(
        &exam,
        "c11",
        &f.results(),
        &key(),
        &start(),
        Box::new(clock),
    )
    .unwrap_err();
    assert!(
        matches!(&e, SessionError::Changed { what, .. } if what.contains("tut4")),
        "{e:?}"
    );
    let lib = f.library();
    let k = key().public();
    let v = Verifier::new(&lib, &k).verify_file(&journal_path(&f.results(), "c10"));
    assert!(
        matches!(&v.verdict, Verdict::ScenarioChanged(d) if d.contains("tut4")),
        "{:?}",
        v.verdict
    );
}

#[test]
fn every_single_byte_flip_of_a_sealed_record_is_caught() {
    let f = Fixture::new();
    let clock = ManualClock::starting_at(1_700_000_000_000);
    let mut s = f.open("c12", &clock).unwrap();
    play(&mut s, &mut Agent::new(Policy::First, 1), &clock, 100);
    let path = s.path().to_path_buf();
    drop(s);
    let bytes = std::fs::read(&path).unwrap();
    let lib = f.library();
    let k = key().public();
    let mut v = Verifier::new(&lib, &k);
    assert_eq!(v.verify_bytes(&path, &bytes).verdict, Verdict::Ok);
    for i in 0..bytes.len() {
        // every byte once; other bit patterns on a sample
        let flips: &[u8] = if i % 11 == 0 {
            &[0x01, 0x20, 0x80]
        } else {
            &[0x01]
        };
        for &flip in flips {
            let mut b = bytes.clone();
            b[i] ^= flip;
            let verdict = v.verify_bytes(&path, &b).verdict;
            assert!(
                matches!(
                    verdict,
                    Verdict::Tampered(_) | Verdict::Unreadable(_) | Verdict::OtherKey(_)
                ),
                "byte {i} ^ {flip:#x}: {verdict:?}"
            );
            if i > 40 {
                // a flipped key id in the seal names another key
                assert!(
                    matches!(verdict, Verdict::Tampered(_) | Verdict::OtherKey(_)),
                    "byte {i} ^ {flip:#x}: {verdict:?}"
                );
            }
        }
    }
}

#[test]
fn wall_clock_counts_time_while_closed() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exam"),
        dir.path(),
    );
    let ron = dir.path().join("scenarios/assessments/practice.ron");
    let text = std::fs::read_to_string(&ron).unwrap().replace(
        "debrief: AfterExam,",
        "debrief: AfterExam,\n    clock: Wall,",
    );
    std::fs::write(&ron, text).unwrap();
    let exam = Fixture::load(dir.path());
    let clock = ManualClock::starting_at(1_700_000_000_000);
    let results = dir.path().join("results");
    let s = Session::open(
        &exam,
        "w1",
        &results,
        &key(),
        &start(),
        Box::new(clock.clone()),
    )
    .unwrap();
    drop(s);
    clock.advance(31 * 60_000);
    let s = Session::open(&exam, "w1", &results, &key(), &start(), Box::new(clock)).unwrap();
    let r = s.result().expect("submitted on reopening");
    assert_eq!(
        (r.reason, r.time_used_ms),
        (SubmitReason::TimeUp, 30 * 60_000)
    );
}

#[test]
fn lint_finds_unused_titles_and_passes_the_fixture() {
    let f = Fixture::new();
    let files = AssessmentFiles::in_folder(f.dir.path()).unwrap();
    assert_eq!(files.len(), 1);
    assert_eq!(
        super::lint::lint_target(&files, &[]),
        vec![],
        "the fixture is clean"
    );
    let ftl = f.dir.path().join("locales/en-US/assessments.ftl");
    let mut text = std::fs::read_to_string(&ftl).unwrap();
    text.push_str("spare-title = Never used\n");
    std::fs::write(&ftl, text).unwrap();
    let files = AssessmentFiles::in_folder(f.dir.path()).unwrap();
    let d = super::lint::lint_target(&files, &[]);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(
        (d[0].code.name(), d[0].line, d[0].is_error()),
        ("unused-message", 2, false)
    );
    assert!(
        d[0].file.ends_with("locales/en-US/assessments.ftl"),
        "{}",
        d[0].file
    );
}

#[test]
fn a_crash_while_submitting_is_finished_on_reopening() {
    let f = Fixture::new();
    let clock = ManualClock::starting_at(1_700_000_000_000);
    let mut s = f.open("c13", &clock).unwrap();
    let Some(Acted::Completed(full)) = play(&mut s, &mut Agent::new(Policy::First, 1), &clock, 100)
    else {
        panic!("not completed")
    };
    let path = s.path().to_path_buf();
    drop(s);
    let sealed = std::fs::read(&path).unwrap();
    let lines: Vec<&[u8]> = sealed.split_inclusive(|b| *b == b'\n').collect();
    let lib = f.library();
    let k = key().public();
    // cut before the seal, then before the result, then halfway through the result
    for keep in [lines.len() - 1, lines.len() - 2] {
        std::fs::write(&path, lines[..keep].concat()).unwrap();
        assert!(matches!(
            Verifier::new(&lib, &k).verify_file(&path).verdict,
            Verdict::Unfinished(_)
        ));
        let s = f.open("c13", &clock).unwrap();
        assert_eq!(s.result(), Some(&full));
        drop(s);
        assert_eq!(
            Verifier::new(&lib, &k).verify_file(&path).verdict,
            Verdict::Ok
        );
    }
    let mut cut = lines[..lines.len() - 2].concat();
    cut.extend_from_slice(&lines[lines.len() - 2][..40]);
    std::fs::write(&path, &cut).unwrap();
    let s = f.open("c13", &clock).unwrap();
    assert_eq!(s.result(), Some(&full));
}

#[test]
fn a_first_start_outside_the_window_is_refused_and_resuming_after_it_is_not() {
    let f = Fixture::new();
    let clock = ManualClock::starting_at(1_700_000_000_000);
    let at = |from: u64, to: u64| Start {
        window: Some((from, to)),
        ..start()
    };
    let open = |st: &Start| {
        Session::open(
            &f.exam,
            "w9",
            &f.results(),
            &key(),
            st,
            Box::new(clock.clone()),
        )
    };
    let early = open(&at(1_700_000_000_001, 1_800_000_000_000)).unwrap_err();
    assert!(matches!(early, SessionError::Window(_)), "{early}");
    let late = open(&at(0, 1_700_000_000_000)).unwrap_err();
    assert!(
        late.to_string()
            .starts_with("this session can be started from"),
        "{late}"
    );
    assert!(!journal_path(&f.results(), "w9").exists());
    drop(open(&at(0, 1_700_000_000_001)).unwrap());
    // the window has closed, but a started exam resumes
    clock.advance(60_000);
    assert!(open(&at(0, 1_700_000_000_001)).is_ok());
}

/// Issue 12: each candidate's seed selects a variant of a parametric scenario; the record
/// states it, verify draws it again from the seed, and a param changed in the journal (even
/// re-signed with the organiser's key) is caught.
#[test]
fn a_parametric_exam_states_its_variant_and_verify_catches_a_tampered_param() {
    use super::assessment::PartVariant;
    use super::journal::JournalWriter;
    let f = Fixture::new();
    let ron = f.dir.path().join("scenarios/assessments/param.ron");
    std::fs::write(
        &ron,
        r#"Assessment(id: "param", version: 1, title: "practice-title", parts: [Scenario("customs")], minutes: 60, pass_mark: 60, debrief: AfterExam, locales: ["en-US", "zh-CN"])"#,
    )
    .unwrap();
    let files = AssessmentFiles::from_path(&ron).unwrap();
    let lib = library_for(&files, &[]).unwrap();
    let exam = Exam::load(files, lib).unwrap_or_else(|d| panic!("{d:?}"));
    let clock = ManualClock::starting_at(1_700_000_000_000);
    let mut s = Session::open(
        &exam,
        "p1",
        &f.results(),
        &key(),
        &start(),
        Box::new(clock.clone()),
    )
    .unwrap();
    let last = play(&mut s, &mut Agent::new(Policy::First, 1), &clock, 200);
    assert!(matches!(last, Some(Acted::Completed(_))), "{last:?}");
    let customs = s.scenario(0).clone();
    let path = s.path().to_path_buf();
    drop(s);

    let k = key().public();
    let rec = parse(&read_bytes(&path).unwrap(), &k).unwrap();
    let part = &rec.header.parts[0];
    let stated = part
        .variant
        .clone()
        .expect("a parametric part states its variant");
    assert_eq!(Some(stated.clone()), PartVariant::of(&customs, part.seed));
    assert!(stated.code.starts_with("V-"), "{}", stated.code);
    assert!(stated.values.contains_key("product_hs"), "{stated:?}");
    let lib = f.library();
    let verified = Verifier::new(&lib, &k).verify_file(&path);
    assert_eq!(verified.verdict, Verdict::Ok);
    // the report names the paper each candidate sat
    let report = super::report::build(std::slice::from_ref(&verified), None, &[]).unwrap();
    assert_eq!(report.candidates[0].variants, vec![stated.code.clone()]);
    let table = super::report::table(&report);
    assert!(
        table.contains("variants") && table.contains(&stated.code),
        "{table}"
    );

    // the same record with another product code stated, every line signed again by the
    // organiser's key: the signatures hold, the variant does not
    let mut header = rec.header.clone();
    let values = &mut header.parts[0].variant.as_mut().unwrap().values;
    let real = values
        .insert("product_hs".into(), "9999.99".into())
        .unwrap();
    let forged = f.results().join("p9.record.jsonl");
    let mut w = JournalWriter::create(&forged, &header, &key(), None).unwrap();
    for line in rec.lines.iter().skip(1) {
        if !matches!(line, Line::Seal(_)) {
            w.append(line).unwrap();
        }
    }
    w.seal().unwrap();
    drop(w);
    let v = Verifier::new(&lib, &k).verify_file(&forged);
    let Verdict::Tampered(why) = &v.verdict else {
        panic!("expected tampered, got {:?}", v.verdict)
    };
    assert!(
        why.contains("product_hs=9999.99") && why.contains(&format!("product_hs={real}")),
        "{why}"
    );
}
