//! Variants: sample the papers a parametric scenario can draw and prove each one plays: no
//! derived param divides by zero, every form's expected answer is defined (and, on a
//! select, one of its options), no two drawn discrepancies corrupt the same field. Each
//! problem names the variant's seed, so `run --seed N` shows it.

use super::super::compile::{Logic, Matcher, Scenario};
use super::super::diagnostic::{Diagnostic, Reporter, Rule};
use super::super::expr::{Val, try_eval};
use super::super::load::SourceFile;
use super::super::source::{Seg, SourceMap};
use super::super::variant::{Variant, plain};

/// Variants sampled when no count is given: enough to meet every record of a pool of a
/// dozen many times over, cheap enough for every lint run.
pub const DEFAULT_VARIANTS: u64 = 300;

pub fn check(s: &Scenario, ron: &SourceFile, map: &SourceMap, count: u64) -> Vec<Diagnostic> {
    let mut r = Reporter::new(&ron.path, &ron.text);
    if s.params.is_empty() {
        return r.out;
    }
    // one report per place: the first seed that fails there
    let mut reported = std::collections::HashSet::new();
    for seed in 1..=count {
        let v = Variant::draw(s, seed);
        let vars = v.vars(s);
        let code = v.code(s);
        let mut fail = |path: Vec<Seg>, msg: String, hint: &str| {
            let sp = map.locate(&path);
            if reported.insert((sp.start, sp.end)) {
                r.error(
                    Rule::VariantFails,
                    (sp.start, sp.end),
                    format!("{msg} in variant {code} (seed {seed})"),
                    Some(format!(
                        "{hint}; `tradesim run PATH --seed {seed}` plays that variant"
                    )),
                );
            }
        };
        if let Some(name) = &v.div_by_zero {
            fail(
                vec![Seg::Field("params"), Seg::Key(name)],
                format!("param `{name}` divides by zero"),
                "keep its divisor's range above zero",
            );
        }
        for (ni, logic) in s.logic.iter().enumerate() {
            let Logic::Form { fields, .. } = logic else {
                continue;
            };
            for (fi, f) in fields.iter().enumerate() {
                for (ai, (m, _)) in f.answers.iter().enumerate() {
                    let path = vec![
                        Seg::Field("nodes"),
                        Seg::Index(ni),
                        Seg::Field("fields"),
                        Seg::Index(fi),
                        Seg::Field("answers"),
                        Seg::Index(ai),
                    ];
                    let expected = match m {
                        Matcher::Number { expected, .. } | Matcher::Value(expected) => expected,
                        _ => continue,
                    };
                    let value = match try_eval(expected, &vars) {
                        Ok(x) => x,
                        Err(_) => {
                            fail(
                                path,
                                "the expected answer divides by zero".into(),
                                "check the divisor's params",
                            );
                            continue;
                        }
                    };
                    if !matches!(m, Matcher::Value(_)) {
                        continue;
                    }
                    let text = super::super::compile::normalise(&plain(&value));
                    if matches!(&value, Val::Text(t) if t.trim().is_empty()) {
                        fail(
                            path,
                            "the expected answer is empty".into(),
                            "give every record a value for it",
                        );
                    } else if let Some(opts) = &f.options
                        && !opts.contains(&text)
                    {
                        fail(
                            path,
                            format!(
                                "the expected answer `{text}` is not one of the field's options"
                            ),
                            &format!("options: {}", opts.join(", ")),
                        );
                    }
                }
            }
        }
        let drawn: Vec<_> = s
            .faults
            .iter()
            .filter(|f| vars.get(f.flag).is_some_and(Val::as_flag))
            .collect();
        for (k, a) in drawn.iter().enumerate() {
            if let Some(b) = drawn[k + 1..].iter().find(|b| b.field == a.field) {
                fail(
                    vec![Seg::Field("params"), Seg::Key(&a.pick)],
                    format!(
                        "items `{}` and `{}` both corrupt `{}`",
                        a.id,
                        b.id,
                        s.field_name(a.field)
                    ),
                    "give every item of a pool its own field",
                );
            }
        }
    }
    r.out
}
