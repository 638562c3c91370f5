//! From grading journals to marks: what each examiner saved for each answer, the final mark
//! per item (agreed by the first two examiners, or adjudicated by a third), agreement between
//! the first two (exact per item, Cohen's kappa per rubric), and the exam totals again with
//! the examiners' marks in place of the machine's provisional ones.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::engine::total_for;
use crate::record::grade::mean;
use crate::record::marking::{Agreement, agreement};
use crate::scenario::compile::Scenario;

use super::answers::{Answer, Paper};
use super::journal::{AnswerId, GradingLine, How};

/// One item's mark as an examiner saved it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemMark {
    pub mark: u32,
    pub how: How,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// An examiner's saved marks for one answer (the last save counts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedMarks {
    pub examiner: String,
    pub adjudication: bool,
    pub items: BTreeMap<String, ItemMark>,
}

/// Every saved mark, per answer: first markers in examiner-id order, then adjudications.
#[derive(Debug, Clone, Default)]
pub struct Ledger {
    pub by_answer: BTreeMap<AnswerId, Vec<SavedMarks>>,
}

impl Ledger {
    /// Fold journals' lines (each one examiner's, already checked). Marks count once their
    /// answer's `saved` line follows; marks never saved (a crash mid-answer) are ignored.
    pub fn fold<'a>(journals: impl IntoIterator<Item = &'a [GradingLine]>) -> Ledger {
        let mut by_answer: BTreeMap<AnswerId, Vec<SavedMarks>> = BTreeMap::new();
        for lines in journals {
            let mut pending: BTreeMap<(AnswerId, bool), BTreeMap<String, ItemMark>> =
                BTreeMap::new();
            for line in lines {
                match line {
                    GradingLine::Mark(m) => {
                        pending
                            .entry((m.answer.clone(), m.adjudication))
                            .or_default()
                            .insert(
                                m.item.clone(),
                                ItemMark {
                                    mark: m.mark,
                                    how: m.how,
                                    reason: m.reason.clone(),
                                },
                            );
                    }
                    GradingLine::Saved(s) => {
                        let items = pending
                            .remove(&(s.answer.clone(), s.adjudication))
                            .unwrap_or_default();
                        let v = by_answer.entry(s.answer.clone()).or_default();
                        v.retain(|x| {
                            !(x.examiner == s.examiner && x.adjudication == s.adjudication)
                        });
                        v.push(SavedMarks {
                            examiner: s.examiner.clone(),
                            adjudication: s.adjudication,
                            items,
                        });
                    }
                    // marks left unsaved by a crash are not carried into a later save
                    GradingLine::Open(_) => pending.clear(),
                    GradingLine::Header(_) => {}
                }
            }
        }
        for v in by_answer.values_mut() {
            v.sort_by(|a, b| (a.adjudication, &a.examiner).cmp(&(b.adjudication, &b.examiner)));
        }
        Ledger { by_answer }
    }

    /// The first markers' saves for an answer (not adjudications).
    pub fn markers(&self, id: &AnswerId) -> Vec<&SavedMarks> {
        self.by_answer
            .get(id)
            .map(|v| v.iter().filter(|s| !s.adjudication).collect())
            .unwrap_or_default()
    }

    pub fn adjudication(&self, id: &AnswerId) -> Option<&SavedMarks> {
        self.by_answer
            .get(id)
            .and_then(|v| v.iter().find(|s| s.adjudication))
    }

    /// Whether `examiner` has saved marks (of this role) for the answer.
    pub fn has_saved(&self, id: &AnswerId, examiner: &str, adjudication: bool) -> bool {
        self.by_answer.get(id).is_some_and(|v| {
            v.iter()
                .any(|s| s.examiner == examiner && s.adjudication == adjudication)
        })
    }
}

/// An item's mark as it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Final {
    /// One examiner marked it (no second marking): final.
    Single { mark: u32 },
    /// The first two (or more) examiners gave the same mark: final.
    Agreed { mark: u32 },
    /// The adjudicator's mark: final.
    Adjudicated { mark: u32 },
    /// The examiners differ and nobody has adjudicated yet: provisional.
    Disagreed { marks: Vec<(String, u32)> },
    /// Nobody has marked it yet: provisional.
    Unmarked,
}

impl Final {
    /// The mark when final.
    pub fn settled(&self) -> Option<u32> {
        match self {
            Final::Single { mark } | Final::Agreed { mark } | Final::Adjudicated { mark } => {
                Some(*mark)
            }
            Final::Disagreed { .. } | Final::Unmarked => None,
        }
    }
}

pub fn final_mark(ledger: &Ledger, id: &AnswerId, item: &str) -> Final {
    if let Some(m) = ledger.adjudication(id).and_then(|a| a.items.get(item)) {
        return Final::Adjudicated { mark: m.mark };
    }
    let marks: Vec<(String, u32)> = ledger
        .markers(id)
        .iter()
        .filter_map(|s| s.items.get(item).map(|m| (s.examiner.clone(), m.mark)))
        .collect();
    match marks.as_slice() {
        [] => Final::Unmarked,
        [(_, m)] => Final::Single { mark: *m },
        [(_, m), rest @ ..] if rest.iter().all(|(_, x)| x == m) => Final::Agreed { mark: *m },
        _ => Final::Disagreed { marks },
    }
}

/// Whether the answer is one the adjudicator must see: the first examiners differ on an item
/// (whether or not it has been adjudicated since).
pub fn needs_adjudication(ledger: &Ledger, a: &Answer) -> bool {
    let ms = ledger.markers(&a.id);
    a.compose.rubric.iter().any(|it| {
        let marks: Vec<u32> = ms
            .iter()
            .filter_map(|s| s.items.get(&it.id).map(|m| m.mark))
            .collect();
        marks.windows(2).any(|w| w[0] != w[1])
    })
}

#[derive(Debug, Clone, Serialize)]
pub struct ItemAgreement {
    pub item: String,
    pub pairs: usize,
    pub exact: usize,
}

/// Agreement of the first two examiners over one rubric (a Compose node of a scenario).
#[derive(Debug, Clone, Serialize)]
pub struct RubricAgreement {
    pub scenario: String,
    pub node: String,
    pub pairs: usize,
    pub exact: usize,
    pub kappa: Option<f64>,
    pub items: Vec<ItemAgreement>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Disagreement {
    pub candidate: String,
    pub scenario: String,
    pub node: String,
    pub item: String,
    pub marks: Vec<(String, u32)>,
    /// The adjudicator and their (final) mark, once given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub adjudicated: Option<(String, u32)>,
}

/// A candidate's exam total with the examiners' marks.
#[derive(Debug, Clone, Serialize)]
pub struct Regraded {
    pub candidate: String,
    pub total: u32,
    pub pass: bool,
    pub competencies: BTreeMap<String, u32>,
    /// Per part, its total.
    pub parts: Vec<u32>,
    /// Items without a final mark (unmarked, or disagreed and not yet adjudicated).
    pub open_items: usize,
}

impl Regraded {
    pub fn provisional(&self) -> bool {
        self.open_items > 0
    }
}

/// The whole second-marking picture for `report`.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub answers: usize,
    pub examiners: Vec<String>,
    pub rubrics: Vec<RubricAgreement>,
    pub disagreements: Vec<Disagreement>,
    pub totals: Vec<Regraded>,
}

/// Per rubric: the pairs (first examiner's mark, second's) over every answer both marked.
fn agreements(answers: &[Answer], ledger: &Ledger) -> Vec<RubricAgreement> {
    let mut by_rubric: BTreeMap<(String, String), Vec<&Answer>> = BTreeMap::new();
    for a in answers {
        by_rubric
            .entry((a.scenario.clone(), a.id.node.clone()))
            .or_default()
            .push(a);
    }
    let mut out = Vec::new();
    for ((scenario, node), list) in by_rubric {
        let rubric = &list[0].compose.rubric;
        let mut all = Vec::new();
        let mut items = Vec::new();
        for it in rubric {
            let pairs: Vec<(u32, u32)> = list
                .iter()
                .filter_map(|a| {
                    let ms = ledger.markers(&a.id);
                    let first = ms.first()?.items.get(&it.id)?.mark;
                    let second = ms.get(1)?.items.get(&it.id)?.mark;
                    Some((first, second))
                })
                .collect();
            items.push(ItemAgreement {
                item: it.id.clone(),
                pairs: pairs.len(),
                exact: pairs.iter().filter(|(a, b)| a == b).count(),
            });
            all.extend(pairs);
        }
        if all.is_empty() {
            continue;
        }
        let Agreement {
            pairs,
            exact,
            kappa,
        } = agreement(&all);
        out.push(RubricAgreement {
            scenario,
            node,
            pairs,
            exact,
            kappa,
            items,
        });
    }
    out
}

fn disagreements(answers: &[Answer], ledger: &Ledger) -> Vec<Disagreement> {
    let mut out = Vec::new();
    for a in answers {
        let ms = ledger.markers(&a.id);
        for it in &a.compose.rubric {
            let marks: Vec<(String, u32)> = ms
                .iter()
                .filter_map(|s| s.items.get(&it.id).map(|m| (s.examiner.clone(), m.mark)))
                .collect();
            if marks.windows(2).all(|w| w[0].1 == w[1].1) {
                continue;
            }
            out.push(Disagreement {
                candidate: a.id.candidate.clone(),
                scenario: a.scenario.clone(),
                node: a.id.node.clone(),
                item: it.id.clone(),
                marks,
                adjudicated: ledger
                    .adjudication(&a.id)
                    .and_then(|s| s.items.get(&it.id).map(|m| (s.examiner.clone(), m.mark))),
            });
        }
    }
    out.sort_by(|a, b| (&a.candidate, &a.item).cmp(&(&b.candidate, &b.item)));
    out
}

/// Points an item adds at `mark` beyond what the record already counted.
fn adjustment(a: &Answer, item: usize, mark: u32) -> Vec<(usize, i64)> {
    let d = &a.deltas[item];
    match a.auto_mark(item) {
        // an automatic item: the record counted the machine's verdict
        Some(auto) => {
            let diff = i64::from(mark.min(1)) - i64::from(auto);
            d.iter().map(|(c, p)| (*c, p * diff)).collect()
        }
        // an examiner item: nothing counted yet; its points scale with the level
        None => {
            let top = i64::from(a.top(item).max(1));
            let m = i64::from(mark.min(a.top(item)));
            d.iter()
                .map(|(c, p)| (*c, ((p * m) as f64 / top as f64).round() as i64))
                .collect()
        }
    }
}

/// A paper's totals with the final marks. An item without one makes the total provisional
/// and counts as the machine left it (automatic items), at the lowest mark given
/// (disagreements), or, unmarked examiner items, not at all: as the engine's provisional
/// score does, the competency is then taken over the points that were judged.
pub fn regrade(
    paper: &Paper,
    answers: &[&Answer],
    ledger: &Ledger,
    scenario: &dyn Fn(&str) -> Option<Scenario>,
) -> Option<Regraded> {
    let mut open_items = 0;
    let mut parts = Vec::new();
    let mut totals = Vec::new();
    let mut comps: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for (p, part) in paper.parts.iter().enumerate() {
        let s = scenario(&part.scenario)?;
        let mut points = part.points.clone();
        let mut pending = vec![0i64; s.competencies.len()];
        for a in answers.iter().filter(|a| a.id.part == p) {
            for (i, it) in a.compose.rubric.iter().enumerate() {
                let f = final_mark(ledger, &a.id, &it.id);
                if f.settled().is_none() {
                    open_items += 1;
                }
                let mark = match (&f, a.auto_mark(i)) {
                    (f, _) if f.settled().is_some() => f.settled(),
                    (Final::Disagreed { marks }, _) => marks.iter().map(|(_, m)| *m).min(),
                    (_, auto) => auto,
                };
                let Some(mark) = mark else {
                    // an examiner item nobody has marked: its points still wait
                    for (c, d) in &a.deltas[i] {
                        if let Some(x) = pending.get_mut(*c) {
                            *x += (*d).max(0);
                        }
                    }
                    continue;
                };
                for (c, d) in adjustment(a, i, mark) {
                    if let Some(x) = points.get_mut(c) {
                        *x += d;
                    }
                }
            }
        }
        let total = total_for(&s, &points, &pending);
        parts.push(total);
        if part.scored {
            totals.push(total);
            for (c, info) in s.competencies.iter().enumerate() {
                // over the points judged, as engine::score takes them
                let judged = i64::from(info.max.max(1)) - pending.get(c).copied().unwrap_or(0);
                let pct = if judged <= 0 {
                    0
                } else {
                    let pts = points.get(c).copied().unwrap_or(0).clamp(0, judged);
                    ((pts as f64 / judged as f64) * 100.0).round() as u32
                };
                comps.entry(info.name.clone()).or_default().push(pct);
            }
        }
    }
    let total = mean(&totals);
    Some(Regraded {
        candidate: paper.candidate.clone(),
        total,
        pass: total >= paper.pass_mark,
        competencies: comps.into_iter().map(|(c, v)| (c, mean(&v))).collect(),
        parts,
        open_items,
    })
}

pub fn summary(
    papers: &[Paper],
    answers: &[Answer],
    ledger: &Ledger,
    scenario: &dyn Fn(&str) -> Option<Scenario>,
) -> Summary {
    let mut examiners: Vec<String> = ledger
        .by_answer
        .values()
        .flatten()
        .map(|s| s.examiner.clone())
        .collect();
    examiners.sort();
    examiners.dedup();
    let totals = papers
        .iter()
        .filter_map(|p| {
            let mine: Vec<&Answer> = answers.iter().filter(|a| a.id.record == p.record).collect();
            if mine.is_empty() {
                return None;
            }
            regrade(p, &mine, ledger, scenario)
        })
        .collect();
    Summary {
        answers: answers.len(),
        examiners,
        rubrics: agreements(answers, ledger),
        disagreements: disagreements(answers, ledger),
        totals,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::grading::journal::{MarkLine, OpenLine, SavedLine};

    fn id() -> AnswerId {
        AnswerId {
            record: "r".into(),
            candidate: "c1".into(),
            part: 0,
            node: "reply".into(),
            line: 2,
        }
    }

    fn mark(examiner: &str, item: &str, mark: u32, adjudication: bool) -> GradingLine {
        GradingLine::Mark(MarkLine {
            examiner: examiner.into(),
            at: 0,
            answer: id(),
            item: item.into(),
            mark,
            how: How::Level,
            reason: None,
            adjudication,
        })
    }

    fn saved(examiner: &str, adjudication: bool) -> GradingLine {
        GradingLine::Saved(SavedLine {
            examiner: examiner.into(),
            at: 0,
            answer: id(),
            adjudication,
        })
    }

    #[test]
    fn only_saved_marks_count_and_the_last_save_wins() {
        let e1 = vec![
            mark("e1", "tone", 2, false),
            // a crash here: the mark was never saved
            GradingLine::Open(OpenLine {
                examiner: "e1".into(),
                at: 0,
                dropped_bytes: 7,
            }),
            mark("e1", "structure", 1, false),
            saved("e1", false),
        ];
        let l = Ledger::fold([e1.as_slice()]);
        assert_eq!(final_mark(&l, &id(), "tone"), Final::Unmarked);
        assert_eq!(
            final_mark(&l, &id(), "structure"),
            Final::Single { mark: 1 }
        );
        let mut again = e1.clone();
        again.extend([mark("e1", "structure", 0, false), saved("e1", false)]);
        let l = Ledger::fold([again.as_slice()]);
        assert_eq!(
            final_mark(&l, &id(), "structure"),
            Final::Single { mark: 0 }
        );
    }

    #[test]
    fn agreed_disagreed_and_adjudicated() {
        let e1 = vec![
            mark("e1", "tone", 2, false),
            mark("e1", "structure", 1, false),
            saved("e1", false),
        ];
        let e2 = vec![
            mark("e2", "tone", 1, false),
            mark("e2", "structure", 1, false),
            saved("e2", false),
        ];
        let l = Ledger::fold([e1.as_slice(), e2.as_slice()]);
        assert_eq!(
            final_mark(&l, &id(), "structure"),
            Final::Agreed { mark: 1 }
        );
        assert_eq!(
            final_mark(&l, &id(), "tone"),
            Final::Disagreed {
                marks: vec![("e1".into(), 2), ("e2".into(), 1)]
            }
        );
        let e3 = vec![mark("e3", "tone", 1, true), saved("e3", true)];
        let l = Ledger::fold([e2.as_slice(), e3.as_slice(), e1.as_slice()]);
        assert_eq!(
            final_mark(&l, &id(), "tone"),
            Final::Adjudicated { mark: 1 }
        );
        // the first markers stay in examiner order whatever order the journals came in
        assert_eq!(l.markers(&id())[0].examiner, "e1");
        assert!(l.has_saved(&id(), "e3", true) && !l.has_saved(&id(), "e3", false));
    }
}
