//! Text from files, made safe to show in a terminal. Scenario text, roster names, candidate
//! data and file names can hold escape sequences (ESC [2J clears the screen, OSC 52 writes the
//! clipboard, OSC 8 hides a link), BEL, C1 controls (U+009B is CSI on its own) and bidi
//! overrides that reorder what a reader sees. Every driver passes such text through `clean`
//! before it reaches a terminal; lint warns where an .ftl file holds them.
//!
//! A leaf module: it imports nothing of the crate, so scenario, record and every driver can
//! use it.

/// Replace each character that could act on a terminal with a visible stand-in, one
/// character for one: C0 controls show as their control picture (ESC as `␛`, BEL as `␇`),
/// DEL as `␡`, C1 controls and bidi embeddings, overrides, isolates and marks as `�`.
/// Newlines stay; a tab becomes a space (terminals and ratatui would move the cursor by
/// it); a carriage return is dropped (it would let text overwrite the start of its line).
pub fn clean(s: &str) -> String {
    if !s.chars().any(needs_cleaning) {
        return s.to_string();
    }
    s.chars().filter_map(stand_in).collect()
}

/// Whether `clean` changes `c`.
pub fn needs_cleaning(c: char) -> bool {
    c != '\n' && stand_in(c) != Some(c)
}

/// What `clean` shows instead of `c` (None: nothing).
fn stand_in(c: char) -> Option<char> {
    match c {
        '\n' => Some('\n'),
        '\t' => Some(' '),
        '\r' => None,
        // the Control Pictures block mirrors C0 in order
        '\0'..='\u{1F}' => char::from_u32(0x2400 + c as u32),
        '\u{7F}' => Some('\u{2421}'),
        '\u{80}'..='\u{9F}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' => Some('\u{FFFD}'),
        '\u{2066}'..='\u{2069}' => Some('\u{FFFD}'),
        c => Some(c),
    }
}

/// A byte offset into `s`, moved to where the same character sits in `clean(s)` (for spans
/// that underline cleaned text). An offset inside a character stays inside it.
pub fn clean_offset(s: &str, offset: usize) -> usize {
    let offset = offset.min(s.len());
    s[..floor_char_boundary(s, offset)]
        .chars()
        .filter_map(stand_in)
        .map(char::len_utf8)
        .sum::<usize>()
        + (offset - floor_char_boundary(s, offset))
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A short name for a character `clean` changes, for messages: `U+001B (escape)`.
pub fn describe(c: char) -> String {
    let name = match c {
        '\u{7}' => "bell",
        '\u{8}' => "backspace",
        '\r' => "carriage return",
        '\u{1B}' => "escape",
        '\u{7F}' => "delete",
        '\u{9B}' => "C1 control sequence introducer",
        '\u{9D}' => "C1 operating system command",
        '\u{80}'..='\u{9F}' => "C1 control",
        '\u{200E}' | '\u{200F}' => "bidi mark",
        '\u{202A}'..='\u{202C}' => "bidi embedding",
        '\u{202D}' | '\u{202E}' => "bidi override",
        '\u{2066}'..='\u{2069}' => "bidi isolate",
        _ => "control character",
    };
    format!("U+{:04X} ({name})", c as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every kind of sequence a file could smuggle in: none survives raw.
    const HOSTILE: &str = "a\u{1b}[2Jb\u{1b}]52;c;aGk=\u{7}c\u{1b}]8;;http://x\u{1b}\\d\u{9b}31me\u{202e}f\u{2066}g\u{7f}h\r";

    #[test]
    fn nothing_that_acts_on_a_terminal_survives() {
        let out = clean(HOSTILE);
        assert_eq!(
            out,
            "a␛[2Jb␛]52;c;aGk=␇c␛]8;;http://x␛\\d\u{fffd}31me\u{fffd}f\u{fffd}g␡h"
        );
        assert!(!out.chars().any(|c| c.is_control() || needs_cleaning(c)));
    }

    #[test]
    fn plain_text_and_newlines_stay() {
        assert_eq!(clean("商业发票\nUSD 1,200"), "商业发票\nUSD 1,200");
        assert_eq!(clean("a\tb\r\n"), "a b\n");
        assert_eq!(clean("a\u{2068}USD 1\u{2069}b"), "a\u{fffd}USD 1\u{fffd}b");
    }

    #[test]
    fn offsets_follow_the_characters() {
        let s = "x\u{1b}[2J = `é`";
        let out = clean(s);
        let at = s.find('é').unwrap();
        assert_eq!(&out[clean_offset(s, at)..], "é`");
        assert_eq!(clean_offset(s, s.len()), out.len());
        assert_eq!(clean_offset("a\r\nb", 3), 2);
    }

    #[test]
    fn names_what_it_found() {
        assert_eq!(describe('\u{1b}'), "U+001B (escape)");
        assert_eq!(describe('\u{202e}'), "U+202E (bidi override)");
    }
}
