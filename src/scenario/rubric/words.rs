//! The reply as words: lowercased, stemmed, with their byte spans in the original text, so
//! matching ignores case, punctuation and simple inflection and the debrief can highlight.

use std::ops::Range;

use rust_stemmers::{Algorithm, Stemmer};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Lowercased.
    pub text: String,
    /// English stem of `text` ("prices", "priced", "pricing" -> "price"); CJK and other
    /// non-ASCII words are their own stem.
    pub stem: String,
    /// Byte span in the text the words were read from.
    pub span: Range<usize>,
}

/// Han, kana and hangul are written without spaces: each character is a word of its own.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF
        | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Runs of letters and digits, each CJK character apart; everything else separates.
pub fn words(text: &str) -> Vec<Word> {
    let stemmer = Stemmer::create(Algorithm::English);
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let push = |out: &mut Vec<Word>, span: Range<usize>| {
        let text: String = text[span.clone()].to_lowercase();
        let stem = if text.is_ascii() {
            stemmer.stem(&text).into_owned()
        } else {
            text.clone()
        };
        out.push(Word { text, stem, span });
    };
    for (i, c) in text.char_indices() {
        if is_cjk(c) {
            if let Some(s) = start.take() {
                push(&mut out, s..i);
            }
            push(&mut out, i..i + c.len_utf8());
        } else if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            push(&mut out, s..i);
        }
    }
    if let Some(s) = start {
        push(&mut out, s..text.len());
    }
    out
}

/// Words as a student counts them: whitespace-separated chunks with a letter or digit in
/// them, each CJK character counting as one word.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .map(|chunk| {
            let cjk = chunk.chars().filter(|&c| is_cjk(c)).count();
            let other = chunk
                .split(is_cjk)
                .filter(|part| part.chars().any(char::is_alphanumeric))
                .count();
            cjk + other
        })
        .sum()
}

const NEGATORS: &[&str] = &[
    "not", "no", "never", "without", "cannot", "nor", "neither", "deny", "denies", "decline",
    "unable",
];

/// How far back a negation reaches, in words that carry meaning: "we do not at all
/// accept" and "we will not quote a landed price or DDP" are still negated.
const NEGATION_REACH: usize = 4;

/// Words a negation reaches across without using up its reach: articles and the
/// conjunctions of a list ("not X or Y": Y is negated too).
const TRANSPARENT: &[&str] = &["a", "an", "the", "or", "and", "nor", "any"];

/// Comparatives that turn "no"/"not" into a bound: "no more than 30% charge", "not later
/// than 31 May" state a limit and assert what follows; they negate nothing.
const BOUNDS: &[&str] = &[
    "more",
    "less",
    "fewer",
    "later",
    "earlier",
    "greater",
    "higher",
    "lower",
    "exceeding",
    "over",
    "above",
    "below",
    "under",
];

fn bound(ws: &[Word], j: usize) -> bool {
    matches!(ws[j].text.as_str(), "no" | "not")
        && ws
            .get(j + 1)
            .is_some_and(|w| BOUNDS.contains(&w.text.as_str()))
}

/// Two-word negators: "rather than open account", "instead of D/A", "other than".
fn contrastive(ws: &[Word], j: usize) -> bool {
    j > 0
        && matches!(
            (ws[j - 1].text.as_str(), ws[j].text.as_str()),
            ("rather", "than") | ("instead", "of") | ("other", "than")
        )
}

/// Whether the words starting at `at` are negated: a negator within a few words before, in
/// the same sentence ("we do not accept liability", "we don't admit", "rather than D/A").
pub fn negated(text: &str, ws: &[Word], at: usize) -> bool {
    let mut j = at;
    let mut reach = NEGATION_REACH;
    while reach > 0 {
        if j == 0 {
            return false;
        }
        let gap = &text[ws[j - 1].span.end..ws[j].span.start];
        if gap.contains(['.', '!', '?', ';', '\n', '。', '！', '？', '；']) {
            return false;
        }
        j -= 1;
        if (NEGATORS.contains(&ws[j].text.as_str()) && !bound(ws, j))
            || contracted_not(text, ws, j)
            || contrastive(ws, j)
        {
            return true;
        }
        if !TRANSPARENT.contains(&ws[j].text.as_str()) {
            reach -= 1;
        }
    }
    false
}

/// Words that, after a phrase and a negation, refuse it: "open account or D/A is not
/// possible", "DDP cannot be offered", "IOSS isn't available for stock".
const REFUSALS: &[&str] = &[
    "possible",
    "acceptable",
    "available",
    "option",
    "offered",
    "accepted",
    "allowed",
    "permitted",
    "feasible",
    "workable",
    "used",
    "applicable",
];

/// Verbs and auxiliaries that join a subject to its refusal ("is not", "can't", "won't").
const LINKS: &[&str] = &[
    "is", "are", "was", "were", "be", "will", "would", "can", "could", "may", "shall", "should",
    "isn", "aren", "wasn", "weren", "won", "couldn", "wouldn", "shouldn", "don", "doesn",
];

/// Whether the phrase ending at word `last` is the subject of a refusal in its own clause:
/// a link verb, a negation, then a refusal word, a few list words allowed between.
pub fn refused_after(text: &str, ws: &[Word], last: usize) -> bool {
    let mut j = last;
    let mut between = 0;
    let mut linked = false;
    while j + 1 < ws.len() {
        if clause_ends(&text[ws[j].span.end..ws[j + 1].span.start]) {
            return false;
        }
        j += 1;
        let w = ws[j].text.as_str();
        let negation = NEGATORS.contains(&w) || contracted_not(text, ws, j);
        if negation && (linked || w == "cannot") {
            return ws[j + 1..]
                .iter()
                .take(3)
                .any(|x| REFUSALS.contains(&x.text.as_str()));
        }
        if LINKS.contains(&w) {
            linked = true;
        } else if linked || between == 3 {
            return false;
        } else {
            between += 1;
        }
    }
    false
}

fn clause_ends(gap: &str) -> bool {
    gap.contains([
        ',', '.', '!', '?', ';', ':', '\n', '，', '。', '！', '？', '；', '：',
    ])
}

/// Verbs that report what the other side wrote: "you suggest putting our IOSS number on the
/// entries" quotes the mistake to answer it.
const REPORTING: &[&str] = &[
    "suggest",
    "suggested",
    "suggests",
    "say",
    "said",
    "says",
    "propose",
    "proposed",
    "claim",
    "claimed",
    "mention",
    "mentioned",
    "wrote",
    "write",
    "ask",
    "asked",
    "think",
    "believe",
    "assume",
    "assumed",
];

/// Whether the words at `at` are someone else's claim being answered: after "you suggest",
/// "you said", or a negated "agree" ("we cannot agree that the goods are not yet imported")
/// earlier in the same sentence, before any subject of our own ("we", "I") takes over.
pub fn attributed(text: &str, ws: &[Word], at: usize) -> bool {
    let mut j = at;
    while j > 0 {
        if text[ws[j - 1].span.end..ws[j].span.start]
            .contains(['.', '!', '?', ';', '\n', '。', '！', '？', '；'])
        {
            return false;
        }
        j -= 1;
        let w = ws[j].text.as_str();
        if (w == "agree" && negated(text, ws, j)) || w == "disagree" {
            return true;
        }
        // "as you say, the goods are not yet imported" agrees with the claim: it asserts it
        let endorsed = j > 1 && matches!(ws[j - 2].text.as_str(), "as" | "like");
        if REPORTING.contains(&w) && j > 0 && ws[j - 1].text == "you" && !endorsed {
            return true;
        }
        if matches!(w, "we" | "i") {
            return false;
        }
    }
    false
}

/// Words that open a condition: what follows in the same clause is not asserted.
const CONDITIONALS: &[&str] = &["if", "unless", "whether", "should", "provided", "once"];

/// Whether the words starting at `at` stand in a condition ("if it turns out to be our
/// fault"): a conditional earlier in the same clause (no comma or sentence end between).
/// Forbidden content only: "if you agree, we propose an inspection" still proposes one.
pub fn conditional(text: &str, ws: &[Word], at: usize) -> bool {
    let mut j = at;
    while j > 0 {
        let gap = &text[ws[j - 1].span.end..ws[j].span.start];
        let in_number = matches!(gap, "," | ".")
            && ws[j - 1].text.ends_with(|c: char| c.is_ascii_digit())
            && ws[j].text.starts_with(|c: char| c.is_ascii_digit());
        if !in_number
            && gap.contains([
                ',', '.', '!', '?', ';', ':', '\n', '，', '。', '！', '？', '；', '：',
            ])
        {
            return false;
        }
        j -= 1;
        if CONDITIONALS.contains(&ws[j].text.as_str()) {
            return true;
        }
    }
    false
}

/// "don't", "won't", "can’t": a `t` after an apostrophe that follows an `n` (not the `t`
/// of "T/T").
fn contracted_not(text: &str, ws: &[Word], j: usize) -> bool {
    j > 0
        && ws[j].text == "t"
        && ws[j - 1].text.ends_with('n')
        && matches!(&text[ws[j - 1].span.end..ws[j].span.start], "'" | "’")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_simple_inflection() {
        let ws = words("Prices, priced; PRICING price");
        let stems: Vec<&str> = ws.iter().map(|w| w.stem.as_str()).collect();
        assert!(stems.iter().all(|s| *s == stems[0]), "{stems:?}");
    }

    #[test]
    fn cjk_characters_are_words() {
        assert_eq!(words("报价USD").len(), 3);
        assert_eq!(word_count("Hello 世界, dear buyer"), 5);
        assert_eq!(word_count("  ... "), 0);
    }

    #[test]
    fn negation_stops_at_the_sentence() {
        let t = "We do not accept liability. We accept the claim";
        let ws = words(t);
        let at = |w: &str| ws.iter().rposition(|x| x.text == w).unwrap();
        assert!(negated(
            t,
            &ws,
            ws.iter().position(|x| x.text == "accept").unwrap()
        ));
        assert!(!negated(t, &ws, at("accept")));
        let t = "We don’t admit it; 40% by T/T valid";
        let ws = words(t);
        assert!(negated(t, &ws, 3));
        assert!(!negated(t, &ws, ws.len() - 1));
    }

    #[test]
    fn a_bound_is_not_a_negation() {
        let at = |ws: &[Word], w: &str| ws.iter().position(|x| x.text == w).unwrap();
        let t = "charged to no more than 30% state of charge, shipped not later than Friday";
        let ws = words(t);
        assert!(!negated(t, &ws, at(&ws, "state")));
        assert!(!negated(t, &ws, at(&ws, "friday")));
        let t = "we will not charge the packs fully";
        let ws = words(t);
        assert!(negated(t, &ws, at(&ws, "charge")));
    }

    #[test]
    fn a_refusal_after_the_phrase_and_an_answered_claim_are_not_asserted() {
        let at = |ws: &[Word], w: &str| ws.iter().position(|x| x.text == w).unwrap();
        let t = "Open account or D/A is not possible for a first order.";
        let ws = words(t);
        assert!(refused_after(t, &ws, at(&ws, "account")));
        let t = "DDP cannot be offered. IOSS isn't available for stock.";
        let ws = words(t);
        assert!(refused_after(t, &ws, at(&ws, "ddp")));
        assert!(refused_after(t, &ws, at(&ws, "ioss")));
        let t = "Open account is our usual term, and it is not a risk.";
        let ws = words(t);
        assert!(!refused_after(t, &ws, at(&ws, "account")));
        let t = "We cannot agree that the goods are not yet imported.";
        let ws = words(t);
        assert!(attributed(t, &ws, at(&ws, "yet")));
        let t = "You suggest putting our IOSS number on the entries, but it covers B2C only.";
        let ws = words(t);
        assert!(attributed(t, &ws, at(&ws, "ioss")));
        let t = "You suggested IOSS and we will use IOSS for the pallets.";
        let ws = words(t);
        let second = ws.iter().rposition(|x| x.text == "ioss").unwrap();
        assert!(!attributed(t, &ws, second));
        let t = "As you say, the goods are not yet imported.";
        let ws = words(t);
        assert!(!attributed(t, &ws, at(&ws, "yet")));
        let t = "We agree that the goods are not yet imported.";
        let ws = words(t);
        assert!(!attributed(t, &ws, at(&ws, "yet")));
    }
}
