//! docs/authoring.md walks a teacher through commands: every one in its `sh` blocks is run,
//! in order, in a fresh folder, and must succeed, so the guide never goes stale.

use std::path::Path;
use std::process::Command;

fn sh_commands(doc: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = doc;
    while let Some(i) = rest.find("```sh\n") {
        let body = &rest[i + 6..];
        let end = body.find("```").unwrap();
        out.extend(
            body[..end]
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from),
        );
        rest = &body[end + 3..];
    }
    out
}

#[test]
fn every_command_in_the_guide_works() {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/authoring.md"))
            .unwrap();
    let commands = sh_commands(&doc);
    assert!(commands.len() >= 7, "{commands:?}");
    let dir = tempfile::tempdir().unwrap();
    for c in &commands {
        let words: Vec<&str> = c.split_whitespace().collect();
        assert_eq!(words[0], "tradesim", "{c}");
        let out = Command::new(env!("CARGO_BIN_EXE_tradesim"))
            .args(&words[1..])
            .current_dir(dir.path())
            .env("NO_COLOR", "1")
            .env_remove("TRADESIM_SCENARIOS")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "`{c}` failed:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn the_guide_links_the_reference() {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/authoring.md"))
            .unwrap();
    assert!(doc.contains("](scenario-format.md)"));
    assert!(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("docs/scenario-format.md")
            .is_file()
    );
}

#[test]
fn the_guides_are_in_the_binary() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (name, file) in [
        ("authoring", "docs/authoring.md"),
        ("format", "docs/scenario-format.md"),
        ("assessment", "docs/assessment.md"),
        ("glossary", "docs/glossary.md"),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_tradesim"))
            .args(["docs", name])
            .current_dir(std::env::temp_dir())
            .output()
            .unwrap();
        assert!(out.status.success(), "{name}");
        let want = std::fs::read_to_string(root.join(file)).unwrap();
        assert_eq!(String::from_utf8(out.stdout).unwrap(), want, "{name}");
    }
    let out = Command::new(env!("CARGO_BIN_EXE_tradesim"))
        .args(["docs", "authorin"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("authoring, format, assessment, glossary"),
        "{err}"
    );
}
