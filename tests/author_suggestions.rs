//! "Did you mean": every name a teacher types by hand, misspelled in a scaffolded scenario,
//! is caught with the right suggestion in the hint.

use std::path::Path;
use std::process::Command;

fn tradesim(dir: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_tradesim"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("TRADESIM_SCENARIOS")
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

/// (file, text to replace, replacement, rule, expected hint)
const CASES: &[(&str, &str, &str, &str, &str)] = &[
    (
        "ron",
        r#"goto: "transit","#,
        r#"goto: "transt","#,
        "missing-target",
        "did you mean `transit`?",
    ),
    (
        "ron",
        r#""days_left -= 3""#,
        r#""days_lef -= 3""#,
        "undefined-variable",
        "did you mean `days_left`?",
    ),
    (
        "ron",
        r#"expected: "cartons""#,
        r#"expected: "carton""#,
        "undefined-variable",
        "did you mean `cartons`?",
    ),
    (
        "ron",
        r#"text: "end-held""#,
        r#"text: "end-hel""#,
        "missing-message",
        "did you mean `end-held`?",
    ),
    (
        "ron",
        r#"documents: ["invoice"],
            choices"#,
        r#"documents: ["invoce"],
            choices"#,
        "unknown-document",
        "did you mean `invoice`?",
    ),
    (
        "ron",
        r#"field: "packing.cartons""#,
        r#"field: "packing.carton""#,
        "unknown-document",
        "did you mean `packing.cartons`?",
    ),
    (
        "ron",
        r#"score: {"compliance": 2},
                    feedback: "enquiry"#,
        r#"score: {"complance": 2},
                    feedback: "enquiry"#,
        "unknown-competency",
        "did you mean `compliance`?",
    ),
    (
        "ron",
        r#"Exact("FCA")"#,
        r#"Exact("FCX")"#,
        "never-true",
        "did you mean `FCA`?",
    ),
    (
        "ron",
        r#"goto: "booking",
                ),
                (
                    text: "enquiry-promise""#,
        r#"got: "booking",
                ),
                (
                    text: "enquiry-promise""#,
        "unknown-field",
        "did you mean `goto`?",
    ),
    (
        "ron",
        "kind: PackingList",
        "kind: PackingLst",
        "unknown-variant",
        "did you mean `PackingList`?",
    ),
    (
        "en",
        "{ $days_left } days?",
        "{ $days_lft } days?",
        "undefined-variable",
        "did you mean `$days_left`?",
    ),
    (
        "en",
        "goods-short = Green tea",
        "goods-short = { goods-ful }",
        "missing-message",
        "did you mean `{ goods-full }`?",
    ),
    (
        "en",
        "end-held =",
        "end-hld =",
        "unused-message",
        "did you mean `end-held`? The scenario uses that id",
    ),
];

#[test]
fn every_hand_typed_name_gets_a_suggestion() {
    let mut failures = Vec::new();
    for (file, from, to, rule, hint) in CASES {
        let tmp = tempfile::tempdir().unwrap();
        tradesim(tmp.path(), &["new", "tea"]);
        let path = match *file {
            "ron" => tmp.path().join("scenarios/tea.ron"),
            _ => tmp.path().join("locales/en-US/tea.ftl"),
        };
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            text.matches(from).count(),
            1,
            "`{from}` must occur once in {}",
            path.display()
        );
        std::fs::write(&path, text.replace(from, to)).unwrap();
        let out = tradesim(tmp.path(), &["lint", "--format", "short"]);
        let found = out.lines().collect::<Vec<_>>().windows(2).any(|w| {
            w[0].contains(&format!("[{rule}]"))
                && w[1].starts_with("  hint: ")
                && w[1].contains(hint)
        });
        if !found {
            failures.push(format!(
                "{rule} ({from} -> {to}): expected hint `{hint}`, got:\n{out}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n---\n"));
}
