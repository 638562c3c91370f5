//! Diagnostics like a compiler's, for every broken fixture in tests/fixtures/bad/: the
//! graphical drawing (colours off, 80 columns: what a pipe gets) and the narratable text
//! (what NO_COLOR and screen readers get), each checked by snapshot.

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixtures() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    v.sort();
    v
}

fn lint(dir: &Path, format: &str) -> (String, Option<i32>) {
    let out = Command::new(env!("CARGO_BIN_EXE_tradesim"))
        .args(["lint", "--format", format, "."])
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("TRADESIM_SCENARIOS")
        .output()
        .unwrap();
    (String::from_utf8(out.stdout).unwrap(), out.status.code())
}

/// The fixture's name: its rule, or `rule.case` for a further case of it.
fn rule(dir: &Path) -> String {
    let name = fixture(dir);
    name.split('.').next().unwrap_or(&name).to_string()
}

fn fixture(dir: &Path) -> String {
    dir.file_name().unwrap().to_string_lossy().to_string()
}

/// The rule a fixture demonstrates.
fn rule_code(rule: &str) -> &str {
    rule.split('.').next().unwrap_or(rule)
}

#[test]
fn there_are_fixtures_to_render() {
    assert!(fixtures().len() >= 18, "{:?}", fixtures());
}

#[test]
fn graphical_diagnostics_for_every_fixture() {
    for dir in fixtures() {
        let rule = rule(&dir);
        let (out, code) = lint(&dir, "graphical");
        assert!(
            out.contains(&format!("{}\n", rule_code(&rule))),
            "{rule}: the code heads its report:\n{out}"
        );
        assert!(
            !out.contains('\u{1b}'),
            "{rule}: no colour when not at a terminal"
        );
        // messages and hints wrap at the width; source lines are shown as written
        let prose = out.lines().filter(|l| {
            let t = l.trim_start();
            let numbered = t
                .split_once(" │")
                .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
            !(numbered || t.starts_with('·'))
        });
        for l in prose {
            assert!(
                unicode_width::UnicodeWidthStr::width(l) <= 80,
                "{rule}: wider than 80 columns: {l}"
            );
        }
        let short = lint(&dir, "short");
        assert_eq!(code, short.1, "{rule}: same exit code as --format short");
        insta::with_settings!({ snapshot_suffix => fixture(&dir), prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!("graphical", out);
        });
    }
}

#[test]
fn narratable_diagnostics_for_every_fixture() {
    for dir in fixtures() {
        let rule = rule(&dir);
        let (out, _) = lint(&dir, "narratable");
        assert!(
            out.contains(&format!("diagnostic code: {}", rule_code(&rule))),
            "{rule}:\n{out}"
        );
        assert!(!out.contains('│'), "{rule}: no box drawing");
        insta::with_settings!({ snapshot_suffix => fixture(&dir), prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!("narratable", out);
        });
    }
}

#[test]
fn text_is_narratable_when_not_at_a_terminal() {
    for dir in fixtures() {
        assert_eq!(
            lint(&dir, "text").0,
            lint(&dir, "narratable").0,
            "{}",
            rule(&dir)
        );
    }
}

/// Every diagnostic in --format short appears in the drawn report: same problems, same
/// order, only drawn differently.
#[test]
fn drawn_and_short_reports_agree() {
    for dir in fixtures() {
        let rule = rule(&dir);
        let short = lint(&dir, "short").0;
        let narr = lint(&dir, "narratable").0;
        let messages: Vec<&str> = short
            .lines()
            .filter(|l| !l.starts_with("  hint: "))
            .map(|l| l.split_once("]: ").map_or(l, |x| x.1))
            .collect();
        let mut at = 0;
        for m in messages {
            let found = narr[at..]
                .find(m)
                .unwrap_or_else(|| panic!("{rule}: `{m}` missing or out of order in\n{narr}"));
            at += found + m.len();
        }
        for hint in short.lines().filter_map(|l| l.strip_prefix("  hint: ")) {
            assert!(
                narr.contains(&format!("diagnostic help: {hint}")),
                "{rule}: hint `{hint}`"
            );
        }
    }
}

/// In a real terminal (a pseudo-terminal from `script`) the default is the graphical,
/// coloured drawing; NO_COLOR switches to narratable.
#[test]
fn a_terminal_gets_colour_unless_no_color() {
    if Command::new("script").arg("--version").output().is_err() {
        println!("NOTICE: `script` (util-linux) not found; terminal detection not checked");
        return;
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad/missing-target");
    let run = |no_color: bool| {
        let mut c = Command::new("script");
        c.args([
            "-qec",
            &format!("{} lint .", env!("CARGO_BIN_EXE_tradesim")),
            "/dev/null",
        ])
        .current_dir(&dir)
        .env("TERM", "xterm-256color")
        .env("COLUMNS", "100")
        .env("LINES", "40");
        if no_color {
            c.env("NO_COLOR", "1");
        } else {
            c.env_remove("NO_COLOR");
        }
        String::from_utf8_lossy(&c.output().unwrap().stdout).into_owned()
    };
    let colour = run(false);
    assert!(
        colour.contains('\u{1b}') && colour.contains('│'),
        "graphical in colour:\n{colour}"
    );
    let plain = run(true);
    assert!(
        plain.contains("diagnostic code: missing-target") && !plain.contains('\u{1b}'),
        "narratable:\n{plain}"
    );
}
