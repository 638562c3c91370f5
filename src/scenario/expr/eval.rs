//! Evaluation over the attempt's variable values. The checker has already ruled out type
//! errors and arithmetic saturates, so the one failure left is a zero divisor: `try_eval`
//! reports it (the engine rejects the move), `eval` reads it as 0 for the tools that only
//! estimate (lint, playtest agents, the debrief). The lint reports a divisor it can prove
//! zero; see `lint::values`.

use std::sync::Arc;

use rust_decimal::Decimal;

use super::number::round_half_up;
use super::{AssignOp, BinOp, Expr, Func, Statement};

/// A variable's value at play time. Days and integers are `Int`; money, percentages, rates
/// and decimals are `Int` while whole and `Dec` otherwise (their unit lives in the type).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Val {
    Int(i64),
    Dec(Decimal),
    Flag(bool),
    Text(Arc<str>),
}

impl Val {
    /// The canonical value of a decimal: whole numbers that fit are `Int`.
    pub fn num(d: Decimal) -> Val {
        if d.fract().is_zero()
            && let Ok(i) = i64::try_from(d)
        {
            return Val::Int(i);
        }
        Val::Dec(d.normalize())
    }
    pub fn as_int(&self) -> i64 {
        match self {
            Val::Int(v) => *v,
            Val::Dec(d) => i64::try_from(d.trunc()).unwrap_or(if d.is_sign_negative() {
                i64::MIN
            } else {
                i64::MAX
            }),
            Val::Flag(b) => *b as i64,
            Val::Text(_) => 0,
        }
    }
    pub fn as_dec(&self) -> Decimal {
        match self {
            Val::Dec(d) => *d,
            v => Decimal::from(v.as_int()),
        }
    }
    pub fn as_flag(&self) -> bool {
        match self {
            Val::Flag(b) => *b,
            Val::Int(v) => *v != 0,
            Val::Dec(d) => !d.is_zero(),
            Val::Text(t) => !t.is_empty(),
        }
    }
    fn is_dec(&self) -> bool {
        matches!(self, Val::Dec(_))
    }
}

/// Saturate where the exact result does not fit, as whole numbers do.
fn sat(r: Option<Decimal>, neg: bool) -> Val {
    Val::num(r.unwrap_or(if neg { Decimal::MIN } else { Decimal::MAX }))
}

/// A division (`/`, `%`) whose divisor was zero at play time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DivByZero;

/// The value, with a zero divisor read as 0: for estimates, never for play.
pub fn eval(e: &Expr, vars: &[Val]) -> Val {
    try_eval(e, vars).unwrap_or(Val::Int(0))
}

pub fn try_eval(e: &Expr, vars: &[Val]) -> Result<Val, DivByZero> {
    Ok(match e {
        Expr::Int(v) => Val::Int(*v),
        Expr::Dec(d) => Val::num(*d),
        Expr::Flag(b) => Val::Flag(*b),
        Expr::Text(t) => Val::Text(t.clone()),
        Expr::Var(i) => vars.get(*i).cloned().unwrap_or(Val::Int(0)),
        Expr::Neg(e) => match try_eval(e, vars)? {
            Val::Dec(d) => Val::num(-d),
            v => Val::Int(v.as_int().saturating_neg()),
        },
        Expr::Not(e) => Val::Flag(!try_eval(e, vars)?.as_flag()),
        Expr::Binary(op, a, b) => binary(*op, a, b, vars)?,
        Expr::Call(f, args) => call(*f, args, vars)?,
    })
}

fn call(f: Func, args: &[Expr], vars: &[Val]) -> Result<Val, DivByZero> {
    let a = match args.first() {
        Some(a) => try_eval(a, vars)?,
        None => Val::Int(0),
    };
    let b = match args.get(1) {
        Some(b) => try_eval(b, vars)?,
        None => Val::Int(0),
    };
    if !a.is_dec() && !b.is_dec() && f != Func::Convert {
        let (x, y) = (a.as_int(), b.as_int());
        return Ok(Val::Int(match f {
            Func::Min => x.min(y),
            Func::Max => x.max(y),
            Func::Abs => x.saturating_abs(),
            Func::Round | Func::Ceil | Func::Floor | Func::Convert => x,
        }));
    }
    let (x, y) = (a.as_dec(), b.as_dec());
    Ok(match f {
        Func::Min => Val::num(x.min(y)),
        Func::Max => Val::num(x.max(y)),
        Func::Abs => Val::num(x.abs()),
        Func::Round => Val::num(round_half_up(x, b.as_int().clamp(0, 28) as u32)),
        Func::Ceil => Val::num(x.ceil()),
        Func::Floor => Val::num(x.floor()),
        Func::Convert => arith(BinOp::Mul, &a, &b)?,
    })
}

fn binary(op: BinOp, a: &Expr, b: &Expr, vars: &[Val]) -> Result<Val, DivByZero> {
    // short-circuit, so a condition reads left to right like a sentence
    match op {
        BinOp::And => {
            return Ok(Val::Flag(
                try_eval(a, vars)?.as_flag() && try_eval(b, vars)?.as_flag(),
            ));
        }
        BinOp::Or => {
            return Ok(Val::Flag(
                try_eval(a, vars)?.as_flag() || try_eval(b, vars)?.as_flag(),
            ));
        }
        _ => {}
    }
    let (x, y) = (try_eval(a, vars)?, try_eval(b, vars)?);
    Ok(match op {
        BinOp::Eq => Val::Flag(x == y),
        BinOp::Ne => Val::Flag(x != y),
        BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge if x.is_dec() || y.is_dec() => {
            let (x, y) = (x.as_dec(), y.as_dec());
            Val::Flag(match op {
                BinOp::Lt => x < y,
                BinOp::Le => x <= y,
                BinOp::Gt => x > y,
                _ => x >= y,
            })
        }
        _ => arith(op, &x, &y)?,
    })
}

/// Arithmetic and ordering on two numbers: whole numbers as before, exact decimals as soon
/// as a fraction takes part (`Div` of two whole values truncates; `Quot` never does).
fn arith(op: BinOp, x: &Val, y: &Val) -> Result<Val, DivByZero> {
    let divides = matches!(op, BinOp::Div | BinOp::Quot | BinOp::Rem);
    if divides && y.as_dec().is_zero() {
        return Err(DivByZero);
    }
    if x.is_dec() || y.is_dec() || op == BinOp::Quot {
        let (x, y) = (x.as_dec(), y.as_dec());
        let neg = x.is_sign_negative() != y.is_sign_negative();
        return Ok(match op {
            BinOp::Add => sat(x.checked_add(y), y.is_sign_negative()),
            BinOp::Sub => sat(x.checked_sub(y), y.is_sign_positive()),
            BinOp::Mul => sat(x.checked_mul(y), neg),
            BinOp::Div | BinOp::Quot => sat(x.checked_div(y), neg),
            BinOp::Rem => Val::num(x.checked_rem(y).unwrap_or_default()),
            _ => ordering(op, x.cmp(&y)),
        });
    }
    let (x, y) = (x.as_int(), y.as_int());
    Ok(match op {
        BinOp::Add => Val::Int(x.saturating_add(y)),
        BinOp::Sub => Val::Int(x.saturating_sub(y)),
        BinOp::Mul => Val::Int(x.saturating_mul(y)),
        // MIN / -1 overflows: saturate like the other operations
        BinOp::Div => Val::Int(x.checked_div(y).unwrap_or(i64::MAX)),
        BinOp::Rem => Val::Int(x.checked_rem(y).unwrap_or(0)),
        _ => ordering(op, x.cmp(&y)),
    })
}

fn ordering(op: BinOp, o: std::cmp::Ordering) -> Val {
    Val::Flag(match op {
        BinOp::Lt => o.is_lt(),
        BinOp::Le => o.is_le(),
        BinOp::Gt => o.is_gt(),
        BinOp::Ge => o.is_ge(),
        BinOp::Eq => o.is_eq(),
        _ => o.is_ne(),
    })
}

/// Apply one effect; the caller clamps to the variable's declared range. On a zero divisor
/// nothing changes.
pub fn apply(s: &Statement, vars: &mut [Val]) -> Result<(), DivByZero> {
    let v = try_eval(&s.value, vars)?;
    let Some(slot) = vars.get_mut(s.var) else {
        return Ok(());
    };
    let v = match s.op {
        AssignOp::Set => v,
        AssignOp::Add => arith(BinOp::Add, slot, &v)?,
        AssignOp::Sub => arith(BinOp::Sub, slot, &v)?,
    };
    *slot = match (s.round, &v) {
        (Some(dp), Val::Dec(d)) => Val::num(round_half_up(*d, dp)),
        _ => v,
    };
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_stay_whole_and_fractions_are_exact() {
        let d = |s: &str| Expr::Dec(s.parse().unwrap());
        let mul = Expr::Binary(BinOp::Mul, Box::new(d("12.50")), Box::new(Expr::Int(640)));
        assert_eq!(eval(&mul, &[]), Val::Int(8000));
        let q = Expr::Binary(
            BinOp::Quot,
            Box::new(Expr::Int(100)),
            Box::new(Expr::Int(3)),
        );
        let Val::Dec(third) = eval(&q, &[]) else {
            panic!("exact division gives a fraction")
        };
        assert_eq!(round_half_up(third, 2).to_string(), "33.33");
        let div = Expr::Binary(BinOp::Div, Box::new(Expr::Int(100)), Box::new(Expr::Int(3)));
        assert_eq!(eval(&div, &[]), Val::Int(33));
        let zero = Expr::Binary(BinOp::Quot, Box::new(d("1.5")), Box::new(Expr::Int(0)));
        assert_eq!(try_eval(&zero, &[]), Err(DivByZero));
        assert_eq!(eval(&zero, &[]), Val::Int(0), "estimates read it as 0");
        let rem = Expr::Binary(BinOp::Rem, Box::new(Expr::Int(7)), Box::new(Expr::Var(0)));
        assert_eq!(try_eval(&rem, &[Val::Int(0)]), Err(DivByZero));
        let min = Expr::Binary(
            BinOp::Div,
            Box::new(Expr::Int(i64::MIN)),
            Box::new(Expr::Int(-1)),
        );
        assert_eq!(eval(&min, &[]), Val::Int(i64::MAX));
    }
}
