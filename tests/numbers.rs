//! Exact numbers for trade (issue 11): conversion there and back, and no expression over
//! money, decimals, percentages and rates can panic, whatever its values.

use proptest::prelude::*;
use tradesim::engine::parse_number;
use tradesim::scenario::expr::{
    Decimal, Scope, Ty, Val, apply, eval, parse_expr, parse_statement, round_half_up,
};

/// usd (Money USD), cny (Money CNY), jpy (Money JPY), usd_cny, usd_jpy (Rate), pct
/// (Percent), cbm (Decimal), n (Int), d (Days).
struct Vars;

const NAMES: [&str; 9] = [
    "usd", "cny", "jpy", "usd_cny", "usd_jpy", "pct", "cbm", "n", "d",
];

impl Scope for Vars {
    fn lookup(&self, name: &str) -> Option<(usize, Ty)> {
        let ty = match name {
            "usd" => Ty::Money("USD".into()),
            "cny" => Ty::Money("CNY".into()),
            "jpy" => Ty::Money("JPY".into()),
            "usd_cny" => Ty::Rate("USD".into(), "CNY".into()),
            "usd_jpy" => Ty::Rate("USD".into(), "JPY".into()),
            "pct" => Ty::Percent,
            "cbm" => Ty::Decimal,
            "n" => Ty::Int,
            "d" => Ty::Days,
            _ => return None,
        };
        Some((NAMES.iter().position(|n| *n == name)?, ty))
    }
    fn names(&self) -> Vec<String> {
        NAMES.map(String::from).to_vec()
    }
}

fn dec(units: i64, scale: u32) -> Decimal {
    Decimal::new(units, scale)
}

proptest! {
    /// For a rate of at least 1 (USD into CNY, JPY, KZT), an amount converted and converted
    /// back, each time rounded to the minor unit on assignment, is off by at most one minor
    /// unit. (Below 1 a cent of the target currency is worth more than a cent of the
    /// source, so the round trip can only be as good as the coarser unit.)
    #[test]
    fn convert_there_and_back_within_one_minor_unit(
        cents in -1_000_000_000_000i64..1_000_000_000_000,
        rate in 10_000i64..2_000_000,
    ) {
        let mut vars = vec![
            Val::num(dec(cents, 2)), Val::Int(0), Val::Int(0),
            Val::num(dec(rate, 4)), Val::Int(150), Val::Int(0), Val::Int(0), Val::Int(0), Val::Int(0),
        ];
        apply(&parse_statement("cny = convert(usd, usd_cny)", &Vars).unwrap(), &mut vars).unwrap();
        let there = vars[1].as_dec();
        prop_assert_eq!(there, round_half_up(there, 2), "rounded to the fen");
        apply(&parse_statement("usd = cny / usd_cny", &Vars).unwrap(), &mut vars).unwrap();
        let back = vars[0].as_dec();
        prop_assert!((back - dec(cents, 2)).abs() <= dec(1, 2), "{} -> {} -> {}", dec(cents, 2), there, back);
    }

    /// Any expression the checker accepts evaluates without a panic, over any values,
    /// including zero divisors, extremes and fractions with 28 digits.
    #[test]
    fn no_expression_over_the_new_types_panics(
        parts in prop::collection::vec(
            prop::sample::select(vec![
                "usd", "cny", "jpy", "usd_cny", "usd_jpy", "pct", "cbm", "n", "d",
                "12.50", "0.3%", "13%", "0", "0.0", "7", "79228162514264337593543950335",
                "0.0000000000000000000000000001",
            ]),
            1..6,
        ),
        ops in prop::collection::vec(prop::sample::select(vec!["+", "-", "*", "/", "%"]), 5),
        wrap in prop::sample::select(vec!["", "round", "ceil", "floor", "abs", "convert", "min", "max"]),
        values in prop::collection::vec(
            prop::sample::select(vec![
                Val::Int(0), Val::Int(i64::MAX), Val::Int(i64::MIN), Val::Int(-1),
                Val::Dec(Decimal::MAX), Val::Dec(Decimal::MIN), Val::Dec(dec(1, 28)),
                Val::Dec(dec(-125, 2)), Val::Dec(dec(712, 2)),
            ]),
            9,
        ),
    ) {
        let mut src = parts[0].to_string();
        for (p, op) in parts[1..].iter().zip(&ops) {
            src = format!("{src} {op} {p}");
        }
        src = match wrap {
            "" => src,
            "round" => format!("round({src}, 2)"),
            "convert" => format!("convert({src}, usd_cny)"),
            "min" | "max" => format!("{wrap}({src}, usd)"),
            f => format!("{f}({src})"),
        };
        if let Ok((e, _)) = parse_expr(&src, &Vars) {
            let _ = eval(&e, &values);
        }
        for target in NAMES {
            if let Ok(s) = parse_statement(&format!("{target} -= {src}"), &Vars) {
                let mut vars = values.clone();
                if apply(&s, &mut vars).is_err() {
                    prop_assert_eq!(&vars, &values, "a zero divisor changes nothing");
                }
            }
        }
    }

    /// Whatever a student types, reading it as a number never panics.
    #[test]
    fn any_form_entry_reads_without_panic(entry in "\\PC{0,60}") {
        let _ = parse_number(&entry);
    }
}

#[test]
fn a_quote_computes_to_the_cent() {
    // 640 LED panels at USD 12.50, 0.3% premium on 110% of CIF 8,400.00:
    // 8400 * 1.1 * 0.003 = 27.72; CNY at 7.12: 8,000.00 * 7.12 = 56,960.00.
    let mut vars = vec![Val::Int(0); 9];
    vars[3] = Val::num(dec(712, 2));
    for (effect, var, want) in [
        ("usd = 640 * 12.50", 0, "8000"),
        ("cny = usd * usd_cny", 1, "56960"),
        ("usd = 8400 * 110% * 0.3%", 0, "27.72"),
        ("usd = 100.00 / 3", 0, "33.33"),
        ("n = 100 / 3", 7, "33"),
        ("usd = 2.345 * 1", 0, "2.35"),
        ("jpy = 1234.5 * 1", 2, "1235"),
    ] {
        apply(&parse_statement(effect, &Vars).unwrap(), &mut vars).unwrap();
        assert_eq!(vars[var].as_dec().normalize().to_string(), want, "{effect}");
    }
}

/// 换汇成本 (domain.md section 1): total cost in CNY over the FOB net income in USD is a
/// rate in CNY per USD, exact, compared with the bank's buying rate; the worked example
/// (cost 105, FOB USD 16.50) gives 6.36. The same currency over itself stays a count.
#[test]
fn money_over_money_in_two_currencies_is_an_exchange_rate() {
    let e = parse_expr("cny / usd", &Vars).unwrap();
    assert_eq!(e.1, Ty::Rate("USD".into(), "CNY".into()));
    let mut vars = vec![Val::Int(0); 9];
    vars[0] = Val::num(dec(1650, 2));
    vars[1] = Val::Int(105);
    let got = eval(&e.0, &vars).as_dec();
    assert_eq!(round_half_up(got, 2).to_string(), "6.36", "{got}");
    vars[3] = Val::num(dec(710, 2));
    let cond = parse_expr("cny / usd < usd_cny", &Vars).unwrap();
    assert_eq!(eval(&cond.0, &vars), Val::Flag(true));
    assert_eq!(parse_expr("usd / usd", &Vars).unwrap().1, Ty::Int);
    assert!(parse_expr("cny * usd", &Vars).is_err());
}

fn doc_block(doc: &str, lang: &str) -> String {
    let fence = format!("```{lang}\n");
    let body = &doc[doc.find(&fence).unwrap() + fence.len()..];
    body[..body.find("```").unwrap()].to_string()
}

/// The documented example, played with a wrong USD figure and the CNY figure typed in
/// full-width digits: the feedback shows the student's figure and the expected one, and
/// the full-width entry is accepted.
#[test]
fn wrong_figures_are_shown_beside_the_expected_one() {
    let doc = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/scenario-format.md"),
    )
    .unwrap();
    let t = tempfile::tempdir().unwrap();
    let ftl = doc_block(&doc, "ftl");
    for (rel, text) in [
        ("scenarios/garlic.ron", doc_block(&doc, "ron")),
        ("locales/en-US/garlic.ftl", ftl.clone()),
        ("locales/zh-CN/garlic.ftl", ftl),
        (
            "a.actions",
            "choose 1\nsubmit total=27000 yuan=１９６，５９７．４４\nmark contract.price\nchoose 1\n"
                .into(),
        ),
    ] {
        let p = t.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_tradesim"))
        .args([
            "run",
            "scenarios/garlic.ron",
            "--seed",
            "1",
            "--actions",
            "a.actions",
        ])
        .current_dir(t.path())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("You entered 27000; the contract value is 27,612: 24 × 1,150.50."),
        "{text}"
    );
    assert!(
        text.contains("Right: USD 27,612.00 × 7.12 = CNY 196,597.44."),
        "{text}"
    );
}

/// The base mini-scenario where choice 1 and both random outcomes divide by `units`, which
/// is 0 until the form stores a count.
fn dividing_scenario() -> tradesim::scenario::compile::Scenario {
    use std::path::Path;
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base/scenarios/mini.ron");
    let text = std::fs::read_to_string(base)
        .unwrap()
        .replacen(
            r#""cash": Money(initial: 1000, currency: "USD", visible: true),"#,
            r#""cash": Money(initial: 1000, currency: "USD", visible: true),
        "units": Integer(initial: 0, min: 0, max: 10),"#,
            1,
        )
        .replacen(
            r#"effects: ["cash -= 100"]"#,
            r#"effects: ["cash = cash / units"]"#,
            1,
        )
        .replace(
            r#"text: "draw-clear", goto"#,
            r#"text: "draw-clear", effects: ["cash = cash / units"], goto"#,
        )
        .replace(
            r#"text: "draw-inspect", goto"#,
            r#"text: "draw-inspect", effects: ["units = 10 % units"], goto"#,
        );
    let (s, diags) = tradesim::scenario::compile(&tradesim::scenario::SourceFile {
        path: "mini.ron".into(),
        text,
    });
    s.unwrap_or_else(|| panic!("{diags:?}"))
}

#[test]
fn a_zero_divisor_at_play_time_is_refused_and_changes_nothing() {
    use tradesim::engine::{Action, Attempt, Rejected};
    let s = dividing_scenario();
    let (mut a, _) = Attempt::new(&s, 7);
    let before = (a.state.clone(), a.rng.clone());
    // the choice's own effect divides by zero
    let e = a.act(&s, Action::Choose(0)).unwrap_err();
    assert_eq!(
        e,
        Rejected::DivisionByZero {
            node: "choose".into()
        }
    );
    assert!(
        e.to_string().contains("divide by zero at node `choose`"),
        "{e}"
    );
    assert_eq!(a.state, before.0);
    assert_eq!(a.rng, before.1);
    assert!(a.actions.is_empty(), "a refused move is not recorded");
    // the other choice is fine; the form's move leads to a random event that divides
    a.act(&s, Action::Choose(1)).unwrap();
    let at_form = (a.state.clone(), a.rng.clone());
    let submit = Action::Submit(vec![("mode".into(), "9710".into())]);
    let e = a.act(&s, submit.clone()).unwrap_err();
    assert_eq!(
        e,
        Rejected::DivisionByZero {
            node: "draw".into()
        }
    );
    assert_eq!(
        a.state, at_form.0,
        "the form's move is undone with the draw"
    );
    assert_eq!(a.rng, at_form.1, "the draw is not spent");
    assert_eq!(a.actions.len(), 1);
    // replaying the accepted actions gives the same attempt
    let again = Attempt::replay(&s, 7, &a.actions).unwrap();
    assert_eq!(again.state, a.state);
}
