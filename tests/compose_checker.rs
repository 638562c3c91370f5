//! The rubric checker on hand-written replies (tests/fixtures/compose/<rubric>/*.txt, each
//! opening with `# met: ITEM ...`, the automatic items the reply meets), and on any text.

use std::path::Path;

use proptest::prelude::*;
use tradesim::scenario::rubric::{RubricItem, Verdict, check, word_count};

fn rubric(name: &str) -> Vec<RubricItem> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/fixtures/compose/{name}.rubric.ron"));
    ron::from_str(&std::fs::read_to_string(&p).unwrap())
        .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn no_variables(_: &str) -> Option<String> {
    None
}

/// Every reply of a set: (file name, expected met items, text).
fn replies(name: &str) -> Vec<(String, Vec<String>, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/compose")
        .join(name);
    let mut out: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            let all = std::fs::read_to_string(&p).unwrap();
            let (head, text) = all.split_once('\n').unwrap_or((&all, ""));
            let met = head
                .strip_prefix("# met:")
                .unwrap_or_else(|| panic!("{}: no `# met:` line", p.display()));
            let file = p.file_name().unwrap().to_string_lossy().into_owned();
            (
                file,
                met.split_whitespace().map(String::from).collect(),
                text.to_string(),
            )
        })
        .collect();
    out.sort();
    out
}

fn check_set(name: &str) -> usize {
    let items = rubric(name);
    let mut wrong = Vec::new();
    let set = replies(name);
    for (file, want, text) in &set {
        let results = check(&items, text, &no_variables);
        for (item, r) in items.iter().zip(&results) {
            let expected = if item.examiner {
                Verdict::Examiner
            } else if want.contains(&item.id) {
                Verdict::Met
            } else {
                Verdict::NotMet
            };
            if r.verdict != expected {
                wrong.push(format!(
                    "{file}: `{}` is {:?}, expected {expected:?} (found {:?}, missing {:?})",
                    item.id, r.verdict, r.found, r.missing
                ));
            }
        }
        for id in want {
            assert!(
                items.iter().any(|i| &i.id == id),
                "{file}: no rubric item `{id}`"
            );
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    set.len()
}

#[test]
fn replies_to_an_rfq() {
    assert!(check_set("rfq") >= 20);
}

#[test]
fn replies_to_a_quality_claim() {
    assert!(check_set("claim") >= 10);
}

#[test]
fn what_was_found_is_located_in_the_reply() {
    let items = rubric("rfq");
    let text = "Price: USD 12,500 FOB Ningbo, with free shipping.";
    let results = check(&items, text, &no_variables);
    let price = &results[0];
    assert_eq!(&text[price.found[0].span.clone()], "12,500");
    let incoterm = &results[1];
    assert_eq!(&text[incoterm.found[0].span.clone()], "FOB Ningbo");
    let promise = &results[6];
    assert!(promise.found[0].forbidden);
    assert_eq!(&text[promise.found[0].span.clone()], "free shipping");
    let wrong = check(&items, "USD 12,500 CIF Hamburg", &no_variables);
    assert_eq!(wrong[1].missing, ["FOB Ningbo (the reply names CIF)"]);
}

#[test]
fn values_come_from_variables() {
    let items: Vec<RubricItem> = ron::from_str(
        r#"[(id: "p", label: "l", score: {}, values: [Money(amount: "price", currency: "USD")])]"#,
    )
    .unwrap();
    let vars = |n: &str| (n == "price").then(|| "9800".to_string());
    assert_eq!(check(&items, "USD 9,800", &vars)[0].verdict, Verdict::Met);
    assert_eq!(
        check(&items, "USD 12,500", &vars)[0].verdict,
        Verdict::NotMet
    );
}

#[test]
fn counts_words_as_students_do() {
    assert_eq!(word_count("Dear Ms. Weber, USD 12,500 FOB Ningbo."), 7);
    assert_eq!(word_count("您好 Weber"), 3);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn never_panics_on_any_reply(text in any::<String>()) {
        for name in ["rfq", "claim"] {
            let items = rubric(name);
            let results = check(&items, &text, &no_variables);
            prop_assert_eq!(results.len(), items.len());
            for r in results {
                for f in r.found {
                    prop_assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
                }
            }
        }
        let _ = word_count(&text);
    }

    #[test]
    fn never_panics_on_any_rubric_value(text in "[0-9A-Za-z$,./ 年月日-]{0,40}", value in any::<String>(), phrase in any::<String>()) {
        let item = RubricItem {
            id: "x".into(), label: "l".into(), score: Default::default(), feedback: None,
            examiner: false, levels: vec![],
            phrases: vec![tradesim::scenario::rubric::PhraseGroup::AnyOf(vec![phrase.clone()])],
            values: vec![
                tradesim::scenario::rubric::RequiredValue::Money { amount: value.clone(), currency: value.clone() },
                tradesim::scenario::rubric::RequiredValue::Number(value.clone()),
                tradesim::scenario::rubric::RequiredValue::Incoterm { term: value.clone(), place: phrase.clone() },
                tradesim::scenario::rubric::RequiredValue::Date(value.clone()),
            ],
            forbidden: vec![phrase],
        };
        let r = check(std::slice::from_ref(&item), &text, &no_variables);
        prop_assert_eq!(r.len(), 1);
    }
}
