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

/// Endings that say what a message is for: a `-fb` id is never a typo of a `-text` id.
const MESSAGE_KINDS: [&str; 6] = ["fb", "text", "title", "label", "summary", "speaker"];

fn message_kind(id: &str) -> (&str, &str) {
    match id.rsplit_once('-') {
        Some((stem, kind)) if MESSAGE_KINDS.contains(&kind) => (stem, kind),
        _ => (id, ""),
    }
}

/// "Did you mean" for a message id: only an id of the same kind (`-fb`, `-text`, ...)
/// whose stem differs by a typo's worth (a quarter of its letters), so `booking-text` is
/// never offered for `packing-text`, nor `choose-a` for `choose-a-fb`.
pub fn did_you_mean_message<'a, I, S>(id: &str, candidates: I) -> Option<String>
where
    I: IntoIterator<Item = &'a S>,
    S: AsRef<str> + 'a + ?Sized,
{
    let (stem, kind) = message_kind(id);
    let limit = (stem.chars().count() / 4).max(1);
    candidates
        .into_iter()
        .map(|c| c.as_ref())
        .filter(|c| *c != id)
        .filter_map(|c| {
            let (cstem, ckind) = message_kind(c);
            let d = strsim::levenshtein(stem, cstem);
            (ckind == kind && d <= limit).then_some((d, c))
        })
        .min_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(b.1)))
        .map(|(_, c)| c.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_ids_are_suggested_only_for_a_typo_of_the_same_kind() {
        let ids = ["packing-text", "choose-a", "inspection-text", "choose-a-fb"];
        assert_eq!(did_you_mean_message("booking-text", &ids), None);
        assert_eq!(did_you_mean_message("choose-a-fb", &["choose-a"]), None);
        assert_eq!(did_you_mean_message("choose-a", &["choose-a-fb"]), None);
        assert_eq!(
            did_you_mean_message("inspecton-text", &ids).as_deref(),
            Some("inspection-text")
        );
        assert_eq!(
            did_you_mean_message("chose-a-fb", &ids).as_deref(),
            Some("choose-a-fb")
        );
    }

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
