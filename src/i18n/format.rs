//! Numbers for people. Money is pre-formatted; whole-number Fluent arguments are grouped by
//! the catalog's formatter (`1,260 cartons`), as Fluent itself does no grouping. Both locales
//! write figures the same way (`USD 1,234.50`, `13%`, `7.1200`), as trade documents do.

use rust_decimal::{Decimal, RoundingStrategy};

/// `12000` -> `12,000`; `-1500` -> `-1,500`.
pub fn group_digits(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `USD 12,000`: the ISO code first, as trade documents write it in both languages.
pub fn format_money(amount: i64, currency: &str) -> String {
    format!("{currency} {}", group_digits(amount))
}

/// `1234.5` -> `1,234.5`; with `places`, padded or rounded half-up to that many decimals.
pub fn group_decimal(d: Decimal, places: Option<u32>) -> String {
    let d = match places {
        Some(p) => {
            let mut r = d.round_dp_with_strategy(p, RoundingStrategy::MidpointAwayFromZero);
            r.rescale(p);
            r
        }
        None => d.normalize(),
    };
    let text = d.abs().to_string();
    let (whole, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::with_capacity(text.len() + whole.len() / 3 + 1);
    if d.is_sign_negative() && !d.is_zero() {
        out.push('-');
    }
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// `USD 1,234.50`: a fraction of a currency is shown to its minor unit (`places`); whole
/// amounts stay as before, `USD 48,000`.
pub fn format_money_exact(amount: Decimal, currency: &str, places: u32) -> String {
    if amount.fract().is_zero() {
        format!("{currency} {}", group_decimal(amount, Some(0)))
    } else {
        format!("{currency} {}", group_decimal(amount, Some(places)))
    }
}

/// `0.13` -> `13%`, `0.003` -> `0.3%`.
pub fn format_percent(fraction: Decimal) -> String {
    format!("{}%", group_decimal(fraction * Decimal::ONE_HUNDRED, None))
}

/// Exchange rates are quoted to four decimals: `7.1200`.
pub fn format_rate(rate: Decimal) -> String {
    group_decimal(rate, Some(4))
}

/// `mm:ss`, or `h:mm:ss` from an hour: the countdown as a candidate reads it.
pub fn countdown(ms: u64) -> String {
    let s = ms.div_ceil(1000);
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{:02}:{:02}", s / 60, s % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands() {
        assert_eq!(group_digits(0), "0");
        assert_eq!(group_digits(999), "999");
        assert_eq!(group_digits(1000), "1,000");
        assert_eq!(group_digits(-1234567), "-1,234,567");
        assert_eq!(format_money(48000, "USD"), "USD 48,000");
    }

    #[test]
    fn formats_exact_figures() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(format_money_exact(d("1234.5"), "USD", 2), "USD 1,234.50");
        assert_eq!(
            format_money_exact(d("-1234.005"), "USD", 2),
            "USD -1,234.01"
        );
        assert_eq!(format_money_exact(d("5000"), "USD", 2), "USD 5,000");
        assert_eq!(format_money_exact(d("1234.4"), "JPY", 0), "JPY 1,234");
        assert_eq!(format_percent(d("0.13")), "13%");
        assert_eq!(format_percent(d("0.003")), "0.3%");
        assert_eq!(format_rate(d("7.12")), "7.1200");
        assert_eq!(group_decimal(d("0.5"), None), "0.5");
    }

    #[test]
    fn counts_down() {
        assert_eq!(countdown(5_400_000), "1:30:00");
        assert_eq!(countdown(59_001), "01:00");
        assert_eq!(countdown(0), "00:00");
    }
}
