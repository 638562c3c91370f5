//! A preview from anywhere (`play PATH --from NODE --set var=value --outcome NODE=N`):
//! the compiled scenario changed so an attempt starts at that node, with those values, and
//! with that random outcome drawn every time. For authors only: such an attempt is never
//! saved or recorded, since it does not follow the scenario as written.

use std::sync::Arc;

use super::compile::{Logic, Scenario};
use super::expr::{Ty, Val};
use crate::suggest::did_you_mean;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StartAt {
    /// The node to start at.
    pub from: Option<String>,
    /// `var=value`, in order: a later one wins.
    pub sets: Vec<(String, String)>,
    /// A Random node and the outcome (1 = the first) it always draws.
    pub outcomes: Vec<(String, usize)>,
}

impl StartAt {
    /// From the command line's `--from`, `--set var=value`, `--outcome NODE=N`.
    pub fn parse(from: Option<&str>, sets: &[String], outcomes: &[String]) -> Result<Self, String> {
        let split = |flag: &str, s: &str| -> Result<(String, String), String> {
            s.split_once('=')
                .map(|(a, b)| (a.trim().to_string(), b.trim().to_string()))
                .filter(|(a, _)| !a.is_empty())
                .ok_or_else(|| format!("{flag} `{s}`: expected NAME=VALUE"))
        };
        let mut out = StartAt {
            from: from.map(str::to_string),
            ..StartAt::default()
        };
        for s in sets {
            out.sets.push(split("--set", s)?);
        }
        for s in outcomes {
            let (node, n) = split("--outcome", s)?;
            let n: usize = n
                .parse()
                .ok()
                .filter(|n| *n >= 1)
                .ok_or_else(|| format!("--outcome `{s}`: the outcome is a number from 1"))?;
            out.outcomes.push((node, n));
        }
        Ok(out)
    }

    pub fn is_empty(&self) -> bool {
        *self == StartAt::default()
    }

    /// Apply to a compiled scenario; a name that does not fit says what would.
    pub fn apply(&self, s: &mut Scenario) -> Result<(), String> {
        if let Some(from) = &self.from {
            s.start = node(s, from, "--from")?;
        }
        for (name, value) in &self.sets {
            let Some(i) = s.var_index(name) else {
                let names: Vec<&str> = s.vars.iter().map(|v| v.name.as_str()).collect();
                return Err(match did_you_mean(name, names.iter().copied()) {
                    Some(c) => format!("--set: no variable `{name}`; did you mean `{c}`?"),
                    None => format!(
                        "--set: no variable `{name}`; variables: {}",
                        names.join(", ")
                    ),
                });
            };
            let v = &mut s.vars[i];
            v.initial = value_of(&v.ty, value)
                .ok_or_else(|| format!("--set {name}={value}: `{name}` is {}", v.ty.describe()))?;
        }
        for (id, n) in &self.outcomes {
            let at = node(s, id, "--outcome")?;
            let Logic::Random { outcomes } = &mut s.logic[at] else {
                return Err(format!("--outcome: `{id}` is not a Random node"));
            };
            let count = outcomes.len();
            if *n > count {
                return Err(format!("--outcome {id}={n}: `{id}` has {count} outcome(s)"));
            }
            for (k, o) in outcomes.iter_mut().enumerate() {
                o.weight = u64::from(k + 1 == *n);
            }
        }
        Ok(())
    }
}

fn node(s: &Scenario, id: &str, flag: &str) -> Result<usize, String> {
    s.node_index
        .get(id)
        .copied()
        .ok_or_else(|| match did_you_mean(id, s.node_index.keys()) {
            Some(c) => format!("{flag}: no node `{id}`; did you mean `{c}`?"),
            None => format!("{flag}: no node `{id}`"),
        })
}

/// A value as typed on the command line, read as the variable's type.
fn value_of(ty: &Ty, text: &str) -> Option<Val> {
    match ty {
        Ty::Flag => match text {
            "true" => Some(Val::Flag(true)),
            "false" => Some(Val::Flag(false)),
            _ => None,
        },
        Ty::Text => Some(Val::Text(Arc::from(text))),
        Ty::Int | Ty::Days => text.parse().ok().map(Val::Int),
        Ty::Money(_) | Ty::Decimal | Ty::Rate(..) => {
            text.parse::<rust_decimal::Decimal>().ok().map(Val::num)
        }
        // `13%` or `13`: a percentage is held as its fraction
        Ty::Percent => text
            .trim_end_matches('%')
            .parse::<rust_decimal::Decimal>()
            .ok()
            .map(|d| Val::num(d / rust_decimal::Decimal::ONE_HUNDRED)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::library::ScenarioFiles;
    use crate::scenario::lint::checked;

    fn mini() -> Scenario {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/base/scenarios/mini.ron");
        checked(&ScenarioFiles::from_path(&path).unwrap()).unwrap()
    }

    #[test]
    fn starts_at_the_node_with_the_values_and_the_outcome() {
        let mut s = mini();
        let at = StartAt::parse(Some("check"), &["cash=250".into()], &["draw=2".into()]).unwrap();
        at.apply(&mut s).unwrap();
        assert_eq!(s.start, s.node_index["check"]);
        assert_eq!(s.vars[s.var_index("cash").unwrap()].initial, Val::Int(250));
        let Logic::Random { outcomes } = &s.logic[s.node_index["draw"]] else {
            panic!()
        };
        let weights: Vec<u64> = outcomes.iter().map(|o| o.weight).collect();
        assert_eq!(weights, [0, 1]);
    }

    #[test]
    fn a_wrong_name_or_value_says_what_fits() {
        let mut s = mini();
        let e = StartAt::parse(Some("chek"), &[], &[])
            .unwrap()
            .apply(&mut s);
        assert_eq!(
            e.unwrap_err(),
            "--from: no node `chek`; did you mean `check`?"
        );
        let e = StartAt::parse(None, &["cash=lots".into()], &[])
            .unwrap()
            .apply(&mut s);
        assert_eq!(e.unwrap_err(), "--set cash=lots: `cash` is money (USD)");
        let e = StartAt::parse(None, &[], &["choose=1".into()])
            .unwrap()
            .apply(&mut s);
        assert_eq!(e.unwrap_err(), "--outcome: `choose` is not a Random node");
        assert!(StartAt::parse(None, &[], &["draw=0".into()]).is_err());
        assert!(StartAt::parse(None, &["cash".into()], &[]).is_err());
    }
}
