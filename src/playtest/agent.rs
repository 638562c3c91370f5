//! Agents that play without a person: `first` walks the main path, `random` plays like a
//! student guessing (choices at random; forms and document checks sometimes right,
//! sometimes wrong).

use rand::{Rng as _, SeedableRng};

use crate::engine::{Action, Attempt, Rng, available_choices};
use crate::i18n::group_decimal;
use crate::scenario::compile::{FieldLogic, Logic, Matcher, Scenario};
use crate::scenario::expr::{Val, eval};
use crate::scenario::model::Node;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Policy {
    /// The first offered choice, the first accepted answer of each field, the answer key.
    First,
    Random,
}

pub struct Agent {
    policy: Policy,
    rng: Rng,
}

/// A value the matcher accepts.
pub fn sample(m: &Matcher, vars: &[Val]) -> String {
    match m {
        Matcher::Exact(s) => s.clone(),
        Matcher::OneOf(v) => v.first().cloned().unwrap_or_default(),
        Matcher::Pattern(p) => p.replace('*', "").replace('?', "0"),
        Matcher::Number { expected, .. } => group_decimal(eval(expected, vars).as_dec(), None),
        Matcher::Value(e) => crate::engine::plain(&eval(e, vars)),
    }
}

/// A value that is probably wrong: what a guessing student might type.
fn wrong(field: &FieldLogic, vars: &[Val], rng: &mut Rng) -> String {
    if let Some(opts) = &field.options {
        return opts[(rng.next_u64() % opts.len() as u64) as usize].clone();
    }
    if field.numeric {
        let base = field
            .answers
            .iter()
            .find_map(|(m, _)| match m {
                Matcher::Number { expected, .. } => Some(eval(expected, vars).as_int()),
                _ => None,
            })
            .unwrap_or(1000);
        let off = 1 + (rng.next_u64() % 50) as i64;
        return (base + base.abs().max(10) * off / 100 + off).to_string();
    }
    match rng.next_u64() % 3 {
        0 => String::new(),
        1 => "0000.00".into(),
        _ => "N/A".into(),
    }
}

impl Agent {
    pub fn new(policy: Policy, seed: u64) -> Agent {
        // a stream apart from the attempt's own, so agent choices never shift event draws
        Agent {
            policy,
            rng: Rng::seed_from_u64(seed ^ 0x5eed_a6e7_0000_0001),
        }
    }

    /// The next action at the current node, or None at an ending (or a stuck node).
    pub fn next(&mut self, s: &Scenario, a: &Attempt) -> Option<Action> {
        let st = &a.state;
        if st.ending.is_some() {
            return None;
        }
        match &s.logic[st.node] {
            Logic::Decision { .. } => {
                let avail = available_choices(s, st);
                if avail.is_empty() {
                    return None;
                }
                let k = match self.policy {
                    Policy::First => 0,
                    Policy::Random => (self.rng.next_u64() % avail.len() as u64) as usize,
                };
                Some(Action::Choose(avail[k]))
            }
            Logic::Form { fields, .. } => {
                let Node::Form(form) = s.node(st.node) else {
                    return None;
                };
                let entries = form
                    .fields
                    .iter()
                    .zip(fields)
                    .map(|(decl, logic)| {
                        let value = match self.policy {
                            Policy::First => logic
                                .answers
                                .first()
                                .map(|(m, _)| sample(m, &st.vars))
                                .unwrap_or_default(),
                            Policy::Random => {
                                if !logic.answers.is_empty()
                                    && self.rng.next_u64().is_multiple_of(2)
                                {
                                    let k =
                                        (self.rng.next_u64() % logic.answers.len() as u64) as usize;
                                    sample(&logic.answers[k].0, &st.vars)
                                } else {
                                    wrong(logic, &st.vars, &mut self.rng)
                                }
                            }
                        };
                        (decl.id.clone(), value)
                    })
                    .collect();
                Some(Action::Submit(entries))
            }
            Logic::Check {
                markable,
                key,
                drawn,
                ..
            } => {
                let key = &s.check_key(key, drawn, &st.vars);
                let marks = match self.policy {
                    Policy::First => key.iter().map(|r| s.field_name(*r)).collect(),
                    Policy::Random => markable
                        .iter()
                        .filter(|r| {
                            // a guesser spots real problems more often than not, and
                            // flags a few harmless fields too
                            let p = if key.contains(r) { 60 } else { 15 };
                            self.rng.next_u64() % 100 < p
                        })
                        .map(|r| s.field_name(*r))
                        .collect(),
                };
                Some(Action::Mark(marks))
            }
            Logic::Compose { .. } => {
                let Node::Compose(c) = s.node(st.node) else {
                    return None;
                };
                // a guesser writes a good reply half the time and an empty one otherwise
                let good = match self.policy {
                    Policy::First => true,
                    Policy::Random => self.rng.next_u64().is_multiple_of(2),
                };
                let text = if good {
                    crate::scenario::rubric::model_reply(&c.rubric, &|n| {
                        crate::engine::value_text(s, &st.vars, n)
                    })
                } else {
                    String::new()
                };
                Some(Action::Write(text))
            }
            Logic::Random { .. } | Logic::Ending { .. } => None,
        }
    }
}

/// Play one attempt to its end with an agent; at most `max_steps` actions.
pub fn play_with(s: &Scenario, seed: u64, agent: &mut Agent, max_steps: usize) -> Attempt {
    play_from(s, Attempt::new(s, seed).0, agent, max_steps)
}

/// `play_with` from an attempt already started (at a chosen variant, say).
pub fn play_from(s: &Scenario, mut a: Attempt, agent: &mut Agent, max_steps: usize) -> Attempt {
    for _ in 0..max_steps {
        let Some(action) = agent.next(s, &a) else {
            break;
        };
        if a.act(s, action).is_err() {
            break;
        }
    }
    a
}
