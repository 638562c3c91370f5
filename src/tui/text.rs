//! Text for the screen: cleaned of what terminals show as junk, wrapped by display width
//! with Unicode line breaking (ratatui's Paragraph breaks only at spaces, so CJK text would
//! overflow), and cut to a width with an ellipsis.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Every string that reaches the screen passes through here.
pub use crate::safe_text::clean;

/// Wrap to `width` display columns; paragraphs (`\n`) are kept.
pub fn wrap(s: &str, width: u16) -> Vec<String> {
    let width = usize::from(width.max(1));
    let text = clean(s);
    let mut out = Vec::new();
    for para in text.split('\n') {
        if para.trim().is_empty() {
            out.push(String::new());
            continue;
        }
        if para.width() <= width {
            out.push(para.trim_end().to_string());
            continue;
        }
        // first fit, as people wrap by hand; the optimal-fit default costs ten times more
        let opts = textwrap::Options::new(width)
            .break_words(true)
            .word_separator(textwrap::WordSeparator::Custom(words))
            .word_splitter(textwrap::WordSplitter::NoHyphenation)
            .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit);
        out.extend(
            textwrap::wrap(para, opts)
                .into_iter()
                .map(|l| l.into_owned()),
        );
    }
    out
}

/// Closing punctuation never starts a line (Chinese line-breaking rules, 禁则).
fn no_break_before(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '、'
            | '：'
            | '；'
            | '！'
            | '？'
            | '）'
            | '」'
            | '』'
            | '”'
            | '’'
            | '》'
            | '〉'
            | '】'
            | '…'
            | '％'
            | '・'
            | ','
            | '.'
            | ':'
            | ';'
            | '!'
            | '?'
            | ')'
            | ']'
            | '%'
    )
}

/// Opening punctuation never ends a line.
fn no_break_after(c: char) -> bool {
    matches!(
        c,
        '（' | '「' | '『' | '“' | '‘' | '《' | '〈' | '【' | '(' | '['
    )
}

/// Words for wrapping: break at spaces, and between wide (CJK) characters except where
/// punctuation forbids it. A small, fast subset of UAX #14 for English and Chinese; the
/// full Unicode segmenter costs most of a frame.
fn words(line: &str) -> Box<dyn Iterator<Item = textwrap::core::Word<'_>> + '_> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<char> = None;
    for (i, c) in line.char_indices() {
        if let Some(p) = prev {
            let wide = |x: char| x.width().unwrap_or(0) > 1;
            let at_space = p.is_whitespace() && !c.is_whitespace();
            let at_wide = !p.is_whitespace()
                && !c.is_whitespace()
                && (wide(p) || wide(c))
                && !no_break_before(c)
                && !no_break_after(p);
            if at_space || at_wide {
                out.push(textwrap::core::Word::from(&line[start..i]));
                start = i;
            }
        }
        prev = Some(c);
    }
    if start < line.len() {
        out.push(textwrap::core::Word::from(&line[start..]));
    }
    Box::new(out.into_iter())
}

/// Wrapped lines in one style.
pub fn lines(s: &str, width: u16, style: Style) -> Vec<Line<'static>> {
    wrap(s, width)
        .into_iter()
        .map(|l| Line::from(Span::styled(l, style)))
        .collect()
}

/// Wrapped with a hanging indent: the first line starts with `lead`, the rest line up under it.
pub fn hanging(
    lead: &str,
    s: &str,
    width: u16,
    lead_style: Style,
    style: Style,
) -> Vec<Line<'static>> {
    let lead = clean(lead);
    let lw = lead.width() as u16;
    let body = wrap(s, width.saturating_sub(lw).max(1));
    body.into_iter()
        .enumerate()
        .map(|(i, l)| {
            let head = if i == 0 {
                lead.clone()
            } else {
                " ".repeat(usize::from(lw))
            };
            Line::from(vec![Span::styled(head, lead_style), Span::styled(l, style)])
        })
        .collect()
}

/// Cut to `width` display columns, ending with `…` when cut.
pub fn fit(s: &str, width: usize) -> String {
    let s = clean(s).replace('\n', " ");
    if s.width() <= width {
        return s;
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw + 1 > width {
            break;
        }
        out.push(c);
        w += cw;
    }
    out.push('…');
    out
}

/// Like `fit`, but a cut falls between words (after a space or a hyphen) when one is in
/// the second half of the width: a panel title reads "Suspended…", not "suspended-ceilin…".
pub fn fit_words(s: &str, width: usize) -> String {
    let cut = fit(s, width);
    let Some(kept) = cut.strip_suffix('…') else {
        return cut;
    };
    let at = kept
        .char_indices()
        .filter(|(_, c)| *c == ' ' || *c == '-')
        .map(|(i, c)| if c == '-' { i + 1 } else { i })
        .rfind(|&i| kept[..i].width() * 2 >= width);
    match at {
        Some(i) => format!("{}…", kept[..i].trim_end()),
        None => cut,
    }
}

/// Pad with spaces to `width` display columns (no cutting).
pub fn pad(s: &str, width: usize) -> String {
    let w = s.width();
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

pub fn width(s: &str) -> usize {
    s.width()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_is_cut_between_words() {
        assert_eq!(fit_words("Suspended-ceiling order", 14), "Suspended-…");
        assert_eq!(fit_words("Packing list", 20), "Packing list");
        // no break in the second half: cut as `fit` does
        assert_eq!(
            fit_words("Ab cdefghijklmnop", 10),
            fit("Ab cdefghijklmnop", 10)
        );
    }

    #[test]
    fn isolation_marks_never_survive() {
        let shown = clean("a\u{2068}USD 1\u{2069}b\u{7}");
        assert!(
            !shown.contains(['\u{2068}', '\u{2069}', '\u{7}']),
            "{shown:?}"
        );
    }

    #[test]
    fn cjk_wraps_by_display_width() {
        let lines = wrap("安娜写道：我们希望三十天内在汉堡收到假发。", 10);
        assert!(lines.len() > 1);
        for l in &lines {
            assert!(l.width() <= 10, "{l:?} is wider than 10");
        }
        assert_eq!(lines.concat(), "安娜写道：我们希望三十天内在汉堡收到假发。");
    }

    #[test]
    fn chinese_punctuation_never_starts_a_line() {
        for w in 6..30 {
            for l in wrap(
                "赵师傅要做跨境电商B2B直接出口的报关单，请对照商业发票和装箱单提供申报数据。“好的。”",
                w,
            ) {
                let first = l.chars().next().unwrap();
                assert!(!no_break_before(first), "{l:?} at width {w}");
            }
        }
        assert_eq!(wrap("one two three", 8), vec!["one two", "three"]);
    }

    #[test]
    fn fits_to_width() {
        assert_eq!(fit("Commercial invoice", 8), "Commerc…");
        assert_eq!(fit("商业发票", 5), "商业…");
        assert_eq!(fit("abc", 3), "abc");
        assert_eq!(fit("abc", 0), "");
    }

    #[test]
    fn hanging_indent_lines_up() {
        let l = hanging(
            "1. ",
            "one two three four",
            9,
            Style::default(),
            Style::default(),
        );
        assert_eq!(l[0].to_string(), "1. one");
        assert!(l[1].to_string().starts_with("   "));
    }
}
