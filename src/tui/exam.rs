//! Exam mode: the TUI driven by an assessment session. The session (src/record) owns the
//! journal, the clock and the truth; this glue hands it each accepted action before the
//! screen moves on, keeps the App's countdown and part in line with it, and shows the end.

use std::collections::BTreeMap;
use std::io;

use super::app::{App, ExamOver, ExamView, Feedback, Play, Popup, Settings};
use super::driver::Journal;
use super::theme::Theme;
use crate::engine::Action;
use crate::i18n::Catalog;
use crate::record::assessment::Debrief;
use crate::record::{ActError, Exam, Session};
use crate::scenario::library::ScenarioFiles;
use crate::scenario::load::SourceFile;

pub struct ExamJournal<'a> {
    exam: &'a Exam,
    pub session: Session,
    /// What stopped the exam (a write that failed): shown once the terminal is restored.
    pub failure: Option<String>,
}

impl<'a> ExamJournal<'a> {
    pub fn new(exam: &'a Exam, session: Session) -> ExamJournal<'a> {
        ExamJournal {
            exam,
            session,
            failure: None,
        }
    }

    fn files(&self, part: usize) -> Option<&ScenarioFiles> {
        let id = &self.session.header().parts.get(part)?.scenario;
        self.exam.library.get(id)
    }

    /// The App for this exam, in the language it is sat in, showing the part in play.
    pub fn app(
        &mut self,
        ui_sources: BTreeMap<String, SourceFile>,
        theme: Theme,
    ) -> Result<App, String> {
        let h = self.session.header().clone();
        let settings = Settings {
            feedback: Feedback::Withheld,
            saves: false,
        };
        let mut app = App::new(Vec::new(), ui_sources, &h.locale, settings, theme)?;
        app.direct = true;
        let (title, part_titles) = self.titles(&app, &h.locale);
        app.exam = Some(ExamView {
            title,
            locales: self.exam.file.locales.clone(),
            titles_locale: h.locale.clone(),
            part: self.session.current(),
            parts: h.parts.len(),
            part_titles,
            scored: h.parts.iter().map(|p| p.scored).collect(),
            pass_mark: h.pass_mark,
            left_ms: self.session.time_left_ms(),
            over: None,
        });
        self.sync(&mut app);
        Ok(app)
    }

    /// The assessment's title and each part's scenario title in `locale`.
    fn titles(&self, app: &App, locale: &str) -> (String, Vec<String>) {
        let h = self.session.header();
        let title = Catalog::new(locale, &[&app.ui_sources, &self.exam.files.locales])
            .map(|c| c.text(&h.assessment.title))
            .unwrap_or_else(|_| h.assessment.id.clone());
        let parts = (0..h.parts.len())
            .map(|i| {
                let t = self.files(i).and_then(|f| {
                    let cat = Catalog::new(locale, &[&app.ui_sources, &f.locales]).ok()?;
                    Some(cat.text(&self.session.scenario(i).file.title))
                });
                t.unwrap_or_else(|| h.parts[i].scenario.clone())
            })
            .collect();
        (title, parts)
    }

    fn fail(&mut self, app: &mut App, why: String) {
        self.failure = Some(why);
        app.quit = true;
    }

    /// Show part `part` with exactly the actions the session has recorded for it.
    fn show_part(&mut self, app: &mut App, part: usize) {
        let Some(files) = self.files(part).cloned() else {
            let id = self.session.header().parts[part].scenario.clone();
            return self.fail(app, format!("scenario `{id}` is not in the library"));
        };
        let a = self.session.attempt(part);
        let (seed, actions) = (a.seed, a.actions.clone());
        match Play::open(files, &app.locale, &app.ui_sources, seed, &actions) {
            Ok((p, None)) => {
                app.play = Some(Box::new(p));
                app.popups.retain(|p| *p == Popup::Help);
                if let Some(e) = app.exam.as_mut() {
                    e.part = part;
                }
            }
            Ok((_, Some((k, e)))) => self.fail(
                app,
                format!("part {}: action {k} does not replay: {e}", part + 1),
            ),
            Err(e) => self.fail(app, e),
        }
    }
}

impl Journal for ExamJournal<'_> {
    fn persist(&mut self, _app: &App, action: &Action) -> io::Result<()> {
        match self.session.act(action.clone()) {
            // time-up before it: not recorded, and `sync` shows the end
            Ok(_) | Err(ActError::Submitted) => Ok(()),
            Err(e) => {
                let why = e.to_string();
                self.failure = Some(why.clone());
                Err(io::Error::other(why))
            }
        }
    }

    fn hand_in(&mut self, _app: &App) -> io::Result<()> {
        self.session.hand_in().map(|_| ()).map_err(|e| {
            let why = e.to_string();
            self.failure = Some(why.clone());
            io::Error::other(why)
        })
    }

    fn sync(&mut self, app: &mut App) {
        if self.failure.is_some() {
            app.quit = true;
            return;
        }
        if let Err(e) = self.session.tick() {
            return self.fail(app, e.to_string());
        }
        let left = self.session.time_left_ms();
        let relabel = app
            .exam
            .as_ref()
            .is_some_and(|e| e.titles_locale != app.locale)
            .then(|| self.titles(app, &app.locale));
        let Some(view) = app.exam.as_mut() else {
            return;
        };
        view.left_ms = left;
        if let Some((title, parts)) = relabel {
            view.title = title;
            view.part_titles = parts;
            view.titles_locale = app.locale.clone();
        }
        if let Some(r) = self.session.result() {
            if view.over.is_none() {
                let show = self.session.header().debrief == Debrief::AfterExam;
                view.over = Some(ExamOver {
                    reason: r.reason,
                    result: show.then(|| r.clone()),
                });
                // nothing of the last scenario stays on screen: no ending, no scores
                app.play = None;
                app.popups = vec![Popup::ExamOver];
            }
            return;
        }
        // the screen shows the part in play with exactly what is recorded, never more
        let part = self.session.current();
        let recorded = self.session.attempt(part).actions.len();
        let in_step = view.part == part
            && app
                .play
                .as_ref()
                .is_some_and(|p| p.attempt.actions.len() == recorded);
        if !in_step {
            self.show_part(app, part);
        }
    }
}
