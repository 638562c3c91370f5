//! Exam mode in the TUI without a terminal: the App, the exam glue and a session on a
//! hand-driven clock, driven the way the driver drives them (update, then each command,
//! then sync), drawn into a TestBackend. No sleeping.

mod exam_support;
mod tui_support;

use std::path::Path;

use crossterm::event::KeyCode;
use exam_support::{copy_dir, drive as send};
use tradesim::engine::Action;
use tradesim::record::assessment::library_for;
use tradesim::record::grade::SubmitReason;
use tradesim::record::journal::{parse, read_bytes};
use tradesim::record::{AssessmentFiles, Exam, ManualClock, SealKey, Session, Start};
use tradesim::scenario::library::ui_sources;
use tradesim::tui::exam::ExamJournal;
use tradesim::tui::input::lookup;
use tradesim::tui::theme::Theme;
use tradesim::tui::{App, Msg, Popup};
use tui_support::screen;

const KEY: &[u8] = b"a key for the exam TUI tests";

struct Sitting {
    _dir: tempfile::TempDir,
    exam: &'static Exam,
    clock: ManualClock,
}

impl Sitting {
    fn new() -> Sitting {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exam"),
            dir.path(),
        );
        let files =
            AssessmentFiles::from_path(&dir.path().join("scenarios/assessments/practice.ron"))
                .unwrap();
        let lib = library_for(&files, &[]).unwrap();
        // leaked: the journal borrows the exam for the whole test
        let exam: &'static Exam = Box::leak(Box::new(Exam::load(files, lib).unwrap()));
        Sitting {
            _dir: dir,
            exam,
            clock: ManualClock::starting_at(1_700_000_000_000),
        }
    }

    fn results(&self) -> std::path::PathBuf {
        self._dir.path().join("results")
    }

    fn open(&self, locale: &str) -> (ExamJournal<'static>, App) {
        let key = SealKey::new(KEY, "t").unwrap();
        let start = Start {
            seed: Some(4),
            locale: locale.into(),
            ..Start::default()
        };
        let s = Session::open(
            self.exam,
            "cand-1",
            &self.results(),
            &key,
            &start,
            Box::new(self.clock.clone()),
        )
        .unwrap();
        let mut j = ExamJournal::new(self.exam, s);
        let mut app = j.app(ui_sources(), Theme { color: false }).unwrap();
        app.size = (80, 24);
        (j, app)
    }
}

fn key(j: &mut ExamJournal, app: &mut App, code: KeyCode) {
    let ev = crossterm::event::KeyEvent::new(code, crossterm::event::KeyModifiers::NONE);
    if let Some(m) = lookup(app.context(), &ev) {
        send(j, app, m);
    }
}

/// Take `action` through the keys a candidate would press.
fn act(j: &mut ExamJournal, app: &mut App, action: &Action) {
    let p = app.play.as_ref().expect("a part on screen");
    match action {
        Action::Choose(i) => {
            let pos = p.shown_choices().iter().position(|c| c == i).unwrap();
            send(j, app, Msg::Pick(pos + 1));
        }
        Action::Submit(fields) => {
            for (k, (_, v)) in fields.iter().enumerate() {
                let opts = match app.play.as_ref().unwrap().node() {
                    tradesim::scenario::model::Node::Form(f) => match &f.fields[k].input {
                        tradesim::scenario::model::Input::Select(o) => Some(o.clone()),
                        _ => None,
                    },
                    _ => None,
                };
                match opts {
                    Some(o) => {
                        let idx = o.iter().position(|x| x.eq_ignore_ascii_case(v)).unwrap();
                        for _ in 0..=idx {
                            key(j, app, KeyCode::Right);
                        }
                    }
                    None => {
                        for c in v.chars() {
                            send(j, app, Msg::Type(c));
                        }
                    }
                }
                key(j, app, KeyCode::Tab);
            }
            let ev = crossterm::event::KeyEvent::new(
                KeyCode::Char('s'),
                crossterm::event::KeyModifiers::CONTROL,
            );
            let m = lookup(app.context(), &ev).unwrap();
            send(j, app, m);
        }
        // the reply goes in as a paste; outside the length range sending asks for a `y`
        Action::Write(text) => {
            send(j, app, Msg::Paste(text.clone()));
            let ev = crossterm::event::KeyEvent::new(
                KeyCode::Char('s'),
                crossterm::event::KeyModifiers::CONTROL,
            );
            let m = lookup(app.context(), &ev).unwrap();
            send(j, app, m);
            if app.popups.last() == Some(&Popup::ComposeSubmit) {
                key(j, app, KeyCode::Char('y'));
            }
        }
        Action::Mark(names) => {
            let p = app.play.as_ref().unwrap();
            let markable = p.markable().to_vec();
            let targets: Vec<usize> = names
                .iter()
                .map(|n| {
                    let r = p.scenario.field_ref(n).unwrap();
                    markable.iter().position(|m| *m == r).unwrap()
                })
                .collect();
            let mut cur = 0;
            let mut sorted = targets.clone();
            sorted.sort_unstable();
            for t in sorted {
                while cur < t {
                    key(j, app, KeyCode::Down);
                    cur += 1;
                }
                key(j, app, KeyCode::Char(' '));
            }
            key(j, app, KeyCode::Char('s'));
        }
    }
}

/// The next correct action for the part on screen.
fn next_action(j: &ExamJournal) -> Action {
    let s = &j.session;
    let p = s.current();
    tradesim::playtest::Agent::new(tradesim::playtest::Policy::First, 0)
        .next(s.scenario(p), s.attempt(p))
        .unwrap()
}

#[test]
fn the_exam_screen_shows_part_and_countdown_but_no_seed_and_no_feedback() {
    let st = Sitting::new();
    let (mut j, mut app) = st.open("en-US");
    let text = screen(&mut app, 80, 24);
    let first = text.lines().next().unwrap();
    assert!(first.contains("Part 1 of 3"), "{text}");
    assert!(first.contains("Time left 30:00"), "{text}");
    assert!(!text.contains("seed"), "{text}");
    insta::assert_snapshot!("exam_play_80x24_en-US", text);

    let a = next_action(&j);
    act(&mut j, &mut app, &a);
    assert_eq!(
        j.session.actions_recorded(),
        1,
        "journaled before the next draw"
    );
    assert!(app.popups.is_empty(), "no feedback popup: {:?}", app.popups);
    st.clock.advance(61_000);
    send(&mut j, &mut app, Msg::Tick(0));
    assert!(screen(&mut app, 80, 24).contains("Time left 28:59"));
}

#[test]
fn parts_follow_each_other_and_the_end_shows_scores_when_allowed() {
    let st = Sitting::new();
    let (mut j, mut app) = st.open("zh-CN");
    assert!(screen(&mut app, 80, 24).contains("第 1 部分，共 3 部分"));
    let mut seen_part_2 = false;
    while j.session.result().is_none() {
        let a = next_action(&j);
        act(&mut j, &mut app, &a);
        if app.exam.as_ref().unwrap().part == 1 && app.exam.as_ref().unwrap().over.is_none() {
            seen_part_2 = true;
            assert!(screen(&mut app, 80, 24).contains("第 2 部分，共 3 部分"));
        }
    }
    assert!(seen_part_2);
    assert_eq!(app.popups, vec![Popup::ExamOver]);
    assert!(
        app.play.is_none(),
        "nothing of the last scenario stays on screen"
    );
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("你已完成全部内容"), "{text}");
    assert!(text.contains("通过") && text.contains("100/100"), "{text}");
    insta::assert_snapshot!("exam_over_80x24_zh-CN", text);
    key(&mut j, &mut app, KeyCode::Enter);
    assert!(app.quit);
    let rec = parse(
        &read_bytes(&tradesim::record::session::journal_path(
            &st.results(),
            "cand-1",
        ))
        .unwrap(),
        &SealKey::new(KEY, "t").unwrap().public(),
    )
    .unwrap();
    assert!(rec.sealed);
    assert_eq!(rec.result().unwrap().reason, SubmitReason::Completed);
}

#[test]
fn handing_in_early_needs_a_confirmation() {
    let st = Sitting::new();
    let (mut j, mut app) = st.open("en-US");
    key(&mut j, &mut app, KeyCode::Char('q'));
    assert_eq!(app.popups, vec![Popup::HandIn]);
    insta::assert_snapshot!("exam_hand_in_80x24_en-US", screen(&mut app, 80, 24));
    // Enter is not yes: too easy to press by habit
    key(&mut j, &mut app, KeyCode::Enter);
    assert_eq!(app.popups, vec![Popup::HandIn]);
    key(&mut j, &mut app, KeyCode::Char('n'));
    assert!(app.popups.is_empty());
    assert!(j.session.result().is_none());
    key(&mut j, &mut app, KeyCode::Esc);
    key(&mut j, &mut app, KeyCode::Char('y'));
    let r = j.session.result().expect("handed in");
    assert_eq!(r.reason, SubmitReason::Candidate);
    assert!(screen(&mut app, 80, 24).contains("You handed in the exam"));
}

#[test]
fn time_up_submits_on_the_next_tick() {
    let st = Sitting::new();
    let (mut j, mut app) = st.open("en-US");
    let a = next_action(&j);
    act(&mut j, &mut app, &a);
    st.clock.advance(26 * 60_000);
    send(&mut j, &mut app, Msg::Tick(0));
    assert!(
        app.exam.as_ref().unwrap().hurry(),
        "under five minutes: a warning"
    );
    st.clock.advance(4 * 60_000);
    send(&mut j, &mut app, Msg::Tick(0));
    let r = j.session.result().expect("submitted at time-up");
    assert_eq!(
        (r.reason, r.time_used_ms),
        (SubmitReason::TimeUp, 30 * 60_000)
    );
    assert_eq!(app.popups, vec![Popup::ExamOver]);
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("Time is up"), "{text}");
    assert!(text.contains("FAIL"), "{text}");
}

#[test]
fn language_switches_only_among_the_allowed_ones_and_resume_shows_the_same_place() {
    let st = Sitting::new();
    let (mut j, mut app) = st.open("en-US");
    for _ in 0..3 {
        let a = next_action(&j);
        act(&mut j, &mut app, &a);
    }
    let before = screen(&mut app, 80, 24);
    key(&mut j, &mut app, KeyCode::F(2));
    assert_eq!(app.locale, "zh-CN");
    let zh = screen(&mut app, 120, 24);
    assert!(
        zh.contains("练习考核 · 第 1 部分"),
        "the titles follow: {zh}"
    );
    app.size = (80, 24);
    key(&mut j, &mut app, KeyCode::F(2));
    assert_eq!(app.locale, "en-US");
    // closed (the process dies) and opened again: the same screen
    drop(app);
    drop(j);
    let (_j2, mut app2) = st.open("en-US");
    let after = screen(&mut app2, 80, 24);
    let body = |s: &str| s.lines().skip(1).collect::<Vec<_>>().join("\n");
    assert_eq!(body(&after), body(&before));
}

#[test]
fn with_debrief_never_the_end_shows_no_scores() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exam"),
        dir.path(),
    );
    let ron = dir.path().join("scenarios/assessments/practice.ron");
    let text = std::fs::read_to_string(&ron).unwrap();
    std::fs::write(&ron, text.replace("debrief: AfterExam", "debrief: Never")).unwrap();
    let files = AssessmentFiles::from_path(&ron).unwrap();
    let lib = library_for(&files, &[]).unwrap();
    let exam: &'static Exam = Box::leak(Box::new(Exam::load(files, lib).unwrap()));
    let st = Sitting {
        _dir: dir,
        exam,
        clock: ManualClock::starting_at(1_700_000_000_000),
    };
    let (mut j, mut app) = st.open("en-US");
    while j.session.result().is_none() {
        let a = next_action(&j);
        act(&mut j, &mut app, &a);
    }
    let text = screen(&mut app, 80, 24);
    assert!(
        text.contains("Your results will come from the organiser"),
        "{text}"
    );
    assert!(!text.contains("100") && !text.contains("PASS"), "{text}");
}
