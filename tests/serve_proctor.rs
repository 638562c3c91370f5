//! Proctor orders on a running `serve`, through an SSH client library (russh) on loopback
//! and `tradesim proctor` one-shot commands: an extension shows on the candidate's screen,
//! a pause stops the clock and every key, resume gives the time back, a hand-in seals the
//! record, a broadcast reaches every screen (cleaned); each order is a signed line of the
//! session log, verify accepts the records and catches a changed log and a record whose
//! time the log does not justify. Time passes by the server's debug clock, never by sleeping;
//! release builds have no debug clock, so these tests are debug-only.
#![cfg(debug_assertions)]

mod exam_support;
mod serve_support;
mod tui_support;

use std::path::Path;

use exam_support::*;
use serve_support::*;
use tradesim::record::journal::{Line, encode_record, parse, read_bytes};
use tradesim::record::proctor_log::Order;
use tradesim::record::session::journal_path;

/// The countdown on a screen, in seconds (`Time left 29:58` or `1:05:00`).
fn left(screen: &str) -> Option<u64> {
    let at = screen.find("Time left ")? + "Time left ".len();
    let token: String = screen[at..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ':')
        .collect();
    token
        .split(':')
        .try_fold(0u64, |acc, p| p.parse::<u64>().ok().map(|v| acc * 60 + v))
}

fn proctor(dir: &Path, args: &[&str]) -> std::process::Output {
    let mut v = vec!["proctor", "results"];
    v.extend_from_slice(args);
    run(dir, &v)
}

fn ok(out: &std::process::Output) -> String {
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
}

/// Move the server's clocks `minutes` ahead of real time (its debug clock).
fn shift(dir: &Path, minutes: u64) {
    std::fs::write(dir.join("clock.ms"), (minutes * 60_000).to_string()).unwrap();
}

#[test]
fn proctor_orders_reach_the_screens_the_signed_log_and_verify() {
    let dir = project_for(&["c1", "c2"]);
    let d = dir.path();
    let codes = codes(d);
    shift(d, 0);
    let clock = d.join("clock.ms").display().to_string();
    let server = Server::start_with(d, "127.0.0.1:0", &[("TRADESIM_DEBUG_CLOCK", &clock)]);
    let results = d.join("results");
    let (j1, j2) = (journal_path(&results, "c1"), journal_path(&results, "c2"));
    rt().block_on(async {
        let (h1, ok1) = sign_in(server.addr, "c1", &codes["c1"]).await;
        let (h2, ok2) = sign_in(server.addr, "c2", &codes["c2"]).await;
        assert!(ok1 && ok2);
        let mut c1 = Remote::open(&h1, 100, 30).await;
        let mut c2 = Remote::open(&h2, 100, 30).await;
        c1.wait_for("Time left").await;
        c2.wait_for("Time left").await;

        // refused orders are not logged
        let out = proctor(d, &["extend", "c9", "10", "--reason", "x"]);
        assert_eq!(out.status.code(), Some(2));
        assert!(text(&out.stderr).contains("not on this session's roster"));
        let out = proctor(d, &["resume"]);
        assert!(
            text(&out.stderr).contains("not paused"),
            "{}",
            text(&out.stderr)
        );

        // an extension: c1 sees more than the assessment's 30 minutes, c2 does not
        let said = ok(&proctor(
            d,
            &[
                "extend",
                "c1",
                "10",
                "--reason",
                "extra time: accommodation",
            ],
        ));
        assert!(said.contains("logged as line 1"), "{said}");
        c1.until("c1's countdown above 30 minutes", |r| {
            left(&r.text()).is_some_and(|s| s > 30 * 60)
        })
        .await;
        assert!(left(&c2.text()).is_some_and(|s| s <= 30 * 60));

        // a broadcast on both screens, its escape sequence cleaned; c1 dismisses it
        ok(&proctor(
            d,
            &[
                "broadcast",
                "Water is at the back.\u{1b}]52;c;QUFBQQ==\u{7}",
            ],
        ));
        for c in [&mut c1, &mut c2] {
            c.wait_for("Message from the proctor").await;
            c.wait_for("Water is at the back.").await;
            assert!(
                !c.bytes.windows(5).any(|w| w == b"\x1b]52;"),
                "the proctor's escape sequence reached the terminal"
            );
        }
        c1.press(b"\r").await;
        c1.until("the message dismissed", |r| {
            !r.text().contains("Message from the proctor")
        })
        .await;

        // a pause: both screens say so, keys do nothing, and 20 minutes pass unseen
        ok(&proctor(d, &["pause", "--reason", "fire alarm"]));
        c1.wait_for("Paused by the proctor").await;
        c2.wait_for("Paused by the proctor").await;
        c2.wait_for("fire alarm").await;
        let before = left(&c2.text()).unwrap();
        shift(d, 20);
        // "1" would choose an option; Enter then dismisses the message, so once the message
        // is gone the "1" was taken, and refused
        c2.press(b"1\r").await;
        c2.until("c2's message dismissed", |r| {
            !r.text().contains("Message from the proctor")
        })
        .await;
        assert_eq!(actions_in(&j2), 0, "a key reached the exam while paused");
        assert!(
            left(&c2.text()).unwrap() + 5 >= before,
            "the clock ran while paused"
        );

        // resume: the time left is where it stood (give or take the real seconds since)
        ok(&proctor(d, &["resume"]));
        for c in [&mut c1, &mut c2] {
            c.until("the pause lifted", |r| {
                !r.text().contains("Paused by the proctor")
            })
            .await;
        }
        let after = left(&c2.text()).unwrap();
        assert!(
            after <= before && after + 5 * 60 >= before,
            "time left {after}s after resume, {before}s before the pause"
        );
        c2.press(b"1").await;
        wait_actions(&j2, 1);

        // hand in for c2: the record is sealed and c2 is told who handed it in
        ok(&proctor(
            d,
            &["hand-in", "c2", "--reason", "left the room ill"],
        ));
        c2.wait_for("The proctor handed in your exam").await;
        assert!(
            std::fs::read_to_string(&j2)
                .unwrap()
                .contains("\"kind\":\"seal\"")
        );

        // 32 minutes of exam time later c1 is past the assessment's 30 minutes and still
        // acts, within the extension
        shift(d, 52);
        c1.until("c1 under 10 minutes left", |r| {
            left(&r.text()).is_some_and(|s| s < 10 * 60)
        })
        .await;
        c1.press(b"1").await;
        wait_actions(&j1, 1);
        ok(&proctor(
            d,
            &["hand-in", "c1", "--reason", "end of the sitting"],
        ));
        c1.wait_for("The proctor handed in your exam").await;
    });
    drop(server);

    // every order is a signed, chained line of the log, with time, action, candidate, reason
    let log = std::fs::read_to_string(results.join("proctor.log.jsonl")).unwrap();
    let kinds: Vec<&str> = log
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            assert!(v["sig"].is_string() && v["at"].is_u64(), "{l}");
            match v["order"]["action"].as_str().unwrap() {
                "extend" => "extend",
                "broadcast" => "broadcast",
                "pause" => "pause",
                "resume" => "resume",
                "hand-in" => "hand-in",
                other => panic!("{other}"),
            }
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "extend",
            "broadcast",
            "pause",
            "resume",
            "hand-in",
            "hand-in"
        ]
    );
    assert!(
        log.contains(
            "\"candidate\":\"c1\",\"minutes\":10,\"reason\":\"extra time: accommodation\""
        )
    );

    let (out, code) = verify_lines(d);
    assert_eq!(code, Some(0), "{out}");
    let report = ok(&run(d, &trusted(&["report", "results"])));
    assert!(
        report.contains("c1:") && report.contains("extended by 10 min: extra time: accommodation"),
        "{report}"
    );
    assert!(
        report.contains("handed in by the proctor: left the room ill"),
        "{report}"
    );
    assert!(
        report.contains("room:") && report.contains("room paused: fire alarm"),
        "{report}"
    );

    // c1's record without its extension, signed again with the organiser's key: the
    // action past 30 minutes has no logged extension behind it
    let good = std::fs::read(&j1).unwrap();
    let rec = parse(&read_bytes(&j1).unwrap(), &key().public()).unwrap();
    let lines: Vec<Line> = rec
        .lines
        .iter()
        .filter(|l| !matches!(l, Line::Proctor(p) if matches!(p.order, Order::Extend { .. })))
        .cloned()
        .collect();
    std::fs::write(&j1, encode_record(&lines, &key())).unwrap();
    // the session's witness saw other lines written...
    let (out, code) = verify_lines(d);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("c1.record.jsonl: tampered: witness"), "{out}");
    // ...and the time rules alone refuse it too
    let out = run(
        d,
        &[
            "verify",
            "results/c1.record.jsonl",
            "--public-key",
            "exam.pub",
            "--scenarios",
            "scenarios",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stdout).contains("after the time limit"),
        "{}",
        text(&out.stdout)
    );
    std::fs::write(&j1, good).unwrap();

    // one byte of the log changed
    let lp = results.join("proctor.log.jsonl");
    std::fs::write(&lp, log.replacen("fire alarm", "fire alarM", 1)).unwrap();
    let (out, code) = verify_lines(d);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("session log: tampered"), "{out}");
    assert!(out.contains("c1.record.jsonl: tampered"), "{out}");
}

#[test]
fn orders_given_while_a_candidate_is_away_reach_their_exam() {
    let dir = project_for(&["c1", "c2", "c3"]);
    let d = dir.path();
    let codes = codes(d);
    let server = Server::start(d);
    let results = d.join("results");
    rt().block_on(async {
        // c1 and c2 start, then their connections drop
        for c in ["c1", "c2"] {
            let (h, ok) = sign_in(server.addr, c, &codes[c]).await;
            assert!(ok);
            let mut r = Remote::open(&h, 100, 30).await;
            r.wait_for("Time left").await;
            drop(r);
            let _ = h.disconnect(russh::Disconnect::ByApplication, "", "").await;
        }
    });
    // the server has let go of both exams
    for c in ["c1", "c2"] {
        let end = std::time::Instant::now() + WAIT;
        while !seat(d, c).contains("disconnected") {
            assert!(
                std::time::Instant::now() < end,
                "{c} never showed as disconnected"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }
    // nothing to hand in for c3, who never started
    let out = proctor(d, &["hand-in", "c3", "--reason", "absent"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("has not started"),
        "{}",
        text(&out.stderr)
    );
    ok(&proctor(
        d,
        &["extend", "c2", "15", "--reason", "network fault"],
    ));
    ok(&proctor(d, &["pause", "--reason", "fire alarm"]));
    // c1's exam is handed in while c1 is away
    let j1 = journal_path(&results, "c1");
    ok(&proctor(
        d,
        &["hand-in", "c1", "--reason", "did not come back"],
    ));
    wait_sealed(&j1);
    assert!(
        std::fs::read_to_string(&j1)
            .unwrap()
            .contains("\"reason\":\"proctor\"")
    );
    rt().block_on(async {
        // c2 comes back to a paused room and an extended limit
        let (h, ok) = sign_in(server.addr, "c2", &codes["c2"]).await;
        assert!(ok);
        let mut r = Remote::open(&h, 100, 30).await;
        r.wait_for("Paused by the proctor").await;
        r.until("c2's countdown above 30 minutes", |r| {
            left(&r.text()).is_some_and(|s| s > 30 * 60)
        })
        .await;
    });
    let j2 = std::fs::read_to_string(journal_path(&results, "c2")).unwrap();
    assert!(j2.contains("\"action\":\"extend\"") && j2.contains("\"action\":\"pause\""));
}

fn seat(d: &Path, id: &str) -> String {
    ok(&proctor(d, &[]))
        .lines()
        .find(|l| l.split_whitespace().next() == Some(id))
        .unwrap_or_default()
        .to_string()
}

fn wait_sealed(journal: &Path) {
    let end = std::time::Instant::now() + WAIT;
    while !std::fs::read_to_string(journal)
        .unwrap_or_default()
        .contains("\"kind\":\"seal\"")
    {
        assert!(std::time::Instant::now() < end, "never sealed");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
fn the_pause_and_a_message_over_the_exam_in_both_languages() {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use tradesim::serve::notice::{self, Notices};
    for locale in ["en-US", "zh-CN"] {
        let mut app = tui_support::play_app(locale);
        app.size = (80, 24);
        let notices = Notices {
            // proctor text is cleaned: the escape sequence shows, it does not act
            paused: Some("fire alarm\u{1b}[2J".into()),
            messages: vec!["Ten minutes left.".into()],
        };
        let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
        t.draw(|f| {
            tradesim::tui::view(&app, f);
            notice::draw(f, &notices, &app.ui, &app.theme);
        })
        .unwrap();
        let text = t.backend().to_string();
        assert!(!text.contains('\u{1b}'));
        insta::assert_snapshot!(format!("notices_80x24_{locale}"), text);
    }
}
