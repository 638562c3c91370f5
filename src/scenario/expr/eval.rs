//! Evaluation over the attempt's variable values. Total by construction: the checker has
//! already ruled out type errors, arithmetic saturates and `x / 0` is 0.

use std::sync::Arc;

use super::{AssignOp, BinOp, Expr, Func, Statement};

/// A variable's value at play time. Money and days are integers; their unit lives in the type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Val {
    Int(i64),
    Flag(bool),
    Text(Arc<str>),
}

impl Val {
    pub fn as_int(&self) -> i64 {
        match self {
            Val::Int(v) => *v,
            Val::Flag(b) => *b as i64,
            Val::Text(_) => 0,
        }
    }
    pub fn as_flag(&self) -> bool {
        match self {
            Val::Flag(b) => *b,
            Val::Int(v) => *v != 0,
            Val::Text(t) => !t.is_empty(),
        }
    }
}

pub fn eval(e: &Expr, vars: &[Val]) -> Val {
    match e {
        Expr::Int(v) => Val::Int(*v),
        Expr::Flag(b) => Val::Flag(*b),
        Expr::Text(t) => Val::Text(t.clone()),
        Expr::Var(i) => vars.get(*i).cloned().unwrap_or(Val::Int(0)),
        Expr::Neg(e) => Val::Int(eval(e, vars).as_int().saturating_neg()),
        Expr::Not(e) => Val::Flag(!eval(e, vars).as_flag()),
        Expr::Binary(op, a, b) => binary(*op, a, b, vars),
        Expr::Call(f, args) => {
            let a = args.first().map(|a| eval(a, vars).as_int()).unwrap_or(0);
            let b = args.get(1).map(|b| eval(b, vars).as_int()).unwrap_or(0);
            Val::Int(match f {
                Func::Min => a.min(b),
                Func::Max => a.max(b),
                Func::Abs => a.saturating_abs(),
            })
        }
    }
}

fn binary(op: BinOp, a: &Expr, b: &Expr, vars: &[Val]) -> Val {
    // short-circuit, so a condition reads left to right like a sentence
    match op {
        BinOp::And => return Val::Flag(eval(a, vars).as_flag() && eval(b, vars).as_flag()),
        BinOp::Or => return Val::Flag(eval(a, vars).as_flag() || eval(b, vars).as_flag()),
        _ => {}
    }
    let (x, y) = (eval(a, vars), eval(b, vars));
    match op {
        BinOp::Eq => Val::Flag(x == y),
        BinOp::Ne => Val::Flag(x != y),
        _ => {
            let (x, y) = (x.as_int(), y.as_int());
            match op {
                BinOp::Add => Val::Int(x.saturating_add(y)),
                BinOp::Sub => Val::Int(x.saturating_sub(y)),
                BinOp::Mul => Val::Int(x.saturating_mul(y)),
                BinOp::Div => Val::Int(x.checked_div(y).unwrap_or(0)),
                BinOp::Rem => Val::Int(x.checked_rem(y).unwrap_or(0)),
                BinOp::Lt => Val::Flag(x < y),
                BinOp::Le => Val::Flag(x <= y),
                BinOp::Gt => Val::Flag(x > y),
                BinOp::Ge => Val::Flag(x >= y),
                BinOp::And | BinOp::Or | BinOp::Eq | BinOp::Ne => unreachable!("handled above"),
            }
        }
    }
}

/// Apply one effect; the caller clamps to the variable's declared range.
pub fn apply(s: &Statement, vars: &mut [Val]) {
    let v = eval(&s.value, vars);
    let Some(slot) = vars.get_mut(s.var) else {
        return;
    };
    *slot = match s.op {
        AssignOp::Set => v,
        AssignOp::Add => Val::Int(slot.as_int().saturating_add(v.as_int())),
        AssignOp::Sub => Val::Int(slot.as_int().saturating_sub(v.as_int())),
    };
}
