//! Rubrics of written answers: points against the competency `max`, automatic checks that
//! can never match, examiner items without a descriptor per level.

use std::collections::BTreeMap;

use crate::scenario::compile::Scenario;
use crate::scenario::diagnostic::{Diagnostic, Reporter, Rule};
use crate::scenario::load::SourceFile;
use crate::scenario::model::Node;
use crate::scenario::rubric::{self, Compose, PhraseGroup, RequiredValue, RubricItem};
use crate::scenario::source::{Seg, SourceMap};

pub fn check(s: &Scenario, ron: &SourceFile, map: &SourceMap) -> Vec<Diagnostic> {
    let mut r = Reporter::new(&ron.path, &ron.text);
    for (i, node) in s.file.nodes.iter().enumerate() {
        if let Node::Compose(c) = node {
            let at = |rest: &[Seg]| {
                let mut p = vec![Seg::Field("nodes"), Seg::Index(i)];
                p.extend_from_slice(rest);
                let sp = map.locate(&p);
                (sp.start, sp.end)
            };
            over_max(s, c, &mut r, at(&[Seg::Field("rubric")]));
            for (j, item) in c.rubric.iter().enumerate() {
                let item_at =
                    |f: &'static str| at(&[Seg::Field("rubric"), Seg::Index(j), Seg::Field(f)]);
                never_matches(s, item, &mut r, item_at);
                descriptors(item, &mut r, item_at("levels"));
            }
        }
    }
    r.out
}

/// The points one item can give: the scale an examiner marks on (0..=points).
pub fn item_points(item: &RubricItem) -> i64 {
    item.score.values().filter(|v| **v > 0).sum()
}

fn over_max(s: &Scenario, c: &Compose, r: &mut Reporter, at: (usize, usize)) {
    let mut per: BTreeMap<&str, i64> = BTreeMap::new();
    for item in &c.rubric {
        for (comp, d) in &item.score {
            *per.entry(comp).or_default() += (*d).max(0);
        }
    }
    for (comp, pts) in per {
        let Some(max) = s.file.competencies.get(comp).map(|c| i64::from(c.max)) else {
            continue; // the compile step reports an unknown competency
        };
        if pts > max {
            r.warn(
                Rule::RubricOverMax,
                at,
                format!("the rubric of `{}` gives up to {pts} points of `{comp}`, more than its max {max}", c.id),
                Some("points above the max are clamped away: lower the item scores or raise the competency's `max`".into()),
            );
        }
    }
}

fn never_matches(
    s: &Scenario,
    item: &RubricItem,
    r: &mut Reporter,
    at: impl Fn(&'static str) -> (usize, usize),
) {
    if item.examiner {
        return;
    }
    // a param is read like a variable (`value_text` looks both up by name)
    let is_var = |name: &str| s.var_index(name).is_some();
    for g in &item.phrases {
        let (PhraseGroup::AllOf(ps) | PhraseGroup::AnyOf(ps)) = g;
        if ps.is_empty() {
            r.warn(
                Rule::NeverMatches,
                at("phrases"),
                format!("rubric item `{}` has an empty phrase group", item.id),
                None,
            );
        }
        for p in ps.iter().filter(|p| !p.chars().any(char::is_alphanumeric)) {
            r.warn(
                Rule::NeverMatches,
                at("phrases"),
                format!(
                    "rubric item `{}`: the phrase `{p}` has no words, so it never matches",
                    item.id
                ),
                Some("phrases match word by word; punctuation is ignored".into()),
            );
        }
    }
    for v in &item.values {
        for bad in rubric::unusable_literals(v)
            .into_iter()
            .filter(|b| !is_var(b))
        {
            r.warn(
                Rule::NeverMatches,
                at("values"),
                format!("rubric item `{}`: `{bad}` is neither a variable nor a {}", item.id, kind(v)),
                Some("name a scenario variable, or write the value itself (`\"12500\"`, `\"FOB\"`, `\"2026-03-31\"`)".into()),
            );
        }
    }
    if !item.has_automatic_check() {
        r.warn(
            Rule::NeverMatches,
            at("id"),
            format!("rubric item `{}` checks nothing: it is neither `examiner: true` nor has phrases, values or forbidden content", item.id),
            None,
        );
    }
}

fn kind(v: &RequiredValue) -> &'static str {
    match v {
        RequiredValue::Money { .. } | RequiredValue::Number(_) => "number",
        RequiredValue::Incoterm { .. } => "Incoterms 2020 rule",
        RequiredValue::Date(_) => "date written YYYY-MM-DD",
        RequiredValue::Text(_) => "name (fixed words go in `phrases`)",
    }
}

fn descriptors(item: &RubricItem, r: &mut Reporter, at: (usize, usize)) {
    if !item.examiner {
        return;
    }
    let want = item_points(item) + 1;
    if item.levels.len() as i64 != want {
        r.warn(
            Rule::MissingDescriptor,
            at,
            format!(
                "examiner item `{}` scores 0..={} and needs {want} level descriptors (one per mark), found {}",
                item.id,
                want - 1,
                item.levels.len()
            ),
            Some("add `levels: [\"...-0\", \"...-1\", ...]`, a message per mark from 0 up".into()),
        );
    }
}
