//! From the authoring model to the form the engine plays: names resolved to indices,
//! expressions parsed and type-checked, every reference checked. Problems become located
//! diagnostics; a scenario with any error does not compile.

use std::collections::HashMap;

use sha2::{Digest, Sha256};

use super::diagnostic::{Diagnostic, Reporter};
use super::expr::{self, ErrorKind, Expr, ExprError, Scope, Statement, Ty, Val};
use super::load::{SourceFile, parse_scenario};
use super::model::{self, Accept, FieldValue, Input, Node, ScenarioFile, Variable};
use super::source::{LazyMap, Seg, SourceMap, de};
use crate::scenario::diagnostic::Rule;
use crate::suggest::did_you_mean;

mod params;
pub use params::{Draw, FaultInfo, ParamDraw};

/// A loaded, checked scenario: the authored model plus the engine's indexed view of it.
#[derive(Debug, Clone)]
pub struct Scenario {
    pub file: ScenarioFile,
    /// Where it was loaded from, as shown to people.
    pub path: String,
    /// SHA-256 of the RON bytes: records name the exact rules an attempt was played under.
    pub content_hash: String,
    pub vars: Vec<VarInfo>,
    pub competencies: Vec<CompetencyInfo>,
    pub start: usize,
    pub logic: Vec<Logic>,
    pub node_index: HashMap<String, usize>,
    pub doc_index: HashMap<String, usize>,
    /// How each param is drawn, in drawing order (derived ones after what they read).
    pub params: Vec<ParamDraw>,
    /// Every item of every `Pick` pool: the document field it corrupts when drawn.
    pub faults: Vec<FaultInfo>,
    /// Applied when an attempt starts, after the params are drawn.
    pub setup: Vec<Statement>,
}

#[derive(Debug, Clone)]
pub struct VarInfo {
    pub name: String,
    pub ty: Ty,
    pub initial: Val,
    pub min: Option<i64>,
    pub max: Option<i64>,
    pub visible: bool,
    /// Drawn per attempt from the seed and read-only: no effect or form may set it.
    pub param: bool,
    /// A text value that is a Fluent message id: shown translated.
    pub message: bool,
}

#[derive(Debug, Clone)]
pub struct CompetencyInfo {
    pub name: String,
    pub weight: u32,
    pub max: u32,
}

/// Score deltas by competency index.
pub type Deltas = Vec<(usize, i64)>;

/// A document field, by document index and field index.
pub type FieldRef = (usize, usize);

#[derive(Debug, Clone)]
pub enum Logic {
    Decision {
        choices: Vec<ChoiceLogic>,
    },
    Form {
        fields: Vec<FieldLogic>,
        effects: Vec<Statement>,
        goto: usize,
    },
    Check {
        /// Every field on the documents in view, in display order: what can be marked.
        markable: Vec<FieldRef>,
        key: Vec<FieldRef>,
        /// The pool items (indices into `Scenario::faults`) whose drawn ones join the key.
        drawn: Vec<usize>,
        harmless: Vec<FieldRef>,
        hit: Deltas,
        false_alarm: Deltas,
        effects: Vec<Statement>,
        goto: usize,
        on_miss: Option<usize>,
    },
    /// A written answer: points per rubric item (scored when the checker finds it met).
    Compose {
        items: Vec<Deltas>,
        /// Variables the rubric's required values name (read when the answer is checked).
        reads: Vec<usize>,
        effects: Vec<Statement>,
        goto: usize,
    },
    Random {
        outcomes: Vec<OutcomeLogic>,
    },
    Ending {
        pass: bool,
    },
}

#[derive(Debug, Clone)]
pub struct ChoiceLogic {
    pub condition: Option<Expr>,
    pub effects: Vec<Statement>,
    pub score: Deltas,
    pub goto: usize,
}

#[derive(Debug, Clone)]
pub struct FieldLogic {
    pub answers: Vec<(Matcher, Deltas)>,
    pub store: Option<usize>,
    pub numeric: bool,
    /// A Select field's options, normalised for comparison.
    pub options: Option<Vec<String>>,
    /// The worked computation's steps, in order: each value and its type.
    pub worked: Vec<(Expr, Ty)>,
}

#[derive(Debug, Clone)]
pub enum Matcher {
    Exact(String),
    OneOf(Vec<String>),
    Number {
        expected: Expr,
        tolerance: model::Tolerance,
    },
    Pattern(String),
    /// An expression's value, as text (a param: the right code for this variant).
    Value(Expr),
}

#[derive(Debug, Clone)]
pub struct OutcomeLogic {
    pub weight: u64,
    pub condition: Option<Expr>,
    pub effects: Vec<Statement>,
    pub score: Deltas,
    pub goto: usize,
}

impl Scenario {
    pub fn id(&self) -> &str {
        &self.file.id
    }
    pub fn node(&self, i: usize) -> &Node {
        &self.file.nodes[i]
    }
    pub fn var_index(&self, name: &str) -> Option<usize> {
        self.vars.iter().position(|v| v.name == name)
    }
    pub fn field_name(&self, (d, f): FieldRef) -> String {
        let doc = &self.file.documents[d];
        format!("{}.{}", doc.id, doc.fields[f].id)
    }
    /// The pool item drawn in this attempt that corrupts this field, if any.
    pub fn fault_at(&self, field: FieldRef, vars: &[Val]) -> Option<&FaultInfo> {
        self.faults
            .iter()
            .find(|f| f.field == field && vars.get(f.flag).is_some_and(Val::as_flag))
    }
    /// What a document field shows in this attempt: a drawn fault's wrong value, or its own.
    pub fn field_shown(&self, field: FieldRef, vars: &[Val]) -> &FieldValue {
        match self.fault_at(field, vars) {
            Some(f) => &f.wrong,
            None => &self.file.documents[field.0].fields[field.1].value,
        }
    }
    /// A check's answer key in this attempt: its fixed discrepancies and the drawn items.
    pub fn check_key(&self, key: &[FieldRef], drawn: &[usize], vars: &[Val]) -> Vec<FieldRef> {
        let mut out = key.to_vec();
        for f in drawn.iter().filter_map(|&i| self.faults.get(i)) {
            if vars.get(f.flag).is_some_and(Val::as_flag) && !out.contains(&f.field) {
                out.push(f.field);
            }
        }
        out
    }
    /// How many of a check's pool items every variant draws.
    pub fn drawn_count(&self, drawn: &[usize]) -> usize {
        let Some(pick) = drawn.first().and_then(|&i| self.faults.get(i)) else {
            return 0;
        };
        self.params
            .iter()
            .find(|p| p.name == pick.pick)
            .map_or(0, |p| match p.draw {
                Draw::Pick { count, .. } => count,
                _ => 0,
            })
    }
    pub fn field_ref(&self, name: &str) -> Option<FieldRef> {
        let (d, f) = name.split_once('.')?;
        let di = *self.doc_index.get(d)?;
        let fi = self.file.documents[di]
            .fields
            .iter()
            .position(|x| x.id == f)?;
        Some((di, fi))
    }
}

/// Normalise a typed entry for comparison: trimmed, inner spaces folded, case-insensitive.
pub fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_uppercase));
    }
    out
}

/// A `goto` whose target is missing: reported, and the scenario does not compile.
const NOWHERE: usize = usize::MAX;

/// `base` followed by `rest`: the path of something inside `base`.
fn under<'b>(base: &[Seg<'b>], rest: &[Seg<'b>]) -> Vec<Seg<'b>> {
    let mut v = Vec::with_capacity(base.len() + rest.len());
    v.extend_from_slice(base);
    v.extend_from_slice(rest);
    v
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Parse and compile a scenario file: the scenario if it has no errors, and every
/// diagnostic found (errors and the structural warnings).
pub fn compile(src: &SourceFile) -> (Option<Scenario>, Vec<Diagnostic>) {
    compile_in(src, None)
}

/// `compile`, reusing the source map the caller already made (lint makes one for all rules).
pub fn compile_in(
    src: &SourceFile,
    map: Option<&SourceMap>,
) -> (Option<Scenario>, Vec<Diagnostic>) {
    let map = LazyMap::new(&src.text, map);
    // read from the span tree the diagnostics need anyway; ron only when that cannot
    let file = match de::read(map.get()) {
        Some(f) => f,
        None => match parse_scenario(src) {
            Ok(f) => f,
            Err(d) => return (None, vec![*d]),
        },
    };
    let mut c = Compiler {
        r: Reporter::new(&src.path, &src.text),
        map: &map,
        file: &file,
        vars: Vec::new(),
        node_index: HashMap::new(),
        doc_index: HashMap::new(),
        comp_index: HashMap::new(),
        params: Vec::new(),
        faults: Vec::new(),
    };
    let compiled = c.run();
    let diags = c.r.out;
    let has_error = diags.iter().any(|d| d.is_error());
    let scenario = match compiled {
        Some((
            vars,
            competencies,
            start,
            logic,
            node_index,
            doc_index,
            (params, faults, setup),
        )) if !has_error => Some(Scenario {
            params,
            faults,
            setup,
            path: src.path.clone(),
            content_hash: sha256_hex(src.text.as_bytes()),
            file,
            vars,
            competencies,
            start,
            logic,
            node_index,
            doc_index,
        }),
        _ => None,
    };
    (scenario, diags)
}

type Compiled = (
    Vec<VarInfo>,
    Vec<CompetencyInfo>,
    usize,
    Vec<Logic>,
    HashMap<String, usize>,
    HashMap<String, usize>,
    (Vec<ParamDraw>, Vec<FaultInfo>, Vec<Statement>),
);

struct Compiler<'a> {
    r: Reporter<'a>,
    map: &'a LazyMap<'a>,
    file: &'a ScenarioFile,
    vars: Vec<VarInfo>,
    node_index: HashMap<String, usize>,
    doc_index: HashMap<String, usize>,
    comp_index: HashMap<String, usize>,
    params: Vec<ParamDraw>,
    faults: Vec<FaultInfo>,
}

struct VarScope<'v>(&'v [VarInfo]);

impl Scope for VarScope<'_> {
    fn lookup(&self, name: &str) -> Option<(usize, Ty)> {
        self.0
            .iter()
            .position(|v| v.name == name)
            .map(|i| (i, self.0[i].ty.clone()))
    }
    fn names(&self) -> Vec<String> {
        self.0.iter().map(|v| v.name.clone()).collect()
    }
}

impl<'a> Compiler<'a> {
    fn span(&self, path: &[Seg]) -> (usize, usize) {
        let s = self.map.get().locate(path);
        (s.start, s.end)
    }

    fn run(&mut self) -> Option<Compiled> {
        self.metadata();
        self.declare_vars();
        self.declare_params();
        self.index_documents();
        self.index_nodes();
        let start = self.target(&self.file.start, &[Seg::Field("start")]);
        self.documents();
        self.pools();
        let setup = self.effects(&self.file.setup, &[Seg::Field("setup")]);
        let logic: Vec<Logic> = (0..self.file.nodes.len()).map(|i| self.node(i)).collect();
        let competencies = self
            .file
            .competencies
            .iter()
            .map(|(name, c)| CompetencyInfo {
                name: name.clone(),
                weight: c.weight,
                max: c.max,
            })
            .collect();
        Some((
            std::mem::take(&mut self.vars),
            competencies,
            start?,
            logic,
            std::mem::take(&mut self.node_index),
            std::mem::take(&mut self.doc_index),
            (
                std::mem::take(&mut self.params),
                std::mem::take(&mut self.faults),
                setup,
            ),
        ))
    }

    fn metadata(&mut self) {
        let f = self.file;
        if f.pass_mark > 100 {
            let at = self.span(&[Seg::Field("pass_mark")]);
            self.r.error(
                Rule::BadMetadata,
                at,
                format!("pass mark {} is above 100", f.pass_mark),
                Some("the pass mark is a total out of 100".into()),
            );
        }
        if f.competencies.is_empty() {
            let at = self.span(&[Seg::Field("competencies")]);
            self.r.error(
                Rule::BadMetadata,
                at,
                "no competencies are assessed",
                Some("declare at least one, e.g. `\"compliance\": (weight: 1, max: 10)`".into()),
            );
        }
        for (i, (name, comp)) in f.competencies.iter().enumerate() {
            self.comp_index.insert(name.clone(), i);
            if comp.max == 0 || comp.weight == 0 {
                let at = self.span(&[Seg::Field("competencies"), Seg::Key(name)]);
                self.r.error(
                    Rule::BadMetadata,
                    at,
                    format!("competency `{name}` needs a positive weight and max"),
                    None,
                );
            }
        }
        if f.domains.is_empty() {
            let at = self.span(&[Seg::Field("domains")]);
            self.r.error(
                Rule::BadMetadata,
                at,
                "no domain given",
                Some(
                    "one or more of Sourcing, Ecommerce, Customs, Logistics, Payment, Capstone"
                        .into(),
                ),
            );
        }
    }

    fn declare_vars(&mut self) {
        for (name, v) in &self.file.variables {
            let path = [Seg::Field("variables"), Seg::Key(name)];
            if !name
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                || matches!(name.as_str(), "and" | "or" | "not" | "true" | "false")
            {
                let at = self.span(&[Seg::Field("variables"), Seg::Key(name)]);
                let at = self.key_span(&path).unwrap_or(at);
                self.r.error(
                    Rule::BadVariable,
                    at,
                    format!("`{name}` is not a usable variable name"),
                    Some(
                        "use letters, digits and `_`, starting with a letter, e.g. `days_left`"
                            .into(),
                    ),
                );
            }
            let (ty, initial, min, max, visible) = match v {
                Variable::Integer {
                    initial,
                    min,
                    max,
                    visible,
                } => (Ty::Int, Val::Int(*initial), *min, *max, *visible),
                Variable::Money {
                    initial,
                    currency,
                    min,
                    max,
                    visible,
                } => {
                    self.currency_code(currency, &path);
                    (
                        Ty::Money(currency.clone()),
                        Val::num(expr::round_half_up(initial.0, expr::minor_unit(currency))),
                        *min,
                        *max,
                        *visible,
                    )
                }
                Variable::Decimal {
                    initial,
                    min,
                    max,
                    visible,
                } => (Ty::Decimal, Val::num(initial.0), *min, *max, *visible),
                Variable::Percent { initial, visible } => (
                    Ty::Percent,
                    Val::num(initial.0 / expr::Decimal::ONE_HUNDRED),
                    None,
                    None,
                    *visible,
                ),
                Variable::Rate {
                    from,
                    to,
                    initial,
                    visible,
                } => {
                    self.currency_code(from, &path);
                    self.currency_code(to, &path);
                    if initial.0 <= expr::Decimal::ZERO {
                        let at = self.span(&path);
                        self.r.error(
                            Rule::BadVariable,
                            at,
                            format!("the rate `{name}` must be above 0"),
                            Some(format!("units of {to} for one {from}, e.g. 7.12")),
                        );
                    }
                    (
                        Ty::Rate(from.clone(), to.clone()),
                        Val::num(initial.0),
                        None,
                        None,
                        *visible,
                    )
                }
                Variable::Days {
                    initial,
                    min,
                    max,
                    visible,
                } => (Ty::Days, Val::Int(*initial), *min, *max, *visible),
                Variable::Flag { initial, visible } => {
                    (Ty::Flag, Val::Flag(*initial), None, None, *visible)
                }
                Variable::Text { initial, visible } => (
                    Ty::Text,
                    Val::Text(initial.as_str().into()),
                    None,
                    None,
                    *visible,
                ),
            };
            if let (Some(lo), Some(hi)) = (min, max)
                && lo > hi
            {
                let at = self.span(&path);
                self.r.error(
                    Rule::BadVariable,
                    at,
                    format!("`{name}` has min {lo} above max {hi}"),
                    None,
                );
            }
            if let Val::Int(_) | Val::Dec(_) = initial
                && let x = initial.as_dec()
                && (min.is_some_and(|lo| x < lo.into()) || max.is_some_and(|hi| x > hi.into()))
            {
                let at = self.span(&path);
                self.r.warn(
                    Rule::BadVariable,
                    at,
                    format!("`{name}` starts at {x}, outside its own range"),
                    None,
                );
            }
            self.vars.push(VarInfo {
                name: name.clone(),
                ty,
                initial,
                min,
                max,
                visible,
                param: false,
                message: false,
            });
        }
    }

    /// Money and rates name ISO 4217 codes.
    fn currency_code(&mut self, code: &str, path: &[Seg]) {
        if code.len() != 3 || !code.chars().all(|c| c.is_ascii_uppercase()) {
            let at = self.span(path);
            self.r.error(
                Rule::BadVariable,
                at,
                format!("`{code}` is not an ISO 4217 currency code"),
                Some("three capital letters, e.g. USD, CNY, EUR".into()),
            );
        }
    }

    /// The span of a map key (not its value), for variable names.
    fn key_span(&self, path: &[Seg]) -> Option<(usize, usize)> {
        let (parent, last) = path.split_last().map(|(l, p)| (p, l))?;
        let Seg::Key(name) = last else { return None };
        let pos = self.file.variables.keys().position(|k| k == name)?;
        let mut p: Vec<Seg> = parent.to_vec();
        p.push(Seg::Index(pos));
        self.map.get().has(&p).then(|| self.span(&p))
    }

    fn index_documents(&mut self) {
        for (i, d) in self.file.documents.iter().enumerate() {
            if self.doc_index.insert(d.id.clone(), i).is_some() {
                let at = self.span(&[Seg::Field("documents"), Seg::Index(i), Seg::Field("id")]);
                self.r.error(
                    Rule::DuplicateId,
                    at,
                    format!("document id `{}` is used twice", d.id),
                    Some("document ids must be unique in a scenario".into()),
                );
            }
            let mut seen = HashMap::new();
            for (j, f) in d.fields.iter().enumerate() {
                if seen.insert(f.id.as_str(), j).is_some() {
                    let at = self.span(&[
                        Seg::Field("documents"),
                        Seg::Index(i),
                        Seg::Field("fields"),
                        Seg::Index(j),
                        Seg::Field("id"),
                    ]);
                    self.r.error(
                        Rule::DuplicateId,
                        at,
                        format!("field id `{}` is used twice in document `{}`", f.id, d.id),
                        None,
                    );
                }
            }
        }
    }

    fn index_nodes(&mut self) {
        for (i, n) in self.file.nodes.iter().enumerate() {
            if let Some(first) = self.node_index.get(n.id()) {
                let at = self.span(&[Seg::Field("nodes"), Seg::Index(i), Seg::Field("id")]);
                let first_line = {
                    let s = self.span(&[Seg::Field("nodes"), Seg::Index(*first), Seg::Field("id")]);
                    self.map.get().line_col(self.r.text, s.0).0
                };
                self.r.error(
                    Rule::DuplicateId,
                    at,
                    format!("node id `{}` is used twice", n.id()),
                    Some(format!(
                        "the first `{}` is on line {first_line}; rename one of them",
                        n.id()
                    )),
                );
            } else {
                self.node_index.insert(n.id().to_string(), i);
            }
        }
    }

    fn documents(&mut self) {
        for (i, d) in self.file.documents.iter().enumerate() {
            for (j, f) in d.fields.iter().enumerate() {
                if let FieldValue::Var(name) = &f.value
                    && !self.vars.iter().any(|v| &v.name == name)
                {
                    let at = self.span(&[
                        Seg::Field("documents"),
                        Seg::Index(i),
                        Seg::Field("fields"),
                        Seg::Index(j),
                        Seg::Field("value"),
                    ]);
                    self.undefined_variable(name, at);
                }
            }
        }
    }

    fn undefined_variable(&mut self, name: &str, at: (usize, usize)) {
        let hint = self.var_hint(name);
        self.r.error(
            Rule::UndefinedVariable,
            at,
            format!("undefined variable `{name}`"),
            Some(hint),
        );
    }

    fn var_hint(&self, name: &str) -> String {
        match did_you_mean(name, self.vars.iter().map(|v| &v.name)) {
            Some(s) => format!("did you mean `{s}`?"),
            None => "declare it in the scenario's `variables`".into(),
        }
    }

    fn target(&mut self, name: &str, path: &[Seg]) -> Option<usize> {
        if let Some(i) = self.node_index.get(name) {
            return Some(*i);
        }
        let at = self.span(path);
        let hint = match did_you_mean(name, self.file.nodes.iter().map(|n| n.id())) {
            Some(s) => format!("did you mean `{s}`?"),
            None => "add a node with this id, or point to an existing one".into(),
        };
        self.r.error(
            Rule::MissingTarget,
            at,
            format!("no node has the id `{name}`"),
            Some(hint),
        );
        None
    }

    fn expr_error(&mut self, e: ExprError, path: &[Seg]) {
        let s = self.map.get().locate(path);
        let (start, end) = if self.map.get().has(path) {
            (
                s.inner_start + e.start,
                s.inner_start + e.end.max(e.start + 1),
            )
        } else {
            (s.start, s.end)
        };
        let code = match e.kind {
            ErrorKind::Syntax => Rule::ExprSyntax,
            ErrorKind::UndefinedVariable => Rule::UndefinedVariable,
            ErrorKind::Type => Rule::TypeMismatch,
            ErrorKind::TooDeep => Rule::ExprTooDeep,
        };
        self.r.error(code, (start, end), e.message, e.hint);
    }

    fn condition(&mut self, src: &Option<String>, path: &[Seg]) -> Option<Expr> {
        let src = src.as_ref()?;
        match expr::parse_condition(src, &VarScope(&self.vars)) {
            Ok(e) => Some(e),
            Err(e) => {
                self.expr_error(e, path);
                None
            }
        }
    }

    fn effects(&mut self, list: &[String], path: &[Seg]) -> Vec<Statement> {
        let mut out = Vec::new();
        for (k, s) in list.iter().enumerate() {
            let mut p = path.to_vec();
            p.push(Seg::Index(k));
            match expr::parse_statement(s, &VarScope(&self.vars)) {
                Ok(st) if self.vars[st.var].param => {
                    let name = self.vars[st.var].name.clone();
                    self.read_only(&name, &p);
                }
                Ok(st) => out.push(st),
                Err(e) => self.expr_error(e, &p),
            }
        }
        out
    }

    fn deltas(&mut self, score: &model::ScoreDeltas, path: &[Seg]) -> Deltas {
        let mut out = Vec::new();
        for (name, d) in score {
            match self.comp_index.get(name) {
                Some(i) => out.push((*i, *d)),
                None => {
                    let mut p = path.to_vec();
                    p.push(Seg::Key(name));
                    let at = self.span(&p);
                    let names: Vec<&String> = self.file.competencies.keys().collect();
                    let hint = match did_you_mean(name, names.iter().copied()) {
                        Some(s) => format!(
                            "did you mean `{s}`? This scenario assesses: {}",
                            names
                                .iter()
                                .map(|s| s.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                        None => format!(
                            "declare it under `competencies`; this scenario assesses: {}",
                            names
                                .iter()
                                .map(|s| s.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    };
                    self.r.error(
                        Rule::UnknownCompetency,
                        at,
                        format!("`{name}` is not a competency of this scenario"),
                        Some(hint),
                    );
                }
            }
        }
        out
    }

    fn doc_refs(&mut self, docs: &[String], base: &[Seg]) {
        for (k, d) in docs.iter().enumerate() {
            if !self.doc_index.contains_key(d) {
                let mut p = base.to_vec();
                p.extend([Seg::Field("documents"), Seg::Index(k)]);
                let at = self.span(&p);
                let hint = match did_you_mean(d, self.file.documents.iter().map(|x| &x.id)) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => "declare it under `documents`".into(),
                };
                self.r.error(
                    Rule::UnknownDocument,
                    at,
                    format!("no document has the id `{d}`"),
                    Some(hint),
                );
            }
        }
    }

    fn node(&mut self, i: usize) -> Logic {
        let base = [Seg::Field("nodes"), Seg::Index(i)];
        match &self.file.nodes[i] {
            Node::Decision(d) => self.decision(d, &base),
            Node::Form(f) => self.form(f, &base),
            Node::Check(c) => self.check(c, &base),
            Node::Compose(c) => self.compose(c, &base),
            Node::Random(r) => self.random(r, &base),
            Node::Ending(e) => Logic::Ending { pass: e.pass },
        }
    }

    fn decision(&mut self, d: &'a model::Decision, base: &[Seg<'a>]) -> Logic {
        self.doc_refs(&d.documents, base);
        let mut choices = Vec::new();
        for (j, ch) in d.choices.iter().enumerate() {
            let cp = under(base, &[Seg::Field("choices"), Seg::Index(j)]);
            let sub = |f: &'static str| under(&cp, &[Seg::Field(f)]);
            choices.push(ChoiceLogic {
                condition: self.condition(&ch.condition, &sub("condition")),
                effects: self.effects(&ch.effects, &sub("effects")),
                score: self.deltas(&ch.score, &sub("score")),
                goto: self.target(&ch.goto, &sub("goto")).unwrap_or(NOWHERE),
            });
        }
        Logic::Decision { choices }
    }

    /// A second use of an id inside one node (`what` names it), located at the item's `id`.
    fn used_twice(&mut self, item: &[Seg<'a>], what: String) {
        let at = self.span(&under(item, &[Seg::Field("id")]));
        self.r
            .error(Rule::DuplicateId, at, format!("{what} is used twice"), None);
    }

    fn form(&mut self, f: &'a model::Form, base: &[Seg<'a>]) -> Logic {
        self.doc_refs(&f.documents, base);
        let mut fields = Vec::new();
        let mut seen = HashMap::new();
        for (j, fld) in f.fields.iter().enumerate() {
            let fp = under(base, &[Seg::Field("fields"), Seg::Index(j)]);
            if seen.insert(fld.id.as_str(), j).is_some() {
                self.used_twice(&fp, format!("form field id `{}`", fld.id));
            }
            fields.push(self.form_field(fld, &fp));
        }
        Logic::Form {
            fields,
            effects: self.effects(&f.effects, &under(base, &[Seg::Field("effects")])),
            goto: self
                .target(&f.goto, &under(base, &[Seg::Field("goto")]))
                .unwrap_or(NOWHERE),
        }
    }

    fn compose(&mut self, c: &'a super::rubric::Compose, base: &[Seg<'a>]) -> Logic {
        self.doc_refs(&c.documents, base);
        let mut seen = HashMap::new();
        let mut items = Vec::new();
        for (j, item) in c.rubric.iter().enumerate() {
            let ip = under(base, &[Seg::Field("rubric"), Seg::Index(j)]);
            if seen.insert(item.id.as_str(), j).is_some() {
                self.used_twice(&ip, format!("rubric item id `{}`", item.id));
            }
            items.push(self.deltas(&item.score, &under(&ip, &[Seg::Field("score")])));
        }
        let names: Vec<&String> = self.file.variables.keys().collect();
        let mut reads: Vec<usize> = c
            .rubric
            .iter()
            .flat_map(|item| {
                item.values
                    .iter()
                    .flat_map(super::rubric::RequiredValue::sources)
            })
            .filter_map(|src| names.iter().position(|n| n.as_str() == src))
            .collect();
        reads.sort_unstable();
        reads.dedup();
        Logic::Compose {
            items,
            reads,
            effects: self.effects(&c.effects, &under(base, &[Seg::Field("effects")])),
            goto: self
                .target(&c.goto, &under(base, &[Seg::Field("goto")]))
                .unwrap_or(NOWHERE),
        }
    }

    fn check(&mut self, c: &'a model::Check, base: &[Seg<'a>]) -> Logic {
        let p = |f: &'static str| under(base, &[Seg::Field(f)]);
        self.doc_refs(&c.documents, base);
        let mut markable = Vec::new();
        for d in &c.documents {
            if let Some(&di) = self.doc_index.get(d) {
                markable.extend((0..self.file.documents[di].fields.len()).map(|fi| (di, fi)));
            }
        }
        let drawn = self.drawn(c, &markable, &p("drawn_discrepancies"));
        if c.discrepancies.is_empty() && c.drawn_discrepancies.is_none() {
            let at = self.span(&p("discrepancies"));
            self.r.error(Rule::NoAnswerKey, at, format!("document check `{}` has no answer key", c.id), Some("list the real discrepancies as `(field: \"invoice.amount\", feedback: \"...\")`".into()));
        }
        let key = self.findings(
            &c.discrepancies,
            &c.documents,
            &markable,
            &p("discrepancies"),
        );
        let harmless = self.findings(&c.harmless, &c.documents, &markable, &p("harmless"));
        Logic::Check {
            key,
            drawn,
            harmless,
            hit: self.deltas(&c.hit, &p("hit")),
            false_alarm: self.deltas(&c.false_alarm, &p("false_alarm")),
            effects: self.effects(&c.effects, &p("effects")),
            goto: self.target(&c.goto, &p("goto")).unwrap_or(NOWHERE),
            on_miss: c
                .on_miss
                .as_ref()
                .map(|m| self.target(m, &p("on_miss")).unwrap_or(NOWHERE)),
            markable,
        }
    }

    fn random(&mut self, r: &'a model::Random, base: &[Seg<'a>]) -> Logic {
        if r.outcomes.is_empty() {
            let at = self.span(&under(base, &[Seg::Field("outcomes")]));
            self.r.error(
                Rule::BadWeight,
                at,
                format!("random event `{}` has no outcomes", r.id),
                None,
            );
        }
        let mut outcomes = Vec::new();
        for (j, o) in r.outcomes.iter().enumerate() {
            let op = under(base, &[Seg::Field("outcomes"), Seg::Index(j)]);
            let sub = |f: &'static str| under(&op, &[Seg::Field(f)]);
            if o.weight <= 0 {
                let at = self.span(&sub("weight"));
                self.r.error(
                    Rule::BadWeight,
                    at,
                    format!("outcome weight must be positive, found {}", o.weight),
                    Some("weights are relative chances, e.g. 1 and 4 give 20% and 80%".into()),
                );
            }
            outcomes.push(OutcomeLogic {
                weight: o.weight.max(0) as u64,
                condition: self.condition(&o.condition, &sub("condition")),
                effects: self.effects(&o.effects, &sub("effects")),
                score: self.deltas(&o.score, &sub("score")),
                goto: self.target(&o.goto, &sub("goto")).unwrap_or(NOWHERE),
            });
        }
        Logic::Random { outcomes }
    }

    /// A `document.field` name, resolved.
    fn doc_field(&self, name: &str) -> Option<FieldRef> {
        let (d, fl) = name.split_once('.')?;
        let di = *self.doc_index.get(d)?;
        let fi = self.file.documents[di]
            .fields
            .iter()
            .position(|x| x.id == fl)?;
        Some((di, fi))
    }

    fn findings(
        &mut self,
        list: &[model::Finding],
        docs: &[String],
        markable: &[FieldRef],
        base: &[Seg],
    ) -> Vec<FieldRef> {
        let mut out = Vec::new();
        for (k, f) in list.iter().enumerate() {
            let mut p = base.to_vec();
            p.extend([Seg::Index(k), Seg::Field("field")]);
            match self.doc_field(&f.field) {
                Some(r) if markable.contains(&r) => out.push(r),
                Some(_) => {
                    let at = self.span(&p);
                    self.r.error(
                        Rule::UnknownDocument,
                        at,
                        format!("`{}` is not on a document in view here", f.field),
                        Some(format!(
                            "add its document to `documents`; in view: {}",
                            docs.join(", ")
                        )),
                    );
                }
                None => {
                    let at = self.span(&p);
                    let names: Vec<String> = markable
                        .iter()
                        .map(|&(d, fi)| {
                            format!(
                                "{}.{}",
                                self.file.documents[d].id, self.file.documents[d].fields[fi].id
                            )
                        })
                        .collect();
                    let hint = match did_you_mean(&f.field, names.iter()) {
                        Some(s) => format!("did you mean `{s}`?"),
                        None => "write it as `document.field`, e.g. `invoice.amount`".into(),
                    };
                    self.r.error(
                        Rule::UnknownDocument,
                        at,
                        format!("no document field `{}`", f.field),
                        Some(hint),
                    );
                }
            }
        }
        out
    }

    fn form_field(&mut self, fld: &model::FormField, fp: &[Seg<'a>]) -> FieldLogic {
        let sub = |f: &'static str| under(fp, &[Seg::Field(f)]);
        if fld.answers.is_empty() {
            let at = self.span(&sub("answers"));
            self.r.error(Rule::NoAcceptedAnswer, at, format!("form field `{}` accepts no answer", fld.id), Some("add at least one, e.g. `answers: [(accept: Exact(\"9710\"), score: {\"compliance\": 2})]`".into()));
        }
        let numeric = matches!(fld.input, Input::Number);
        let options = self.options(fld, &sub("input"));
        let answers = fld
            .answers
            .iter()
            .enumerate()
            .map(|(k, a)| {
                let ap = under(fp, &[Seg::Field("answers"), Seg::Index(k)]);
                let matcher = self.matcher(&a.accept, numeric, options.as_deref(), &ap);
                (
                    matcher,
                    self.deltas(&a.score, &under(&ap, &[Seg::Field("score")])),
                )
            })
            .collect();
        let store = fld
            .store
            .as_ref()
            .and_then(|name| self.store(name, numeric, &sub("store")));
        let worked = fld
            .worked
            .iter()
            .enumerate()
            .map(|(k, w)| {
                let at = under(
                    fp,
                    &[Seg::Field("worked"), Seg::Index(k), Seg::Field("value")],
                );
                match expr::parse_expr(&w.value, &VarScope(&self.vars)) {
                    Ok((e, ty)) => (e, ty),
                    Err(e) => {
                        self.expr_error(e, &at);
                        (Expr::Int(0), Ty::Int)
                    }
                }
            })
            .collect();
        FieldLogic {
            answers,
            store,
            numeric,
            options,
            worked,
        }
    }

    /// A Select field's options, normalised; None for other inputs.
    fn options(&mut self, fld: &model::FormField, at_input: &[Seg]) -> Option<Vec<String>> {
        let Input::Select(opts) = &fld.input else {
            return None;
        };
        if opts.is_empty() {
            let at = self.span(at_input);
            self.r.error(
                Rule::NoAcceptedAnswer,
                at,
                format!("form field `{}` offers no options", fld.id),
                None,
            );
        }
        Some(opts.iter().map(|o| normalise(o)).collect())
    }

    /// One accepted answer; warns when it can never be given.
    fn matcher(
        &mut self,
        accept: &Accept,
        numeric: bool,
        options: Option<&[String]>,
        ap: &[Seg<'a>],
    ) -> Matcher {
        let accept_p = under(ap, &[Seg::Field("accept")]);
        let matcher = match accept {
            Accept::Exact(s) => Matcher::Exact(normalise(s)),
            Accept::OneOf(v) => Matcher::OneOf(v.iter().map(|s| normalise(s)).collect()),
            Accept::Pattern(s) => Matcher::Pattern(normalise(s)),
            Accept::Value(src) => {
                let vp = under(&accept_p, &[Seg::Index(0)]);
                match expr::parse_expr(src, &VarScope(&self.vars)) {
                    Ok((e, _)) => Matcher::Value(e),
                    Err(e) => {
                        self.expr_error(e, &vp);
                        Matcher::Value(Expr::Int(0))
                    }
                }
            }
            Accept::Number {
                expected,
                tolerance,
            } => {
                let ep = under(&accept_p, &[Seg::Field("expected")]);
                let expected = self.expected_number(expected, &ep);
                if !numeric {
                    let at = self.span(&accept_p);
                    self.r.warn(
                        Rule::NeverTrue,
                        at,
                        "a Number answer on a field whose input is not Number",
                        Some("use `input: Number`".into()),
                    );
                }
                Matcher::Number {
                    expected,
                    tolerance: *tolerance,
                }
            }
        };
        if let (Some(opts), Matcher::Exact(want)) = (options, &matcher)
            && !opts.iter().any(|o| o == want)
        {
            let at = self.span(&accept_p);
            let hint = match did_you_mean(
                want,
                opts.iter().map(|o| normalise(o)).collect::<Vec<_>>().iter(),
            ) {
                Some(close) => format!("did you mean `{close}`? options: {}", opts.join(", ")),
                None => format!("options: {}", opts.join(", ")),
            };
            self.r.warn(
                Rule::NeverTrue,
                at,
                format!(
                    "`{want}` is not one of this field's options, so this answer can never be given"
                ),
                Some(hint),
            );
        }
        matcher
    }

    /// A Number answer's expected value: a numeric expression (0 after an error).
    fn expected_number(&mut self, expected: &str, ep: &[Seg]) -> Expr {
        match expr::parse_expr(expected, &VarScope(&self.vars)) {
            Ok((e, ty)) if ty.is_numeric() => e,
            Ok((_, ty)) => {
                let at = self.span(ep);
                self.r.error(
                    Rule::TypeMismatch,
                    at,
                    format!(
                        "an expected number must be numeric, but this is {}",
                        ty.describe()
                    ),
                    None,
                );
                Expr::Int(0)
            }
            Err(e) => {
                self.expr_error(e, ep);
                Expr::Int(0)
            }
        }
    }

    /// The variable a field stores its entry in, checked against what the field gives.
    fn store(&mut self, name: &str, numeric: bool, sp: &[Seg]) -> Option<usize> {
        let at = self.span(sp);
        let Some(i) = self.vars.iter().position(|v| v.name == name) else {
            self.undefined_variable(name, at);
            return None;
        };
        if self.vars[i].param {
            let name = self.vars[i].name.clone();
            self.read_only(&name, sp);
            return None;
        }
        let ty = &self.vars[i].ty;
        let fits = if numeric {
            ty.is_numeric()
        } else {
            *ty == Ty::Text
        };
        if !fits {
            let what = if numeric { "a number" } else { "text" };
            let msg = format!("this field gives {what}, but `{name}` is {}", ty.describe());
            self.r.error(Rule::TypeMismatch, at, msg, None);
        }
        Some(i)
    }
}
