//! Calendar dates as people write them: "31 March 2026", "March 31st, 2026", "2026-03-31",
//! "31/03/2026" or "03/31/2026" (either reading counts), "31 Mar" (the year left to context).

use std::ops::Range;

use super::words::Word;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    pub year: u32,
    pub month: u32,
    pub day: u32,
}

/// Parses a date given by the scenario: `YYYY-MM-DD`.
pub fn parse(source: &str) -> Option<Day> {
    let mut it = source.trim().splitn(3, '-');
    let (y, m, d) = (it.next()?, it.next()?, it.next()?);
    let day = Day {
        year: y.parse().ok()?,
        month: m.parse().ok()?,
        day: d.parse().ok()?,
    };
    ((1..=12).contains(&day.month) && (1..=31).contains(&day.day)).then_some(day)
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

fn month(w: &str) -> Option<u32> {
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    FULL.iter()
        .position(|m| *m == w)
        .or_else(|| MONTHS.iter().position(|m| *m == w))
        .or_else(|| (w == "sept").then_some(8))
        .map(|i| i as u32 + 1)
}

/// "31", "31st", "1st", "2nd", "3rd", "4th".
fn day_of(w: &str) -> Option<u32> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if !(suffix.is_empty() || ["st", "nd", "rd", "th"].contains(&suffix)) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_of(w: &str) -> Option<u32> {
    (w.len() == 4).then(|| w.parse().ok()).flatten()
}

/// Whether the text states `want`, and where.
pub fn find(text: &str, ws: &[Word], want: Day) -> Option<Range<usize>> {
    let at = |i: usize| ws.get(i).map(|w| w.text.as_str());
    let year_ok = |i: usize| at(i).and_then(year_of).is_none_or(|y| y == want.year);
    let gap = |i: usize| &text[ws[i].span.end..ws[i + 1].span.start];
    for i in 0..ws.len() {
        let span = |last: usize| ws[i].span.start..ws[last].span.end;
        if let Some(m) = month(&ws[i].text) {
            // March 31(st)(,) (2026)
            if m == want.month && at(i + 1).and_then(day_of) == Some(want.day) {
                let last = if at(i + 2).and_then(year_of).is_some() {
                    i + 2
                } else {
                    i + 1
                };
                if year_ok(i + 2) || last == i + 1 {
                    return Some(span(last));
                }
            }
        }
        if let Some(d) = day_of(&ws[i].text) {
            // 31(st) (of) March (2026)
            let mi = if at(i + 1) == Some("of") {
                i + 2
            } else {
                i + 1
            };
            if d == want.day && at(mi).and_then(month) == Some(want.month) {
                let last = if at(mi + 1).and_then(year_of).is_some() {
                    mi + 1
                } else {
                    mi
                };
                if year_ok(mi + 1) {
                    return Some(span(last));
                }
            }
        }
        // numeric: 2026-03-31, 31/03/2026, 03/31/2026
        if i + 2 < ws.len() {
            let sep = gap(i);
            if sep.len() == 1 && "-/.".contains(sep) && gap(i + 1) == sep {
                let n: Vec<Option<u32>> = (i..i + 3).map(|k| ws[k].text.parse().ok()).collect();
                if let [Some(a), Some(b), Some(c)] = n[..] {
                    let readings = [(a, b, c), (c, b, a), (c, a, b)];
                    let hit = readings
                        .iter()
                        .any(|&(y, m, d)| y == want.year && m == want.month && d == want.day);
                    if hit {
                        return Some(span(i + 2));
                    }
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::words::words;
    use super::*;

    #[test]
    fn common_writings() {
        let want = parse("2026-03-31").unwrap();
        for t in [
            "valid until 31 March 2026.",
            "valid until March 31st, 2026",
            "valid until 2026-03-31",
            "valid until 31/03/2026",
            "valid until 03/31/2026",
            "valid until the 31st of March",
            "until Mar 31",
        ] {
            assert!(find(t, &words(t), want).is_some(), "{t}");
        }
        for t in [
            "valid until 30 March 2026",
            "31 March 2025",
            "2026-31",
            "31 May 2026",
        ] {
            assert!(find(t, &words(t), want).is_none(), "{t}");
        }
        assert_eq!(parse("2026-13-01"), None);
        assert_eq!(parse("soon"), None);
    }
}
