//! A scenario's text for people: its Fluent messages filled with the attempt's variables,
//! and variable values as the status bar and documents show them. Here rather than in
//! `i18n`, which knows Fluent and nothing of scenarios.

use fluent_bundle::{FluentArgs, FluentValue};

use super::compile::{FieldRef, Scenario};
use super::expr::{Decimal, Ty, Val, minor_unit};
use super::model::FieldValue;
use crate::i18n::{
    Catalog, format_money, format_money_exact, format_percent, format_rate, group_decimal,
    group_digits,
};

/// A variable's value as shown in the status bar and on documents.
pub fn var_text(s: &Scenario, vars: &[Val], index: usize, yes: &str, no: &str) -> String {
    let (Some(info), Some(v)) = (s.vars.get(index), vars.get(index)) else {
        return String::new();
    };
    value_text(&info.ty, v, yes, no)
}

/// A value of a type as people read it: `USD 1,234.50`, `13%`, `7.1200`, `28.5`.
pub fn value_text(ty: &Ty, v: &Val, yes: &str, no: &str) -> String {
    match (ty, v) {
        (Ty::Money(c), Val::Int(n)) => format_money(*n, c),
        (Ty::Money(c), Val::Dec(d)) => format_money_exact(*d, c, minor_unit(c)),
        (Ty::Percent, n) => format_percent(n.as_dec()),
        (Ty::Rate(..), n) => format_rate(n.as_dec()),
        (_, Val::Int(n)) => group_digits(*n),
        (_, Val::Dec(d)) => group_decimal(*d, None),
        (_, Val::Flag(b)) => if *b { yes } else { no }.to_string(),
        (_, Val::Text(t)) => t.to_string(),
    }
}

/// Scenario variables as Fluent arguments: numbers stay numbers (for plural
/// selectors), money is pre-formatted with its currency, flags are "true"/"false", a
/// param's message (a product's name) is its text in this locale.
pub fn args(cat: &Catalog, s: &Scenario, vars: &[Val]) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for (i, info) in s.vars.iter().enumerate() {
        let value: FluentValue<'static> = match (&info.ty, vars.get(i)) {
            (_, Some(Val::Text(id))) if info.message => FluentValue::from(cat.text(id)),
            (Ty::Money(_) | Ty::Percent | Ty::Rate(..), Some(_)) | (_, Some(Val::Dec(_))) => {
                FluentValue::from(var_text(s, vars, i, "true", "false"))
            }
            (_, Some(Val::Int(n))) => FluentValue::from(*n),
            (_, Some(Val::Flag(b))) => FluentValue::from(if *b { "true" } else { "false" }),
            (_, Some(Val::Text(t))) => FluentValue::from(t.to_string()),
            (_, None) => continue,
        };
        args.set(info.name.clone(), value);
    }
    args
}

/// A catalog speaking a scenario: its messages with the attempt's variables.
pub trait ScenarioText {
    /// A scenario message with the attempt's variables.
    fn scenario_text(&self, id: &str, s: &Scenario, vars: &[Val]) -> String;
    /// A variable's value for display, flags in this locale's words.
    fn var_value(&self, s: &Scenario, vars: &[Val], index: usize) -> String;
}

/// Arguments only a form's feedback has: what the student typed and the figure expected.
pub const FEEDBACK_ARGS: [&str; 2] = ["entry", "expected"];

/// A form field's feedback with `{ $entry }` (the student's figure as typed) and
/// `{ $expected }` (the first Number answer's figure, exact), so a wrong number's feedback
/// can show both.
pub fn field_feedback(
    cat: &Catalog,
    id: &str,
    s: &Scenario,
    vars: &[Val],
    entry: &str,
    expected: Option<Decimal>,
) -> String {
    let mut a = args(cat, s, vars);
    a.set(FEEDBACK_ARGS[0], FluentValue::from(entry.to_string()));
    if let Some(x) = expected {
        a.set(FEEDBACK_ARGS[1], FluentValue::from(group_decimal(x, None)));
    }
    cat.text_with(id, &a)
}

impl ScenarioText for Catalog {
    fn scenario_text(&self, id: &str, s: &Scenario, vars: &[Val]) -> String {
        self.text_with(id, &args(self, s, vars))
    }

    fn var_value(&self, s: &Scenario, vars: &[Val], index: usize) -> String {
        match (s.vars.get(index), vars.get(index)) {
            (Some(info), Some(Val::Text(id))) if info.message => self.text(id),
            _ => var_text(s, vars, index, self.flag_word(true), self.flag_word(false)),
        }
    }
}

/// What a document field shows in this attempt, in this locale: its text, its literal,
/// its variable's value, or, where a drawn discrepancy corrupts it, the wrong value.
pub fn field_text(
    cat: &Catalog,
    s: &Scenario,
    vars: &[Val],
    args: &FluentArgs,
    field: FieldRef,
) -> String {
    match s.field_shown(field, vars) {
        FieldValue::Text(m) => cat.text_with(m, args),
        FieldValue::Literal(l) => l.clone(),
        FieldValue::Var(name) => s
            .var_index(name)
            .map(|i| cat.var_value(s, vars, i))
            .unwrap_or_default(),
    }
}
