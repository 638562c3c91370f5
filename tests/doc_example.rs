//! docs/scenario-format.md is the teacher's reference: its complete example must load,
//! lint clean and play, and its action-file example must play it to an ending.

use std::path::Path;
use std::process::Command;

fn blocks(doc: &str, lang: &str) -> Vec<String> {
    let fence = format!("```{lang}\n");
    let mut out = Vec::new();
    let mut rest = doc;
    while let Some(i) = rest.find(&fence) {
        let body = &rest[i + fence.len()..];
        let end = body.find("```").unwrap();
        out.push(body[..end].to_string());
        rest = &body[end + 3..];
    }
    out
}

fn tradesim(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_tradesim"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

#[test]
fn the_documented_example_lints_clean_and_plays() {
    let doc = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/scenario-format.md"),
    )
    .unwrap();
    let ron = &blocks(&doc, "ron")[0];
    let ftl = &blocks(&doc, "ftl")[0];
    let actions = &blocks(&doc, "text")[0];
    let t = tempfile::tempdir().unwrap();
    for (rel, text) in [
        ("scenarios/garlic.ron", ron.as_str()),
        ("locales/en-US/garlic.ftl", ftl.as_str()),
        ("locales/zh-CN/garlic.ftl", ftl.as_str()),
        ("garlic.actions", actions.as_str()),
    ] {
        let p = t.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    let lint = tradesim(
        t.path(),
        &["lint", "--format", "short", "--deny-warnings", "."],
    );
    assert_eq!(String::from_utf8_lossy(&lint.stdout), "");
    assert!(lint.status.success());

    let run = tradesim(
        t.path(),
        &[
            "run",
            "scenarios/garlic.ron",
            "--seed",
            "1",
            "--actions",
            "garlic.actions",
            "--json",
        ],
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(v["ending"], "paid");
    assert_eq!(v["total"], 100);
    assert_eq!(v["pass"], true);
}
