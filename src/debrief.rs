//! What each logged decision meant, in the player's language: the shared source of the
//! debrief screen, the practice-mode feedback and the headless transcript.

use crate::engine::{Entry, LogEntry, State};
use crate::i18n::Catalog;
use crate::scenario::compile::{Logic, Matcher, Scenario};
use crate::scenario::expr::{Val, eval, round_half_up};
use crate::scenario::model::{Node, Random};
use crate::scenario::rubric::{self, Compose, Verdict};
use crate::scenario::text::{ScenarioText, field_feedback, value_text};

#[derive(Debug, Clone, PartialEq)]
pub struct Explained {
    pub node: String,
    /// What the player did (or what happened, for random events), localized.
    pub action: String,
    /// Score changes by competency name.
    pub deltas: Vec<(String, i64)>,
    /// Why: feedback texts, localized, in order.
    pub feedback: Vec<String>,
    pub is_event: bool,
}

impl Explained {
    /// Each score change in the player's language: `Negotiation +5`.
    pub fn score_changes(&self, cat: &Catalog) -> Vec<String> {
        self.deltas
            .iter()
            .map(|(c, v)| format!("{} {v:+}", competency_label(cat, c)))
            .collect()
    }

    /// No competency lost points here.
    pub fn no_loss(&self) -> bool {
        self.deltas.iter().all(|d| d.1 >= 0)
    }
}

/// The label of a competency: UI chrome knows the five standard ones.
pub fn competency_label(cat: &Catalog, name: &str) -> String {
    let id = format!("ui-competency-{name}");
    if cat.has(&id) {
        cat.text(&id)
    } else {
        name.to_string()
    }
}

pub fn explain(cat: &Catalog, s: &Scenario, st: &State, e: &LogEntry) -> Explained {
    explain_at(cat, s, &st.vars, e)
}

/// `explain`, with texts filled from `vars`: the values when the decision was made reads
/// truer than the values at the end.
pub fn explain_at(cat: &Catalog, s: &Scenario, vars: &[Val], e: &LogEntry) -> Explained {
    let t = |id: &str| cat.scenario_text(id, s, vars);
    let node = s.node(e.node);
    let mut feedback = Vec::new();
    let mut is_event = false;
    let action = match (&e.entry, node) {
        (Entry::Chose { choice }, Node::Decision(d)) => {
            let c = &d.choices[*choice];
            feedback.extend(c.feedback.as_deref().map(t));
            t(&c.text)
        }
        (Entry::Submitted { fields }, Node::Form(f)) => {
            let mut parts = Vec::new();
            for r in fields {
                let decl = &f.fields[r.field];
                let shown = if r.entry.is_empty() {
                    "—".to_string()
                } else {
                    r.entry.clone()
                };
                parts.push(format!("{}: {shown}", t(&decl.label)));
                let fb = match r.answer {
                    Some(a) => decl.answers[a].feedback.as_ref(),
                    None => decl.otherwise.as_ref(),
                };
                let expected = match &s.logic[e.node] {
                    Logic::Form { fields, .. } => {
                        fields[r.field].answers.iter().find_map(|(m, _)| match m {
                            Matcher::Number { expected, .. } => {
                                Some(round_half_up(eval(expected, vars).as_dec(), 4))
                            }
                            _ => None,
                        })
                    }
                    _ => None,
                };
                feedback.extend(fb.map(|id| field_feedback(cat, id, s, vars, &r.entry, expected)));
                // the worked computation, step by step, with the values of that moment
                if let Logic::Form { fields, .. } = &s.logic[e.node] {
                    for ((x, ty), w) in fields[r.field].worked.iter().zip(&decl.worked) {
                        let v = value_text(ty, &eval(x, vars), "", "");
                        feedback.push(format!("  {}: {v}", t(&w.label)));
                    }
                }
            }
            parts.join("; ")
        }
        (
            Entry::Marked {
                marks,
                hits,
                false_alarms,
                missed,
            },
            Node::Check(c),
        ) => {
            let label = |r: &(usize, usize)| {
                let d = &s.file.documents[r.0];
                format!("{} / {}", t(&d.title), t(&d.fields[r.1].label))
            };
            // a drawn discrepancy explains itself with this attempt's own figures
            let finding_fb = |r: &(usize, usize), list: &[crate::scenario::model::Finding]| {
                let name = s.field_name(*r);
                list.iter()
                    .find(|f| f.field == name)
                    .map(|f| t(&f.feedback))
                    .or_else(|| s.fault_at(*r, vars).map(|f| t(&f.feedback)))
            };
            for h in hits {
                feedback.extend(
                    finding_fb(h, &c.discrepancies)
                        .map(|f| format!("{}: {} — {f}", cat.text("ui-found"), label(h))),
                );
            }
            for m in missed {
                feedback.extend(
                    finding_fb(m, &c.discrepancies)
                        .map(|f| format!("{}: {} — {f}", cat.text("ui-missed"), label(m))),
                );
            }
            for fa in false_alarms {
                let why = finding_fb(fa, &c.harmless).unwrap_or_default();
                feedback.push(
                    format!("{}: {} {why}", cat.text("ui-false-alarm"), label(fa))
                        .trim_end()
                        .to_string(),
                );
            }
            if marks.is_empty() {
                cat.text("ui-nothing-marked")
            } else {
                marks.iter().map(label).collect::<Vec<_>>().join(", ")
            }
        }
        (Entry::Wrote { text, .. }, Node::Compose(c)) => {
            feedback.extend(rubric_feedback(cat, s, vars, c, text));
            text.clone()
        }
        (Entry::Drew { outcome }, Node::Random(Random { outcomes, .. })) => {
            is_event = true;
            outcomes
                .get(*outcome)
                .map(|o| t(&o.text))
                .unwrap_or_default()
        }
        _ => String::new(),
    };
    Explained {
        node: node.id().to_string(),
        action,
        deltas: merged(s, &e.deltas),
        feedback,
        is_event,
    }
}

/// One rubric item applied to a reply, in the player's language: the practice feedback
/// after sending, the debrief's highlight and the transcript line are all made from this.
#[derive(Debug, Clone, PartialEq)]
pub struct RubricLine {
    pub verdict: Verdict,
    pub label: String,
    /// What the item is worth when met, per competency (scenario order).
    pub points: Vec<(String, i64)>,
    pub feedback: Option<String>,
    /// What the item looked for and did not find, as the rubric names it.
    pub missing: Vec<String>,
    /// Each forbidden phrase the reply holds, quoted as the reply writes it.
    pub forbidden: Vec<String>,
    /// Examiner items: what each level looks like, from 0 points up.
    pub levels: Vec<String>,
    /// Where in the reply the item found what it looked for (forbidden phrases included).
    pub found: Vec<rubric::Found>,
}

/// Every item of `c`'s rubric applied to `text`, with the values of `vars`.
pub fn rubric_lines(
    cat: &Catalog,
    s: &Scenario,
    vars: &[Val],
    c: &Compose,
    text: &str,
) -> Vec<RubricLine> {
    let t = |id: &str| cat.scenario_text(id, s, vars);
    let results = rubric::check(&c.rubric, text, &|name| {
        crate::engine::value_text(s, vars, name)
    });
    c.rubric
        .iter()
        .zip(results)
        .map(|(item, r)| {
            let forbidden = r
                .found
                .iter()
                .filter(|f| f.forbidden)
                .map(|f| format!("\"{}\"", &text[f.span.clone()]))
                .collect();
            RubricLine {
                verdict: r.verdict,
                label: t(&item.label),
                points: s
                    .competencies
                    .iter()
                    .filter_map(|info| item.score.get(&info.name).map(|v| (info.name.clone(), *v)))
                    .collect(),
                feedback: item.feedback.as_deref().map(t),
                missing: r.missing,
                forbidden,
                levels: item.levels.iter().map(|l| t(l)).collect(),
                found: r.found,
            }
        })
        .collect()
}

/// A line per rubric item: met, not met (and what was missing, or the forbidden phrase
/// found), or left to the examiner with the level descriptors as a self-check.
fn rubric_feedback(
    cat: &Catalog,
    s: &Scenario,
    vars: &[Val],
    c: &Compose,
    text: &str,
) -> Vec<String> {
    rubric_lines(cat, s, vars, c, text)
        .into_iter()
        .map(|r| {
            let label = r.label;
            let why = r.feedback.map(|f| format!(" — {f}")).unwrap_or_default();
            match r.verdict {
                Verdict::Met => format!("{}: {label}{why}", cat.text("ui-rubric-met")),
                Verdict::NotMet => format!(
                    "{}: {label} ({}){why}",
                    cat.text("ui-rubric-not-met"),
                    [r.missing, r.forbidden].concat().join(", ")
                ),
                Verdict::Examiner => {
                    let levels: Vec<String> = r
                        .levels
                        .iter()
                        .enumerate()
                        .map(|(k, l)| format!("{k}: {l}"))
                        .collect();
                    format!(
                        "{}: {label} — {}",
                        cat.text("ui-rubric-examiner"),
                        levels.join(" / ")
                    )
                }
            }
        })
        .collect()
}

/// `Label: value`, or `标签：value` (a full-width colon takes no space after it).
pub fn labelled(cat: &Catalog, name: &str, value: &str) -> String {
    let head = label(cat, name);
    if head.ends_with('：') || value.is_empty() {
        format!("{head}{value}")
    } else {
        format!("{head} {value}")
    }
}

/// `Name:` with the locale's colon (full-width after Chinese text).
pub fn label(cat: &Catalog, text: &str) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("label", text.to_string());
    cat.text_with("ui-label", &args)
}

/// Deltas summed per competency, in the scenario's competency order.
fn merged(s: &Scenario, deltas: &[(usize, i64)]) -> Vec<(String, i64)> {
    s.competencies
        .iter()
        .enumerate()
        .filter_map(|(c, info)| {
            let here: Vec<i64> = deltas.iter().filter(|d| d.0 == c).map(|d| d.1).collect();
            (!here.is_empty()).then(|| (info.name.clone(), here.iter().sum()))
        })
        .collect()
}
