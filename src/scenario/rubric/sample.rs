//! A reply that meets every automatic item: what playtest agents write, and a check that a
//! rubric can be met at all.

use super::format::{PhraseGroup, RequiredValue, RubricItem};

use super::item::Resolve;

/// One sentence per automatic item: its phrases, then its values written plainly.
pub fn model_reply(rubric: &[RubricItem], resolve: Resolve) -> String {
    let val = |s: &str| resolve(s).unwrap_or_else(|| s.to_string());
    let mut sentences = Vec::new();
    for item in rubric.iter().filter(|i| !i.examiner) {
        let mut parts: Vec<String> = Vec::new();
        for g in &item.phrases {
            match g {
                PhraseGroup::AllOf(ps) => parts.extend(ps.iter().cloned()),
                PhraseGroup::AnyOf(ps) => parts.extend(ps.first().cloned()),
            }
        }
        for v in &item.values {
            parts.push(match v {
                RequiredValue::Money { amount, currency } => {
                    format!("{} {}", val(currency), val(amount))
                }
                RequiredValue::Number(n) => val(n),
                RequiredValue::Incoterm { term, place } => format!("{} {}", val(term), val(place)),
                RequiredValue::Date(d) | RequiredValue::Text(d) => val(d),
            });
        }
        if !parts.is_empty() {
            sentences.push(format!("{}.", parts.join(", ")));
        }
    }
    sentences.join("\n")
}
