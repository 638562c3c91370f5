//! "Did you mean" for misspelled node ids, variables, documents and message ids.

/// The closest candidate by edit distance, if it is close enough to be a likely typo.
pub fn did_you_mean<'a, I, S>(word: &str, candidates: I) -> Option<String>
where
    I: IntoIterator<Item = &'a S>,
    S: AsRef<str> + 'a + ?Sized,
{
    let limit = (word.chars().count() / 3).max(2);
    candidates
        .into_iter()
        .map(|c| (strsim::levenshtein(word, c.as_ref()), c.as_ref()))
        .filter(|(d, c)| *d <= limit && *c != word)
        .min_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(b.1)))
        .map(|(_, c)| c.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names_only() {
        let names = ["inspection", "declare", "cash"];
        assert_eq!(
            did_you_mean("inspecton", &names).as_deref(),
            Some("inspection")
        );
        assert_eq!(did_you_mean("zzzzzz", &names), None);
    }
}
