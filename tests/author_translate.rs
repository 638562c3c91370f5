//! `tradesim translate`, as a teacher and a translating colleague use it: stubs for missing
//! messages, lint's warnings for stubs and for translations whose English changed, a CSV
//! round trip, and nothing ever deleted.

use std::path::Path;
use std::process::{Command, Output};

fn tradesim(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tradesim"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn stubs_stale_translations_and_a_spreadsheet_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(tradesim(d, &["new", "demo"]).status.success());
    let zh = d.join("locales/zh-CN/demo.ftl");
    let en = d.join("locales/en-US/demo.ftl");
    // a colleague has not translated the title yet
    let original = std::fs::read_to_string(&zh).unwrap();
    let without: String = original
        .lines()
        .filter(|l| !l.starts_with("title ="))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&zh, &without).unwrap();

    let out = tradesim(d, &["translate", "demo", "--to", "zh-CN"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("1 stub(s) added"), "{}", text(&out));
    let now = std::fs::read_to_string(&zh).unwrap();
    for line in without.lines().filter(|l| l.contains(" = ")) {
        assert!(now.contains(line), "a line was lost: {line}");
    }
    assert!(
        now.contains("# TODO(translate)\n# en-US: Draft: demo\n"),
        "{now}"
    );
    let lint = tradesim(d, &["lint", "--format", "short", "--deny-warnings"]);
    assert_eq!(lint.status.code(), Some(1));
    assert!(
        text(&lint).contains("warning[untranslated]: `title`"),
        "{}",
        text(&lint)
    );

    // the spreadsheet: export, fill in, import
    let out = tradesim(
        d,
        &["translate", "demo", "--to", "zh-CN", "--export", "csv"],
    );
    assert!(out.status.success());
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(csv.starts_with("id,source,target,note\n"), "{csv}");
    assert!(csv.contains("title,Draft: demo,,todo\n"), "{csv}");
    let filled = csv.replace(
        "title,Draft: demo,,todo",
        "title,Draft: demo,草稿：演示,todo",
    );
    std::fs::write(d.join("sheet.csv"), filled).unwrap();
    let out = tradesim(
        d,
        &[
            "translate",
            "demo",
            "--to",
            "zh-CN",
            "--import",
            "sheet.csv",
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        std::fs::read_to_string(&zh)
            .unwrap()
            .contains("\ntitle = 草稿：演示\n")
    );
    let lint = tradesim(d, &["lint", "--format", "short", "--deny-warnings"]);
    assert!(lint.status.success(), "{}", text(&lint));

    // the English changes: the translation is stale until someone accepts it
    let en_text = std::fs::read_to_string(&en).unwrap();
    std::fs::write(
        &en,
        en_text.replace("title = Draft: demo", "title = Draft of demo"),
    )
    .unwrap();
    let lint = tradesim(d, &["lint", "--format", "short"]);
    let t = text(&lint);
    assert!(t.contains("warning[stale-translation]"), "{t}");
    assert!(
        t.contains("tradesim translate demo --to zh-CN --accept title"),
        "{t}"
    );
    let out = tradesim(
        d,
        &["translate", "demo", "--to", "zh-CN", "--accept", "title"],
    );
    assert!(out.status.success(), "{}", text(&out));
    let lint = tradesim(d, &["lint", "--format", "short", "--deny-warnings"]);
    assert!(lint.status.success(), "{}", text(&lint));

    // bad input: exit 2, file untouched
    let before = std::fs::read_to_string(&zh).unwrap();
    std::fs::write(d.join("bad.csv"), "id,source,target,note\nnope,x,y,\n").unwrap();
    let out = tradesim(
        d,
        &["translate", "demo", "--to", "zh-CN", "--import", "bad.csv"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out).contains("bad.csv: row 2: no message `nope`"),
        "{}",
        text(&out)
    );
    let out = tradesim(d, &["translate", "demo", "--to", "../x"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&zh).unwrap(), before);
}
