//! The authoring format of a written answer (`Compose` node) and its rubric;
//! docs/scenario-format.md describes the fields for teachers.

use serde::{Deserialize, Serialize};

use crate::scenario::model::{MsgId, ScoreDeltas};

/// A written answer: the student writes a reply (in `language`, whatever the UI locale) and a
/// rubric scores it, item by item.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Compose {
    pub id: String,
    #[serde(default)]
    pub speaker: Option<MsgId>,
    pub text: MsgId,
    #[serde(default)]
    pub documents: Vec<String>,
    /// The language the answer must be written in, e.g. "en-US".
    pub language: String,
    /// The length range in words, inclusive.
    pub words: WordRange,
    pub rubric: Vec<RubricItem>,
    #[serde(default)]
    pub effects: Vec<String>,
    pub goto: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct WordRange {
    pub min: u32,
    pub max: u32,
}

/// One line of the rubric. An automatic item is met when every phrase group and every value is
/// found and no forbidden phrase is; an `examiner` item is marked by a person, one level
/// descriptor per point from 0 up to the item's points.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RubricItem {
    pub id: String,
    /// What the item looks for, as the student and the examiner read it.
    pub label: MsgId,
    /// Points per competency when the item is met (examiner items: at the top level).
    pub score: ScoreDeltas,
    #[serde(default)]
    pub feedback: Option<MsgId>,
    #[serde(default)]
    pub examiner: bool,
    /// Examiner items: what each level looks like, from 0 points up to the top level.
    #[serde(default)]
    pub levels: Vec<MsgId>,
    #[serde(default)]
    pub phrases: Vec<PhraseGroup>,
    #[serde(default)]
    pub values: Vec<RequiredValue>,
    /// Phrases whose presence fails the item (a negated mention, "we do not accept
    /// liability", does not count).
    #[serde(default)]
    pub forbidden: Vec<String>,
}

impl RubricItem {
    /// Whether the item has anything for the machine to look for.
    pub fn has_automatic_check(&self) -> bool {
        !self.phrases.is_empty() || !self.values.is_empty() || !self.forbidden.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub enum PhraseGroup {
    /// Every phrase must appear.
    AllOf(Vec<String>),
    /// At least one phrase must appear.
    AnyOf(Vec<String>),
}

/// A value the reply must state. Each `String` is a variable name or a literal (`"12500"`,
/// `"2026-03-31"`, `"FOB"`); lint warns when it is neither a variable nor a usable literal.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub enum RequiredValue {
    /// An amount with its currency next to it: "USD 12,500", "12500 USD", "US$12,500.00".
    Money { amount: String, currency: String },
    /// A number in any formatting ("5,000", "5000", "5k"), e.g. a quantity or a number of days.
    Number(String),
    /// An Incoterm followed by its named place, e.g. FOB Ningbo.
    Incoterm { term: String, place: String },
    /// A calendar date in any common writing ("31 March 2026", "2026-03-31", "03/31/2026").
    Date(String),
    /// The words a Text variable or param holds this attempt (a drawn buyer's or product's
    /// name: "Rheinkraft"), matched word by word as a phrase is. Always a name: fixed words
    /// are a phrase.
    Text(String),
}

impl RequiredValue {
    /// Every value source it names (variable names or literals).
    pub fn sources(&self) -> Vec<&str> {
        match self {
            RequiredValue::Money { amount, currency } => vec![amount, currency],
            RequiredValue::Number(n) | RequiredValue::Date(n) | RequiredValue::Text(n) => vec![n],
            RequiredValue::Incoterm { term, place } => vec![term, place],
        }
    }
}
