//! A written answer on screen: wrapped exactly as the editor wraps it (so the caret lands
//! where the editor says), with parts of it styled: what a rubric item found, in the
//! debrief. Every piece passes through `clean`, as the text may come from a file.

use std::ops::Range;

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::tui::app::editor::layout;
use crate::tui::text::clean;

/// The reply as lines `width` columns wide; each byte of a `marks` span takes its style
/// (the first mark holding a byte wins), the rest `base`.
pub fn reply_lines(
    text: &str,
    width: u16,
    marks: &[(Range<usize>, Style)],
    base: Style,
) -> Vec<Line<'static>> {
    layout(text, width)
        .into_iter()
        .map(|line| {
            let mut cuts: Vec<usize> = vec![line.start, line.end];
            for (r, _) in marks {
                cuts.extend([r.start, r.end].into_iter().filter(|c| line.contains(c)));
            }
            cuts.retain(|c| text.is_char_boundary(*c));
            cuts.sort_unstable();
            cuts.dedup();
            let spans: Vec<Span<'static>> = cuts
                .windows(2)
                .map(|w| {
                    let style = marks
                        .iter()
                        .find(|(r, _)| r.start <= w[0] && w[0] < r.end)
                        .map_or(base, |m| m.1);
                    Span::styled(clean(&text[w[0]..w[1]]), style)
                })
                .collect();
            Line::from(spans)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Modifier;

    #[test]
    fn marks_style_their_bytes_across_wrapped_lines() {
        let text = "We quote USD 12,500 FOB Ningbo.";
        let hi = Style::new().add_modifier(Modifier::REVERSED);
        let ls = reply_lines(text, 12, &[(9..19, hi)], Style::new());
        let shown: Vec<Vec<(String, bool)>> = ls
            .iter()
            .map(|l| {
                l.spans
                    .iter()
                    .map(|s| (s.content.to_string(), s.style == hi))
                    .collect()
            })
            .collect();
        assert_eq!(
            shown,
            [
                vec![("We quote ".into(), false)],
                vec![("USD 12,500".into(), true), (" ".into(), false)],
                vec![("FOB Ningbo.".into(), false)],
            ]
        );
    }

    #[test]
    fn control_characters_never_reach_the_screen() {
        let ls = reply_lines("a\u{1b}[2Jb\u{202e}c", 20, &[], Style::new());
        let s: String = ls[0].spans.iter().map(|s| s.content.to_string()).collect();
        assert!(!s.contains('\u{1b}') && !s.contains('\u{202e}'), "{s:?}");
    }
}
