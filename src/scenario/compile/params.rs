//! Params: how each is drawn, checked at load. A param becomes one or more read-only
//! variables (a record's fields, a pick's items as flags), so everything that reads
//! variables reads params with no more machinery; only the start of an attempt sets them.

use rust_decimal::Decimal;

use super::{Compiler, FieldRef, VarInfo, VarScope, under};
use crate::scenario::diagnostic::Rule;
use crate::scenario::expr::{self, ErrorKind, Expr, Ty, Val};
use crate::scenario::model::{FieldValue, Item, MsgId, Param};
use crate::scenario::source::Seg;
use crate::suggest::did_you_mean;

/// One param and how its value is drawn.
#[derive(Debug, Clone)]
pub struct ParamDraw {
    pub name: String,
    pub draw: Draw,
}

#[derive(Debug, Clone)]
pub enum Draw {
    /// `min + step * k` for k drawn from `0..count`.
    Range {
        var: usize,
        min: Decimal,
        step: Decimal,
        count: u64,
    },
    /// One record; `vars[j]` receives `records[r][j]`.
    OneOf {
        vars: Vec<usize>,
        records: Vec<Vec<Val>>,
    },
    /// `count` distinct items of the pool; each item's flag is set when drawn.
    Pick { count: usize, flags: Vec<usize> },
    /// Evaluated once the values it reads are drawn.
    Derived { var: usize, expr: Expr },
}

/// An item of a `Pick` pool, resolved.
#[derive(Debug, Clone)]
pub struct FaultInfo {
    /// The pick param's name.
    pub pick: String,
    pub id: String,
    /// The flag variable that says the item was drawn.
    pub flag: usize,
    pub field: FieldRef,
    pub wrong: FieldValue,
    pub feedback: MsgId,
}

/// Draws beyond this many values in one range make a paper no one can review.
const MAX_RANGE: u64 = 1_000_000;

fn valid_name(name: &str) -> bool {
    name.chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !matches!(name, "and" | "or" | "not" | "true" | "false")
}

impl Compiler<'_> {
    fn param_error(&mut self, path: &[Seg], msg: String, hint: Option<String>) {
        let at = self.span(path);
        self.r.error(Rule::BadParam, at, msg, hint);
    }

    pub(super) fn read_only(&mut self, name: &str, path: &[Seg]) {
        let at = self.span(path);
        self.r.error(
            Rule::BadParam,
            at,
            format!("`{name}` is a param: drawn once per attempt, then read-only"),
            Some("keep what changes in a variable: `variables: { \"x\": ... }`, set from the param with `x = param` where needed".into()),
        );
    }

    /// A new read-only variable for a param; an error when the name is taken.
    fn param_var(&mut self, name: String, ty: Ty, initial: Val, path: &[Seg]) -> usize {
        if self.vars.iter().any(|v| v.name == name) {
            self.r.error(
                Rule::DuplicateId,
                self.span(path),
                format!("`{name}` is both a param and a variable (or another param's field)"),
                Some("rename one of them".into()),
            );
        }
        self.vars.push(VarInfo {
            name,
            ty,
            initial,
            min: None,
            max: None,
            visible: false,
            param: true,
            message: false,
        });
        self.vars.len() - 1
    }

    pub(super) fn declare_params(&mut self) {
        let mut derived = Vec::new();
        for (name, p) in &self.file.params {
            let path = [Seg::Field("params"), Seg::Key(name)];
            if !valid_name(name) {
                self.param_error(
                    &path,
                    format!("`{name}` is not a usable param name"),
                    Some("use letters, digits and `_`, starting with a letter".into()),
                );
            }
            let draw = match p {
                Param::Money {
                    min,
                    max,
                    step,
                    currency,
                } => {
                    self.currency_code(currency, &path);
                    let dp = expr::minor_unit(currency);
                    self.range(name, Ty::Money(currency.clone()), (min.0, max.0, step.0), &path)
                        .inspect(|_| {
                            if step.0.round_dp(dp) != step.0 || min.0.round_dp(dp) != min.0 {
                                let msg = format!(
                                    "`{name}`: {currency} has {dp} decimals, but the range does not fall on them"
                                );
                                self.r.warn(Rule::BadParam, self.span(&path), msg, None);
                            }
                        })
                }
                Param::Integer { min, max, step } => self.range(
                    name,
                    Ty::Int,
                    ((*min).into(), (*max).into(), (*step).into()),
                    &path,
                ),
                Param::Days { min, max, step } => self.range(
                    name,
                    Ty::Days,
                    ((*min).into(), (*max).into(), (*step).into()),
                    &path,
                ),
                Param::Decimal { min, max, step } => {
                    self.range(name, Ty::Decimal, (min.0, max.0, step.0), &path)
                }
                Param::Percent { min, max, step } => {
                    let h = Decimal::ONE_HUNDRED;
                    self.range(name, Ty::Percent, (min.0 / h, max.0 / h, step.0 / h), &path)
                }
                Param::Rate {
                    from,
                    to,
                    min,
                    max,
                    step,
                } => {
                    self.currency_code(from, &path);
                    self.currency_code(to, &path);
                    if min.0 <= Decimal::ZERO {
                        self.param_error(&path, format!("the rate `{name}` must be above 0"), None);
                    }
                    self.range(
                        name,
                        Ty::Rate(from.clone(), to.clone()),
                        (min.0, max.0, step.0),
                        &path,
                    )
                }
                Param::OneOf(records) => self.one_of(name, records, &path),
                Param::Pick { count, from } => self.pick(name, *count, from, &path),
                Param::Derived(src) => {
                    derived.push((name, src));
                    None
                }
            };
            if let Some(draw) = draw {
                self.params.push(super::ParamDraw {
                    name: name.clone(),
                    draw,
                });
            }
        }
        self.derived(derived);
    }

    fn range(
        &mut self,
        name: &str,
        ty: Ty,
        (min, max, step): (Decimal, Decimal, Decimal),
        path: &[Seg],
    ) -> Option<Draw> {
        let var = self.param_var(name.to_string(), ty, Val::num(min), path);
        if max < min {
            self.param_error(
                path,
                format!("`{name}` is an empty range: min {min} is above max {max}"),
                Some("swap them, or make it a fixed variable".into()),
            );
            return None;
        }
        if step <= Decimal::ZERO {
            self.param_error(
                path,
                format!("`{name}` needs a step above 0, found {step}"),
                Some("e.g. `step: 50.00` draws 8000.00, 8050.00, ...".into()),
            );
            return None;
        }
        let count = ((max - min) / step).floor();
        let count = u64::try_from(count).unwrap_or(u64::MAX).saturating_add(1);
        if count > MAX_RANGE {
            self.param_error(
                path,
                format!("`{name}` has {count} possible values, more than {MAX_RANGE}"),
                Some("use a larger step".into()),
            );
            return None;
        }
        Some(Draw::Range {
            var,
            min,
            step,
            count,
        })
    }

    fn item(&mut self, item: &Item, path: &[Seg]) -> (Ty, Val, bool) {
        match item {
            Item::Text(t) => (Ty::Text, Val::Text(t.as_str().into()), false),
            Item::Message(m) => (Ty::Text, Val::Text(m.as_str().into()), true),
            Item::Integer(i) => (Ty::Int, Val::Int(*i), false),
            Item::Days(i) => (Ty::Days, Val::Int(*i), false),
            Item::Decimal(d) => (Ty::Decimal, Val::num(d.0), false),
            Item::Percent(d) => (Ty::Percent, Val::num(d.0 / Decimal::ONE_HUNDRED), false),
            Item::Money(d, c) => {
                self.currency_code(c, path);
                (
                    Ty::Money(c.clone()),
                    Val::num(expr::round_half_up(d.0, expr::minor_unit(c))),
                    false,
                )
            }
        }
    }

    fn one_of(
        &mut self,
        name: &str,
        records: &[std::collections::BTreeMap<String, Item>],
        path: &[Seg],
    ) -> Option<Draw> {
        let Some(first) = records.first() else {
            self.param_error(
                path,
                format!("`{name}` picks one record from an empty list"),
                Some("give at least two records, or make it a fixed variable".into()),
            );
            return None;
        };
        let mut vars = Vec::new();
        let mut kinds = Vec::new();
        for (key, item) in first {
            let p = under(path, &[Seg::Index(0), Seg::Key(key)]);
            let (ty, val, message) = self.item(item, &p);
            if !valid_name(key) {
                self.param_error(
                    &p,
                    format!("`{key}` is not a usable field name"),
                    Some("use letters, digits and `_`".into()),
                );
            }
            let v = self.param_var(format!("{name}_{key}"), ty.clone(), val, &p);
            self.vars[v].message = message;
            vars.push(v);
            kinds.push((ty, message));
        }
        let mut out = Vec::new();
        for (r, rec) in records.iter().enumerate() {
            let rp = under(path, &[Seg::Index(r)]);
            let same_keys =
                rec.len() == first.len() && rec.keys().zip(first.keys()).all(|(a, b)| a == b);
            if !same_keys {
                let want: Vec<&str> = first.keys().map(String::as_str).collect();
                self.param_error(
                    &rp,
                    format!(
                        "record {} of `{name}` has other fields than the first",
                        r + 1
                    ),
                    Some(format!("every record has the fields: {}", want.join(", "))),
                );
                continue;
            }
            let mut vals = Vec::new();
            for ((key, item), (ty, message)) in rec.iter().zip(&kinds) {
                let p = under(&rp, &[Seg::Key(key)]);
                let (t, v, m) = self.item(item, &p);
                if t != *ty || m != *message {
                    self.r.error(
                        Rule::TypeMismatch,
                        self.span(&p),
                        format!(
                            "`{key}` is {} in record {} of `{name}` but {} in the first",
                            t.describe(),
                            r + 1,
                            ty.describe()
                        ),
                        None,
                    );
                }
                vals.push(v);
            }
            out.push(vals);
        }
        Some(Draw::OneOf { vars, records: out })
    }

    fn pick(
        &mut self,
        name: &str,
        count: usize,
        from: &[crate::scenario::model::Fault],
        path: &[Seg],
    ) -> Option<Draw> {
        if count == 0 || from.len() < count {
            self.param_error(
                path,
                format!(
                    "`{name}` picks {count} of a pool of {}: the pool must hold at least {} and the pick at least 1",
                    from.len(),
                    count.max(1)
                ),
                Some("add items to `from`, or lower `count`".into()),
            );
            return None;
        }
        let mut flags = Vec::new();
        for (k, f) in from.iter().enumerate() {
            let p = under(path, &[Seg::Field("from"), Seg::Index(k), Seg::Field("id")]);
            if !valid_name(&f.id) {
                self.param_error(
                    &p,
                    format!("`{}` is not a usable item id", f.id),
                    Some("use letters, digits and `_`".into()),
                );
            }
            flags.push(self.param_var(format!("{name}_{}", f.id), Ty::Flag, Val::Flag(false), &p));
        }
        Some(Draw::Pick { count, flags })
    }

    /// Derived params in an order where each reads only what is drawn before it.
    fn derived(&mut self, mut pending: Vec<(&String, &String)>) {
        loop {
            let before = pending.len();
            pending.retain(
                |(name, src)| match expr::parse_expr(src, &VarScope(&self.vars)) {
                    Err(e) if e.kind == ErrorKind::UndefinedVariable => true,
                    Ok((e, ty)) => {
                        let path = [Seg::Field("params"), Seg::Key(name)];
                        let var = self.param_var((*name).clone(), ty, Val::Int(0), &path);
                        self.params.push(ParamDraw {
                            name: (*name).clone(),
                            draw: Draw::Derived { var, expr: e },
                        });
                        false
                    }
                    Err(e) => {
                        self.expr_error(e, &[Seg::Field("params"), Seg::Key(name), Seg::Index(0)]);
                        false
                    }
                },
            );
            if pending.len() == before {
                break;
            }
        }
        // what is left reads a name nothing defines, or a derived param that reads it back
        for (name, src) in pending {
            if let Err(e) = expr::parse_expr(src, &VarScope(&self.vars)) {
                self.expr_error(e, &[Seg::Field("params"), Seg::Key(name), Seg::Index(0)]);
            }
        }
    }

    /// Resolve each pool item's field now that documents are indexed.
    pub(super) fn pools(&mut self) {
        for (name, p) in &self.file.params {
            let Param::Pick { from, .. } = p else {
                continue;
            };
            for (k, f) in from.iter().enumerate() {
                let ip = [
                    Seg::Field("params"),
                    Seg::Key(name),
                    Seg::Field("from"),
                    Seg::Index(k),
                ];
                let Some(flag) = self
                    .vars
                    .iter()
                    .position(|v| v.name == format!("{name}_{}", f.id))
                else {
                    continue;
                };
                let Some(field) = self.doc_field(&f.field) else {
                    let names: Vec<String> = self
                        .file
                        .documents
                        .iter()
                        .flat_map(|d| d.fields.iter().map(move |x| format!("{}.{}", d.id, x.id)))
                        .collect();
                    let hint = match did_you_mean(&f.field, names.iter()) {
                        Some(s) => format!("did you mean `{s}`?"),
                        None => "write it as `document.field`, e.g. `invoice.amount`".into(),
                    };
                    let at = self.span(&under(&ip, &[Seg::Field("field")]));
                    self.r.error(
                        Rule::UnknownDocument,
                        at,
                        format!("no document field `{}`", f.field),
                        Some(hint),
                    );
                    continue;
                };
                if let FieldValue::Var(v) = &f.wrong
                    && !self.vars.iter().any(|x| &x.name == v)
                {
                    let at = self.span(&under(&ip, &[Seg::Field("wrong")]));
                    self.undefined_variable(v, at);
                }
                self.faults.push(FaultInfo {
                    pick: name.clone(),
                    id: f.id.clone(),
                    flag,
                    field,
                    wrong: f.wrong.clone(),
                    feedback: f.feedback.clone(),
                });
            }
        }
    }

    /// A check's `drawn_discrepancies`: the pool's items, each on a document in view.
    pub(super) fn drawn(
        &mut self,
        c: &crate::scenario::model::Check,
        markable: &[FieldRef],
        path: &[Seg],
    ) -> Vec<usize> {
        let Some(pick) = &c.drawn_discrepancies else {
            return Vec::new();
        };
        if !matches!(self.file.params.get(pick), Some(Param::Pick { .. })) {
            let picks = self
                .file
                .params
                .iter()
                .filter(|(_, p)| matches!(p, Param::Pick { .. }))
                .map(|(n, _)| n);
            let hint = match did_you_mean(pick, picks) {
                Some(s) => format!("did you mean `{s}`?"),
                None => "declare it under `params` as `Pick(count: 2, from: [...])`".into(),
            };
            self.param_error(
                path,
                format!("no `Pick` param is named `{pick}`"),
                Some(hint),
            );
            return Vec::new();
        }
        let mut out = Vec::new();
        for (i, f) in self.faults.iter().enumerate() {
            if &f.pick != pick {
                continue;
            }
            if !markable.contains(&f.field) {
                let field = format!(
                    "{}.{}",
                    self.file.documents[f.field.0].id,
                    self.file.documents[f.field.0].fields[f.field.1].id
                );
                let msg = format!(
                    "`{field}` (item `{}` of `{pick}`) is not on a document in view at `{}`",
                    f.id, c.id
                );
                let at = self.span(path);
                self.r.error(
                    Rule::UnknownDocument,
                    at,
                    msg,
                    Some(format!(
                        "add its document to `documents`; in view: {}",
                        c.documents.join(", ")
                    )),
                );
                continue;
            }
            out.push(i);
        }
        out
    }
}
