//! The exam driver's news, applied: the session decides, the App shows.

use super::msg::{Cmd, ExamMsg};
use crate::tui::app::{App, Play, Popup};

pub(super) fn update(app: &mut App, msg: ExamMsg, cmds: &mut Vec<Cmd>) {
    match msg {
        ExamMsg::Begin(view) => {
            app.direct = true;
            app.exam = Some(*view);
        }
        ExamMsg::Clock(left) => {
            if let Some(e) = app.exam.as_mut() {
                e.left_ms = left;
            }
        }
        ExamMsg::Titles {
            title,
            parts,
            locale,
        } => {
            if let Some(e) = app.exam.as_mut() {
                e.title = title;
                e.part_titles = parts;
                e.titles_locale = locale;
            }
        }
        ExamMsg::Part {
            index,
            files,
            seed,
            actions,
        } => match Play::open(*files.0, &app.locale, &app.ui_sources, seed, &actions) {
            Ok((p, None)) => {
                app.play = Some(Box::new(p));
                app.popups.retain(|p| *p == Popup::Help);
                if let Some(e) = app.exam.as_mut() {
                    e.part = index;
                }
            }
            Ok((_, Some((k, e)))) => stop(
                app,
                format!("part {}: action {k} does not replay: {e}", index + 1),
                cmds,
            ),
            Err(e) => stop(app, e, cmds),
        },
        ExamMsg::Over(over) => {
            if let Some(e) = app.exam.as_mut()
                && e.over.is_none()
            {
                e.over = Some(over);
                // nothing of the last scenario stays on screen: no ending, no scores
                app.play = None;
                app.popups = vec![Popup::ExamOver];
            }
        }
        ExamMsg::Stop => app.quit = true,
    }
}

fn stop(app: &mut App, why: String, cmds: &mut Vec<Cmd>) {
    app.quit = true;
    cmds.push(Cmd::Stop(why));
}
