//! The variant of a parametric scenario an attempt plays: its params drawn from the seed.
//!
//! Params come from their own stream, derived from the seed, never from the attempt's RNG:
//! a scenario without params draws nothing here, so its random events keep the outcomes
//! every stored path and record was made with.

use rand::{Rng as _, SeedableRng};

use super::compile::{Draw, Scenario};
use super::expr::{Decimal, Ty, Val, minor_unit, round_half_up, try_eval};

/// Mixed into the seed for the params' stream ("params" in ASCII).
const PARAM_STREAM: u64 = 0x7061_7261_6d73_0000;

/// The drawn params of one attempt.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Variant {
    /// (variable index, value) for every param variable, in drawing order.
    pub values: Vec<(usize, Val)>,
    /// A derived param divided by zero (read as 0): the scenario's arithmetic is wrong for
    /// this variant; lint's sampling reports it.
    pub div_by_zero: Option<String>,
}

impl Variant {
    /// The variant a seed selects.
    pub fn draw(s: &Scenario, seed: u64) -> Variant {
        let mut v = Variant::default();
        if s.params.is_empty() {
            return v;
        }
        // ChaCha8, as the engine's own stream: portable, so a seed is the same paper anywhere
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(splitmix64(seed ^ PARAM_STREAM));
        let mut vars: Vec<Val> = s.vars.iter().map(|x| x.initial.clone()).collect();
        for p in &s.params {
            match &p.draw {
                Draw::Range {
                    var,
                    min,
                    step,
                    count,
                } => {
                    let k = rng.next_u64() % (*count).max(1);
                    let x = min + step * Decimal::from(k);
                    let x = match &s.vars[*var].ty {
                        Ty::Money(c) => round_half_up(x, minor_unit(c)),
                        _ => x,
                    };
                    vars[*var] = Val::num(x);
                }
                Draw::OneOf {
                    vars: slots,
                    records,
                } => {
                    let r = (rng.next_u64() % (records.len().max(1) as u64)) as usize;
                    if let Some(rec) = records.get(r) {
                        for (slot, val) in slots.iter().zip(rec) {
                            vars[*slot] = val.clone();
                        }
                    }
                }
                Draw::Pick { count, flags } => {
                    let mut order: Vec<usize> = (0..flags.len()).collect();
                    for i in 0..(*count).min(order.len()) {
                        let j = i + (rng.next_u64() % ((order.len() - i) as u64)) as usize;
                        order.swap(i, j);
                        vars[flags[order[i]]] = Val::Flag(true);
                    }
                }
                Draw::Derived { var, expr } => {
                    vars[*var] = match try_eval(expr, &vars) {
                        Ok(x) => x,
                        Err(_) => {
                            v.div_by_zero.get_or_insert_with(|| p.name.clone());
                            Val::Int(0)
                        }
                    };
                    if let Ty::Money(c) = &s.vars[*var].ty {
                        vars[*var] = Val::num(round_half_up(vars[*var].as_dec(), minor_unit(c)));
                    }
                }
            }
        }
        v.values = s
            .vars
            .iter()
            .enumerate()
            .filter(|(_, x)| x.param)
            .map(|(i, _)| (i, vars[i].clone()))
            .collect();
        v
    }

    /// The attempt's starting variables: every initial value, params as drawn.
    pub fn vars(&self, s: &Scenario) -> Vec<Val> {
        let mut vars: Vec<Val> = s.vars.iter().map(|v| v.initial.clone()).collect();
        for (i, val) in &self.values {
            if let Some(slot) = vars.get_mut(*i) {
                *slot = val.clone();
            }
        }
        vars
    }

    /// The values by name, as typed: `product_hs=6704.20`. What a journal states and
    /// verify compares.
    pub fn named(&self, s: &Scenario) -> Vec<(String, String)> {
        self.values
            .iter()
            .map(|(i, v)| (s.vars[*i].name.clone(), plain(v)))
            .collect()
    }

    /// A short code people can read aloud and compare: `V-3FA2C1`; empty without params.
    pub fn code(&self, s: &Scenario) -> String {
        if self.values.is_empty() {
            return String::new();
        }
        let text: String = self
            .named(s)
            .iter()
            .map(|(n, v)| format!("{n}={v}\n"))
            .collect();
        let hash = crate::scenario::compile::sha256_hex(text.as_bytes());
        format!("V-{}", hash[..6].to_ascii_uppercase())
    }
}

/// A well-mixed 64-bit hash step (Steele, Lea and Flood's SplitMix64 finaliser).
pub fn splitmix64(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A value as a player would type it: `6704.20`, `9710`, `12.5`.
pub fn plain(v: &Val) -> String {
    match v {
        Val::Int(i) => i.to_string(),
        Val::Dec(d) => d.normalize().to_string(),
        Val::Flag(b) => b.to_string(),
        Val::Text(t) => t.to_string(),
    }
}
