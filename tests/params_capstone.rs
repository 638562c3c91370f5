//! The capstone is parametric (issue 12): two seeds show different goods, figures and
//! document errors in what a player reads, and each paper shows exactly the errors it drew.
//! tests/params.rs holds the same for `customs`; tests/library.rs plays the expert path.

use std::process::Command;

use tradesim::scenario::compile::{Scenario, compile};
use tradesim::scenario::library::Library;
use tradesim::scenario::variant::Variant;

fn capstone() -> Scenario {
    let lib = Library::shipped();
    compile(&lib.get("capstone").unwrap().ron).0.unwrap()
}

fn value(s: &Scenario, v: &Variant, name: &str) -> String {
    v.named(s)
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, x)| x)
        .unwrap_or_else(|| panic!("no param {name}"))
}

fn drawn_errors(s: &Scenario, v: &Variant) -> Vec<String> {
    v.named(s)
        .into_iter()
        .filter(|(n, x)| n.starts_with("doc_errors_") && x == "true")
        .map(|(n, _)| n)
        .collect()
}

/// What `run --policy first` prints for a seed: it takes open account, so it meets the
/// document check against the contract.
fn transcript(seed: u64) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_tradesim"))
        .args(["run", "capstone", "--policy", "first", "--seed"])
        .arg(seed.to_string())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The value a field shows, on its first line from `from` on.
fn shown<'t>(text: &'t str, from: &str, field: &str) -> &'t str {
    let at = text.find(from).unwrap_or_else(|| panic!("no `{from}`"));
    let line = text[at..]
        .lines()
        .find(|l| l.contains(&format!("({field})")))
        .unwrap_or_else(|| panic!("no field {field} after `{from}`"));
    line.split_once("): ").map_or("", |(_, v)| v)
}

#[test]
fn two_seeds_show_different_goods_figures_and_document_errors() {
    let s = capstone();
    let a = Variant::draw(&s, 1);
    let b_seed = (2..200)
        .find(|&k| {
            let b = Variant::draw(&s, k);
            ["product_wva", "cartons", "unit", "rail"]
                .iter()
                .all(|p| value(&s, &a, p) != value(&s, &b, p))
                && drawn_errors(&s, &a) != drawn_errors(&s, &b)
        })
        .expect("two different papers among 200 seeds");
    let (ta, tb) = (transcript(1), transcript(b_seed));
    // the pad line, the unit price and the carton count differ by construction
    for (from, field) in [
        ("== shortlist", "bid.product"),
        ("== shortlist", "bid.price"),
        ("== docs ", "packing.packages"),
    ] {
        assert_ne!(shown(&ta, from, field), shown(&tb, from, field), "{field}");
    }
    for (text, seed) in [(&ta, 1), (&tb, b_seed)] {
        let v = Variant::draw(&s, seed);
        let drawn = drawn_errors(&s, &v);
        assert_eq!(drawn.len(), 3, "{drawn:?}");
        let has = |e: &str| drawn.contains(&format!("doc_errors_{e}"));
        let at = |f: &str| shown(text, "== docs ", f);
        assert_eq!(at("invoice.goods").starts_with("Brake shoes"), has("goods"));
        assert_eq!(
            at("waybill.consignee").starts_with("Dala Transit LLP"),
            has("consignee")
        );
        assert_eq!(
            at("waybill.destination").starts_with("Astana"),
            has("destination")
        );
        assert_eq!(at("waybill.gross") != at("packing.gross"), has("gross"));
        assert_eq!(
            at("waybill.packages") != at("packing.packages"),
            has("packages")
        );
        assert_eq!(at("invoice.amount") != at("contract.amount"), has("amount"));
        // the goods and figures of this paper, on the documents the player checks
        assert!(at("packing.goods").contains(&value(&s, &v, "product_wva")));
        assert!(at("packing.packages").starts_with(&value(&s, &v, "cartons")));
    }
}
