//! A `Compose` node in play: the written answer is an action like any other (one line of an
//! action file or journal, escaped), and the rubric's automatic items score at once.

use std::path::Path;

use tradesim::engine::{Action, Attempt, Entry, Rejected, parse_actions};
use tradesim::scenario::compile::Scenario;
use tradesim::scenario::rubric::Verdict;
use tradesim::scenario::{SourceFile, compile};

/// The base mini-scenario's text with a written answer after the document check: its
/// rubric `items`, and `edit` applied to the rest (a param or variable, a larger max).
fn with_compose(items: &str, edit: impl Fn(String) -> String) -> String {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base/scenarios/mini.ron");
    let compose = format!(
        r#"        Compose(id: "write", text: "check-text", language: "en-US", words: (min: 5, max: 120), rubric: [
{items}        ], goto: "done"),
        Ending(id: "done""#
    );
    edit(std::fs::read_to_string(base).unwrap())
        .replacen(
            r#"hit: {"compliance": 2}, goto: "done")"#,
            r#"hit: {"compliance": 2}, goto: "write")"#,
            1,
        )
        .replacen(r#"        Ending(id: "done""#, &compose, 1)
}

fn compiled(text: String) -> Scenario {
    let (s, diags) = compile(&SourceFile {
        path: "mini.ron".into(),
        text,
    });
    s.unwrap_or_else(|| panic!("{diags:?}"))
}

/// The base mini-scenario with a written answer after the document check.
fn scenario() -> Scenario {
    compiled(with_compose(
        r#"            (id: "amount", label: "done-text", score: {"compliance": 3}, values: [Money(amount: "cash", currency: "USD")]),
            (id: "fair", label: "done-text", score: {"compliance": 1}, forbidden: ["accept liability"]),
            (id: "tone", label: "done-text", score: {"compliance": 1}, examiner: true, levels: ["done-text", "done-text"]),
"#,
        |t| t,
    ))
}

/// Plays up to the written answer (cash is 900 by then).
fn at_the_answer(s: &Scenario) -> Attempt {
    let (mut a, _) = Attempt::new(s, 1);
    for act in parse_actions("choose 1\nsubmit mode=9710\nmark invoice.amount\n").unwrap() {
        a.act(s, act).unwrap();
    }
    a
}

#[test]
fn automatic_items_score_and_examiner_items_wait() {
    let s = scenario();
    let mut a = at_the_answer(&s);
    let before = a.state.points[0];
    let reply = "Dear buyer,\nwe do not accept liability; the invoice shows US$900.00 as agreed.";
    a.act(&s, Action::Write(reply.into())).unwrap();
    let Some(Entry::Wrote { text, verdicts }) =
        a.state.log.iter().map(|l| l.entry.clone()).next_back()
    else {
        panic!("no written answer in the log")
    };
    assert_eq!(text, reply);
    assert_eq!(verdicts, [Verdict::Met, Verdict::Met, Verdict::Examiner]);
    assert_eq!(a.state.points[0] - before, 4);
    assert!(a.finished());
}

#[test]
fn a_wrong_figure_scores_nothing_for_it() {
    let s = scenario();
    let mut a = at_the_answer(&s);
    let before = a.state.points[0];
    a.act(
        &s,
        Action::Write("We accept liability for USD 1,000.".into()),
    )
    .unwrap();
    assert_eq!(a.state.points[0], before);
}

#[test]
fn the_answer_is_one_escaped_line_and_replays() {
    let s = scenario();
    let mut a = at_the_answer(&s);
    let reply = "Line one \"quoted\" # not a comment\r\n\tUSD 900 报价\u{1b}[31m\\";
    a.act(&s, Action::Write(reply.into())).unwrap();
    let text: String = a.actions.iter().map(|x| format!("{x}\n")).collect();
    assert_eq!(text.lines().count(), a.actions.len());
    assert!(!text.contains('\u{1b}') && !text.contains('\r') && !text.contains('\t'));
    assert_eq!(parse_actions(&text).unwrap(), a.actions);
    let replayed = Attempt::replay(&s, 1, &a.actions).unwrap();
    assert_eq!(replayed.state, a.state);
}

#[test]
fn only_a_written_answer_fits() {
    let s = scenario();
    let mut a = at_the_answer(&s);
    assert!(matches!(
        a.act(&s, Action::Choose(0)),
        Err(Rejected::WrongKind { .. })
    ));
    let (mut b, _) = Attempt::new(&s, 1);
    assert!(matches!(
        b.act(&s, Action::Write("hi".into())),
        Err(Rejected::WrongKind { .. })
    ));
}

/// Examiner points wait for a person: the provisional score is over what the machine
/// judged, and the examiner's marks are added over the full `max`.
#[test]
fn examiner_points_leave_the_score_provisional_until_marked() {
    let s = scenario();
    let mut a = at_the_answer(&s);
    let reply = "Dear buyer,\nwe do not accept liability; the invoice shows US$900.00 as agreed.";
    a.act(&s, Action::Write(reply.into())).unwrap();
    assert_eq!(a.state.pending, vec![1]);
    let provisional = a.score(&s);
    assert!(provisional.provisional);
    let max = i64::from(s.competencies[0].max);
    let earned = a.state.points[0].clamp(0, max - 1);
    let expect = (earned as f64 / (max - 1) as f64 * 100.0).round() as u32;
    assert_eq!(provisional.competencies[0].1, expect);
    // the examiner gives the tone item its point: over the full max now
    let marked = tradesim::engine::marked(&s, &a.state, &[1]);
    assert!(!marked.provisional);
    let with_mark = (a.state.points[0] + 1).clamp(0, max);
    assert_eq!(
        marked.competencies[0].1,
        (with_mark as f64 / max as f64 * 100.0).round() as u32
    );
    // and a zero mark leaves the full max unearned
    let zero = tradesim::engine::marked(&s, &a.state, &[0]);
    assert!(zero.total <= marked.total);
}

/// Issue 12: a rubric's required value may name a param, as any other expression may; lint
/// does not call it unusable, and the drawn figure is what the reply must state.
#[test]
fn a_rubric_value_may_name_a_param() {
    use std::collections::BTreeMap;
    use tradesim::scenario::library::{Origin, ScenarioFiles};
    use tradesim::scenario::lint::lint_scenario;
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base");
    let ron = with_compose(
        r#"            (id: "amount", label: "done-text", score: {"compliance": 3}, values: [Money(amount: "price", currency: "USD")]),
"#,
        |t| {
            t.replacen(
                "    pass_mark: 50,\n",
                "    pass_mark: 50,\n    params: {\"price\": Money(min: 100.00, max: 900.00, step: 50.00, currency: \"USD\")},\n",
                1,
            )
            .replacen("max: 4)", "max: 7)", 1)
        },
    );
    let mut locales = BTreeMap::new();
    for loc in ["en-US", "zh-CN"] {
        let path = base.join(format!("locales/{loc}/mini.ftl"));
        let text = std::fs::read_to_string(&path).unwrap();
        let path = path.display().to_string();
        locales.insert(loc.to_string(), SourceFile { path, text });
    }
    let files = ScenarioFiles {
        id: "mini".into(),
        ron: SourceFile {
            path: "mini.ron".into(),
            text: ron,
        },
        locales,
        origin: Origin::Shipped,
    };
    let diags = lint_scenario(&files);
    assert!(
        !diags
            .iter()
            .any(|d| d.code == tradesim::scenario::diagnostic::Rule::NeverMatches),
        "{diags:?}"
    );
    let (s, diags) = compile(&files.ron);
    let s = s.unwrap_or_else(|| panic!("{diags:?}"));
    let mut a = at_the_answer(&s);
    let price = tradesim::engine::value_text(&s, &a.state.vars, "price").unwrap();
    let before = a.state.points[0];
    a.act(
        &s,
        Action::Write(format!("We confirm the price of USD {price} as drawn.")),
    )
    .unwrap();
    assert_eq!(a.state.points[0] - before, 3, "price {price}");
}

/// A drawn name the reply must use (the paper's buyer): `Text(name)` reads a Text variable
/// or param this attempt, matched word by word; another paper's name does not meet it.
#[test]
fn a_text_value_is_the_name_this_attempt_holds() {
    let s = compiled(with_compose(
        r#"            (id: "buyer", label: "done-text", score: {"compliance": 3}, values: [Text("buyer")]),
"#,
        |t| {
            t.replacen(
                "        \"cash\": Money(initial: 1000, currency: \"USD\", visible: true),\n",
                "        \"cash\": Money(initial: 1000, currency: \"USD\", visible: true),\n        \"buyer\": Text(initial: \"Rheinkraft GmbH\"),\n",
                1,
            )
            .replacen("max: 4)", "max: 7)", 1)
        },
    ));
    for (reply, points) in [
        (
            "Rheinkraft GmbH is the importer of record for this stock.",
            3,
        ),
        ("Elbwerk GmbH is the importer of record for this stock.", 0),
    ] {
        let mut a = at_the_answer(&s);
        let before = a.state.points[0];
        a.act(&s, Action::Write(reply.into())).unwrap();
        assert_eq!(a.state.points[0] - before, points, "{reply}");
    }
}
