//! Bars: score bars for the debrief, the status bar of visible variables, the key hints.

use ratatui::text::{Line, Span};

use crate::i18n::Catalog;
use crate::scenario::compile::Scenario;
use crate::scenario::expr::Val;
use crate::scenario::text::ScenarioText;
use crate::tui::input::{Ctx, Does, bindings, key_label};
use crate::tui::text::{clean, fit, width};
use crate::tui::theme::Theme;

/// `██████░░░░` for `pct` of `cells`, with the pass mark as `│` when given.
pub fn score_bar(pct: u32, cells: usize, mark: Option<u32>) -> String {
    let filled = (pct.min(100) as usize * cells + 50) / 100;
    let mark_at = mark.map(|m| (m.min(100) as usize * cells) / 100);
    (0..cells)
        .map(|i| match (i < filled, Some(i) == mark_at) {
            (_, true) if i >= filled => '│',
            (true, _) => '█',
            (false, _) => '░',
        })
        .collect()
}

/// The scenario's visible variables: `Cash USD 12,000 │ Days to deadline 30`.
pub fn status_line(
    cat: &Catalog,
    s: &Scenario,
    vars: &[Val],
    theme: &Theme,
    max: usize,
) -> Line<'static> {
    let mut spans = Vec::new();
    let mut used = 0;
    for (i, v) in s.vars.iter().enumerate().filter(|(_, v)| v.visible) {
        let label = clean(&cat.scenario_text(&format!("var-{}", v.name), s, vars));
        let value = clean(&cat.var_value(s, vars, i));
        let sep = if spans.is_empty() { " " } else { " │ " };
        let w = width(sep) + width(&label) + 1 + width(&value);
        if used + w > max {
            break;
        }
        used += w;
        spans.push(Span::styled(sep.to_string(), theme.dim()));
        spans.push(Span::raw(format!("{label} ")));
        spans.push(Span::styled(value, theme.heading()));
    }
    Line::from(spans)
}

/// The key hints for a context, from the key table.
pub fn hints_line(cat: &Catalog, ctx: Ctx, theme: &Theme, max: usize) -> Line<'static> {
    let mut spans = Vec::new();
    let mut used = 0;
    for b in bindings(ctx).filter(|b| b.bar) {
        let key = match (b.does, b.keys.first()) {
            (Does::Pick, _) => "1-9".to_string(),
            (_, Some(k)) => key_label(*k),
            _ => continue,
        };
        let text = fit(&cat.text(b.help), 24);
        let w = 1 + width(&key) + 1 + width(&text) + 1;
        if used + w > max {
            break;
        }
        used += w;
        spans.push(Span::raw(" "));
        spans.push(Span::styled(key, theme.key()));
        spans.push(Span::raw(format!(" {text} ")));
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_fill_by_percent_and_show_the_mark() {
        assert_eq!(score_bar(50, 10, None), "█████░░░░░");
        assert_eq!(score_bar(100, 4, None), "████");
        assert_eq!(score_bar(0, 4, None), "░░░░");
        assert_eq!(score_bar(20, 10, Some(60)), "██░░░░│░░░");
        assert_eq!(score_bar(70, 10, Some(60)), "███████░░░");
        assert_eq!(score_bar(10, 0, Some(60)), "");
    }
}
