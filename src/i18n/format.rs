//! Numbers for people. Fluent's NUMBER does no digit grouping, so money is pre-formatted.

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
    fn counts_down() {
        assert_eq!(countdown(5_400_000), "1:30:00");
        assert_eq!(countdown(59_001), "01:00");
        assert_eq!(countdown(0), "00:00");
    }
}
