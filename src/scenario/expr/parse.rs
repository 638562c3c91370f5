//! Lexer, Pratt parser and type checker in one pass: each sub-expression is typed as it is
//! built, so every error carries the span of the piece that is wrong.

use std::sync::Arc;

use rust_decimal::Decimal;

use super::number::{minor_unit, parse_decimal};
use super::{AssignOp, BinOp, ErrorKind, Expr, ExprError, Func, Scope, Statement, Ty};
use crate::suggest::did_you_mean;

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Int(i64),
    Dec(Decimal),
    /// `13%`, already divided by 100.
    Pct(Decimal),
    Str(String),
    Ident(String),
    Op(&'static str),
    LParen,
    RParen,
    Comma,
    End,
}

#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    start: usize,
    end: usize,
}

const OPS: [&str; 19] = [
    "+=", "-=", "==", "!=", "<=", ">=", "&&", "||", "+", "-", "*", "/", "%", "<", ">", "=", "!",
    "&", "|",
];

fn lex(src: &str) -> Result<Vec<Token>, ExprError> {
    let mut out = Vec::new();
    let b = src.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        let tok = if c.is_ascii_digit() {
            number(src, &mut i)?
        } else if c.is_ascii_alphabetic() || c == b'_' {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            Tok::Ident(src[start..i].to_string())
        } else if c == b'"' || c == b'\'' {
            i += 1;
            while i < b.len() && b[i] != c {
                i += 1;
            }
            if i >= b.len() {
                return Err(err(ErrorKind::Syntax, "unclosed text", start, b.len()));
            }
            i += 1;
            Tok::Str(src[start + 1..i - 1].to_string())
        } else if c == b'(' {
            i += 1;
            Tok::LParen
        } else if c == b')' {
            i += 1;
            Tok::RParen
        } else if c == b',' {
            i += 1;
            Tok::Comma
        } else if let Some(op) = OPS.iter().find(|op| src[i..].starts_with(**op)) {
            i += op.len();
            Tok::Op(op)
        } else {
            let ch = src[i..].chars().next().unwrap_or('?');
            return Err(err(
                ErrorKind::Syntax,
                &format!("unexpected character `{ch}`"),
                start,
                start + ch.len_utf8(),
            ));
        };
        out.push(Token { tok, start, end: i });
    }
    out.push(Token {
        tok: Tok::End,
        start: src.len(),
        end: src.len(),
    });
    Ok(out)
}

/// A number literal at `*i`: `5000`, `12.50`, `13%`, `0.3%`. A `%` right after a number is a
/// percentage unless a value follows it (`7 % 2` stays the remainder).
fn number(src: &str, i: &mut usize) -> Result<Tok, ExprError> {
    let b = src.as_bytes();
    let start = *i;
    while *i < b.len() && (b[*i].is_ascii_alphanumeric() || b[*i] == b'_' || b[*i] == b'.') {
        *i += 1;
    }
    let text = &src[start..*i];
    let bad = |msg: &str| err(ErrorKind::Syntax, msg, start, start + text.len());
    if text.bytes().any(|c| c.is_ascii_alphabetic()) {
        return Err(bad("numbers are written with digits and one decimal point")
            .with_hint("no units or exponents: write 12.50, 1000000 or 13%"));
    }
    let value = parse_decimal(text).map_err(|e| {
        bad(&e.to_string()).with_hint("a price is written as it is printed, e.g. 12.50")
    })?;
    if b.get(*i) == Some(&b'%') {
        let after = src[*i + 1..].trim_start();
        let operand_follows = after
            .bytes()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'(' || c == b'"');
        if !operand_follows {
            *i += 1;
            return Ok(Tok::Pct(value / Decimal::ONE_HUNDRED));
        }
    }
    if !text.contains('.') {
        return i64::try_from(value)
            .map(Tok::Int)
            .map_err(|_| bad("number too large"));
    }
    Ok(Tok::Dec(value))
}

fn err(kind: ErrorKind, msg: &str, start: usize, end: usize) -> ExprError {
    ExprError {
        kind,
        message: msg.to_string(),
        start,
        end,
        hint: None,
    }
}

impl ExprError {
    fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// The deepest an expression may nest (parentheses, `-`, `not`, chained operators): far
/// beyond anything an author writes, and well inside the stack of every walk over it
/// (parse, check, evaluate, drop).
pub const MAX_DEPTH: usize = 100;

struct Parser<'s> {
    toks: Vec<Token>,
    pos: usize,
    scope: &'s dyn Scope,
    /// Nested `unary` calls open now.
    depth: usize,
}

/// A typed sub-expression with its span.
struct Typed {
    expr: Expr,
    ty: Ty,
    start: usize,
    end: usize,
    /// Levels of the tree under it (a leaf is 1).
    height: usize,
}

fn too_deep(start: usize, end: usize) -> ExprError {
    err(
        ErrorKind::TooDeep,
        &format!("expression nested too deeply (more than {MAX_DEPTH} levels)"),
        start,
        end,
    )
    .with_hint("split it into steps: set a variable with part of it in an effect first")
}

impl<'s> Parser<'s> {
    fn peek(&self) -> &Token {
        &self.toks[self.pos.min(self.toks.len() - 1)]
    }
    fn next(&mut self) -> Token {
        let t = self.peek().clone();
        if self.pos < self.toks.len() - 1 {
            self.pos += 1;
        }
        t
    }

    fn binop(&self) -> Option<(BinOp, u8)> {
        let op = match &self.peek().tok {
            Tok::Op(o) => match *o {
                "||" => BinOp::Or,
                "&&" => BinOp::And,
                "==" => BinOp::Eq,
                "!=" => BinOp::Ne,
                "<" => BinOp::Lt,
                "<=" => BinOp::Le,
                ">" => BinOp::Gt,
                ">=" => BinOp::Ge,
                "+" => BinOp::Add,
                "-" => BinOp::Sub,
                "*" => BinOp::Mul,
                "/" => BinOp::Div,
                "%" => BinOp::Rem,
                _ => return None,
            },
            Tok::Ident(w) if w == "or" => BinOp::Or,
            Tok::Ident(w) if w == "and" => BinOp::And,
            _ => return None,
        };
        let prec = match op {
            BinOp::Or => 1,
            BinOp::And => 2,
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => 3,
            BinOp::Add | BinOp::Sub => 4,
            BinOp::Mul | BinOp::Div | BinOp::Quot | BinOp::Rem => 5,
        };
        Some((op, prec))
    }

    fn expr(&mut self, min_prec: u8) -> Result<Typed, ExprError> {
        let mut lhs = self.unary()?;
        while let Some((op, prec)) = self.binop() {
            if prec < min_prec {
                break;
            }
            let op_tok = self.next();
            let rhs = self.expr(prec + 1)?;
            // comparisons do not chain: `a < b < c` is an error, not a surprise
            if prec == 3
                && let Some((
                    BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge,
                    _,
                )) = self.binop()
            {
                let t = self.peek();
                return Err(err(
                    ErrorKind::Syntax,
                    "comparisons cannot be chained",
                    t.start,
                    t.end,
                )
                .with_hint("join two comparisons with `and`"));
            }
            lhs = type_binary(op, lhs, rhs, &op_tok)?;
        }
        Ok(lhs)
    }

    fn unary(&mut self) -> Result<Typed, ExprError> {
        if self.depth >= MAX_DEPTH {
            let t = self.peek();
            return Err(too_deep(t.start, t.end.max(t.start + 1)));
        }
        self.depth += 1;
        let out = self.unary_inner();
        self.depth -= 1;
        let t = out?;
        if t.height > MAX_DEPTH {
            return Err(too_deep(t.start, t.end));
        }
        Ok(t)
    }

    fn unary_inner(&mut self) -> Result<Typed, ExprError> {
        let t = self.next();
        match &t.tok {
            Tok::Op("-") => {
                let inner = self.unary()?;
                if !inner.ty.is_numeric() {
                    return Err(type_err(
                        &format!("`-` needs a number, found {}", inner.ty.describe()),
                        inner.start,
                        inner.end,
                    ));
                }
                Ok(Typed {
                    expr: match inner.expr {
                        Expr::Int(v) => Expr::Int(v.saturating_neg()),
                        Expr::Dec(v) => Expr::Dec(-v),
                        e => Expr::Neg(Box::new(e)),
                    },
                    ty: inner.ty,
                    start: t.start,
                    end: inner.end,
                    height: inner.height + 1,
                })
            }
            Tok::Op("!") => self.not(t.start),
            Tok::Ident(w) if w == "not" => self.not(t.start),
            Tok::Int(v) => Ok(Typed {
                expr: Expr::Int(*v),
                ty: Ty::Int,
                start: t.start,
                end: t.end,
                height: 1,
            }),
            Tok::Dec(v) | Tok::Pct(v) => Ok(Typed {
                expr: Expr::Dec(*v),
                ty: if matches!(t.tok, Tok::Pct(_)) {
                    Ty::Percent
                } else {
                    Ty::Decimal
                },
                start: t.start,
                end: t.end,
                height: 1,
            }),
            Tok::Str(s) => Ok(Typed {
                expr: Expr::Text(Arc::from(s.as_str())),
                ty: Ty::Text,
                start: t.start,
                end: t.end,
                height: 1,
            }),
            Tok::LParen => {
                let inner = self.expr(0)?;
                let close = self.next();
                if close.tok != Tok::RParen {
                    return Err(err(
                        ErrorKind::Syntax,
                        "expected `)`",
                        close.start,
                        close.end.max(close.start + 1),
                    ));
                }
                Ok(Typed {
                    start: t.start,
                    end: close.end,
                    ..inner
                })
            }
            Tok::Ident(w) if w == "true" || w == "false" => Ok(Typed {
                expr: Expr::Flag(w == "true"),
                ty: Ty::Flag,
                start: t.start,
                end: t.end,
                height: 1,
            }),
            Tok::Ident(name) => {
                if self.peek().tok == Tok::LParen {
                    return self.call(name.clone(), t.start, t.end);
                }
                match self.scope.lookup(name) {
                    Some((idx, ty)) => Ok(Typed {
                        expr: Expr::Var(idx),
                        ty,
                        start: t.start,
                        end: t.end,
                        height: 1,
                    }),
                    None => {
                        let mut e = err(
                            ErrorKind::UndefinedVariable,
                            &format!("undefined variable `{name}`"),
                            t.start,
                            t.end,
                        );
                        e.hint = Some(match did_you_mean(name, &self.scope.names()) {
                            Some(s) => {
                                format!("did you mean `{s}`? Variables are declared in `variables`")
                            }
                            None => "declare it in the scenario's `variables`".into(),
                        });
                        Err(e)
                    }
                }
            }
            Tok::End => Err(err(
                ErrorKind::Syntax,
                "expected a value, found the end of the expression",
                t.start,
                t.start,
            )),
            _ => Err(err(
                ErrorKind::Syntax,
                "expected a value (a number, a variable, true/false or \"text\")",
                t.start,
                t.end,
            )),
        }
    }

    fn not(&mut self, start: usize) -> Result<Typed, ExprError> {
        let inner = self.unary()?;
        if inner.ty != Ty::Flag {
            return Err(type_err(
                &format!("`not` needs a condition, found {}", inner.ty.describe()),
                inner.start,
                inner.end,
            ));
        }
        Ok(Typed {
            expr: Expr::Not(Box::new(inner.expr)),
            ty: Ty::Flag,
            start,
            end: inner.end,
            height: inner.height + 1,
        })
    }

    fn call(&mut self, name: String, start: usize, name_end: usize) -> Result<Typed, ExprError> {
        let func = match name.as_str() {
            "min" => Func::Min,
            "max" => Func::Max,
            "abs" => Func::Abs,
            "round" => Func::Round,
            "ceil" => Func::Ceil,
            "floor" => Func::Floor,
            "convert" => Func::Convert,
            _ => {
                return Err(err(
                    ErrorKind::Syntax,
                    &format!("unknown function `{name}`"),
                    start,
                    name_end,
                )
                .with_hint(
                    "the functions are min(a, b), max(a, b), abs(a), round(a, places), \
                     ceil(a), floor(a) and convert(amount, rate)",
                ));
            }
        };
        self.next(); // (
        let mut args: Vec<Typed> = Vec::new();
        if self.peek().tok != Tok::RParen {
            loop {
                args.push(self.expr(0)?);
                if self.peek().tok == Tok::Comma {
                    self.next();
                } else {
                    break;
                }
            }
        }
        let close = self.next();
        if close.tok != Tok::RParen {
            return Err(err(
                ErrorKind::Syntax,
                "expected `)` or `,`",
                close.start,
                close.end.max(close.start + 1),
            ));
        }
        let want = match func {
            Func::Abs | Func::Ceil | Func::Floor => 1,
            Func::Min | Func::Max | Func::Round | Func::Convert => 2,
        };
        if args.len() != want {
            return Err(err(
                ErrorKind::Type,
                &format!("`{name}` takes {want} argument(s), found {}", args.len()),
                start,
                close.end,
            ));
        }
        for a in &args {
            if !a.ty.is_numeric() {
                return Err(type_err(
                    &format!("`{name}` needs numbers, found {}", a.ty.describe()),
                    a.start,
                    a.end,
                ));
            }
        }
        let ty = args[0].ty.clone();
        let ty = match func {
            Func::Min | Func::Max => unify_units(&ty, &args[1].ty).ok_or_else(|| {
                type_err(
                    &format!(
                        "`{name}` mixes {} and {}",
                        ty.describe(),
                        args[1].ty.describe()
                    ),
                    start,
                    close.end,
                )
            })?,
            Func::Round if args[1].ty != Ty::Int => {
                return Err(type_err(
                    "`round` needs a whole number of decimal places",
                    args[1].start,
                    args[1].end,
                )
                .with_hint("e.g. round(price, 2)"));
            }
            Func::Convert => convert_ty(&ty, &args[1].ty, BinOp::Mul).map_err(|(msg, hint)| {
                let e = type_err(&format!("`convert`: {msg}"), start, close.end);
                match hint {
                    Some(h) => e.with_hint(h),
                    None => e,
                }
            })?,
            _ => ty,
        };
        let height = args.iter().map(|a| a.height).max().unwrap_or(0) + 1;
        Ok(Typed {
            expr: Expr::Call(func, args.into_iter().map(|a| a.expr).collect()),
            ty,
            start,
            end: close.end,
            height,
        })
    }
}

fn type_err(msg: &str, start: usize, end: usize) -> ExprError {
    err(ErrorKind::Type, msg, start, end)
}

/// The common unit of two numbers: plain integers adopt the other side's unit.
/// The common unit of two numbers: plain integers adopt the other side's unit (not a
/// percentage's: `13` is not `13%`), plain decimals adopt money's and a rate's.
fn unify_units(a: &Ty, b: &Ty) -> Option<Ty> {
    match (a, b) {
        (x, y) if x == y => Some(x.clone()),
        (Ty::Int, Ty::Percent) | (Ty::Percent, Ty::Int) => None,
        (Ty::Int, x) | (x, Ty::Int) => Some(x.clone()),
        (Ty::Decimal, x @ (Ty::Money(_) | Ty::Rate(..)))
        | (x @ (Ty::Money(_) | Ty::Rate(..)), Ty::Decimal) => Some(x.clone()),
        _ => None,
    }
}

/// A plain factor: scales whatever it multiplies without changing its unit.
fn is_factor(t: &Ty) -> bool {
    matches!(t, Ty::Int | Ty::Decimal | Ty::Percent)
}

type TyError = (String, Option<String>);

/// `amount * rate`, `amount / rate`, `convert(amount, rate)`: money changes currency only
/// along the rate's direction; the other way is an error naming the expression that works.
fn convert_ty(amount: &Ty, rate: &Ty, op: BinOp) -> Result<Ty, TyError> {
    let (Ty::Money(c), Ty::Rate(from, to)) = (amount, rate) else {
        return Err((
            format!(
                "converts money with an exchange rate, not {} with {}",
                amount.describe(),
                rate.describe()
            ),
            Some("declare a Rate(from: \"USD\", to: \"CNY\", initial: 7.12) variable".into()),
        ));
    };
    match op {
        BinOp::Mul if c == from => Ok(Ty::Money(to.clone())),
        BinOp::Quot | BinOp::Div if c == to => Ok(Ty::Money(from.clone())),
        BinOp::Mul if c == to => Err((
            format!("this rate turns {from} into {to}, but the amount is already {c}"),
            Some(format!("to turn {to} into {from}, divide: `amount / rate`")),
        )),
        BinOp::Quot | BinOp::Div if c == from => Err((
            format!("dividing {from} by a {from}-to-{to} rate gives no currency"),
            Some(format!(
                "to turn {from} into {to}, multiply: `amount * rate` or `convert(amount, rate)`"
            )),
        )),
        _ => Err((
            format!("the amount is {c}, but the rate converts {from} to {to}"),
            Some(format!("use a rate from {c}, or convert to {from} first")),
        )),
    }
}

/// The type of `l op r` for `*`, `/` and `%`.
fn product_ty(op: BinOp, l: &Ty, r: &Ty) -> Result<Ty, TyError> {
    let involves_rate = matches!(l, Ty::Rate(..)) || matches!(r, Ty::Rate(..));
    if involves_rate && (matches!(l, Ty::Money(_)) || matches!(r, Ty::Money(_))) {
        return match (op, l, r) {
            (BinOp::Mul, Ty::Rate(..), m) => convert_ty(m, l, op),
            (BinOp::Rem, ..) => Err(("`%` needs whole numbers".into(), None)),
            _ => convert_ty(l, r, op),
        };
    }
    if op == BinOp::Rem {
        return match (l, r) {
            (x, Ty::Int) | (Ty::Int, x) if x.is_whole() => Ok(x.clone()),
            _ => Err((
                "`%` is the remainder of whole numbers".into(),
                Some("a percentage is written right after its number: `13%`".into()),
            )),
        };
    }
    match (l, r) {
        (Ty::Int, Ty::Int) => Ok(Ty::Int),
        (Ty::Percent, Ty::Percent) if op == BinOp::Mul => Ok(Ty::Percent),
        (x, y) if op == BinOp::Div && x == y => Ok(match x {
            Ty::Money(_) | Ty::Days => Ty::Int,
            _ => Ty::Decimal,
        }),
        (x, f) if is_factor(f) && !is_factor(x) => Ok(x.clone()),
        (f, x) if op == BinOp::Mul && is_factor(f) && !is_factor(x) => Ok(x.clone()),
        (a, b) if is_factor(a) && is_factor(b) => Ok(Ty::Decimal),
        // CNY cost over USD income is CNY per USD: the 换汇成本 a trader compares with the
        // bank's buying rate, so it is a rate, never a truncated count
        (Ty::Money(a), Ty::Money(b)) if a != b && op == BinOp::Div => {
            Ok(Ty::Rate(b.clone(), a.clone()))
        }
        (Ty::Money(a), Ty::Money(b)) if a != b => Err((
            "mixes currencies".into(),
            Some(format!(
                "convert one side first with a Rate variable: `convert(amount, {}_{})`",
                b.to_lowercase(),
                a.to_lowercase()
            )),
        )),
        _ => Err(("mixes units".into(), None)),
    }
}

fn type_binary(op: BinOp, l: Typed, r: Typed, op_tok: &Token) -> Result<Typed, ExprError> {
    let (start, end) = (l.start, r.end);
    let mismatch = |what: &str| {
        type_err(
            &format!(
                "`{}` {what}: {} and {}",
                op_symbol(op),
                l.ty.describe(),
                r.ty.describe()
            ),
            start,
            end,
        )
    };
    let ty = match op {
        BinOp::And | BinOp::Or => {
            if l.ty != Ty::Flag || r.ty != Ty::Flag {
                let bad = if l.ty != Ty::Flag { &l } else { &r };
                return Err(type_err(
                    &format!(
                        "`{}` joins conditions, but this is {}",
                        op_symbol(op),
                        bad.ty.describe()
                    ),
                    bad.start,
                    bad.end,
                )
                .with_hint("compare it first, e.g. `cash > 0`"));
            }
            Ty::Flag
        }
        BinOp::Eq | BinOp::Ne => {
            let ok =
                (l.ty.is_numeric() && r.ty.is_numeric() && unify_units(&l.ty, &r.ty).is_some())
                    || (l.ty == r.ty);
            if !ok {
                return Err(mismatch("compares different types"));
            }
            Ty::Flag
        }
        BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
            if !(l.ty.is_numeric() && r.ty.is_numeric()) {
                return Err(mismatch("needs numbers"));
            }
            if unify_units(&l.ty, &r.ty).is_none() {
                return Err(mismatch("compares different units"));
            }
            Ty::Flag
        }
        BinOp::Add | BinOp::Sub => {
            if !(l.ty.is_numeric() && r.ty.is_numeric()) {
                return Err(mismatch("needs numbers"));
            }
            match (&l.ty, &r.ty) {
                (Ty::Money(a), Ty::Money(b)) if a != b => {
                    return Err(mismatch("mixes currencies").with_hint(format!(
                        "convert one side first with a Rate variable: `convert(amount, {}_{})`",
                        b.to_lowercase(),
                        a.to_lowercase()
                    )));
                }
                _ => unify_units(&l.ty, &r.ty).ok_or_else(|| mismatch("mixes units"))?,
            }
        }
        BinOp::Mul | BinOp::Div | BinOp::Quot | BinOp::Rem => {
            if !(l.ty.is_numeric() && r.ty.is_numeric()) {
                return Err(mismatch("needs numbers"));
            }
            product_ty(op, &l.ty, &r.ty).map_err(|(what, hint)| {
                let e = mismatch(&what);
                match hint {
                    Some(h) => e.with_hint(h),
                    None => e,
                }
            })?
        }
    };
    // Whole numbers, and money with no fraction in it, divide as they always have (toward
    // zero), so scenarios written before decimals play the same; a decimal, percentage or
    // rate in the division makes it exact. Money with cents divides exactly too (eval).
    let fractional = |t: &Ty| matches!(t, Ty::Decimal | Ty::Percent | Ty::Rate(..));
    let op = if op == BinOp::Div
        && (fractional(&l.ty) || fractional(&r.ty) || matches!(ty, Ty::Rate(..)))
    {
        BinOp::Quot
    } else {
        op
    };
    let height = l.height.max(r.height) + 1;
    if height > MAX_DEPTH {
        return Err(too_deep(op_tok.start, op_tok.end));
    }
    Ok(Typed {
        expr: Expr::Binary(op, Box::new(l.expr), Box::new(r.expr)),
        ty,
        start,
        end,
        height,
    })
}

fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::Div | BinOp::Quot => "/",
        BinOp::Rem => "%",
        BinOp::Eq => "==",
        BinOp::Ne => "!=",
        BinOp::Lt => "<",
        BinOp::Le => "<=",
        BinOp::Gt => ">",
        BinOp::Ge => ">=",
        BinOp::And => "and",
        BinOp::Or => "or",
    }
}

fn parse_typed(src: &str, scope: &dyn Scope) -> Result<Typed, ExprError> {
    let toks = lex(src)?;
    let mut p = Parser {
        toks,
        pos: 0,
        scope,
        depth: 0,
    };
    let t = p.expr(0)?;
    let rest = p.peek().clone();
    if rest.tok != Tok::End {
        return Err(err(
            ErrorKind::Syntax,
            "unexpected text after the expression",
            rest.start,
            src.len(),
        )
        .with_hint(after_hint(&rest.tok)));
    }
    Ok(t)
}

/// What to write instead of text left after a whole expression: a lone `=` is almost
/// always a comparison written as an assignment.
fn after_hint(rest: &Tok) -> &'static str {
    match rest {
        Tok::Op("=") => "comparison is `==` (a single `=` sets a variable, in effects only)",
        _ => "join conditions with `and` / `or`",
    }
}

/// What a variable of this type takes, shown when it was given something else.
fn value_hint(name: &str, ty: &Ty) -> String {
    match ty {
        Ty::Flag => format!("`{name}` is a flag: write `{name} = true` or `{name} = false`"),
        Ty::Text => format!("`{name}` is text: write it in quotes, e.g. `{name} = \"FOB\"`"),
        Ty::Money(_) | Ty::Int | Ty::Days | Ty::Decimal => {
            format!(
                "`{name}` is {}: give it a number, e.g. `{name} += 5`",
                ty.describe()
            )
        }
        Ty::Percent => format!("`{name}` is a percentage: write e.g. `{name} = 13%`"),
        Ty::Rate(..) => format!(
            "`{name}` is {}: give it a number, e.g. `{name} = 7.12`",
            ty.describe()
        ),
    }
}

/// A value expression of any type.
pub fn parse_expr(src: &str, scope: &dyn Scope) -> Result<(Expr, Ty), ExprError> {
    parse_typed(src, scope).map(|t| (t.expr, t.ty))
}

/// An expression that must be a condition (flag).
pub fn parse_condition(src: &str, scope: &dyn Scope) -> Result<Expr, ExprError> {
    let t = parse_typed(src, scope)?;
    if t.ty != Ty::Flag {
        return Err(type_err(
            &format!(
                "a condition must be true or false, but this is {}",
                t.ty.describe()
            ),
            t.start,
            t.end,
        )
        .with_hint("compare it, e.g. `cash >= 5000`"));
    }
    Ok(t.expr)
}

/// An effect: `var = expr`, `var += expr` or `var -= expr`.
pub fn parse_statement(src: &str, scope: &dyn Scope) -> Result<Statement, ExprError> {
    let toks = lex(src)?;
    let first = toks[0].clone();
    let Tok::Ident(name) = &first.tok else {
        return Err(err(
            ErrorKind::Syntax,
            "an effect starts with the variable it changes",
            first.start,
            first.end.max(first.start + 1),
        )
        .with_hint("e.g. `cash -= 500` or `inspected = true`"));
    };
    let Some((var, var_ty)) = scope.lookup(name) else {
        let mut e = err(
            ErrorKind::UndefinedVariable,
            &format!("undefined variable `{name}`"),
            first.start,
            first.end,
        );
        e.hint = Some(match did_you_mean(name, &scope.names()) {
            Some(s) => format!("did you mean `{s}`?"),
            None => "declare it in the scenario's `variables`".into(),
        });
        return Err(e);
    };
    let op_tok = toks.get(1).cloned().unwrap_or(first.clone());
    let op = match op_tok.tok {
        Tok::Op("=") => AssignOp::Set,
        Tok::Op("+=") => AssignOp::Add,
        Tok::Op("-=") => AssignOp::Sub,
        _ => {
            return Err(err(
                ErrorKind::Syntax,
                "expected `=`, `+=` or `-=` after the variable",
                op_tok.start,
                op_tok.end.max(op_tok.start + 1),
            ));
        }
    };
    let rhs_start = op_tok.end;
    let mut t = parse_typed(&src[rhs_start..], scope).map_err(|mut e| {
        e.start += rhs_start;
        e.end += rhs_start;
        e
    })?;
    t.start += rhs_start;
    t.end += rhs_start;
    let fits = match op {
        AssignOp::Set => {
            t.ty == var_ty
                || (var_ty.is_numeric()
                    && t.ty.is_numeric()
                    && unify_units(&var_ty, &t.ty) == Some(var_ty.clone()))
        }
        AssignOp::Add | AssignOp::Sub => {
            var_ty.is_numeric()
                && t.ty.is_numeric()
                && unify_units(&var_ty, &t.ty) == Some(var_ty.clone())
        }
    };
    if !fits {
        if let (Ty::Money(want), Ty::Money(have)) = (&var_ty, &t.ty) {
            return Err(type_err(
                &format!("cannot put {have} into `{name}`, which is money ({want})"),
                t.start,
                t.end,
            )
            .with_hint(format!(
                "convert it first with a Rate variable from {have} to {want}: `convert(amount, rate)`"
            )));
        }
        let what = if op == AssignOp::Set {
            "assign"
        } else {
            "add or subtract"
        };
        return Err(type_err(
            &format!(
                "cannot {what} {} to `{name}`, which is {}",
                t.ty.describe(),
                var_ty.describe()
            ),
            t.start,
            t.end,
        )
        .with_hint(value_hint(name, &var_ty)));
    }
    let round = match &var_ty {
        Ty::Money(c) => Some(minor_unit(c)),
        _ => None,
    };
    Ok(Statement {
        var,
        op,
        value: t.expr,
        round,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    struct S;
    impl Scope for S {
        fn lookup(&self, name: &str) -> Option<(usize, Ty)> {
            match name {
                "cash" => Some((0, Ty::Money("USD".into()))),
                "trust" => Some((1, Ty::Int)),
                "ok" => Some((2, Ty::Flag)),
                "rmb" => Some((3, Ty::Money("CNY".into()))),
                "mode" => Some((4, Ty::Text)),
                "usd_cny" => Some((5, Ty::Rate("USD".into(), "CNY".into()))),
                "rebate" => Some((6, Ty::Percent)),
                "cbm" => Some((7, Ty::Decimal)),
                _ => None,
            }
        }
        fn names(&self) -> Vec<String> {
            [
                "cash", "trust", "ok", "rmb", "mode", "usd_cny", "rebate", "cbm",
            ]
            .map(String::from)
            .to_vec()
        }
    }

    #[test]
    fn parses_conditions_with_precedence() {
        let e = parse_condition("cash >= 5000 and trust > 40 or not ok", &S).unwrap();
        assert!(matches!(e, Expr::Binary(BinOp::Or, _, _)));
        parse_condition("mode == \"9710\"", &S).unwrap();
        parse_condition("min(cash, 100) > 3 * 2", &S).unwrap();
    }

    #[test]
    fn reports_type_errors_with_spans() {
        let e = parse_condition("cash + rmb > 0", &S).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Type);
        assert_eq!((e.start, e.end), (0, 10));
        let e = parse_condition("trust", &S).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Type);
        let e = parse_condition("cahs > 1", &S).unwrap_err();
        assert_eq!(e.kind, ErrorKind::UndefinedVariable);
        assert!(e.hint.unwrap().contains("cash"));
        let e = parse_condition("1 < trust < 3", &S).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Syntax);
    }

    #[test]
    fn statements_check_the_target_type() {
        parse_statement("cash -= 500", &S).unwrap();
        parse_statement("ok = trust > 3", &S).unwrap();
        let e = parse_statement("cash += rmb", &S).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Type);
        assert_eq!(&"cash += rmb"[e.start..e.end], "rmb");
        let e = parse_statement("trust = true", &S).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Type);
        assert!(parse_statement("= 3", &S).is_err());
        assert!(parse_statement("cash", &S).is_err());
    }

    #[test]
    fn decimals_percentages_and_rates_type_check() {
        let ty = |src: &str| parse_expr(src, &S).map(|(_, t)| t);
        assert_eq!(ty("12.50 * 640"), Ok(Ty::Decimal));
        assert_eq!(ty("cash * 13%"), Ok(Ty::Money("USD".into())));
        assert_eq!(ty("cash * rebate / 113%"), Ok(Ty::Money("USD".into())));
        assert_eq!(ty("cash * usd_cny"), Ok(Ty::Money("CNY".into())));
        assert_eq!(ty("convert(cash, usd_cny)"), Ok(Ty::Money("CNY".into())));
        assert_eq!(ty("rmb / usd_cny"), Ok(Ty::Money("USD".into())));
        assert_eq!(ty("round(cbm * 1.5, 2)"), Ok(Ty::Decimal));
        assert_eq!(ty("7 % 2"), Ok(Ty::Int));
        assert_eq!(ty("cash / cash"), Ok(Ty::Int));
        // the wrong direction names the expression that works
        let e = parse_expr("rmb * usd_cny", &S).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Type);
        assert!(e.hint.unwrap().contains("amount / rate"));
        let e = parse_expr("convert(rmb, usd_cny)", &S).unwrap_err();
        assert!(e.hint.unwrap().contains("amount / rate"));
        let e = parse_expr("cash / usd_cny", &S).unwrap_err();
        assert!(e.hint.unwrap().contains("convert(amount, rate)"));
        // mixing currencies without a rate says how to convert
        let e = parse_expr("cash + rmb", &S).unwrap_err();
        assert!(e.message.contains("mixes currencies"), "{}", e.message);
        assert!(e.hint.unwrap().contains("convert("));
        let e = parse_statement("cash += rmb", &S).unwrap_err();
        assert!(e.hint.unwrap().contains("convert("));
        // 13 is not 13%
        assert!(parse_statement("rebate = 13", &S).is_err());
        parse_statement("rebate = 13%", &S).unwrap();
        // money assignments round to the cent
        assert_eq!(
            parse_statement("cash = cash * 13%", &S).unwrap().round,
            Some(2)
        );
        assert_eq!(parse_statement("cbm = cbm * 2", &S).unwrap().round, None);
    }

    #[test]
    fn bad_decimals_are_located() {
        for (src, want) in [
            ("cash > 1.2.3", "one decimal point"),
            ("cash > 1e400", "digits and one decimal point"),
            (
                "cash > 1234567890123456789012345678901234567890",
                "at most 28 digits",
            ),
            (
                "cash > 0.1234567890123456789012345678901234567890",
                "at most 28 digits",
            ),
        ] {
            let e = parse_condition(src, &S).unwrap_err();
            assert_eq!(e.kind, ErrorKind::Syntax);
            assert!(e.message.contains(want), "{src}: {}", e.message);
            assert_eq!((e.start, e.end), (7, src.len()), "{src}");
        }
    }

    #[test]
    fn deep_nesting_is_a_located_error_not_a_stack_overflow() {
        let n = 200_000;
        let parens = format!("{}1{} > 0", "(".repeat(n), ")".repeat(n));
        let nots = format!("{}ok", "!".repeat(n));
        let negs = format!("{}1 > 0", "-".repeat(n));
        let sum = format!("{} > 0", vec!["1"; 1_000_000].join(" + "));
        let calls = format!("{}1{} > 0", "abs(".repeat(n), ")".repeat(n));
        for src in [&parens, &nots, &negs, &sum, &calls] {
            let e = parse_condition(src, &S).unwrap_err();
            assert_eq!(e.kind, ErrorKind::TooDeep, "{}", e.message);
            assert!(e.start < src.len() && e.start <= e.end, "located inside");
        }
        let e = parse_statement(&format!("trust = {}1{}", "(".repeat(n), ")".repeat(n)), &S)
            .unwrap_err();
        assert!(e.message.contains("nested too deeply"));
        // the limit leaves every authored expression alone
        let deep = format!(
            "{}1{} > 0",
            "(".repeat(MAX_DEPTH - 2),
            ")".repeat(MAX_DEPTH - 2)
        );
        parse_condition(&deep, &S).unwrap();
        parse_condition(&format!("{} > 0", vec!["1"; MAX_DEPTH - 1].join(" + ")), &S).unwrap();
    }

    #[test]
    fn odd_input_is_an_error_not_a_panic() {
        for s in [
            "",
            "(",
            ")",
            "1 +",
            "\"",
            "中文",
            "99999999999999999999",
            "min(",
            "abs(1,2)",
            "a b",
        ] {
            let _ = parse_condition(s, &S);
            let _ = parse_statement(s, &S);
        }
    }
}
