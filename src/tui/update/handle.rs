//! The update function: one message in, the App changed, commands out for the driver.

use crate::engine::{Action, Attempt, parse_actions};
use crate::i18n::Catalog;
use crate::scenario::library::ScenarioFiles;
use crate::scenario::model::{Input, Node};

use super::msg::{Cmd, Hit, Intent, Msg};
use crate::tui::app::{App, Feedback, Files, Play, Popup, Stage, load_errors};
use crate::tui::input::Ctx;
use crate::tui::save::Save;

pub fn update(app: &mut App, msg: Msg) -> Vec<Cmd> {
    let mut cmds = Vec::new();
    match msg {
        Msg::Tick(now) => app.now = now,
        Msg::Resize(w, h) => app.size = (w, h),
        Msg::Failed(m) => app.notice = Some(m),
        Msg::StartAt(at) => {
            // an attempt that does not follow the scenario as written is not kept
            if !at.is_empty() {
                app.settings.saves = false;
            }
            app.start_at = Some(at);
        }
        Msg::Do(Intent::Inspect) => {
            // for authors only: in a student's practice it would give the game away
            if app.start_at.is_some() && app.play.is_some() && app.popups.is_empty() {
                app.popups.push(Popup::Variables { scroll: 0 });
            }
        }
        Msg::Reload(files) => reload(app, *files.0),
        Msg::Click(on) => click(app, on, &mut cmds),
        Msg::Open { files, seed } => {
            app.direct = true;
            open(app, *files.0, seed);
        }
        Msg::Saves(saves) => app.saves = saves,
        Msg::Exam(m) => super::exam::update(app, m, &mut cmds),
        Msg::Wheel(d) => wheel(app, d),
        Msg::Do(Intent::Interrupt) => {
            if let Some(s) = save_of(app) {
                cmds.push(Cmd::WriteSave(s));
            }
            app.quit = true;
            cmds.push(Cmd::Quit);
        }
        Msg::Do(Intent::SwitchLocale) => switch_locale(app),
        Msg::Do(Intent::Help) => {
            if app.popups.last() != Some(&Popup::Help) {
                app.popups.push(Popup::Help);
            }
        }
        msg => {
            app.notice = None;
            match app.context() {
                Ctx::Help => {
                    if msg == Msg::Do(Intent::Back) {
                        app.popups.pop();
                    }
                }
                Ctx::Leave => leave_popup(app, &msg, &mut cmds),
                Ctx::Resume => resume_popup(app, &msg, &mut cmds),
                Ctx::Feedback => feedback_popup(app, &msg),
                Ctx::HandIn => hand_in_popup(app, &msg, &mut cmds),
                Ctx::ExamOver => {
                    if msg == Msg::Do(Intent::Back) {
                        app.quit = true;
                        cmds.push(Cmd::Quit);
                    }
                }
                Ctx::Menu => menu(app, &msg, &mut cmds),
                Ctx::Decision => decision(app, &msg, &mut cmds),
                Ctx::Form => match &msg {
                    // a paste into a field is typed, character by character
                    Msg::Paste(text) => {
                        for c in text.chars().filter(|c| !c.is_control()) {
                            form(app, &Msg::Type(c), &mut cmds);
                        }
                    }
                    _ => form(app, &msg, &mut cmds),
                },
                Ctx::Compose => super::compose::compose(app, &msg, &mut cmds),
                Ctx::ComposeSubmit => super::compose::submit_popup(app, &msg, &mut cmds),
                Ctx::Check => check(app, &msg, &mut cmds),
                Ctx::Debrief => debrief(app, &msg, &mut cmds),
            }
        }
    }
    cmds
}

fn step(cur: usize, len: usize, delta: i64) -> usize {
    if len == 0 {
        return 0;
    }
    (cur as i64 + delta).clamp(0, len as i64 - 1) as usize
}

pub(super) fn scroll(v: u16, delta: i64) -> u16 {
    (v as i64 + delta).clamp(0, u16::MAX as i64) as u16
}

// ---- opening, leaving, saving ----

/// Open a scenario from the menu or the command line: offer to resume a save first.
pub fn open(app: &mut App, files: ScenarioFiles, seed: u64) {
    if app.settings.saves
        && let Some(save) = app.saves.get(&files.id).cloned()
    {
        app.popups.push(Popup::Resume {
            files: Files(Box::new(files)),
            save,
            seed,
        });
        return;
    }
    start(app, files, seed, &[], false);
}

fn start(app: &mut App, files: ScenarioFiles, seed: u64, actions: &[Action], from_save: bool) {
    let at = app.start_at.clone();
    match Play::open_at(files, &app.locale, &app.ui_sources, seed, actions, at) {
        Ok((mut p, stopped)) => {
            p.from_save = from_save;
            if let Some((k, _)) = stopped {
                app.notice = Some(with_args(
                    &app.ui,
                    "ui-resume-partial",
                    &[("done", k as i64), ("all", actions.len() as i64)],
                ));
            }
            app.play = Some(Box::new(p));
            app.popups.clear();
        }
        Err(e) => app.notice = Some(e),
    }
}

fn with_args(cat: &Catalog, id: &str, args: &[(&str, i64)]) -> String {
    let mut a = fluent_bundle::FluentArgs::new();
    for (k, v) in args {
        a.set(*k, *v);
    }
    cat.text_with(id, &a)
}

/// What leaving now would save, if anything.
fn save_of(app: &App) -> Option<Save> {
    let p = app.play.as_ref()?;
    (app.settings.saves && p.in_progress()).then(|| Save {
        scenario: p.scenario.id().to_string(),
        content_hash: p.scenario.content_hash.clone(),
        seed: p.attempt.seed,
        locale: app.locale.clone(),
        actions: p.attempt.actions.iter().map(|a| a.to_string()).collect(),
        draft: p.has_draft().then(|| p.editor.text().to_string()),
        saved_at: app.now,
        tool_version: env!("CARGO_PKG_VERSION").to_string(),
    })
}

/// Back to the menu (the same scenario selected), or out when opened by `tradesim play`.
fn leave(app: &mut App, cmds: &mut Vec<Cmd>) {
    let id = app.play.take().map(|p| p.scenario.id().to_string());
    app.popups.clear();
    if app.direct {
        app.quit = true;
        cmds.push(Cmd::Quit);
    } else if let Some(i) = id.and_then(|id| app.menu.position(&id)) {
        app.menu.cursor = i;
    }
}

pub(super) fn leave_or_ask(app: &mut App, cmds: &mut Vec<Cmd>) {
    // in an exam, leaving means handing in: ask first
    if app.exam.is_some() {
        app.popups.push(Popup::HandIn);
        return;
    }
    if app.play.as_ref().is_some_and(|p| p.in_progress()) {
        app.popups.push(Popup::Leave);
    } else {
        leave(app, cmds);
    }
}

fn leave_popup(app: &mut App, msg: &Msg, cmds: &mut Vec<Cmd>) {
    match msg {
        Msg::Do(Intent::SaveAndLeave) if app.settings.saves => {
            if let Some(s) = save_of(app) {
                app.saves.insert(s.scenario.clone(), s.clone());
                cmds.push(Cmd::WriteSave(s));
            }
            leave(app, cmds);
        }
        Msg::Do(Intent::LeaveWithoutSaving) => leave(app, cmds),
        Msg::Do(Intent::Stay) => {
            app.popups.pop();
        }
        _ => {}
    }
}

fn resume_popup(app: &mut App, msg: &Msg, cmds: &mut Vec<Cmd>) {
    let Some(Popup::Resume { files, save, seed }) = app.popups.last().cloned() else {
        return;
    };
    match msg {
        Msg::Do(Intent::Resume) => {
            app.popups.pop();
            match parse_actions(&save.actions.join("\n")) {
                Ok(actions) => {
                    start(app, *files.0, save.seed, &actions, true);
                    restore_draft(app, &save);
                }
                Err(e) => {
                    start(app, *files.0.clone(), seed, &[], false);
                    app.notice = Some(format!("{}: {e}", app.ui.text("ui-save-unreadable")));
                }
            }
        }
        Msg::Do(Intent::StartNew) => {
            app.popups.pop();
            start(app, *files.0, seed, &[], false);
        }
        Msg::Do(Intent::Back) => {
            app.popups.pop();
            if app.direct && app.play.is_none() {
                app.quit = true;
                cmds.push(Cmd::Quit);
            }
        }
        _ => {}
    }
}

/// A saved draft goes back into the editor when the attempt resumes at a Compose node.
fn restore_draft(app: &mut App, save: &Save) {
    if let (Some(p), Some(d)) = (app.play.as_mut(), &save.draft)
        && p.stage() == Stage::Compose
    {
        p.editor = crate::tui::app::editor::Editor::new(d);
    }
}

fn hand_in_popup(app: &mut App, msg: &Msg, cmds: &mut Vec<Cmd>) {
    match msg {
        Msg::Do(Intent::Confirm) => {
            app.popups.pop();
            cmds.push(Cmd::HandIn);
        }
        Msg::Do(Intent::Stay) => {
            app.popups.pop();
        }
        _ => {}
    }
}

/// The scroll position of the popup on top, when it is one that scrolls.
fn popup_scroll(app: &mut App) -> Option<&mut u16> {
    match app.popups.last_mut() {
        Some(
            Popup::Feedback { scroll, .. }
            | Popup::Diagnostics { scroll, .. }
            | Popup::Variables { scroll },
        ) => Some(scroll),
        _ => None,
    }
}

fn feedback_popup(app: &mut App, msg: &Msg) {
    let Some(s) = popup_scroll(app) else {
        return;
    };
    match msg {
        Msg::Do(Intent::Confirm) => {
            app.popups.pop();
        }
        Msg::Do(Intent::Up) => *s = scroll(*s, -1),
        Msg::Do(Intent::Down) => *s = scroll(*s, 1),
        Msg::Do(Intent::PageUp) => *s = scroll(*s, -10),
        Msg::Do(Intent::PageDown) => *s = scroll(*s, 10),
        _ => {}
    }
}

// ---- the screens ----

fn menu(app: &mut App, msg: &Msg, cmds: &mut Vec<Cmd>) {
    let n = app.menu.entries.len();
    match msg {
        Msg::Do(Intent::Up) => app.menu.cursor = step(app.menu.cursor, n, -1),
        Msg::Do(Intent::Down) => app.menu.cursor = step(app.menu.cursor, n, 1),
        Msg::Do(Intent::Confirm) => {
            if let Some(e) = app.menu.selected() {
                let files = e.files.clone();
                let seed = app.draw_seed();
                open(app, files, seed);
            }
        }
        Msg::Do(Intent::Back) => {
            app.quit = true;
            cmds.push(Cmd::Quit);
        }
        _ => {}
    }
}

/// Hand an action to the engine; on acceptance tell the driver, and in practice mode
/// show what the decision earned and why.
pub(super) fn act(app: &mut App, action: Action, cmds: &mut Vec<Cmd>) {
    let Some(p) = app.play.as_mut() else { return };
    match p.act(action.clone()) {
        Ok(()) => {
            cmds.push(Cmd::Persist(action));
            let to = p.attempt.state.log.len();
            if app.settings.feedback == Feedback::AfterEachDecision && has_feedback(p, p.since, to)
            {
                app.popups.push(Popup::Feedback {
                    from: p.since,
                    to,
                    scroll: 0,
                });
            }
            if p.attempt.finished() && p.from_save {
                let id = p.scenario.id().to_string();
                app.saves.remove(&id);
                cmds.push(Cmd::DeleteSave(id));
            }
        }
        Err(e) => {
            let cat = &p.cat;
            app.notice = Some(format!("{}: {e}", cat.text("ui-rejected")));
        }
    }
}

fn has_feedback(p: &Play, from: usize, to: usize) -> bool {
    p.attempt.state.log[from..to].iter().any(|e| {
        let x = crate::debrief::explain(&p.cat, &p.scenario, &p.attempt.state, e);
        x.is_event || !x.feedback.is_empty() || !x.deltas.is_empty()
    })
}

fn decision(app: &mut App, msg: &Msg, cmds: &mut Vec<Cmd>) {
    let Some(p) = app.play.as_mut() else { return };
    let shown = p.shown_choices();
    match msg {
        Msg::Do(Intent::Up) => p.cursor = step(p.cursor, shown.len(), -1),
        Msg::Do(Intent::Down) => p.cursor = step(p.cursor, shown.len(), 1),
        Msg::Do(Intent::PageUp) => p.doc_scroll = scroll(p.doc_scroll, -5),
        Msg::Do(Intent::PageDown) => p.doc_scroll = scroll(p.doc_scroll, 5),
        Msg::Pick(n) => {
            if let Some(&i) = n.checked_sub(1).and_then(|k| shown.get(k)) {
                act(app, Action::Choose(i), cmds);
            }
        }
        Msg::Do(Intent::Confirm) => {
            if let Some(&i) = shown.get(p.cursor) {
                act(app, Action::Choose(i), cmds);
            }
        }
        Msg::Do(Intent::Back) => leave_or_ask(app, cmds),
        _ => {}
    }
}

fn form(app: &mut App, msg: &Msg, cmds: &mut Vec<Cmd>) {
    let Some(p) = app.play.as_mut() else { return };
    let Node::Form(f) = p.node() else { return };
    let n = f.fields.len();
    let options = f.fields.get(p.form.focus).and_then(|d| match &d.input {
        Input::Select(o) => Some(o.clone()),
        _ => None,
    });
    let focus = p.form.focus;
    match msg {
        Msg::Do(Intent::NextField) => p.form.focus = (focus + 1) % (n + 1),
        Msg::Do(Intent::PrevField) => p.form.focus = (focus + n) % (n + 1),
        Msg::Do(Intent::PageUp) => p.doc_scroll = scroll(p.doc_scroll, -5),
        Msg::Do(Intent::PageDown) => p.doc_scroll = scroll(p.doc_scroll, 5),
        Msg::Type(c) if focus < n => {
            match &options {
                // a list field: a key picks the next option starting with it
                Some(opts) => {
                    let cur = opts
                        .iter()
                        .position(|o| o.eq_ignore_ascii_case(&p.form.entries[focus]));
                    let start = cur.map_or(0, |i| i + 1);
                    let found = (0..opts.len())
                        .map(|k| (start + k) % opts.len())
                        .find(|&k| {
                            opts[k]
                                .chars()
                                .next()
                                .is_some_and(|x| x.eq_ignore_ascii_case(c))
                        });
                    if let Some(k) = found {
                        p.form.entries[focus] = opts[k].clone();
                    }
                }
                None => {
                    if p.form.entries[focus].chars().count() < 200 {
                        p.form.entries[focus].push(*c);
                    }
                }
            }
            p.form.problems[focus] = p.field_problem(focus);
        }
        Msg::Do(Intent::Erase) if focus < n => {
            if options.is_some() {
                p.form.entries[focus].clear();
            } else {
                p.form.entries[focus].pop();
            }
            p.form.problems[focus] = p.field_problem(focus);
        }
        Msg::Do(d @ (Intent::Left | Intent::Right)) if focus < n => {
            if let Some(opts) = options.filter(|o| !o.is_empty()) {
                let cur = opts
                    .iter()
                    .position(|o| o.eq_ignore_ascii_case(&p.form.entries[focus]));
                let k = match (cur, d) {
                    (None, Intent::Left) => opts.len() - 1,
                    (None, _) => 0,
                    (Some(i), Intent::Left) => (i + opts.len() - 1) % opts.len(),
                    (Some(i), _) => (i + 1) % opts.len(),
                };
                p.form.entries[focus] = opts[k].clone();
                p.form.problems[focus] = None;
            }
        }
        Msg::Do(Intent::Confirm) if focus < n => p.form.focus = focus + 1,
        Msg::Do(Intent::Confirm | Intent::Submit) => submit_form(app, cmds),
        Msg::Do(Intent::Back) => leave_or_ask(app, cmds),
        _ => {}
    }
}

fn submit_form(app: &mut App, cmds: &mut Vec<Cmd>) {
    let Some(p) = app.play.as_mut() else { return };
    match p.form_action() {
        Ok(a) => act(app, a, cmds),
        Err(first) => {
            for i in 0..p.form.entries.len() {
                p.form.problems[i] = if p.form.entries[i].trim().is_empty() {
                    Some(crate::tui::app::FieldProblem::Required)
                } else {
                    p.field_problem(i)
                };
            }
            p.form.focus = first;
        }
    }
}

fn check(app: &mut App, msg: &Msg, cmds: &mut Vec<Cmd>) {
    let Some(p) = app.play.as_mut() else { return };
    let markable = p.markable().to_vec();
    let n = markable.len();
    let cur = p.check.cursor;
    match msg {
        Msg::Do(Intent::Up) => p.check.cursor = step(cur, n, -1),
        Msg::Do(Intent::Down) => p.check.cursor = step(cur, n, 1),
        Msg::Do(Intent::PageUp) => p.check.cursor = step(cur, n, -5),
        Msg::Do(Intent::PageDown) => p.check.cursor = step(cur, n, 5),
        Msg::Do(Intent::Left) => {
            // the first field of this document, else of the one before
            let doc = markable.get(cur).map(|r| r.0);
            let first_here = markable.iter().position(|r| Some(r.0) == doc).unwrap_or(0);
            p.check.cursor = if cur > first_here {
                first_here
            } else {
                let prev = cur
                    .checked_sub(1)
                    .and_then(|k| markable.get(k))
                    .map(|r| r.0);
                markable.iter().position(|r| Some(r.0) == prev).unwrap_or(0)
            };
        }
        Msg::Do(Intent::Right) => {
            let doc = markable.get(cur).map(|r| r.0);
            if let Some(k) = markable.iter().skip(cur).position(|r| Some(r.0) != doc) {
                p.check.cursor = cur + k;
            }
        }
        Msg::Do(Intent::Toggle) => {
            if let Some(r) = markable.get(cur) {
                if let Some(k) = p.check.marks.iter().position(|m| m == r) {
                    p.check.marks.remove(k);
                } else {
                    p.check.marks.push(*r);
                }
            }
        }
        Msg::Do(Intent::Submit) => {
            let a = p.check_action();
            act(app, a, cmds);
        }
        Msg::Do(Intent::Back) => leave_or_ask(app, cmds),
        _ => {}
    }
}

fn debrief(app: &mut App, msg: &Msg, cmds: &mut Vec<Cmd>) {
    let Some(p) = app.play.as_mut() else { return };
    match msg {
        Msg::Do(Intent::Up) => p.log_scroll = scroll(p.log_scroll, -1),
        Msg::Do(Intent::Down) => p.log_scroll = scroll(p.log_scroll, 1),
        Msg::Do(Intent::PageUp) => p.log_scroll = scroll(p.log_scroll, -10),
        Msg::Do(Intent::PageDown) => p.log_scroll = scroll(p.log_scroll, 10),
        Msg::Do(i @ (Intent::Replay | Intent::NewSeed)) => {
            let files = p.files.clone();
            let seed = if *i == Intent::Replay {
                p.attempt.seed
            } else {
                app.draw_seed()
            };
            start(app, files, seed, &[], false);
        }
        Msg::Do(Intent::Back) => leave(app, cmds),
        _ => {}
    }
}

// ---- language, reload, mouse ----

fn switch_locale(app: &mut App) {
    // an exam switches only among the languages the assessment allows
    let next = match &app.exam {
        Some(e) => {
            let i = e.locales.iter().position(|l| *l == app.locale).unwrap_or(0);
            match e.locales.get((i + 1) % e.locales.len().max(1)) {
                Some(l) if *l != app.locale => l.clone(),
                _ => return,
            }
        }
        None => app.next_locale(),
    };
    let ui = match Catalog::new(&next, &[&app.ui_sources]) {
        Ok(c) => c,
        Err(e) => {
            app.notice = Some(e.to_string());
            return;
        }
    };
    if let Some(p) = app.play.as_mut() {
        match Catalog::new(&next, &[&app.ui_sources, &p.files.locales]) {
            Ok(c) => p.cat = c,
            Err(e) => {
                app.notice = Some(e.to_string());
                return;
            }
        }
    }
    app.menu.localize(&next, &app.ui_sources);
    app.locale = next;
    app.ui = ui;
}

/// Swap in new scenario files and replay the actions so far; the position (node, cursor,
/// entries, marks) is kept when the node still exists. A scenario that no longer compiles
/// leaves the old one playing, with the error as a notice.
fn reload(app: &mut App, files: ScenarioFiles) {
    if let Some(i) = app.menu.position(&files.id) {
        app.menu.entries[i].files = files.clone();
        app.menu.localize(&app.locale, &app.ui_sources);
    }
    let Some(p) = app.play.as_mut() else { return };
    if p.files.id != files.id {
        return;
    }
    let applied = load_errors(&files).and_then(|mut s| match &p.start_at {
        Some(at) => at.apply(&mut s).map(|()| s).map_err(|e| vec![e]),
        None => Ok(s),
    });
    let scenario = match applied {
        Ok(s) => s,
        Err(errors) => {
            // the list, not one cut line: every error keeps its file:line:col
            app.popups
                .retain(|x| !matches!(x, Popup::Diagnostics { .. }));
            app.popups.push(Popup::Diagnostics { errors, scroll: 0 });
            app.notice = Some(app.ui.text("ui-reload-failed"));
            return;
        }
    };
    let cat = match Catalog::new(&app.locale, &[&app.ui_sources, &files.locales]) {
        Ok(c) => c,
        Err(e) => {
            app.notice = Some(format!("{}: {e}", app.ui.text("ui-reload-failed")));
            return;
        }
    };
    let old_node = p.node().id().to_string();
    let actions = p.attempt.actions.clone();
    let (attempt, stopped) = Attempt::replay_prefix(&scenario, p.attempt.seed, &actions);
    let (cursor, form, check, doc_scroll) =
        (p.cursor, p.form.clone(), p.check.clone(), p.doc_scroll);
    let editor = std::mem::take(&mut p.editor);
    p.files = files;
    p.scenario = scenario;
    p.cat = cat;
    p.attempt = attempt;
    p.since = p.since.min(p.attempt.state.log.len());
    p.enter_node();
    if p.node().id() == old_node {
        p.cursor = cursor.min(p.shown_choices().len().saturating_sub(1));
        if form.entries.len() == p.form.entries.len() {
            p.form = form;
        }
        let markable = p.markable().to_vec();
        p.check.marks = check
            .marks
            .into_iter()
            .filter(|m| markable.contains(m))
            .collect();
        p.check.cursor = check.cursor.min(markable.len().saturating_sub(1));
        p.doc_scroll = doc_scroll;
        p.editor = editor;
    }
    app.popups
        .retain(|x| !matches!(x, Popup::Feedback { .. } | Popup::Diagnostics { .. }));
    // a good load clears what the failed one said
    app.notice = None;
    if let Some((k, e)) = stopped {
        app.notice = Some(format!(
            "{} ({}/{}): {e}",
            app.ui.text("ui-reload-replay-stopped"),
            k,
            actions.len()
        ));
    }
}

fn click(app: &mut App, on: Option<Hit>, cmds: &mut Vec<Cmd>) {
    if !app.popups.is_empty() {
        return;
    }
    app.notice = None;
    match on {
        Some(Hit::MenuEntry(i)) => {
            if app.menu.cursor == i {
                menu(app, &Msg::Do(Intent::Confirm), cmds);
            } else {
                app.menu.cursor = i;
            }
        }
        Some(Hit::Choice(pos)) => {
            if let Some(p) = app.play.as_mut() {
                p.cursor = pos;
            }
            decision(app, &Msg::Do(Intent::Confirm), cmds);
        }
        Some(Hit::FormField(i)) => {
            if let Some(p) = app.play.as_mut() {
                p.form.focus = i;
            }
            if app.play.as_ref().is_some_and(|p| i == p.form.entries.len()) {
                submit_form(app, cmds);
            }
        }
        Some(Hit::CheckField(i)) => {
            if let Some(p) = app.play.as_mut() {
                p.check.cursor = i;
            }
            check(app, &Msg::Do(Intent::Toggle), cmds);
        }
        None => {}
    }
}

fn wheel(app: &mut App, d: i8) {
    if let Some(s) = popup_scroll(app) {
        *s = scroll(*s, d as i64 * 3);
        return;
    }
    if !app.popups.is_empty() {
        return;
    }
    match (app.screen(), app.play.as_mut()) {
        (_, None) => app.menu.cursor = step(app.menu.cursor, app.menu.entries.len(), d as i64),
        (crate::tui::app::Screen::Play(Stage::Ended), Some(p)) => {
            p.log_scroll = scroll(p.log_scroll, d as i64 * 3)
        }
        (_, Some(p)) => p.doc_scroll = scroll(p.doc_scroll, d as i64 * 3),
    }
}
