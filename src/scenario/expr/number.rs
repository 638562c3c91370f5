//! Exact numbers for trade: prices, percentages and exchange rates as decimals
//! (rust_decimal: 28 significant digits, no binary fractions, checked arithmetic), so
//! USD 12.50 x 640 is 8000.00 and never 7999.999…
//!
//! A value is kept in one canonical form: a whole number that fits is `Val::Int`, anything
//! else `Val::Dec`. So whole-number scenarios behave exactly as before, and `==` on values
//! is plain equality.

use std::fmt;
use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Significant digits a literal may have: what a `Decimal` holds exactly.
pub const MAX_DIGITS: usize = 28;

/// Why a written number is not one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumError {
    TwoPoints,
    TooManyDigits,
    Malformed,
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NumError::TwoPoints => "a number has at most one decimal point",
            NumError::TooManyDigits => "a number has at most 28 digits",
            NumError::Malformed => "expected a number such as 12.50 (digits and one `.`)",
        })
    }
}

/// `12.50`, `1_000`, `-3`: digits, `_` between them, at most one `.`. No exponents, no
/// units: a price is written as it is printed.
pub fn parse_decimal(text: &str) -> Result<Decimal, NumError> {
    let (neg, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    if body.is_empty() || body.starts_with('.') || body.ends_with('.') {
        return Err(NumError::Malformed);
    }
    let mut digits = String::with_capacity(body.len());
    let mut points = 0;
    for c in body.chars() {
        match c {
            '0'..='9' => digits.push(c),
            '_' => {}
            '.' => {
                points += 1;
                digits.push('.');
            }
            _ => return Err(NumError::Malformed),
        }
    }
    if points > 1 {
        return Err(NumError::TwoPoints);
    }
    let significant = digits.trim_start_matches(['0', '.']).replace('.', "").len();
    if significant > MAX_DIGITS || digits.replace('.', "").len() > MAX_DIGITS + 10 {
        return Err(NumError::TooManyDigits);
    }
    let d = Decimal::from_str_exact(&digits).map_err(|_| NumError::TooManyDigits)?;
    Ok(if neg { -d } else { d })
}

/// Decimals of a currency's minor unit (ISO 4217): yen and won have none.
pub fn minor_unit(currency: &str) -> u32 {
    match currency {
        "JPY" | "KRW" | "VND" | "CLP" | "ISK" => 0,
        "BHD" | "KWD" | "OMR" | "JOD" | "TND" => 3,
        _ => 2,
    }
}

/// Half-up (away from zero at exactly half), as banks and invoices round.
pub fn round_half_up(d: Decimal, dp: u32) -> Decimal {
    d.round_dp_with_strategy(dp.min(28), RoundingStrategy::MidpointAwayFromZero)
}

/// A decimal as written in a scenario file: `initial: 12.50`, `initial: 7.12`, `initial: 5000`.
///
/// RON hands fractions over as f64; its shortest form is the text the author wrote as long
/// as that has at most 15 significant digits, so more is refused rather than silently
/// rounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Num(pub Decimal);

/// Significant digits an f64 carries faithfully.
const F64_DIGITS: usize = 15;

impl<'de> Deserialize<'de> for Num {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Num;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number such as 12.50")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Num, E> {
                Ok(Num(Decimal::from(v)))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Num, E> {
                Ok(Num(Decimal::from(v)))
            }
            fn visit_i128<E: de::Error>(self, v: i128) -> Result<Num, E> {
                if v.unsigned_abs() >= 10u128.pow(MAX_DIGITS as u32) {
                    return Err(E::custom(NumError::TooManyDigits));
                }
                Ok(Num(Decimal::from_i128_with_scale(v, 0)))
            }
            fn visit_u128<E: de::Error>(self, v: u128) -> Result<Num, E> {
                if v >= 10u128.pow(MAX_DIGITS as u32) {
                    return Err(E::custom(NumError::TooManyDigits));
                }
                Ok(Num(Decimal::from_i128_with_scale(v as i128, 0)))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Num, E> {
                if !v.is_finite() {
                    return Err(E::custom(NumError::TooManyDigits));
                }
                let text = format!("{v}");
                let significant = text
                    .trim_start_matches('-')
                    .trim_start_matches(['0', '.'])
                    .replace('.', "")
                    .trim_end_matches('0')
                    .len();
                if significant > F64_DIGITS || text.len() > MAX_DIGITS + 2 {
                    return Err(E::custom(
                        "more digits than a scenario number can hold exactly (at most 15)",
                    ));
                }
                parse_decimal(&text).map(Num).map_err(E::custom)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Num, E> {
                parse_decimal(v.trim()).map(Num).map_err(E::custom)
            }
        }
        d.deserialize_any(V)
    }
}

impl Serialize for Num {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match i64::try_from(self.0) {
            Ok(i) if self.0.fract().is_zero() => s.serialize_i64(i),
            _ => s.serialize_f64(f64::from_str(&self.0.to_string()).unwrap_or(0.0)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_prices_as_written() {
        assert_eq!(parse_decimal("12.50").unwrap().to_string(), "12.50");
        assert_eq!(parse_decimal("1_000").unwrap(), Decimal::from(1000));
        assert_eq!(parse_decimal("1.2.3"), Err(NumError::TwoPoints));
        assert_eq!(parse_decimal("1e400"), Err(NumError::Malformed));
        assert_eq!(parse_decimal(&"9".repeat(40)), Err(NumError::TooManyDigits));
        assert_eq!(
            parse_decimal(&format!("0.{}", "1".repeat(40))),
            Err(NumError::TooManyDigits)
        );
    }

    #[test]
    fn rounds_half_up() {
        let d = |s: &str| parse_decimal(s).unwrap();
        assert_eq!(round_half_up(d("2.345"), 2), d("2.35"));
        assert_eq!(round_half_up(d("-2.345"), 2), d("-2.35"));
        assert_eq!(round_half_up(d("2.344"), 2), d("2.34"));
        assert_eq!(round_half_up(d("1234.5"), 0), d("1235"));
    }

    #[test]
    fn ron_numbers_are_exact_or_refused() {
        let n: Num = ron::from_str("12.50").unwrap();
        assert_eq!(n.0, Decimal::new(125, 1));
        let n: Num = ron::from_str("0.1").unwrap();
        assert_eq!(n.0, Decimal::new(1, 1));
        assert!(ron::from_str::<Num>("0.12345678901234567").is_err());
        assert!(ron::from_str::<Num>("1e400").is_err());
        assert!(ron::from_str::<Num>(&"9".repeat(40)).is_err());
        assert!(ron::from_str::<Num>("1.2.3").is_err());
    }
}
