//! End to end in a real terminal: a student writes a reply in the editor of a Compose node
//! (`tradesim play PATH`), typing, pasting a paragraph with tmux's bracketed paste, typing
//! Chinese characters in a note, sends it and reads the rubric item by item, then the
//! debrief. Waits for screen text only (tests/tmux_support), in en-US and zh-CN.

mod tmux_support;

use std::path::{Path, PathBuf};

use tmux_support::{Tmux, one_at_a_time, tradesim};

fn reply_ron() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/compose-play/scenarios/reply.ron")
}

fn play(name: &str, lang: &str, data: &Path) -> Tmux {
    let ron = reply_ron().display().to_string();
    tradesim(name, lang, data, &["play", &ron, "--seed", "3"])
}

const GREETING: &str = "Dear Ms Weber, thank you for your inquiry.";
const PARAGRAPH: &str =
    "We quote USD 12,500 FOB Ningbo for 500 lamps.\nPayment by T/T, 30% deposit.";

/// Type a greeting, paste a paragraph, undo the paste (one step, so it was bracketed: an
/// unbracketed paste would be typed keys, its newline a separate undo step), paste it again,
/// then a note in Chinese.
fn write_reply(t: &Tmux, note: &str) {
    t.text(GREETING);
    t.wait_for(GREETING);
    t.keys(&["Enter"]);
    t.paste(PARAGRAPH);
    t.wait_for_all(&["We quote USD 12,500 FOB", "Payment by T/T, 30% deposit."]);
    t.keys(&["C-z"]);
    t.wait_until("the paste undone in one step", || {
        let s = t.screen();
        (s.contains(GREETING) && !s.contains("We quote") && !s.contains("Payment by")).then_some(())
    });
    t.paste(PARAGRAPH);
    t.wait_for("Payment by T/T, 30% deposit.");
    t.keys(&["Enter"]);
    t.text(note);
    t.wait_for(note);
}

#[test]
fn a_student_writes_a_reply_and_reads_the_rubric_item_by_item() {
    let _one_at_a_time = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let t = play("compose-en", "en_US.UTF-8", data.path());
    t.wait_for_all(&["Write in English, 15–120 words.", "Type your reply here."]);
    write_reply(&t, "Note: 价格含包装。");
    // q, ? and digits were typed as text above and below: no hot key fired
    t.text(" q?1");
    t.wait_for_all(&["价格含包装。 q?1", "words (15–120)"]);
    t.keys(&["C-s"]);
    t.wait_for_all(&[
        "You sent your reply",
        "✓ Met: The price, USD 12,500",
        "found: “FOB Ningbo”",
        "? For the examiner (check yourself): Tone",
    ]);
    t.keys(&["Enter"]);
    t.wait_for_all(&["Your reply, with what each item found underlined:", "PASS"]);
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), "0", "{}", t.screen());
}

#[test]
fn a_student_writes_a_reply_in_the_chinese_interface() {
    let _one_at_a_time = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let t = play("compose-zh", "zh_CN.UTF-8", data.path());
    t.wait_for_all(&["请用英文撰写，15–120 词。", "在此输入回复。"]);
    write_reply(&t, "备注：价格含包装。");
    t.wait_for("词（15–120）");
    t.keys(&["C-s"]);
    t.wait_for_all(&[
        "你已发送回复",
        "✓ 达到：价格：USD 12,500",
        "找到：“FOB Ningbo”",
    ]);
    t.keys(&["Enter"]);
    t.wait_for("你的回复（各评分项找到的内容加了下划线）：");
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), "0", "{}", t.screen());
}

#[test]
fn leaving_with_a_draft_asks_first_and_the_saved_draft_comes_back() {
    let _one_at_a_time = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let t = play("compose-leave", "en_US.UTF-8", data.path());
    t.wait_for("Type your reply here.");
    t.text("Dear Ms Weber, 报价");
    t.wait_for("Dear Ms Weber, 报价");
    t.keys(&["Escape"]);
    t.wait_for("Leave this attempt?");
    t.keys(&["s"]);
    assert_eq!(t.wait_exit(), "0", "{}", t.screen());
    t.respawn();
    t.wait_for("Resume?");
    t.keys(&["r"]);
    t.wait_for_all(&["Dear Ms Weber, 报价", "Your reply"]);
    t.keys(&["C-c"]);
    assert_eq!(t.wait_exit(), "0", "{}", t.screen());
}
