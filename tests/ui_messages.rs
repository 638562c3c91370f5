//! UI chrome text and code agree: every `ui-*` id the code names exists in each
//! locales/*/ui.ftl, and every message there is named by the code (a literal id, or an
//! id the code builds from a prefix such as `ui-domain-{}`).

mod source_tree;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use source_tree::rust_files;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The `"ui-…"` string literals of some Rust text: whole ids, and prefixes of ids built
/// with `format!` (the literal up to its first `{`).
fn ids_in(text: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let (mut whole, mut prefixes) = (BTreeSet::new(), BTreeSet::new());
    let mut rest = text;
    while let Some(i) = rest.find("\"ui-") {
        let lit = &rest[i + 1..];
        let Some(end) = lit.find('"') else { break };
        let id = &lit[..end];
        match id.find('{') {
            Some(b) => prefixes.insert(id[..b].to_string()),
            None => whole.insert(id.to_string()),
        };
        rest = &lit[end + 1..];
    }
    (whole, prefixes)
}

/// Message ids defined in an .ftl text (terms, `-x`, and attributes are not messages).
fn messages_in(ftl: &str) -> BTreeSet<String> {
    ftl.lines()
        .filter_map(|l| {
            let (id, _) = l.split_once('=')?;
            let id = id.trim_end();
            let ok = id.starts_with(|c: char| c.is_ascii_alphabetic())
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            ok.then(|| id.to_string())
        })
        .collect()
}

fn code_ids() -> (BTreeSet<String>, BTreeSet<String>) {
    let files = rust_files(&root().join("src"));
    let (mut whole, mut prefixes) = (BTreeSet::new(), BTreeSet::new());
    for f in files {
        let (w, p) = ids_in(&std::fs::read_to_string(&f).unwrap());
        whole.extend(w);
        prefixes.extend(p);
    }
    (whole, prefixes)
}

fn ui_files() -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for e in std::fs::read_dir(root().join("locales")).unwrap().flatten() {
        let ui = e.path().join("ui.ftl");
        if ui.is_file() {
            let lang = e.file_name().to_string_lossy().to_string();
            out.insert(lang, messages_in(&std::fs::read_to_string(ui).unwrap()));
        }
    }
    out
}

#[test]
fn every_ui_id_in_code_exists_in_every_locale() {
    let (whole, prefixes) = code_ids();
    assert!(
        whole.len() > 50 && prefixes.contains("ui-domain-"),
        "{whole:?} {prefixes:?}"
    );
    for (lang, defined) in ui_files() {
        let missing: Vec<_> = whole.difference(&defined).collect();
        assert!(missing.is_empty(), "{lang}/ui.ftl lacks {missing:?}");
        for p in &prefixes {
            assert!(
                defined.iter().any(|d| d.starts_with(p.as_str())),
                "{lang}/ui.ftl has no message for the code's `{p}{{…}}`"
            );
        }
    }
}

#[test]
fn every_ui_message_is_used_by_the_code() {
    let (whole, prefixes) = code_ids();
    for (lang, defined) in ui_files() {
        let unused: Vec<_> = defined
            .iter()
            .filter(|d| !whole.contains(*d) && !prefixes.iter().any(|p| d.starts_with(p.as_str())))
            .collect();
        assert!(
            unused.is_empty(),
            "{lang}/ui.ftl: not used by the code: {unused:?}"
        );
    }
}

#[test]
fn each_way_an_exam_ends_has_its_message() {
    use tradesim::tui::app::Submitted;
    for (lang, defined) in ui_files() {
        for s in [
            Submitted::Completed,
            Submitted::Candidate,
            Submitted::TimeUp,
        ] {
            let id = format!("ui-exam-over-{}", s.key());
            assert!(defined.contains(&id), "{lang}/ui.ftl lacks {id}");
        }
    }
}

#[test]
fn reads_ids_and_messages() {
    let (w, p) = ids_in(r#"t("ui-a"); format!("ui-b-{}", k); "x-ui-no"; "ui-c""#);
    assert_eq!(w, BTreeSet::from(["ui-a".into(), "ui-c".into()]));
    assert_eq!(p, BTreeSet::from(["ui-b-".to_string()]));
    let m = messages_in("ui-a = A\n    .attr = x\n-term = T\nui-b =\n    multi\n# ui-c = no\n");
    assert_eq!(m, BTreeSet::from(["ui-a".into(), "ui-b".into()]));
}
