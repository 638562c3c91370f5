//! Phrases found in the reply, word by word on stems.

use std::ops::Range;

use super::words::{Word, attributed, conditional, negated, refused_after, words};

/// The first place the phrase occurs, not negated, as a byte span of the text.
pub fn find(text: &str, ws: &[Word], phrase: &str) -> Option<Range<usize>> {
    find_where(ws, phrase, |i| !negated(text, ws, i))
}

/// The first place forbidden content is asserted: not negated and not inside a condition
/// ("if it turns out to be our fault" admits nothing).
pub fn find_asserted(text: &str, ws: &[Word], phrase: &str) -> Option<Range<usize>> {
    let len = words(phrase).len().max(1);
    find_where(ws, phrase, |i| {
        !negated(text, ws, i)
            && !conditional(text, ws, i)
            && !attributed(text, ws, i)
            && !refused_after(text, ws, i + len - 1)
    })
}

fn find_where(ws: &[Word], phrase: &str, counts: impl Fn(usize) -> bool) -> Option<Range<usize>> {
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
                && counts(i)
        })
        .map(|i| ws[i].span.start..ws[i + want.len() - 1].span.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_content_inside_a_condition_is_not_asserted() {
        let t = "If it turns out to be our fault, we will compensate you.";
        assert!(find(t, &words(t), "our fault").is_some());
        assert!(find_asserted(t, &words(t), "our fault").is_none());
        let t = "It is our fault.";
        assert!(find_asserted(t, &words(t), "our fault").is_some());
        // a condition ends at the comma: the promise after it is asserted
        // the comma of a figure does not end the condition
        let t = "Only if the full USD 52,000 reaches us may you release the documents.";
        assert!(find_asserted(t, &words(t), "release the documents").is_none());
        let t = "If you agree, we accept full responsibility.";
        assert!(find_asserted(t, &words(t), "accept full responsibility").is_some());
    }

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
        // a list under one negation, and contrastive negators
        assert!(!found("We will not quote a landed price or DDP", "DDP"));
        assert!(!found(
            "100% against a copy of the B/L rather than open account",
            "open account"
        ));
        assert!(!found("T/T instead of D/A", "D/A"));
        // a negation in the previous sentence does not reach
        assert!(found(
            "We are not late. We accept liability.",
            "accept liability"
        ));
        assert!(!found("abc", "..."));
    }
}
