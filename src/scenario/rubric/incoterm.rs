//! An Incoterm with its named place: "FOB Ningbo", "F.O.B. Ningbo port", "FOB (Port of
//! Ningbo), Incoterms 2020".

use std::ops::Range;

use super::words::Word;

/// The eleven Incoterms 2020 rules.
pub const TERMS: [&str; 11] = [
    "exw", "fca", "cpt", "cip", "dap", "dpu", "ddp", "fas", "fob", "cfr", "cif",
];

/// How many words may stand between the term and its place ("FOB Port of Ningbo").
const PLACE_REACH: usize = 3;

/// Where a term is written, as (first word, word after it): "FOB" or "F.O.B.".
pub fn terms_at(ws: &[Word], i: usize) -> Option<(&'static str, usize)> {
    if let Some(t) = TERMS.iter().find(|t| ws[i].text == **t) {
        return Some((t, i + 1));
    }
    let letters: String = ws.get(i..i + 3)?.iter().map(|w| w.text.as_str()).collect();
    let dotted = ws[i..i + 3].iter().all(|w| w.text.len() == 1);
    TERMS
        .iter()
        .find(|t| dotted && letters == **t)
        .map(|t| (*t, i + 3))
}

/// The term followed closely by the place; `place` words are matched on stems.
pub fn find(ws: &[Word], term: &str, place: &[String]) -> Option<Range<usize>> {
    let term = term.trim().to_lowercase();
    (0..ws.len()).find_map(|i| {
        let (t, next) = terms_at(ws, i)?;
        if t != term {
            return None;
        }
        (next..=next + PLACE_REACH).find_map(|p| {
            let end = p + place.len();
            let hit =
                !place.is_empty() && ws.get(p..end)?.iter().zip(place).all(|(w, s)| &w.stem == s);
            hit.then(|| ws[i].span.start..ws[end - 1].span.end)
        })
    })
}

/// Every Incoterm the text names, for feedback on a wrong one.
pub fn named(ws: &[Word]) -> Vec<&'static str> {
    let mut out: Vec<&str> = (0..ws.len())
        .filter_map(|i| terms_at(ws, i).map(|t| t.0))
        .collect();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::super::words::words;
    use super::*;

    fn found(t: &str) -> bool {
        let place: Vec<String> = words("Ningbo").into_iter().map(|w| w.stem).collect();
        find(&words(t), "FOB", &place).is_some()
    }

    #[test]
    fn term_then_place() {
        assert!(found("Price: USD 12,500 FOB Ningbo."));
        assert!(found("F.O.B. Ningbo port"));
        assert!(found("FOB (Port of Ningbo), Incoterms 2020"));
        assert!(!found("CIF Ningbo"));
        assert!(!found("FOB Shanghai, not far from Ningbo"));
        assert_eq!(named(&words("CIF Hamburg or FOB Ningbo")), ["cif", "fob"]);
    }
}
