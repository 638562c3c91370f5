//! The same seed and key presses reach the same ending and score as `tradesim run` with
//! the equivalent action file: the TUI is one more driver of the one engine.

mod tui_support;

use crossterm::event::KeyCode;
use tradesim::tui;
use tui_support::*;

/// A step of play: a scenario choice (pressed by its displayed number, as a student reads
/// it off the screen) or raw keys.
enum Step {
    Choice(usize),
    Keys(Vec<KeyCode>),
}

/// Play by keys (practice feedback dismissed as a student would).
fn play_by_keys(seed: u64, steps: Vec<Step>) -> tradesim::tui::App {
    let mut app = menu_app("en-US");
    tui::open(&mut app, tutorial(), seed);
    for st in steps {
        dismiss(&mut app);
        match st {
            Step::Choice(c) => {
                pick(&mut app, c);
            }
            Step::Keys(ks) => {
                for k in ks {
                    key(&mut app, k);
                }
            }
        }
    }
    dismiss(&mut app);
    app
}

fn chars(s: &str) -> Vec<KeyCode> {
    s.chars().map(KeyCode::Char).collect()
}

fn run_headless(seed: u64, actions: &str) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("actions.txt");
    std::fs::write(&file, actions).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_tradesim"))
        .args([
            "run",
            "tutorial",
            "--seed",
            &seed.to_string(),
            "--json",
            "--actions",
        ])
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn same_result(app: &tradesim::tui::App, json: &serde_json::Value) {
    let p = app.play.as_ref().unwrap();
    let s = &p.scenario;
    let sc = p.attempt.score(s);
    let ending = p.attempt.state.ending.map(|e| s.node(e).id().to_string());
    assert_eq!(json["ending"].as_str().map(String::from), ending);
    assert_eq!(json["total"].as_u64(), Some(sc.total as u64));
    assert_eq!(json["pass"].as_bool(), Some(sc.pass));
    for (c, pct) in &sc.competencies {
        assert_eq!(json["scores"][c].as_u64(), Some(*pct as u64), "{c}");
    }
    let actions: Vec<String> = p.attempt.actions.iter().map(|a| a.to_string()).collect();
    let theirs: Vec<String> = json["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap().to_string())
        .collect();
    assert_eq!(actions, theirs);
}

#[test]
fn careful_play_matches_run() {
    let mut form = chars("6704.20");
    form.extend([KeyCode::Tab, KeyCode::Right, KeyCode::Tab]);
    form.extend(chars("48000"));
    form.extend([KeyCode::Enter, KeyCode::Enter]);
    // the check: go to the shipping instruction's consignee and gross weight
    let check = vec![
        KeyCode::Right,
        KeyCode::Right,
        KeyCode::Char(' '),
        KeyCode::Down,
        KeyCode::Down,
        KeyCode::Down,
        KeyCode::Char(' '),
        KeyCode::Char('s'),
    ];
    let app = play_by_keys(
        7,
        vec![
            Step::Choice(0),
            Step::Choice(0),
            Step::Choice(0),
            Step::Keys(form),
            Step::Keys(check),
        ],
    );
    assert_eq!(app.screen(), tui::Screen::Play(tui::Stage::Ended));
    let json = run_headless(
        7,
        "choose 1\nchoose 1\nchoose 1\nsubmit hs=6704.20 mode=9710 value=48000\nmark instruction.consignee instruction.gross_weight\n",
    );
    same_result(&app, &json);
    assert_eq!(json["ending"], "delivered");
}

#[test]
fn careless_play_matches_run_for_several_seeds() {
    for seed in [1, 2, 3, 4, 5, 11, 12] {
        let mut form = chars("8544");
        form.extend([KeyCode::Tab, KeyCode::Left, KeyCode::Tab]);
        form.extend(chars("40,000"));
        form.extend([KeyCode::Enter, KeyCode::Enter]);
        let steps = vec![
            Step::Choice(2), // DDP
            Step::Choice(3), // open account
            Step::Choice(1), // air
            Step::Keys(form),
            Step::Keys(vec![KeyCode::Char('s')]), // nothing marked
            Step::Choice(0),                      // the amendment after missing the errors
        ];
        let app = play_by_keys(seed, steps);
        assert_eq!(
            app.screen(),
            tui::Screen::Play(tui::Stage::Ended),
            "seed {seed}"
        );
        let json = run_headless(
            seed,
            "choose 3\nchoose 4\nchoose 2\nsubmit hs=8544 mode=9610 value=40,000\nmark\nchoose 1\n",
        );
        same_result(&app, &json);
    }
}
