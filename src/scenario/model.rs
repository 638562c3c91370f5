//! The authoring format: serde types that mirror a `scenarios/<id>.ron` file one to one.
//!
//! Every player-facing string is a Fluent message id (`MsgId`); the RON holds structure and
//! numbers only. Conditions and effects are expression strings, parsed and type-checked once
//! at load (see `expr`). docs/scenario-format.md is the teacher's reference for this file.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::expr::Num;

/// A Fluent message id, looked up in `locales/<lang>/<scenario>.ftl`.
pub type MsgId = String;

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Scenario")]
pub struct ScenarioFile {
    pub id: String,
    pub version: u32,
    pub title: MsgId,
    pub summary: MsgId,
    pub domains: Vec<Domain>,
    pub difficulty: Difficulty,
    pub minutes: u32,
    /// Competency name -> how it is weighted and how many points make 100%.
    pub competencies: BTreeMap<String, Competency>,
    /// Pass mark on the weighted total, 0..=100.
    pub pass_mark: u32,
    /// Values drawn once per attempt from its seed, before the first node, then
    /// read-only: the variant of the paper this candidate sits (see `Param`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub params: BTreeMap<String, Param>,
    #[serde(default)]
    pub variables: BTreeMap<String, Variable>,
    /// Effects applied once when an attempt starts, after its params are drawn: a variable
    /// that starts at a param's value (`invoice_value = order_value`) and may change later.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub setup: Vec<String>,
    #[serde(default)]
    pub documents: Vec<Document>,
    pub start: String,
    pub nodes: Vec<Node>,
}

impl ScenarioFile {
    /// Where a newcomer starts: beginner scenarios (the tutorial) head every list of the
    /// library, before the domains, so the screens are learnt before any trade.
    pub fn starts_here(&self) -> bool {
        self.difficulty == Difficulty::Beginner
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Domain {
    Sourcing,
    /// Selling on platforms and the e-commerce customs routes (RFQ market, 1210, 9810).
    Ecommerce,
    Customs,
    Logistics,
    Payment,
    Capstone,
}

impl Domain {
    pub const ALL: [Domain; 6] = [
        Domain::Sourcing,
        Domain::Ecommerce,
        Domain::Customs,
        Domain::Logistics,
        Domain::Payment,
        Domain::Capstone,
    ];
    pub fn key(self) -> &'static str {
        match self {
            Domain::Sourcing => "sourcing",
            Domain::Ecommerce => "ecommerce",
            Domain::Customs => "customs",
            Domain::Logistics => "logistics",
            Domain::Payment => "payment",
            Domain::Capstone => "capstone",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
pub enum Difficulty {
    Beginner,
    Intermediate,
    Advanced,
}

impl Difficulty {
    pub fn key(self) -> &'static str {
        match self {
            Difficulty::Beginner => "beginner",
            Difficulty::Intermediate => "intermediate",
            Difficulty::Advanced => "advanced",
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Competency {
    /// Relative weight in the total (any positive numbers; they are normalised).
    pub weight: u32,
    /// Points that make 100% in this competency; points are clamped to 0..=max.
    pub max: u32,
}

/// A typed scenario variable. `visible` ones appear in the status bar, labelled by the
/// message `var-<name>`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub enum Variable {
    Integer {
        initial: i64,
        #[serde(default)]
        min: Option<i64>,
        #[serde(default)]
        max: Option<i64>,
        #[serde(default)]
        visible: bool,
    },
    /// An amount in one currency, written as printed: `initial: 12.50`. Every assignment
    /// rounds half-up to the currency's minor unit (cents; none for JPY).
    Money {
        initial: Num,
        currency: String,
        #[serde(default)]
        min: Option<i64>,
        #[serde(default)]
        max: Option<i64>,
        #[serde(default)]
        visible: bool,
    },
    /// A quantity with a fraction: cbm, kg, a ratio.
    Decimal {
        initial: Num,
        #[serde(default)]
        min: Option<i64>,
        #[serde(default)]
        max: Option<i64>,
        #[serde(default)]
        visible: bool,
    },
    /// A percentage, written as its number of percent: `initial: 13` is 13%.
    Percent {
        initial: Num,
        #[serde(default)]
        visible: bool,
    },
    /// An exchange rate: units of `to` for one unit of `from` (`7.12` CNY per USD). Effects
    /// may move it (`usd_cny = usd_cny * 0.98`), as a random FX event does.
    Rate {
        from: String,
        to: String,
        initial: Num,
        #[serde(default)]
        visible: bool,
    },
    Days {
        initial: i64,
        #[serde(default)]
        min: Option<i64>,
        #[serde(default)]
        max: Option<i64>,
        #[serde(default)]
        visible: bool,
    },
    Flag {
        initial: bool,
        #[serde(default)]
        visible: bool,
    },
    Text {
        initial: String,
        #[serde(default)]
        visible: bool,
    },
}

impl Variable {
    pub fn visible(&self) -> bool {
        match self {
            Variable::Integer { visible, .. }
            | Variable::Money { visible, .. }
            | Variable::Decimal { visible, .. }
            | Variable::Percent { visible, .. }
            | Variable::Rate { visible, .. }
            | Variable::Days { visible, .. }
            | Variable::Flag { visible, .. }
            | Variable::Text { visible, .. } => *visible,
        }
    }
}

/// A parameter of the paper: how its value is drawn per attempt. Ranges draw a multiple of
/// `step` from `min` up to `max`; records and picks become several read-only variables
/// (`product_hs` for the field `hs` of the record `product`, `faults_weight` for the pool
/// item `weight` of the pick `faults`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub enum Param {
    Money {
        min: Num,
        max: Num,
        step: Num,
        currency: String,
    },
    Integer {
        min: i64,
        max: i64,
        #[serde(default = "one")]
        step: i64,
    },
    Decimal {
        min: Num,
        max: Num,
        step: Num,
    },
    /// Written as numbers of percent: `min: 9, max: 13, step: 1`.
    Percent {
        min: Num,
        max: Num,
        step: Num,
    },
    Rate {
        from: String,
        to: String,
        min: Num,
        max: Num,
        step: Num,
    },
    Days {
        min: i64,
        max: i64,
        #[serde(default = "one")]
        step: i64,
    },
    /// One record of a list, so a product's name, code and figures travel together.
    OneOf(Vec<BTreeMap<String, Item>>),
    /// `count` items of a pool, for a document check's discrepancies: each item corrupts
    /// one document field with its wrong value; the checks that name this pick in
    /// `drawn_discrepancies` take the drawn items into their answer key.
    Pick {
        count: usize,
        from: Vec<Fault>,
    },
    /// An expression over other params (and variables' initial values): `unit * qty`.
    Derived(String),
}

fn one() -> i64 {
    1
}

/// A field of a `OneOf` record. Every record of one param has the same fields, of the same
/// kinds.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub enum Item {
    /// Verbatim text: a code, a number as printed.
    Text(String),
    /// A Fluent message id: shown translated wherever the variable is shown.
    Message(MsgId),
    Integer(i64),
    Decimal(Num),
    /// A number of percent: `Percent(13)` is 13%.
    Percent(Num),
    Money(Num, String),
    Days(i64),
}

/// One possible discrepancy of a `Pick` pool.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Fault {
    pub id: String,
    /// `document.field`: the field shown wrong when this item is drawn.
    pub field: String,
    /// What the field shows instead.
    pub wrong: FieldValue,
    /// Why it is a discrepancy; shown in the debrief.
    pub feedback: MsgId,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum DocumentKind {
    ProFormaInvoice,
    CommercialInvoice,
    PackingList,
    BillOfLading,
    AirWaybill,
    RailConsignmentNote,
    LetterOfCredit,
    CertificateOfOrigin,
    InsuranceCertificate,
    InspectionCertificate,
    ExportDeclaration,
    Quotation,
    PurchaseOrder,
    BusinessLicence,
    Email,
    Other,
}

impl DocumentKind {
    pub fn key(self) -> &'static str {
        match self {
            DocumentKind::ProFormaInvoice => "pro-forma-invoice",
            DocumentKind::CommercialInvoice => "commercial-invoice",
            DocumentKind::PackingList => "packing-list",
            DocumentKind::BillOfLading => "bill-of-lading",
            DocumentKind::AirWaybill => "air-waybill",
            DocumentKind::RailConsignmentNote => "rail-consignment-note",
            DocumentKind::LetterOfCredit => "letter-of-credit",
            DocumentKind::CertificateOfOrigin => "certificate-of-origin",
            DocumentKind::InsuranceCertificate => "insurance-certificate",
            DocumentKind::InspectionCertificate => "inspection-certificate",
            DocumentKind::ExportDeclaration => "export-declaration",
            DocumentKind::Quotation => "quotation",
            DocumentKind::PurchaseOrder => "purchase-order",
            DocumentKind::BusinessLicence => "business-licence",
            DocumentKind::Email => "email",
            DocumentKind::Other => "other",
        }
    }
}

/// A trade document shown beside a node: a titled list of labelled fields.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub id: String,
    pub kind: DocumentKind,
    pub title: MsgId,
    pub fields: Vec<DocField>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DocField {
    pub id: String,
    pub label: MsgId,
    pub value: FieldValue,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub enum FieldValue {
    /// A Fluent message (translated, may use `{ $variable }`).
    Text(MsgId),
    /// Verbatim text that is the same in every language: codes, numbers, names.
    Literal(String),
    /// The current value of a scenario variable (money shown with its currency).
    Var(String),
}

/// Score deltas per competency, e.g. `{"compliance": 2, "risk": -1}`.
pub type ScoreDeltas = BTreeMap<String, i64>;

#[derive(Debug, Clone, Deserialize, Serialize)]
pub enum Node {
    Decision(Decision),
    Form(Form),
    Check(Check),
    /// A written answer scored by a rubric (scenario::rubric).
    Compose(super::rubric::Compose),
    Random(Random),
    Ending(Ending),
}

impl Node {
    pub fn id(&self) -> &str {
        match self {
            Node::Decision(n) => &n.id,
            Node::Form(n) => &n.id,
            Node::Check(n) => &n.id,
            Node::Compose(n) => &n.id,
            Node::Random(n) => &n.id,
            Node::Ending(n) => &n.id,
        }
    }
    pub fn kind(&self) -> &'static str {
        match self {
            Node::Decision(_) => "decision",
            Node::Form(_) => "form",
            Node::Check(_) => "check",
            Node::Compose(_) => "compose",
            Node::Random(_) => "random",
            Node::Ending(_) => "ending",
        }
    }

    /// Who speaks at this node, if anyone (a message id).
    pub fn speaker(&self) -> Option<&MsgId> {
        match self {
            Node::Decision(d) => d.speaker.as_ref(),
            Node::Form(f) => f.speaker.as_ref(),
            Node::Check(c) => c.speaker.as_ref(),
            Node::Compose(c) => c.speaker.as_ref(),
            Node::Random(_) | Node::Ending(_) => None,
        }
    }

    /// What the player reads at this node (a message id); a random event has no text.
    pub fn text(&self) -> Option<&MsgId> {
        match self {
            Node::Decision(d) => Some(&d.text),
            Node::Form(f) => Some(&f.text),
            Node::Check(c) => Some(&c.text),
            Node::Compose(c) => Some(&c.text),
            Node::Ending(e) => Some(&e.text),
            Node::Random(_) => None,
        }
    }

    /// The ids of the documents on view at this node.
    pub fn documents(&self) -> &[String] {
        match self {
            Node::Decision(d) => &d.documents,
            Node::Form(f) => &f.documents,
            Node::Check(c) => &c.documents,
            Node::Compose(c) => &c.documents,
            Node::Random(_) | Node::Ending(_) => &[],
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub id: String,
    #[serde(default)]
    pub speaker: Option<MsgId>,
    pub text: MsgId,
    #[serde(default)]
    pub documents: Vec<String>,
    pub choices: Vec<Choice>,
    /// Show the choices in an order drawn per attempt, so the position of the right answer
    /// teaches nothing. Turn off where the order itself means something (1, 3, 7 days).
    #[serde(default = "yes")]
    pub shuffle: bool,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub text: MsgId,
    /// Expression; the choice is offered only while it holds.
    #[serde(default)]
    pub condition: Option<String>,
    /// Statements such as `cash -= 500` or `inspected = true`, applied in order.
    #[serde(default)]
    pub effects: Vec<String>,
    #[serde(default)]
    pub score: ScoreDeltas,
    /// Shown in the debrief (and at once in practice mode): why this was right or wrong.
    #[serde(default)]
    pub feedback: Option<MsgId>,
    pub goto: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Form {
    pub id: String,
    #[serde(default)]
    pub speaker: Option<MsgId>,
    pub text: MsgId,
    #[serde(default)]
    pub documents: Vec<String>,
    pub fields: Vec<FormField>,
    #[serde(default)]
    pub effects: Vec<String>,
    pub goto: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FormField {
    pub id: String,
    pub label: MsgId,
    pub input: Input,
    /// Tried in order; the first that accepts the entry gives its score and feedback.
    pub answers: Vec<Answer>,
    /// Feedback when no answer accepts the entry (scores nothing).
    #[serde(default)]
    pub otherwise: Option<MsgId>,
    /// A variable that receives the entry (a number for numeric variables, else text).
    #[serde(default)]
    pub store: Option<String>,
    /// The computation laid out in the debrief, under the field's feedback: each step's
    /// label and its exact value at that moment, so a student sees where a quote went wrong.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub worked: Vec<Worked>,
}

/// One step of a worked computation: `(label: "step-fob", value: "exw + inland")`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Worked {
    pub label: MsgId,
    /// A numeric expression over the scenario's variables.
    pub value: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub enum Input {
    /// Free text, compared after trimming, case-insensitively.
    Text,
    /// A whole number (thousands separators `,` and `_` allowed in the entry).
    Number,
    /// One of a fixed list of options (codes such as "9710" or Incoterms, shown verbatim).
    Select(Vec<String>),
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    pub accept: Accept,
    #[serde(default)]
    pub score: ScoreDeltas,
    #[serde(default)]
    pub feedback: Option<MsgId>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub enum Accept {
    /// Equal after trimming, case-insensitive.
    Exact(String),
    /// Equal to any of these.
    OneOf(Vec<String>),
    /// A number within `tolerance` of an expression evaluated at that moment: an amount
    /// (`tolerance: 0.01`, `tolerance: 150`) or a share of the expected figure
    /// (`tolerance: "0.5%"`).
    Number {
        expected: String,
        tolerance: Tolerance,
    },
    /// A wildcard pattern: `?` any one character, `*` any run of characters.
    Pattern(String),
    /// Equal to an expression's value at that moment, compared as text after trimming,
    /// case-insensitively: `Value("product_hs")`, where the right code is a param.
    Value(String),
}

/// How far a typed figure may be from the expected one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tolerance {
    Absolute(rust_decimal::Decimal),
    /// A fraction of the expected value (0.005 for `"0.5%"`).
    Relative(rust_decimal::Decimal),
}

impl<'de> Deserialize<'de> for Tolerance {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Text(String),
            Amount(Num),
        }
        match Raw::deserialize(d)? {
            Raw::Amount(n) => Ok(Tolerance::Absolute(n.0.abs())),
            Raw::Text(t) => {
                let t = t.trim();
                let (num, pct) = match t.strip_suffix('%') {
                    Some(n) => (n.trim(), true),
                    None => (t, false),
                };
                let n = super::expr::parse_decimal(num)
                    .map_err(|e| serde::de::Error::custom(format!("tolerance `{t}`: {e}")))?
                    .abs();
                Ok(if pct {
                    Tolerance::Relative(n / rust_decimal::Decimal::ONE_HUNDRED)
                } else {
                    Tolerance::Absolute(n)
                })
            }
        }
    }
}

impl Serialize for Tolerance {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Tolerance::Absolute(d) => Num(*d).serialize(s),
            Tolerance::Relative(f) => s.serialize_str(&format!(
                "{}%",
                (f * rust_decimal::Decimal::ONE_HUNDRED).normalize()
            )),
        }
    }
}

/// Document check: the player marks the fields that are discrepant.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    pub id: String,
    #[serde(default)]
    pub speaker: Option<MsgId>,
    pub text: MsgId,
    pub documents: Vec<String>,
    /// The answer key: the real discrepancies, as `document.field`.
    #[serde(default)]
    pub discrepancies: Vec<Finding>,
    /// A `Pick` param whose drawn items are discrepancies here too (the key then differs
    /// per variant).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drawn_discrepancies: Option<String>,
    /// Fields that look wrong but are not discrepancies (explained if marked).
    #[serde(default)]
    pub harmless: Vec<Finding>,
    /// Score per real discrepancy marked.
    #[serde(default)]
    pub hit: ScoreDeltas,
    /// Score per field marked that is not a discrepancy.
    #[serde(default)]
    pub false_alarm: ScoreDeltas,
    #[serde(default)]
    pub effects: Vec<String>,
    pub goto: String,
    /// Taken instead of `goto` when any real discrepancy was left unmarked.
    #[serde(default)]
    pub on_miss: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    /// `document.field`
    pub field: String,
    /// Why it is (or is not) a discrepancy; shown in the debrief.
    pub feedback: MsgId,
}

/// Drawn from the attempt's seeded RNG as soon as the node is entered.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Random {
    pub id: String,
    pub outcomes: Vec<Outcome>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// Relative chance; must be positive.
    pub weight: i64,
    /// The outcome is drawable only while this holds; if none holds, the last is taken.
    #[serde(default)]
    pub condition: Option<String>,
    /// What the player is told happened.
    pub text: MsgId,
    #[serde(default)]
    pub effects: Vec<String>,
    #[serde(default)]
    pub score: ScoreDeltas,
    pub goto: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Ending {
    pub id: String,
    pub text: MsgId,
    /// Whether reaching this ending can count as a pass (the total must also reach the pass mark).
    pub pass: bool,
}
