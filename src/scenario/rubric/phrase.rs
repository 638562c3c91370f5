//! Phrases found in the reply, word by word on stems.

use std::ops::Range;

use super::words::{Word, negated, words};

/// The first place the phrase occurs, not negated, as a byte span of the text.
pub fn find(text: &str, ws: &[Word], phrase: &str) -> Option<Range<usize>> {
    let want: Vec<String> = words(phrase).into_iter().map(|w| w.stem).collect();
    if want.is_empty() || want.len() > ws.len() {
        return None;
    }
    (0..=ws.len() - want.len())
        .find(|&i| {
            ws[i..i + want.len()]
                .iter()
                .zip(&want)
                .all(|(w, s)| &w.stem == s)
                && !negated(text, ws, i)
        })
        .map(|i| ws[i].span.start..ws[i + want.len() - 1].span.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str, phrase: &str) -> bool {
        find(text, &words(text), phrase).is_some()
    }

    #[test]
    fn tolerant_of_case_punctuation_and_inflection() {
        assert!(found("Our LEAD-TIME is 30 days.", "lead time"));
        assert!(found("we proposed an inspection", "propose"));
        assert!(found(
            "an independent inspection",
            "independent inspections"
        ));
        assert!(!found("we do not accept liability", "accept liability"));
        assert!(found(
            "We cannot ship earlier. We accept liability.",
            "accept liability"
        ));
        assert!(!found("", "x"));
        assert!(!found("abc", "..."));
    }
}
