//! Exam mode: the TUI driven by an assessment session. The session (src/record) owns the
//! journal, the clock and the truth; this glue hands it each accepted action before the
//! screen moves on, keeps the App's countdown and part in line with it, and shows the end.

use std::collections::BTreeMap;
use std::io;

use super::app::{
    App, ExamOver, ExamScores, ExamView, Feedback, Files, PartScore, Settings, Submitted,
};
use super::driver::{self, Journal};
use super::theme::Theme;
use super::update::{ExamMsg, Msg, update};
use crate::engine::Action;
use crate::i18n::{Catalog, FtlError, Locale};
use crate::record::assessment::Debrief;
use crate::record::grade::SubmitReason;
use crate::record::{ActError, Exam, ExamResult, Session};
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
    ) -> Result<App, FtlError> {
        let h = self.session.header().clone();
        let settings = Settings {
            feedback: Feedback::Withheld,
            saves: false,
        };
        let locale = h.locale.clone();
        let mut app = App::new(Vec::new(), ui_sources, &locale, settings, theme)?;
        let (title, part_titles) = self.titles(&app, &locale);
        let view = ExamView {
            title,
            locales: self
                .exam
                .file
                .locales
                .iter()
                .map(|l| l.as_str().into())
                .collect(),
            titles_locale: locale,
            part: self.session.current(),
            parts: h.parts.len(),
            part_titles,
            scored: h.parts.iter().map(|p| p.scored).collect(),
            pass_mark: h.pass_mark,
            left_ms: self.session.time_left_ms(),
            over: None,
        };
        update(&mut app, Msg::Exam(ExamMsg::Begin(Box::new(view))));
        self.sync(&mut app);
        Ok(app)
    }

    /// Bring the App in line with the session (the driver does this after every message).
    pub fn sync(&mut self, app: &mut App) {
        driver::sync(self, app);
    }

    /// The assessment's title and each part's scenario title in `locale`.
    fn titles(&self, app: &App, locale: &Locale) -> (String, Vec<String>) {
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

    fn fail(&mut self, why: String) -> Vec<Msg> {
        self.failure = Some(why);
        vec![Msg::Exam(ExamMsg::Stop)]
    }

    /// Show part `part` with exactly the actions the session has recorded for it.
    fn show_part(&mut self, part: usize) -> Vec<Msg> {
        let Some(files) = self.files(part).cloned() else {
            let id = self.session.header().parts[part].scenario.clone();
            return self.fail(format!("scenario `{id}` is not in the library"));
        };
        let a = self.session.attempt(part);
        vec![Msg::Exam(ExamMsg::Part {
            index: part,
            files: Files(Box::new(files)),
            seed: a.seed,
            actions: a.actions.clone(),
        })]
    }
}

impl From<SubmitReason> for Submitted {
    fn from(r: SubmitReason) -> Self {
        match r {
            SubmitReason::Completed => Submitted::Completed,
            SubmitReason::Candidate => Submitted::Candidate,
            SubmitReason::TimeUp => Submitted::TimeUp,
            SubmitReason::Proctor => Submitted::Proctor,
        }
    }
}

impl From<&ExamResult> for ExamScores {
    fn from(r: &ExamResult) -> Self {
        ExamScores {
            total: r.total,
            pass: r.pass,
            competencies: r.competencies.clone(),
            parts: r
                .parts
                .iter()
                .map(|p| PartScore {
                    total: p.total,
                    scored: p.scored,
                })
                .collect(),
            provisional: false,
        }
    }
}

impl ExamJournal<'_> {
    /// A written answer has rubric items only an examiner marks (`tradesim grade`).
    fn awaits_examiner(&self) -> bool {
        (0..self.session.header().parts.len())
            .any(|p| self.session.attempt(p).state.pending.iter().any(|x| *x > 0))
    }
}

impl Journal for ExamJournal<'_> {
    fn persist(&mut self, _app: &App, action: &Action) -> io::Result<()> {
        match self.session.act(action.clone()) {
            // time-up before it, or the room paused: not recorded, and `sync` shows the
            // screen as the session stands
            Ok(_) | Err(ActError::Submitted) | Err(ActError::Paused) => Ok(()),
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

    fn stop(&mut self, why: String) {
        self.failure = Some(why);
    }

    fn news(&mut self, app: &App) -> Vec<Msg> {
        if self.failure.is_some() {
            return vec![Msg::Exam(ExamMsg::Stop)];
        }
        if let Err(e) = self.session.tick() {
            return self.fail(e.to_string());
        }
        let Some(view) = app.exam.as_ref() else {
            return Vec::new();
        };
        let mut news = vec![Msg::Exam(ExamMsg::Clock(self.session.time_left_ms()))];
        if view.titles_locale != app.locale {
            let (title, parts) = self.titles(app, &app.locale);
            news.push(Msg::Exam(ExamMsg::Titles {
                title,
                parts,
                locale: app.locale.clone(),
            }));
        }
        if let Some(r) = self.session.result() {
            if view.over.is_none() {
                let show = self.session.header().debrief == Debrief::AfterExam;
                news.push(Msg::Exam(ExamMsg::Over(ExamOver {
                    reason: r.reason.into(),
                    result: show.then(|| ExamScores {
                        provisional: self.awaits_examiner(),
                        ..r.into()
                    }),
                })));
            }
            return news;
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
            news.extend(self.show_part(part));
        }
        news
    }
}
