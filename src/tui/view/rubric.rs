//! A written answer's rubric, item by item: met (and what it found), not met (and what
//! was missing or forbidden), or for the examiner (the level descriptors, as a self-check).
//! The practice feedback after sending and the debrief show the same lines.

use ratatui::style::{Modifier, Style};
use ratatui::text::Line;

use crate::debrief::{RubricLine, competency_label, labelled};
use crate::i18n::Catalog;
use crate::scenario::rubric::Verdict;
use crate::tui::text::hanging;
use crate::tui::theme::Theme;
use crate::tui::widgets::reply::reply_lines;

/// How what an item found stands out in the reply: found (underlined), forbidden (reversed),
/// visible without colour too.
pub fn found_style(t: &Theme, forbidden: bool) -> Style {
    if forbidden {
        t.bad().add_modifier(Modifier::REVERSED)
    } else {
        t.good().add_modifier(Modifier::UNDERLINED)
    }
}

/// The reply with what every item found marked.
pub fn highlighted(text: &str, items: &[RubricLine], w: u16, t: &Theme) -> Vec<Line<'static>> {
    let mut marks: Vec<_> = items
        .iter()
        .flat_map(|i| &i.found)
        .map(|f| (f.span.clone(), found_style(t, f.forbidden)))
        .collect();
    // a forbidden phrase shows as forbidden even where a required one overlaps it
    marks.sort_by_key(|m| m.1 != found_style(t, true));
    reply_lines(text, w, &marks, t.plain())
}

/// The lines of every item, under `indent`.
pub fn item_lines(
    cat: &Catalog,
    items: &[RubricLine],
    text: &str,
    indent: &str,
    w: u16,
    t: &Theme,
) -> Vec<Line<'static>> {
    let sub = format!("{indent}    ");
    let mut out = Vec::new();
    for i in items {
        // what the item earned, out of what it is worth
        let points: Vec<String> = i
            .points
            .iter()
            .map(|(c, v)| {
                let c = competency_label(cat, c);
                match i.verdict {
                    Verdict::Met => format!("{c} {v:+}"),
                    Verdict::NotMet => format!("{c} +0/{v:+}"),
                    Verdict::Examiner => format!("{c} ≤{v:+}"),
                }
            })
            .collect();
        let (mark, style, head) = match i.verdict {
            Verdict::Met => ("✓", t.good(), cat.text("ui-rubric-met")),
            Verdict::NotMet => ("✗", t.bad(), cat.text("ui-rubric-not-met")),
            Verdict::Examiner => ("?", t.key(), cat.text("ui-rubric-examiner")),
        };
        let worth = points.join(" · ");
        out.extend(hanging(
            &format!("{indent}{mark} "),
            labelled(cat, &head, &format!("{}  {worth}", i.label)).trim_end(),
            w,
            style,
            style,
        ));
        let quoted: Vec<String> = i
            .found
            .iter()
            .filter(|f| !f.forbidden)
            .filter_map(|f| text.get(f.span.clone()))
            .map(|s| format!("“{s}”"))
            .collect();
        if !quoted.is_empty() {
            let line = labelled(cat, &cat.text("ui-rubric-found"), &quoted.join(", "));
            out.extend(hanging(&sub, &line, w, t.plain(), t.plain()));
        }
        for (id, what) in [
            ("ui-rubric-lacks", &i.missing),
            ("ui-rubric-forbidden", &i.forbidden),
        ] {
            if !what.is_empty() {
                let line = labelled(cat, &cat.text(id), &what.join(", "));
                out.extend(hanging(&sub, &line, w, t.bad(), t.bad()));
            }
        }
        if let Some(f) = &i.feedback {
            out.extend(hanging(&sub, f, w, t.plain(), t.plain()));
        }
        for (k, l) in i.levels.iter().enumerate() {
            out.extend(hanging(&format!("{sub}{k}: "), l, w, t.dim(), t.plain()));
        }
    }
    out
}
