//! Numbers and sums of money as people write them: "12,500", "12500.00", "12.5k", with the
//! currency before or after ("USD 12,500", "12500 USD", "US$12,500.00").

use std::ops::Range;

/// A number in thousandths, so "12,500.00" and "12.5k" compare exactly.
pub type Milli = i128;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    pub value: Milli,
    pub span: Range<usize>,
}

/// More digits than any trade figure; longer runs are not read as numbers (no overflow).
const MAX_DIGITS: usize = 18;

/// Every number written in the text.
pub fn figures(text: &str) -> Vec<Figure> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let starts =
            b[i].is_ascii_digit() && (i == 0 || !matches!(b[i - 1], b'0'..=b'9' | b'.' | b','));
        if !starts {
            i += 1;
            continue;
        }
        let (fig, end) = read_figure(b, i);
        if let Some(value) = fig {
            out.push(Figure {
                value,
                span: i..end,
            });
        }
        i = end.max(i + 1);
    }
    out
}

/// One number from `start`: digits, `,`-groups of three, a decimal part, a `k`/`m` suffix.
fn read_figure(b: &[u8], start: usize) -> (Option<Milli>, usize) {
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut i = start + digits(start);
    let mut whole: String = String::from_utf8_lossy(&b[start..i]).into_owned();
    while i + 4 <= b.len()
        && b[i] == b','
        && digits(i + 1) == 3
        && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
    {
        whole.push_str(&String::from_utf8_lossy(&b[i + 1..i + 4]));
        i += 4;
    }
    let mut frac = String::new();
    if i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
        let n = digits(i + 1);
        frac = String::from_utf8_lossy(&b[i + 1..i + 1 + n]).into_owned();
        i += 1 + n;
    }
    let mut scale: Milli = 1;
    if i < b.len()
        && matches!(b[i], b'k' | b'K' | b'm' | b'M')
        && !b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric)
    {
        scale = if b[i].eq_ignore_ascii_case(&b'k') {
            1_000
        } else {
            1_000_000
        };
        i += 1;
    }
    if whole.len() > MAX_DIGITS {
        return (None, i);
    }
    let whole: Milli = whole.parse().unwrap_or(0);
    // thousandths beyond the third decimal are dropped: no trade figure goes that fine
    let mut milli: Milli = 0;
    for (k, d) in frac
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(3)
        .enumerate()
    {
        milli += Milli::from(d - b'0') * [100, 10, 1][k];
    }
    let frac_rest_nonzero = frac.bytes().skip(3).any(|d| d != b'0');
    if frac_rest_nonzero && scale == 1 {
        // 12.5001 is not 12.5: keep it distinct by never matching a whole-milli value
        return (Some((whole * 1000 + milli) * scale * 10 + 1), i);
    }
    (Some((whole * 1000 + milli) * scale), i)
}

/// Parses a value given by the scenario ("12500", "12,500.00") into thousandths.
pub fn parse(source: &str) -> Option<Milli> {
    let s = source.trim();
    let fs = figures(s);
    match fs.as_slice() {
        [f] if f.span == (0..s.len()) => Some(f.value),
        [f] if f.span == (1..s.len()) && s.starts_with('-') => Some(-f.value),
        _ => None,
    }
}

/// How a currency is written, longest first so "US$" wins over "$".
pub fn currency_markers(code: &str) -> Vec<String> {
    let code = code.trim().to_lowercase();
    let mut m: Vec<String> = match code.as_str() {
        "usd" => vec![
            "u.s. dollars",
            "us dollars",
            "us dollar",
            "dollars",
            "dollar",
            "us$",
            "usd",
            "$",
        ],
        "eur" => vec!["euros", "euro", "eur", "€"],
        "cny" | "rmb" => vec!["renminbi", "yuan", "cny", "rmb", "¥", "元"],
        "gbp" => vec!["pounds sterling", "pounds", "gbp", "£"],
        "jpy" => vec!["yen", "jpy", "¥", "円"],
        _ => vec![],
    }
    .into_iter()
    .map(String::from)
    .collect();
    if !m.contains(&code) && !code.is_empty() {
        m.push(code);
    }
    m.sort_by_key(|s| std::cmp::Reverse(s.len()));
    m
}

/// Whether a currency marker stands right before or right after the figure.
pub fn has_currency(text: &str, fig: &Figure, markers: &[String]) -> bool {
    let before = text[..fig.span.start].trim_end().to_lowercase();
    let after = text[fig.span.end..].trim_start().to_lowercase();
    let word_edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    markers.iter().any(|m| {
        let m = m.as_str();
        let symbol = !m.chars().next().is_some_and(char::is_alphanumeric);
        let pre = before.ends_with(m)
            && (symbol || word_edge(before[..before.len() - m.len()].chars().next_back()));
        let post = after.starts_with(m) && (symbol || word_edge(after[m.len()..].chars().next()));
        pre || post
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(t: &str) -> Vec<Milli> {
        figures(t).into_iter().map(|f| f.value).collect()
    }

    #[test]
    fn reads_the_usual_writings() {
        assert_eq!(values("USD 12,500"), [12_500_000]);
        assert_eq!(values("US$12,500.00"), [12_500_000]);
        assert_eq!(values("USD12.5k"), [12_500_000]);
        assert_eq!(values("12500 USD, 30 days"), [12_500_000, 30_000]);
        assert_eq!(values("1,2"), [1_000]);
        assert_eq!(parse(" 12,500.00 "), Some(12_500_000));
        assert_eq!(parse("FOB"), None);
        assert_eq!(values("99999999999999999999999999"), Vec::<Milli>::new());
    }

    #[test]
    fn currency_next_to_the_figure() {
        let usd = currency_markers("USD");
        for t in [
            "USD 12,500",
            "12500 USD",
            "US$12,500.00",
            "$12,500",
            "12,500 US dollars",
        ] {
            let f = &figures(t)[0];
            assert!(has_currency(t, f, &usd), "{t}");
        }
        let t = "EUR 12,500";
        assert!(!has_currency(t, &figures(t)[0], &usd));
        let t = "12,500 pieces";
        assert!(!has_currency(t, &figures(t)[0], &usd));
    }
}
