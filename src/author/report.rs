//! Diagnostics like a compiler's: the source line, an underline at the span, the message
//! and the hint, drawn by miette. Graphical (colour, box drawing) for a person at a
//! terminal; narratable (plain sentences) for pipes, screen readers and NO_COLOR.

use std::collections::BTreeMap;
use std::fmt;

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, NarratableReportHandler,
};

use crate::safe_text::{clean, clean_offset};
use crate::scenario::diagnostic::{Diagnostic, Severity};
use crate::scenario::lint::Target;

/// Width used when the output is not a terminal: fixed, so output is the same everywhere.
pub const DEFAULT_WIDTH: usize = 80;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Box drawing and underlines, at this width, in colour or not.
    Graphical { color: bool, width: usize },
    /// Plain sentences: "Begin snippet for ... starting at line 3, column 9".
    Narratable,
}

impl Style {
    /// Graphical in colour when stdout is a terminal and NO_COLOR is unset, else narratable.
    pub fn for_stdout() -> Style {
        use std::io::IsTerminal;
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        if std::io::stdout().is_terminal() && !no_color {
            Style::Graphical {
                color: true,
                width: terminal_width(),
            }
        } else {
            Style::Narratable
        }
    }

    /// Graphical even when not at a terminal (`--format graphical`): colour only at one.
    pub fn graphical_for_stdout() -> Style {
        use std::io::IsTerminal;
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let tty = std::io::stdout().is_terminal();
        Style::Graphical {
            color: tty && !no_color,
            width: if tty { terminal_width() } else { DEFAULT_WIDTH },
        }
    }
}

fn terminal_width() -> usize {
    crossterm::terminal::size()
        .map(|(w, _)| w as usize)
        .ok()
        .filter(|w| *w >= 40)
        .unwrap_or(DEFAULT_WIDTH)
}

/// The text of every file a lint target covers, by the name diagnostics report it under.
pub fn sources_of(target: &Target) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for s in &target.scenarios {
        out.insert(s.ron.path.clone(), s.ron.text.clone());
        for f in s.locales.values() {
            out.insert(f.path.clone(), f.text.clone());
        }
    }
    for f in target.ui.values().chain(&target.loose_ftl) {
        out.insert(f.path.clone(), f.text.clone());
    }
    for a in &target.assessments {
        for f in std::iter::once(&a.ron).chain(a.locales.values()) {
            out.insert(f.path.clone(), f.text.clone());
        }
    }
    out
}

/// One diagnostic with its file's text, in the shape miette draws.
struct Shown<'a> {
    d: &'a Diagnostic,
    source: Option<NamedSource<String>>,
}

impl fmt::Debug for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.d, f)
    }
}

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.d.message)
    }
}

impl std::error::Error for Shown<'_> {}

impl miette::Diagnostic for Shown<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.d.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.d.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.d
            .hint
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source.as_ref().map(|s| s as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.source.as_ref()?;
        let len = self.d.end.saturating_sub(self.d.start);
        // no label text: the header already names file:line:col and the message
        Some(Box::new(std::iter::once(LabeledSpan::new(
            None,
            self.d.start,
            len,
        ))))
    }
}

/// Render one diagnostic. Without its file's text (a file we never read) it is still
/// drawn, with its location in the message instead of a snippet.
pub fn render_one(d: &Diagnostic, text: Option<&str>, style: Style) -> String {
    // a span past the end of the text (a file edited meanwhile) must not lose the message
    let fits = text.is_some_and(|t| d.start <= t.len() && d.end <= t.len());
    // what the file and the message quote is shown cleaned (miette would print an escape
    // sequence in a source line as it is), the span moved to the same characters
    let mut d = Diagnostic {
        file: clean(&d.file),
        message: clean(&d.message),
        hint: d.hint.as_deref().map(clean),
        ..d.clone()
    };
    let source = match text {
        Some(t) if fits => {
            let (start, end) = (clean_offset(t, d.start), clean_offset(t, d.end));
            (d.start, d.end) = (start, end);
            Some(NamedSource::new(&d.file, clean(t)))
        }
        _ => None,
    };
    if source.is_none() {
        d.message = format!("{}:{}:{}: {}", d.file, d.line, d.col, d.message);
    }
    let shown = Shown { d: &d, source };
    let mut out = String::new();
    let _ = match style {
        Style::Graphical { color, width } => {
            let theme = if color {
                GraphicalTheme::unicode()
            } else {
                GraphicalTheme::unicode_nocolor()
            };
            GraphicalReportHandler::new_themed(theme)
                .with_width(width)
                .with_links(false)
                // break hints at spaces only, so a file path stays whole
                .with_word_separator(textwrap::WordSeparator::AsciiSpace)
                .with_word_splitter(textwrap::WordSplitter::NoHyphenation)
                .render_report(&mut out, &shown)
        }
        Style::Narratable => NarratableReportHandler::new().render_report(&mut out, &shown),
    };
    out
}

/// Render every diagnostic, each followed by a blank line.
pub fn render_all(
    diags: &[Diagnostic],
    sources: &BTreeMap<String, String>,
    style: Style,
) -> String {
    let mut out = String::new();
    for d in diags {
        out.push_str(render_one(d, sources.get(&d.file).map(String::as_str), style).trim_end());
        out.push_str("\n\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::diagnostic::Reporter;

    fn sample() -> (String, Diagnostic) {
        let text = "start: \"intro\",\nnodes: [],\n".to_string();
        let mut r = Reporter::new("scenarios/x.ron", &text);
        r.error(
            "missing-target",
            (7, 14),
            "no node has the id `intro`",
            Some("did you mean `outro`?".into()),
        );
        let d = r.out.remove(0);
        (text, d)
    }

    #[test]
    fn graphical_shows_line_underline_message_and_hint() {
        let (text, d) = sample();
        let out = render_one(
            &d,
            Some(&text),
            Style::Graphical {
                color: false,
                width: 80,
            },
        );
        assert!(out.contains("missing-target"), "{out}");
        assert!(out.contains("no node has the id `intro`"), "{out}");
        assert!(out.contains("start: \"intro\","), "{out}");
        assert!(out.contains("───────"), "an underline: {out}");
        assert!(out.contains("did you mean `outro`?"), "{out}");
        assert!(!out.contains('\u{1b}'), "no colour codes: {out}");
    }

    #[test]
    fn narratable_is_plain_sentences() {
        let (text, d) = sample();
        let out = render_one(&d, Some(&text), Style::Narratable);
        assert!(out.contains("no node has the id `intro`"), "{out}");
        assert!(out.contains("line 1"), "{out}");
        assert!(out.contains("did you mean `outro`?"), "{out}");
        assert!(!out.contains('│'), "{out}");
    }

    #[test]
    fn escape_sequences_in_a_source_line_are_shown_cleaned_and_underlined_in_place() {
        let text = "a = \u{1b}[2J\u{9b}31m\u{202e} `x`\n".to_string();
        let at = text.find('`').unwrap();
        let mut r = Reporter::new("l\u{1b}]8;;x\u{7}.ftl", &text);
        r.warn("control-character", (at, at + 3), "`x` \u{1b}[2J", None);
        let d = r.out.remove(0);
        let graphical = Style::Graphical {
            color: false,
            width: 80,
        };
        let [out, _] = [graphical, Style::Narratable].map(|style| {
            let out = render_one(&d, Some(&text), style);
            assert!(
                !out.chars().any(crate::safe_text::needs_cleaning),
                "{out:?}"
            );
            assert!(out.contains("a = ␛[2J\u{fffd}31m\u{fffd} `x`"), "{out}");
            out
        });
        // the underline sits under `x` (and its backticks), as in the file
        let line = out.lines().find(|l| l.contains("a = ")).unwrap();
        let under = out
            .lines()
            .skip_while(|l| !l.contains("a = "))
            .nth(1)
            .unwrap();
        let col = |s: &str, pat: char| s.chars().position(|c| c == pat).unwrap();
        assert_eq!(col(line, '`'), col(under, '─'), "{out}");
    }

    #[test]
    fn a_span_outside_the_text_still_shows_the_message() {
        let (_, d) = sample();
        let out = render_one(&d, Some("short"), Style::Narratable);
        assert!(
            out.contains("scenarios/x.ron:1:8: no node has the id `intro`"),
            "{out}"
        );
    }
}
