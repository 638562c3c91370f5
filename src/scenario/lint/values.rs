//! Value rules: unused variables, conditions that can never hold, and competency maxima no
//! path can reach. Decided by interval analysis: a variable no effect changes is a constant,
//! one that changes ranges over its declared min..max.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::super::compile::{Logic, Matcher, Scenario};
use super::super::diagnostic::{Diagnostic, Reporter};
use super::super::expr::{BinOp, Decimal, Expr, Func, Statement, Val};
use super::super::load::SourceFile;
use super::super::model::FieldValue;
use super::super::source::{Seg, SourceMap};
use super::LocaleText;
use super::graph::{best_gains, reachable};
use crate::scenario::diagnostic::Rule;

#[derive(Debug, Clone, PartialEq)]
enum Abs {
    Int(i64, i64),
    /// (can be true, can be false)
    Flag(bool, bool),
    /// A known constant, or any text.
    Text(Option<Arc<str>>),
}

/// The whole numbers either side of a fraction: an interval that holds it exactly, so the
/// analysis stays sound over decimals, percentages and rates with integer bounds.
fn dec_abs(d: Decimal) -> Abs {
    let whole =
        |x: Decimal, neg: bool| i64::try_from(x).unwrap_or(if neg { i64::MIN } else { i64::MAX });
    Abs::Int(
        whole(d.floor(), d.is_sign_negative()),
        whole(d.ceil(), d.is_sign_negative()),
    )
}

fn val_abs(v: &Val) -> Abs {
    match v {
        Val::Int(x) => Abs::Int(*x, *x),
        Val::Dec(d) => dec_abs(*d),
        Val::Flag(b) => Abs::Flag(*b, !*b),
        Val::Text(t) => Abs::Text(Some(t.clone())),
    }
}

/// What a param can be: the span of its range or records; any value when derived.
fn param_abs(s: &Scenario, i: usize) -> Abs {
    use super::super::compile::Draw;
    let join = |a: Abs, b: Abs| match (a, b) {
        (Abs::Int(a, b), Abs::Int(c, d)) => Abs::Int(a.min(c), b.max(d)),
        (Abs::Flag(a, b), Abs::Flag(c, d)) => Abs::Flag(a || c, b || d),
        (Abs::Text(a), Abs::Text(b)) if a == b => Abs::Text(a),
        (Abs::Text(_), Abs::Text(_)) => Abs::Text(None),
        _ => Abs::Int(i64::MIN, i64::MAX),
    };
    for p in &s.params {
        match &p.draw {
            Draw::Range {
                var,
                min,
                step,
                count,
            } if *var == i => {
                let last = *min + *step * Decimal::from(count.saturating_sub(1));
                return join(dec_abs(*min), dec_abs(last));
            }
            Draw::OneOf { vars, records } => {
                if let Some(j) = vars.iter().position(|v| *v == i) {
                    return records
                        .iter()
                        .filter_map(|r| r.get(j).map(val_abs))
                        .reduce(join)
                        .unwrap_or(Abs::Text(None));
                }
            }
            Draw::Pick { flags, .. } if flags.contains(&i) => return Abs::Flag(true, true),
            _ => {}
        }
    }
    match &s.vars[i].initial {
        Val::Flag(_) => Abs::Flag(true, true),
        Val::Text(_) => Abs::Text(None),
        _ => Abs::Int(i64::MIN, i64::MAX),
    }
}

fn var_abs(s: &Scenario, assigned: &[bool], i: usize) -> Abs {
    let v = &s.vars[i];
    if v.param {
        return param_abs(s, i);
    }
    if !assigned[i] {
        return val_abs(&v.initial);
    }
    match &v.initial {
        Val::Int(_) | Val::Dec(_) => {
            let Abs::Int(lo, hi) = val_abs(&v.initial) else {
                unreachable!("a number's interval")
            };
            Abs::Int(
                v.min.unwrap_or(i64::MIN).min(lo),
                v.max.unwrap_or(i64::MAX).max(hi),
            )
        }
        Val::Flag(_) => Abs::Flag(true, true),
        Val::Text(_) => Abs::Text(None),
    }
}

fn abs_eval(e: &Expr, env: &[Abs]) -> Abs {
    match e {
        Expr::Int(v) => Abs::Int(*v, *v),
        Expr::Dec(d) => dec_abs(*d),
        Expr::Flag(b) => Abs::Flag(*b, !*b),
        Expr::Text(t) => Abs::Text(Some(t.clone())),
        Expr::Var(i) => env.get(*i).cloned().unwrap_or(Abs::Int(i64::MIN, i64::MAX)),
        Expr::Neg(x) => match abs_eval(x, env) {
            Abs::Int(lo, hi) => Abs::Int(hi.saturating_neg(), lo.saturating_neg()),
            other => other,
        },
        Expr::Not(x) => match abs_eval(x, env) {
            Abs::Flag(t, f) => Abs::Flag(f, t),
            other => other,
        },
        Expr::Call(f, args) => {
            let a: Vec<(i64, i64)> = args
                .iter()
                .map(|x| match abs_eval(x, env) {
                    Abs::Int(lo, hi) => (lo, hi),
                    _ => (i64::MIN, i64::MAX),
                })
                .collect();
            match (f, a.as_slice()) {
                (Func::Min, [x, y]) => Abs::Int(x.0.min(y.0), x.1.min(y.1)),
                (Func::Max, [x, y]) => Abs::Int(x.0.max(y.0), x.1.max(y.1)),
                (Func::Abs, [(lo, hi)]) if *lo >= 0 => Abs::Int(*lo, *hi),
                _ => Abs::Int(i64::MIN, i64::MAX),
            }
        }
        Expr::Binary(op, a, b) => {
            let (x, y) = (abs_eval(a, env), abs_eval(b, env));
            binary(*op, x, y)
        }
    }
}

fn binary(op: BinOp, x: Abs, y: Abs) -> Abs {
    const ANY: Abs = Abs::Int(i64::MIN, i64::MAX);
    match (op, &x, &y) {
        (BinOp::And, Abs::Flag(t1, f1), Abs::Flag(t2, f2)) => Abs::Flag(*t1 && *t2, *f1 || *f2),
        (BinOp::Or, Abs::Flag(t1, f1), Abs::Flag(t2, f2)) => Abs::Flag(*t1 || *t2, *f1 && *f2),
        (BinOp::Add, Abs::Int(a, b), Abs::Int(c, d)) => {
            Abs::Int(a.saturating_add(*c), b.saturating_add(*d))
        }
        (BinOp::Sub, Abs::Int(a, b), Abs::Int(c, d)) => {
            Abs::Int(a.saturating_sub(*d), b.saturating_sub(*c))
        }
        (BinOp::Mul | BinOp::Div | BinOp::Quot | BinOp::Rem, Abs::Int(a, b), Abs::Int(c, d))
            if a == b && c == d =>
        {
            val_abs(&super::super::expr::eval(
                &Expr::Binary(op, Box::new(Expr::Int(*a)), Box::new(Expr::Int(*c))),
                &[],
            ))
        }
        (BinOp::Mul | BinOp::Div | BinOp::Quot | BinOp::Rem, _, _) => ANY,
        (BinOp::Lt, Abs::Int(a, b), Abs::Int(c, d)) => Abs::Flag(a < d, b >= c),
        (BinOp::Le, Abs::Int(a, b), Abs::Int(c, d)) => Abs::Flag(a <= d, b > c),
        (BinOp::Gt, Abs::Int(a, b), Abs::Int(c, d)) => Abs::Flag(b > c, a <= d),
        (BinOp::Ge, Abs::Int(a, b), Abs::Int(c, d)) => Abs::Flag(b >= c, a < d),
        (BinOp::Eq | BinOp::Ne, _, _) => {
            let (can_eq, can_ne) = match (&x, &y) {
                (Abs::Int(a, b), Abs::Int(c, d)) => {
                    (a <= d && c <= b, !(a == b && c == d && a == c))
                }
                (Abs::Flag(t1, f1), Abs::Flag(t2, f2)) => {
                    ((*t1 && *t2) || (*f1 && *f2), (*t1 && *f2) || (*f1 && *t2))
                }
                (Abs::Text(Some(p)), Abs::Text(Some(q))) => (p == q, p != q),
                _ => (true, true),
            };
            if op == BinOp::Eq {
                Abs::Flag(can_eq, can_ne)
            } else {
                Abs::Flag(can_ne, can_eq)
            }
        }
        _ => Abs::Flag(true, true),
    }
}

fn read_vars_in(e: &Expr, read: &mut [bool]) {
    let mut v = Vec::new();
    e.vars(&mut v);
    for i in v {
        if let Some(r) = read.get_mut(i) {
            *r = true;
        }
    }
}

pub fn check(
    s: &Scenario,
    src: &SourceFile,
    map: &SourceMap,
    texts: &BTreeMap<String, LocaleText>,
) -> Vec<Diagnostic> {
    let mut r = Reporter::new(&src.path, &src.text);
    let uses = Uses::of(s, texts);
    unused_variables(s, map, &mut r, &uses);
    let reach = reachable(s);
    never_true(s, map, &mut r, &uses, &reach);
    divide_by_zero(s, map, &mut r, &uses);
    max_reachability(s, map, &mut r, &reach);
    r.out
}

/// Which variables anything reads, and which any effect or form sets.
struct Uses {
    assigned: Vec<bool>,
    read: Vec<bool>,
}

impl Uses {
    fn of(s: &Scenario, texts: &BTreeMap<String, LocaleText>) -> Uses {
        let nv = s.vars.len();
        let mut u = Uses {
            assigned: vec![false; nv],
            read: s.vars.iter().map(|v| v.visible).collect(),
        };
        for d in &s.file.documents {
            for f in &d.fields {
                if let FieldValue::Var(name) = &f.value
                    && let Some(i) = s.var_index(name)
                {
                    u.read[i] = true;
                }
            }
        }
        for text in texts.values() {
            for m in &text.defs {
                for (v, _) in &m.vars {
                    if let Some(i) = s.var_index(v) {
                        u.read[i] = true;
                    }
                }
            }
        }
        for l in &s.logic {
            u.logic(l);
        }
        u.effects(&s.setup);
        for f in &s.faults {
            if let FieldValue::Var(name) = &f.wrong
                && let Some(i) = s.var_index(name)
            {
                u.read[i] = true;
            }
        }
        u
    }

    fn logic(&mut self, l: &Logic) {
        match l {
            Logic::Decision { choices } => {
                for c in choices {
                    self.condition(c.condition.as_ref());
                    self.effects(&c.effects);
                }
            }
            Logic::Form {
                fields, effects, ..
            } => {
                for f in fields {
                    if let Some(v) = f.store {
                        self.assigned[v] = true;
                    }
                    for (m, _) in &f.answers {
                        if let Matcher::Number { expected, .. } | Matcher::Value(expected) = m {
                            read_vars_in(expected, &mut self.read);
                        }
                    }
                }
                self.effects(effects);
            }
            Logic::Check { effects, .. } => self.effects(effects),
            Logic::Compose { reads, effects, .. } => {
                for &v in reads {
                    self.read[v] = true;
                }
                self.effects(effects);
            }
            Logic::Random { outcomes } => {
                for o in outcomes {
                    self.condition(o.condition.as_ref());
                    self.effects(&o.effects);
                }
            }
            Logic::Ending { .. } => {}
        }
    }

    fn condition(&mut self, c: Option<&Expr>) {
        if let Some(c) = c {
            read_vars_in(c, &mut self.read);
        }
    }

    fn effects(&mut self, effs: &[Statement]) {
        for e in effs {
            self.assigned[e.var] = true;
            read_vars_in(&e.value, &mut self.read);
        }
    }
}

fn unused_variables(s: &Scenario, map: &SourceMap, r: &mut Reporter, u: &Uses) {
    let var_names: Vec<&String> = s.file.variables.keys().collect();
    for (i, name) in var_names.into_iter().enumerate() {
        if u.read[i] {
            continue;
        }
        let sp = map.locate(&[Seg::Field("variables"), Seg::Key(name)]);
        let what = if u.assigned[i] {
            "is set but never read"
        } else {
            "is never used"
        };
        r.warn(
            Rule::UnusedVariable,
            (sp.start, sp.end),
            format!("variable `{name}` {what}"),
            Some("use it in a condition, a text (`{ $name }`), a document, or mark it `visible: true`; else delete it".into()),
        );
    }
}

/// Conditions that can never hold, on reachable nodes.
fn never_true(s: &Scenario, map: &SourceMap, r: &mut Reporter, u: &Uses, reach: &[bool]) {
    let env: Vec<Abs> = (0..s.vars.len())
        .map(|i| var_abs(s, &u.assigned, i))
        .collect();
    for (ni, l) in s.logic.iter().enumerate() {
        if !reach[ni] {
            continue;
        }
        let conds: Vec<(usize, &Expr, &'static str)> = match l {
            Logic::Decision { choices } => choices
                .iter()
                .enumerate()
                .filter_map(|(j, c)| c.condition.as_ref().map(|e| (j, e, "choices")))
                .collect(),
            Logic::Random { outcomes } => outcomes
                .iter()
                .enumerate()
                .filter_map(|(j, o)| o.condition.as_ref().map(|e| (j, e, "outcomes")))
                .collect(),
            _ => Vec::new(),
        };
        for (j, e, list) in conds {
            if let Abs::Flag(false, _) = abs_eval(e, &env) {
                let sp = map.locate(&[
                    Seg::Field("nodes"),
                    Seg::Index(ni),
                    Seg::Field(list),
                    Seg::Index(j),
                    Seg::Field("condition"),
                ]);
                let what = if list == "choices" {
                    "choice"
                } else {
                    "outcome"
                };
                r.warn(
                    Rule::NeverTrue,
                    (sp.start, sp.end),
                    format!("this condition can never be true, so the {what} is never offered"),
                    Some("check the comparison against the variable's start value, its min/max, and the effects that change it".into()),
                );
            }
        }
    }
}

/// Whether `e` divides by something the analysis proves is always 0.
fn divides_by_zero(e: &Expr, env: &[Abs]) -> bool {
    match e {
        Expr::Binary(op, a, b) => {
            (matches!(op, BinOp::Div | BinOp::Quot | BinOp::Rem)
                && abs_eval(b, env) == Abs::Int(0, 0))
                || divides_by_zero(a, env)
                || divides_by_zero(b, env)
        }
        Expr::Neg(x) | Expr::Not(x) => divides_by_zero(x, env),
        Expr::Call(_, args) => args.iter().any(|a| divides_by_zero(a, env)),
        Expr::Int(_) | Expr::Dec(_) | Expr::Flag(_) | Expr::Text(_) | Expr::Var(_) => false,
    }
}

/// Effects and conditions that divide by a value proven to be 0: at play time that gives
/// 0, which is never what the author meant.
fn divide_by_zero(s: &Scenario, map: &SourceMap, r: &mut Reporter, u: &Uses) {
    let env: Vec<Abs> = (0..s.vars.len())
        .map(|i| var_abs(s, &u.assigned, i))
        .collect();
    let mut report = |path: &[Seg]| {
        let sp = map.locate(path);
        r.error(
            Rule::DivideByZero,
            (sp.start, sp.end),
            "this divides by a value that is always 0".to_string(),
            Some("check the divisor's start value and the effects that change it".into()),
        );
    };
    let effects = |effs: &[Statement], base: &[Seg], report: &mut dyn FnMut(&[Seg])| {
        for (k, e) in effs.iter().enumerate() {
            if divides_by_zero(&e.value, &env) {
                let mut p = base.to_vec();
                p.extend([Seg::Field("effects"), Seg::Index(k)]);
                report(&p);
            }
        }
    };
    for (ni, l) in s.logic.iter().enumerate() {
        let node = [Seg::Field("nodes"), Seg::Index(ni)];
        match l {
            Logic::Decision { choices } => {
                for (j, c) in choices.iter().enumerate() {
                    let base = [node[0], node[1], Seg::Field("choices"), Seg::Index(j)];
                    if c.condition
                        .as_ref()
                        .is_some_and(|e| divides_by_zero(e, &env))
                    {
                        report(&[base[0], base[1], base[2], base[3], Seg::Field("condition")]);
                    }
                    effects(&c.effects, &base, &mut report);
                }
            }
            Logic::Random { outcomes } => {
                for (j, o) in outcomes.iter().enumerate() {
                    let base = [node[0], node[1], Seg::Field("outcomes"), Seg::Index(j)];
                    if o.condition
                        .as_ref()
                        .is_some_and(|e| divides_by_zero(e, &env))
                    {
                        report(&[base[0], base[1], base[2], base[3], Seg::Field("condition")]);
                    }
                    effects(&o.effects, &base, &mut report);
                }
            }
            Logic::Form { effects: e, .. } | Logic::Check { effects: e, .. } => {
                effects(e, &node, &mut report)
            }
            _ => {}
        }
    }
}

/// For an acyclic scenario, the most points any path can collect per competency.
fn max_reachability(s: &Scenario, map: &SourceMap, r: &mut Reporter, reach: &[bool]) {
    let Some(best) = best_gains(s) else { return };
    for (c, info) in s.competencies.iter().enumerate() {
        let can = best[s.start][c];
        if reach[s.start] && can < info.max as i64 {
            let sp = map.locate(&[Seg::Field("competencies"), Seg::Key(&info.name)]);
            r.warn(
                Rule::UnreachableMax,
                (sp.start, sp.end),
                format!("`{}` has max {} but the best path collects only {can} points, so no one can score 100", info.name, info.max),
                Some(format!("set `max: {can}`, or add points to the expert path")),
            );
        }
    }
}
