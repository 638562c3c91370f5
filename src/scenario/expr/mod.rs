//! The condition and effect language: `cash >= 5000 and trust > 40`, `days_left -= 3`.
//!
//! Parsed and type-checked once at load against the declared variables, so a scenario that
//! loads can never hit a type error at play time. Evaluation is total: arithmetic saturates
//! and division by zero gives 0, because a student's attempt must never crash.

mod eval;
mod number;
mod parse;

use std::sync::Arc;

pub use eval::{DivByZero, Val, apply, eval, try_eval};
pub use number::{MAX_DIGITS, Num, NumError, minor_unit, parse_decimal, round_half_up};
pub use parse::{MAX_DEPTH, parse_condition, parse_expr, parse_statement};
pub use rust_decimal::Decimal;

/// The type of a value. Money carries its currency so USD and CNY never mix unnoticed; a
/// rate carries both ends, so it converts one way only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ty {
    Int,
    /// A plain fraction: cbm, kg, a ratio.
    Decimal,
    /// `13%`, held as the fraction 0.13.
    Percent,
    Money(String),
    /// Units of `to` per one unit of `from`: `Rate("USD", "CNY")` at 7.12.
    Rate(String, String),
    Days,
    Flag,
    Text,
}

impl Ty {
    pub fn is_numeric(&self) -> bool {
        matches!(
            self,
            Ty::Int | Ty::Decimal | Ty::Percent | Ty::Money(_) | Ty::Rate(..) | Ty::Days
        )
    }
    /// Whole numbers only: integer division and `%` keep their old meaning here.
    pub fn is_whole(&self) -> bool {
        matches!(self, Ty::Int | Ty::Days)
    }
    pub fn describe(&self) -> String {
        match self {
            Ty::Int => "integer".into(),
            Ty::Decimal => "decimal".into(),
            Ty::Percent => "percentage".into(),
            Ty::Rate(f, t) => format!("exchange rate ({f} to {t})"),
            Ty::Money(c) => format!("money ({c})"),
            Ty::Days => "days".into(),
            Ty::Flag => "flag (true/false)".into(),
            Ty::Text => "text".into(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    /// Whole-number division (truncating), between integers and days.
    Div,
    /// Exact division, where money, decimals, percentages or rates take part.
    Quot,
    Rem,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Func {
    Min,
    Max,
    Abs,
    /// `round(x, places)`: half-up.
    Round,
    /// Up to the next whole unit.
    Ceil,
    /// Down to the whole unit.
    Floor,
    /// `convert(amount, rate)`: the same as `amount * rate`, said in words.
    Convert,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Int(i64),
    Dec(Decimal),
    Flag(bool),
    Text(Arc<str>),
    Var(usize),
    Neg(Box<Expr>),
    Not(Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    Call(Func, Vec<Expr>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssignOp {
    Set,
    Add,
    Sub,
}

/// `var = expr`, `var += expr`, `var -= expr`.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub var: usize,
    pub op: AssignOp,
    pub value: Expr,
    /// Decimals the target keeps: money rounds half-up to its currency's minor unit.
    pub round: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    Syntax,
    UndefinedVariable,
    Type,
    /// Nested beyond `MAX_DEPTH`: refused before any walk over it could exhaust the stack.
    TooDeep,
}

/// A problem in an expression, located by byte offsets inside the expression's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExprError {
    pub kind: ErrorKind,
    pub message: String,
    pub start: usize,
    pub end: usize,
    pub hint: Option<String>,
}

/// What the parser knows of the scenario's variables.
pub trait Scope {
    fn lookup(&self, name: &str) -> Option<(usize, Ty)>;
    /// Names for "did you mean" hints.
    fn names(&self) -> Vec<String>;
}

impl Expr {
    /// Variables read by this expression.
    pub fn vars(&self, out: &mut Vec<usize>) {
        match self {
            Expr::Var(i) => out.push(*i),
            Expr::Neg(e) | Expr::Not(e) => e.vars(out),
            Expr::Binary(_, a, b) => {
                a.vars(out);
                b.vars(out);
            }
            Expr::Call(_, args) => args.iter().for_each(|a| a.vars(out)),
            Expr::Int(_) | Expr::Dec(_) | Expr::Flag(_) | Expr::Text(_) => {}
        }
    }
}
