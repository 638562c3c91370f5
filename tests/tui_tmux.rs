//! End to end in a real terminal: tmux runs `tradesim play`, the test presses keys and
//! reads the screen with capture-pane, waiting for text (never a fixed sleep); the exit
//! status comes from the shared harness's wrapper (tests/tmux_support), not from tmux.

mod tmux_support;

use std::path::Path;

use tmux_support::{Tmux, one_at_a_time, tradesim as run};

/// On the first screen, on one line at 100 columns.
const FIRST: &str = "CPT Hamburg (Incoterms 2020)";

/// `tradesim play tutorial --seed 7`.
fn start(name: &str, lang: &str, data: &Path) -> Tmux {
    run(name, lang, data, &["play", "tutorial", "--seed", "7"])
}

/// The key that takes the scenario's first choice at the decision `actions` lead to, with
/// seed 7: choices are shown in a seeded order, read here from the engine.
fn first_choice_key(actions: &str) -> String {
    use tradesim::engine::{Attempt, display_order, parse_actions};
    let files = tradesim::scenario::library::Library::shipped()
        .get("tutorial")
        .unwrap()
        .clone();
    let s = tradesim::scenario::compile::compile(&files.ron).0.unwrap();
    let a = Attempt::replay(&s, 7, &parse_actions(actions).unwrap()).unwrap();
    let pos = display_order(&s, &a.state, 7)
        .iter()
        .position(|&c| c == 0)
        .unwrap();
    (pos + 1).to_string()
}

/// The tutorial by key presses, waiting at each screen for a text of that language, up to
/// the decision log of the debrief: three decisions, the declaration form, the document
/// check.
fn play_to_debrief(t: &Tmux, texts: &[&str; 7]) {
    t.wait_for(texts[0]);
    t.keys(&[&first_choice_key("")]);
    t.wait_for(texts[1]);
    t.keys(&["Enter"]);
    t.wait_for(texts[2]);
    t.keys(&[&first_choice_key("choose 1")]);
    t.wait_for(texts[1]);
    t.keys(&["Enter", &first_choice_key("choose 1\nchoose 1")]);
    t.wait_for(texts[1]);
    t.keys(&["Enter"]);
    t.wait_for(texts[3]);
    t.text("6704.20");
    t.keys(&["Tab", "Right", "Tab"]);
    t.text("48000");
    t.wait_for("48000");
    t.keys(&["C-s"]);
    t.wait_for(texts[1]);
    t.keys(&["Enter"]);
    t.wait_for(texts[4]);
    // the shipping instruction is the third document: its consignee, then its gross weight
    t.keys(&["Right", "Right", "Space", "Down", "Down", "Down", "Space"]);
    t.wait_for(texts[5]);
    t.keys(&["s"]);
    t.wait_for(texts[1]);
    t.keys(&["Enter"]);
    t.wait_for(texts[6]);
}

#[test]
fn plays_the_tutorial_to_its_debrief_in_english() {
    let _one_at_a_time = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let t = start("en", "en_US.UTF-8", data.path());
    t.wait_for(FIRST);
    assert_eq!(t.format("#{alternate_on}"), "1");
    play_to_debrief(
        &t,
        &[
            FIRST,
            "What that decision did",
            "30% T/T with the order",
            "Mr Zhao, customs broker",
            "Mark the discrepant fields",
            "Marked: 2",
            "Decision log",
        ],
    );
    t.wait_for_all(&["Decision log", "PASS", "Total: 100/100"]);
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), "0");
    t.wait_format("#{alternate_on}", "0");
    t.wait_format("#{mouse_any_flag}", "0");
}

#[test]
fn plays_the_tutorial_to_its_debrief_in_chinese() {
    let _one_at_a_time = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let t = start("zh", "zh_CN.UTF-8", data.path());
    play_to_debrief(
        &t,
        &[
            "CPT 德国汉堡(Incoterms 2020)",
            "这一步的结果",
            "下单付30%，发货前T/T付清70%",
            "赵师傅，报关员",
            "标出有不符点的栏目",
            "已标出：2",
            "决策记录",
        ],
    );
    let debrief = t.wait_for_all(&["决策记录", "通过", "100/100"]);
    assert!(!debrief.contains('\u{2068}') && !debrief.contains('\u{2069}'));
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), "0");
}

#[test]
fn sigterm_restores_the_terminal_and_saves_the_attempt() {
    let _one_at_a_time = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let t = start("term", "en_US.UTF-8", data.path());
    t.wait_for(FIRST);
    t.keys(&["1"]);
    t.wait_for("What that decision did");
    t.signal("TERM");
    assert_eq!(t.wait_exit(), "143");
    t.wait_format("#{alternate_on}", "0");
    t.wait_format("#{mouse_any_flag}", "0");
    let save = std::fs::read_to_string(data.path().join("saves/tutorial.json")).unwrap();
    assert!(save.contains("\"choose "), "{save}");
}

#[test]
fn sighup_restores_the_terminal() {
    let _one_at_a_time = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let t = start("hup", "en_US.UTF-8", data.path());
    t.wait_for(FIRST);
    t.signal("HUP");
    assert_eq!(t.wait_exit(), "129");
    t.wait_format("#{alternate_on}", "0");
}

#[test]
fn ctrl_c_leaves_at_once_and_play_offers_to_resume() {
    let _one_at_a_time = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    {
        let t = start("ctrlc", "en_US.UTF-8", data.path());
        t.wait_for(FIRST);
        t.keys(&["2"]);
        t.wait_for("What that decision did");
        t.keys(&["C-c"]);
        assert_eq!(t.wait_exit(), "0");
        t.wait_format("#{alternate_on}", "0");
    }
    let t = start("resume", "en_US.UTF-8", data.path());
    t.wait_for("Resume?");
    t.keys(&["r"]);
    t.wait_for_all(&["30% T/T with the order", "step 1"]);
}

#[test]
fn the_menu_switches_language_and_survives_resizing() {
    let _one_at_a_time = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let t = run("menu", "en_US.UTF-8", data.path(), &[]);
    t.wait_for_all(&["Scenarios", "Customs clearance", "Tutorial"]);
    t.keys(&["L"]);
    t.wait_for("实训场景");
    t.cmd(&["resize-window", "-t", "t", "-x", "30", "-y", "8"]);
    t.wait_for("请放大");
    t.cmd(&["resize-window", "-t", "t", "-x", "100", "-y", "32"]);
    t.wait_for("实训场景");
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), "0");
    t.wait_format("#{alternate_on}", "0");
}

/// Live preview: the author edits the text and then breaks the logic while playing; the
/// player shows the new text at the same place, then keeps the last good version running
/// and says what is wrong.
#[test]
fn watch_reloads_edits_in_place_and_keeps_the_last_good_version() {
    let _one_at_a_time = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let proj = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for rel in [
        "scenarios/tutorial.ron",
        "locales/en-US/tutorial.ftl",
        "locales/zh-CN/tutorial.ftl",
    ] {
        let to = proj.path().join(rel);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(root.join(rel), to).unwrap();
    }
    let ron = proj.path().join("scenarios/tutorial.ron");
    let ftl = proj.path().join("locales/en-US/tutorial.ftl");
    let t = run(
        "watch",
        "en_US.UTF-8",
        data.path(),
        &["play", ron.to_str().unwrap(), "--seed", "7", "--watch"],
    );
    t.wait_for(FIRST);
    // one decision in: the payment question
    t.keys(&[&first_choice_key("")]);
    t.wait_for("What that decision did");
    t.keys(&["Enter"]);
    t.wait_for("asks how she should pay");

    let text = std::fs::read_to_string(&ftl).unwrap();
    let edited = text.replace(
        "Anna accepts your term and asks how she should pay.",
        "EDITED: Anna asks again how she should pay.",
    );
    std::fs::write(&ftl, edited).unwrap();
    let screen = t.wait_for_all(&[
        "EDITED: Anna asks again how she should pay.",
        "30% T/T with the order",
    ]);
    // still at the same decision, not back at the start
    assert!(!screen.contains(FIRST), "{screen}");

    // a save with an error: the last good version keeps running, the error is shown
    let broken = std::fs::read_to_string(&ron)
        .unwrap()
        .replace("goto: \"declare\"", "goto: \"declar\"");
    let good = std::fs::read_to_string(&ron).unwrap();
    std::fs::write(&ron, broken).unwrap();
    // every error in a panel, each with its file:line:col, over the version still playing
    let screen = t.wait_for_all(&[
        "Reload failed: 4 error(s)",
        "error[missing-target]: no node has the id",
        "hint: did you mean `declare`?",
    ]);
    // each with its place, none cut at the screen's edge
    let located = screen
        .lines()
        .filter(|l| l.contains("scenarios/tutorial.ron:") && l.contains(":27: error"))
        .count();
    assert_eq!(located, 4, "{screen}");
    // a good save closes the panel and the notice, without a key
    std::fs::write(&ron, good).unwrap();
    t.wait_until("the panel to close", || {
        let s = t.screen();
        (!s.contains("Reload failed") && s.contains("EDITED: Anna asks again how she should pay."))
            .then_some(())
    });
    // leaving mid-scenario asks first
    t.keys(&["q"]);
    t.wait_for("Leave without saving");
    t.keys(&["y"]);
    assert_eq!(t.wait_exit(), "0");
}

/// Preview from part-way: `--from NODE --set var=value` opens at that node with that
/// value, and F3 lists the variables as they are now.
#[test]
fn play_from_a_node_with_values_set_and_inspect_them() {
    let _one_at_a_time = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let ron = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/tutorial.ron");
    let t = run(
        "from",
        "en_US.UTF-8",
        data.path(),
        &[
            "play",
            ron.to_str().unwrap(),
            "--seed",
            "7",
            "--from",
            "payment",
            "--set",
            "trust=77",
        ],
    );
    let screen = t.wait_for("asks how she should pay");
    assert!(!screen.contains(FIRST), "not at the start: {screen}");
    t.keys(&["F3"]);
    t.wait_for_all(&["Variables now", "trust = 77", "inspected = false"]);
    t.keys(&["Enter"]);
    t.wait_until("the panel to close", || {
        (!t.screen().contains("Variables now")).then_some(())
    });
    t.keys(&["C-c"]);
    assert_eq!(t.wait_exit(), "0");
}
