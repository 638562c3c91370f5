//! Proctor orders in a session, with a hand-driven clock: a pause stops the clock and
//! the candidate's actions and gives back exactly the time it held; an extension lets the
//! candidate act past the original limit; a hand-in seals the record; verify holds every
//! copied order to the signed session log.

use super::clock::{Clock, ManualClock};
use super::grade::SubmitReason;
use super::journal::{Line, encode_record, parse, read_bytes};
use super::proctor_log::{LogWriter, Order, log_path, read as read_log};
use super::session::{ActError, Session};
use super::tests::{Fixture, copy_dir, key, play, start};
use super::verify::{Verdict, Verifier};
use crate::engine::Action;
use crate::playtest::{Agent, Policy};
use crate::scenario::library::Library;

fn next(s: &Session, agent: &mut Agent) -> Action {
    let p = s.current();
    agent.next(s.scenario(p), s.attempt(p)).expect("an action")
}

/// A record's lines less the copies of some orders.
fn without(lines: &[Line], drop: impl Fn(&Order) -> bool) -> Vec<Line> {
    lines
        .iter()
        .filter(|l| !matches!(l, Line::Proctor(p) if drop(&p.order)))
        .cloned()
        .collect()
}

/// A record's lines signed again with the organiser's key.
fn resign(lines: &[Line]) -> Vec<u8> {
    encode_record(lines, &key())
}

#[test]
fn a_pause_stops_the_clock_and_actions_and_resume_gives_the_time_back_exactly() {
    let f = Fixture::new();
    let clock = ManualClock::starting_at(1_700_000_000_000);
    let mut s = f.open("c1", &clock).unwrap();
    let mut log = LogWriter::open(&f.results(), &key(), "S").unwrap();
    let mut agent = Agent::new(Policy::First, 1);
    play(&mut s, &mut agent, &clock, 2);
    clock.advance(1_234);
    let before = s.time_left_ms();
    assert_eq!(before, 28 * 60_000 - 1_234);
    let pause = Order::Pause {
        reason: "fire alarm".into(),
    };
    let e = log.append(clock.wall_ms(), pause).unwrap();
    assert_eq!(s.proctor(&e).unwrap(), None);
    assert!(s.is_paused());
    // longer than the time that was left: nothing runs out while paused
    clock.advance(45 * 60_000);
    assert_eq!(s.time_left_ms(), before);
    assert_eq!(s.tick().unwrap(), None);
    let a = next(&s, &mut agent);
    assert!(matches!(s.act(a.clone()), Err(ActError::Paused)));
    let e = log.append(clock.wall_ms(), Order::Resume).unwrap();
    s.proctor(&e).unwrap();
    assert!(!s.is_paused());
    assert_eq!(
        s.time_left_ms(),
        before,
        "resume gives back exactly the time left"
    );
    clock.advance(60_000);
    assert_eq!(s.time_left_ms(), before - 60_000);
    s.act(a).unwrap();
    // a candidate who comes back while the room is still paused is paused again
    let again = log
        .append(
            clock.wall_ms(),
            Order::Pause {
                reason: "second alarm".into(),
            },
        )
        .unwrap();
    s.proctor(&again).unwrap();
    drop(s);
    let mut s = f.open("c1", &clock).unwrap();
    assert!(!s.is_paused(), "a new sitting starts running");
    s.proctor(&again).unwrap();
    assert!(
        s.is_paused(),
        "the pause in force holds the reopened sitting"
    );
    clock.advance(10 * 60_000);
    assert_eq!(s.time_left_ms(), before - 60_000);
    let e = log.append(clock.wall_ms(), Order::Resume).unwrap();
    s.proctor(&e).unwrap();
    // a crash and a reopen: the pauses still do not count
    drop(s);
    let mut s = f.open("c1", &clock).unwrap();
    assert_eq!(s.time_left_ms(), before - 60_000);
    let r = s.hand_in().unwrap();
    assert_eq!(r.time_used_ms, 30 * 60_000 - (before - 60_000));
    let path = s.path().to_path_buf();
    drop(s);
    let lib = f.library();
    let k = key().public();
    let log = read_log(&f.results(), &k, "S").map_err(|p| p.to_string());
    let v = Verifier::new(&lib, &k).with_log(log).verify_file(&path);
    assert_eq!(v.verdict, Verdict::Ok);

    // the same record with the pause taken out and signed again: the action taken while
    // paused is named
    let rec = parse(&read_bytes(&path).unwrap(), &k).unwrap();
    let lines = without(&rec.lines, |o| matches!(o, Order::Resume));
    let v = Verifier::new(&lib, &k).verify_bytes(&path, &resign(&lines));
    assert!(
        matches!(&v.verdict, Verdict::ReplayMismatch(d) if d.contains("while the room was paused")),
        "{:?}",
        v.verdict
    );
}

#[test]
fn an_extension_gives_time_past_the_limit_and_only_a_logged_one_verifies() {
    let f = Fixture::new();
    let clock = ManualClock::starting_at(1_700_000_000_000);
    let mut s = f.open("c2", &clock).unwrap();
    let mut log = LogWriter::open(&f.results(), &key(), "S").unwrap();
    let mut agent = Agent::new(Policy::First, 1);
    play(&mut s, &mut agent, &clock, 1);
    assert_eq!(s.time_left_ms(), 29 * 60_000);
    let ext = Order::Extend {
        candidate: "c2".into(),
        minutes: 10,
        reason: "accommodation: extra time".into(),
    };
    // another candidate's extension does nothing here
    let other = Order::Extend {
        candidate: "c9".into(),
        minutes: 50,
        reason: "not yours".into(),
    };
    let e = log.append(clock.wall_ms(), other).unwrap();
    s.proctor(&e).unwrap();
    assert_eq!(s.time_left_ms(), 29 * 60_000);
    let e = log.append(clock.wall_ms(), ext).unwrap();
    s.proctor(&e).unwrap();
    s.proctor(&e).unwrap(); // copied once only
    assert_eq!(s.time_left_ms(), 39 * 60_000);
    assert_eq!(s.limit_ms(), 40 * 60_000);
    // past the assessment's 30 minutes, within the extension
    clock.advance(33 * 60_000);
    assert_eq!(s.tick().unwrap(), None);
    let a = next(&s, &mut agent);
    s.act(a).unwrap();
    let e = log
        .append(
            clock.wall_ms(),
            Order::HandIn {
                candidate: "c2".into(),
                reason: "end of the sitting".into(),
            },
        )
        .unwrap();
    let r = s.proctor(&e).unwrap().expect("handed in");
    assert_eq!(r.reason, SubmitReason::Proctor);
    assert!(s.result().is_some());
    let path = s.path().to_path_buf();
    drop(s);

    let lib = f.library();
    let k = key().public();
    let good = read_log(&f.results(), &k, "S").map_err(|p| p.to_string());
    let v = Verifier::new(&lib, &k)
        .with_log(good.clone())
        .verify_file(&path);
    assert_eq!(v.verdict, Verdict::Ok);

    // the extension taken out and the record signed again: its time is beyond the limit
    let rec = parse(&read_bytes(&path).unwrap(), &k).unwrap();
    let lines = without(&rec.lines, |o| matches!(o, Order::Extend { .. }));
    let v = Verifier::new(&lib, &k)
        .with_log(good.clone())
        .verify_bytes(&path, &resign(&lines));
    assert!(
        matches!(&v.verdict, Verdict::ReplayMismatch(d) if d.contains("after the time limit")),
        "{:?}",
        v.verdict
    );

    // an extension of 20 minutes where the log gave 10
    let lines: Vec<Line> = rec
        .lines
        .iter()
        .map(|l| match l {
            Line::Proctor(p) => {
                let mut p = p.clone();
                if let Order::Extend { minutes, .. } = &mut p.order {
                    *minutes = 20;
                }
                Line::Proctor(p)
            }
            l => l.clone(),
        })
        .collect();
    let v = Verifier::new(&lib, &k)
        .with_log(good)
        .verify_bytes(&path, &resign(&lines));
    assert!(
        matches!(&v.verdict, Verdict::Tampered(d) if d.contains("differs from proctor.log.jsonl line 2")),
        "{:?}",
        v.verdict
    );

    // the log with one byte changed is refused, and so is every record citing it
    let lp = log_path(&f.results());
    let mut bytes = std::fs::read(&lp).unwrap();
    let i = bytes.windows(7).position(|w| w == b"sitting").unwrap();
    bytes[i] = b'S';
    std::fs::write(&lp, &bytes).unwrap();
    let bad = read_log(&f.results(), &k, "S").map_err(|p| p.to_string());
    assert!(bad.as_ref().is_err_and(|e| e.contains("line 3")), "{bad:?}");
    let v = Verifier::new(&lib, &k).with_log(bad).verify_file(&path);
    assert!(matches!(v.verdict, Verdict::Tampered(_)), "{:?}", v.verdict);
    // and a log that lost its lines (deleted): the copies cite lines it does not have
    std::fs::remove_file(&lp).unwrap();
    let gone = read_log(&f.results(), &k, "S").map_err(|p| p.to_string());
    let v = Verifier::new(&lib, &k).with_log(gone).verify_file(&path);
    assert!(
        matches!(&v.verdict, Verdict::Tampered(d) if d.contains("which the log does not have")),
        "{:?}",
        v.verdict
    );
}

#[test]
fn a_wall_clock_pause_missed_while_away_still_counts() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exam"),
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
    let open = || {
        Session::open(
            &exam,
            "w1",
            &results,
            &key(),
            &start(),
            Box::new(clock.clone()),
        )
        .unwrap()
    };
    let mut s = open();
    let mut log = LogWriter::open(&results, &key(), "S").unwrap();
    play(&mut s, &mut Agent::new(Policy::First, 1), &clock, 1);
    let p = log
        .append(
            clock.wall_ms(),
            Order::Pause {
                reason: "fire alarm".into(),
            },
        )
        .unwrap();
    s.proctor(&p).unwrap();
    // the candidate's connection drops during the pause; the room resumes 20 minutes
    // later, and the candidate is back 2 minutes after that
    drop(s);
    clock.advance(20 * 60_000);
    let r = log.append(clock.wall_ms(), Order::Resume).unwrap();
    clock.advance(2 * 60_000);
    let mut s = open();
    assert!(
        s.is_paused(),
        "a Wall clock's pause holds across the reopening"
    );
    s.proctor_dated(&r, r.at).unwrap();
    assert!(!s.is_paused());
    assert_eq!(s.time_left_ms(), 27 * 60_000);
    s.hand_in().unwrap();
    let path = s.path().to_path_buf();
    drop(s);
    let lib = Library::with_folders(&[dir.path().to_path_buf()]).unwrap();
    let k = key().public();
    let log = read_log(&results, &k, "S").map_err(|p| p.to_string());
    let v = Verifier::new(&lib, &k).with_log(log).verify_file(&path);
    assert_eq!(v.verdict, Verdict::Ok);
}
