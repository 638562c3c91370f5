//! Issue 11: the `pricing` expert path reproduces a worked example computed by hand, to the
//! cent. The figures below were worked out apart from the scenario (Python `decimal`, half-up
//! to the cent at each stored figure), from the case's premises: 2,000 wigs at CNY 226,000.00
//! incl. 13% VAT, rebate rate 13%, domestic charges CNY 9,000.00, 10% margin on the price,
//! buying rate 7.10, freight USD 1,800.00, premium 0.3% on 110% of CIF, forward at 7.06.
//!
//!   rebate       226,000.00 / 1.13 x 13%            = 26,000.00
//!   real cost    226,000.00 - 26,000.00             = 200,000.00
//!   total cost   200,000.00 + 9,000.00              = 209,000.00
//!   FOB          209,000.00 / 0.90 / 7.10           = 32,707.355... -> 32,707.36
//!   CFR          32,707.36 + 1,800.00               = 34,507.36
//!   CIF          34,507.36 / (1 - 1.1 x 0.003)      = 34,621.611... -> 34,621.61
//!   premium      34,621.61 x 1.1 x 0.003            = 114.251... -> 114.25
//!   换汇成本      209,000.00 / 32,707.36             = 6.3900
//!   出口盈亏率    (32,707.36 x 7.10 - 209,000.00) / 209,000.00 = 11.11%
//!   profit, buyer accepts, forward delivered: 32,707.36 x 7.06 - 209,000.00 = 21,913.96
//!   profit, 1% off after a counter:  32,380.29 x 7.06 - 209,000.00           = 19,604.85

use std::collections::HashMap;
use std::path::Path;

use tradesim::engine::{Action, Attempt, Entry, parse_actions};
use tradesim::scenario::compile::{Scenario, compile};
use tradesim::scenario::library::Library;

fn shipped(id: &str) -> Scenario {
    let lib = Library::shipped();
    let files = lib.get(id).expect("shipped");
    compile(&files.ron).0.expect("compiles")
}

fn pricing() -> Scenario {
    shipped("pricing")
}

/// The expert path's `NODE_ID: ACTION` lines.
fn expert(id: &str) -> HashMap<String, Action> {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/paths/{id}-expert.actions")),
    )
    .unwrap();
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (node, action) = l.split_once(": ").unwrap();
            let mut acts = parse_actions(action).unwrap();
            (node.to_string(), acts.remove(0))
        })
        .collect()
}

fn play(s: &Scenario, seed: u64) -> Attempt {
    let path = expert(&s.file.id);
    let (mut a, _) = Attempt::new(s, seed);
    while !a.finished() {
        let id = s.node(a.state.node).id().to_string();
        let act = path[&id].clone();
        a.act(s, act)
            .unwrap_or_else(|e| panic!("seed {seed} at {id}: {e}"));
    }
    a
}

fn figure(s: &Scenario, a: &Attempt, name: &str) -> String {
    let v = &a.state.vars[s.var_index(name).unwrap()];
    format!("{:.2}", v.as_dec())
}

#[test]
fn the_expert_path_reproduces_the_hand_worked_quote_to_the_cent() {
    let s = pricing();
    let mut branches = (false, false);
    for seed in 1..=40 {
        let a = play(&s, seed);
        for (name, want) in [
            ("rebate", "26000.00"),
            ("actual_cost", "200000.00"),
            ("total_cost", "209000.00"),
            ("cfr", "34507.36"),
            ("cif", "34621.61"),
            ("premium", "114.25"),
        ] {
            assert_eq!(figure(&s, &a, name), want, "seed {seed}: {name}");
        }
        let countered = a.state.log.iter().any(|e| s.node(e.node).id() == "counter");
        let (fob, profit) = if countered {
            branches.1 = true;
            ("32380.29", "19604.85")
        } else {
            branches.0 = true;
            ("32707.36", "21913.96")
        };
        assert_eq!(figure(&s, &a, "fob"), fob, "seed {seed}");
        assert_eq!(figure(&s, &a, "profit_cny"), profit, "seed {seed}");
        // every figure the expert typed took the first (full-credit) answer of its field,
        // so the scenario's own expected figures agree with the hand-worked ones
        for e in &a.state.log {
            if let Entry::Submitted { fields } = &e.entry {
                for f in fields {
                    assert_eq!(
                        f.answer,
                        Some(0),
                        "seed {seed}: {} = {}",
                        s.node(e.node).id(),
                        f.entry
                    );
                }
            }
        }
        assert_eq!(a.score(&s).total, 100);
    }
    assert!(branches.0 && branches.1, "both buyer replies were played");
}

/// The partial credit a slip earns, and the wrong method scoring nothing: the rebate taken on
/// the VAT-inclusive price (226,000.00 x 13% = 29,380.00) against a slip of a few yuan.
#[test]
fn a_slip_earns_part_and_the_wrong_method_nothing() {
    let s = pricing();
    let (mut a, _) = Attempt::new(&s, 1);
    a.act(&s, Action::Choose(0)).unwrap();
    a.act(&s, Action::Choose(1)).unwrap();
    let submit = |rebate: &str| {
        Action::Submit(vec![
            ("rebate".into(), rebate.into()),
            ("actual".into(), "200,000.00".into()),
            ("total".into(), "209,000.00".into()),
        ])
    };
    for (entry, answer) in [
        ("26,000.00", Some(0)),
        ("29,380.00", Some(1)),
        ("26,080.00", Some(2)),
        ("30,000", None),
    ] {
        let mut b = a.clone();
        b.act(&s, submit(entry)).unwrap();
        let Entry::Submitted { fields } = &b.state.log.last().unwrap().entry else {
            panic!("a form entry")
        };
        assert_eq!(fields[0].answer, answer, "{entry}");
    }
}

/// The capstone books the rebate exactly and its currency move: worked by hand for each
/// purchase price the expert can meet (USD, half-up to the cent): rebate = goods / 1.13 x
/// 13%; the CNY rebate = goods x 7.10 / 1.13 x 13%; it reaches the account at the day's
/// buying rate (7.10 unchanged, 6.98 after full collection, 7.18 after partial).
#[test]
fn the_capstone_books_the_rebate_to_the_cent_and_its_fx_move() {
    let s = shipped("capstone");
    // goods, rebate (USD), rebate (CNY), [(rate, fx result)]
    let table = [
        (
            "38400",
            "4417.70",
            "31365.66",
            [("7.10", "0.00"), ("6.98", "75.95"), ("7.18", "-49.22")],
        ),
        (
            "34560",
            "3975.93",
            "28229.10",
            [("7.10", "0.00"), ("6.98", "68.35"), ("7.18", "-44.30")],
        ),
        (
            "32800",
            "3773.45",
            "26791.50",
            [("7.10", "0.00"), ("6.98", "64.87"), ("7.18", "-42.04")],
        ),
        (
            "44000",
            "5061.95",
            "35939.82",
            [("7.10", "0.00"), ("6.98", "87.02"), ("7.18", "-56.40")],
        ),
        (
            "39600",
            "4555.75",
            "32345.84",
            [("7.10", "0.00"), ("6.98", "78.32"), ("7.18", "-50.76")],
        ),
    ];
    let mut checked = 0;
    for seed in 1..=60 {
        let a = play(&s, seed);
        assert_eq!(a.score(&s).total, 100, "seed {seed}");
        let goods = format!(
            "{:.0}",
            a.state.vars[s.var_index("goods_cost").unwrap()].as_dec()
        );
        let row = table
            .iter()
            .find(|r| r.0 == goods)
            .unwrap_or_else(|| panic!("seed {seed}: goods {goods} not worked by hand"));
        assert_eq!(figure(&s, &a, "rebate"), row.1, "seed {seed}");
        assert_eq!(figure(&s, &a, "rebate_cny"), row.2, "seed {seed}");
        let filed = a
            .state
            .log
            .iter()
            .any(|e| s.node(e.node).id() == "close_file");
        if filed {
            let rate = format!(
                "{:.2}",
                a.state.vars[s.var_index("usd_cny").unwrap()].as_dec()
            );
            let fx = row
                .3
                .iter()
                .find(|(r, _)| *r == rate)
                .expect("a rate worked by hand");
            assert_eq!(figure(&s, &a, "fx_result"), fx.1, "seed {seed} at {rate}");
            checked += 1;
        }
    }
    assert!(checked > 0, "some seeds reach the file's close");
}
