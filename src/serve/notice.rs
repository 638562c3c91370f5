//! What the proctor puts on a candidate's screen, drawn over the exam by the serve driver:
//! "Paused by the proctor" while the room is paused, and a broadcast message until the
//! candidate dismisses it. Proctor text is cleaned like any other text before it is drawn.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Text};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::i18n::Catalog;
use crate::safe_text::clean;
use crate::tui::theme::Theme;

/// What is over the exam now.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Notices {
    /// The pause's reason while the room is paused.
    pub paused: Option<String>,
    /// Broadcast messages not yet dismissed, oldest first.
    pub messages: Vec<String>,
}

impl Notices {
    pub fn is_empty(&self) -> bool {
        self.paused.is_none() && self.messages.is_empty()
    }

    /// Enter or Esc dismisses the oldest message; true if one was.
    pub fn dismiss(&mut self) -> bool {
        if self.messages.is_empty() {
            return false;
        }
        self.messages.remove(0);
        true
    }
}

/// A box of `w` x `h` in the middle of `area`, clipped to it.
fn centred(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

fn boxed(f: &mut Frame, area: Rect, title: String, body: Vec<Line<'static>>, theme: &Theme) {
    let w = area.width.saturating_sub(4).clamp(1, 64);
    let inner = w.saturating_sub(2).max(1) as usize;
    // enough rows for the wrapped text and the frame
    let rows: usize = body.iter().map(|l| l.width().div_ceil(inner).max(1)).sum();
    let r = centred(area, w, (rows + 2) as u16);
    // a column more on each side: a wide (CJK) character cut by the box's edge would
    // otherwise keep half of itself over the border
    let x = r.x.saturating_sub(1).max(area.x);
    let right = (r.x + r.width + 1).min(area.x + area.width);
    f.render_widget(Clear, Rect::new(x, r.y, right - x, r.height));
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focus_border())
        .title(title);
    f.render_widget(
        Paragraph::new(Text::from(body))
            .block(block)
            .wrap(Wrap { trim: false }),
        r,
    );
}

/// Draw the notices over whatever the frame holds: the pause in the middle, a message
/// (the oldest undismissed) below it when both are up.
pub fn draw(f: &mut Frame, n: &Notices, ui: &Catalog, theme: &Theme) {
    let area = f.area();
    if let Some(reason) = &n.paused {
        let top = Rect::new(area.x, area.y, area.width, area.height / 2 + 2);
        let body = vec![
            Line::styled(ui.text("ui-proctor-paused-body"), theme.plain()),
            Line::styled(clean(reason), theme.dim()),
        ];
        boxed(f, top, ui.text("ui-proctor-paused"), body, theme);
    }
    if let Some(m) = n.messages.first() {
        let mut r = area;
        if n.paused.is_some() {
            r = Rect::new(
                area.x,
                area.y + area.height / 2,
                area.width,
                area.height / 2,
            );
        }
        let mut body = vec![Line::styled(clean(m), theme.plain()), Line::default()];
        body.push(Line::styled(ui.text("ui-proctor-dismiss"), theme.dim()));
        boxed(f, r, ui.text("ui-proctor-message"), body, theme);
    }
}
