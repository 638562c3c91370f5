//! The menu: the scenarios on offer, grouped by domain, with their localized titles.

use std::collections::BTreeMap;

use crate::i18n::{Catalog, Locale};
use crate::scenario::diagnostic::Diagnostic;
use crate::scenario::library::ScenarioFiles;
use crate::scenario::load::{SourceFile, parse_scenario};
use crate::scenario::model::{Domain, ScenarioFile};

#[derive(Debug, Clone)]
pub struct MenuEntry {
    pub files: ScenarioFiles,
    /// The metadata, or why the file cannot be read.
    pub meta: Result<ScenarioFile, Box<Diagnostic>>,
    pub title: String,
    pub summary: String,
    /// A teacher's copy that replaces a shipped scenario of the same id.
    pub shadows: bool,
}

impl MenuEntry {
    pub fn domain(&self) -> Option<Domain> {
        self.meta
            .as_ref()
            .ok()
            .and_then(|m| m.domains.first().copied())
    }
}

#[derive(Debug, Clone, Default)]
pub struct MenuState {
    pub entries: Vec<MenuEntry>,
    /// Index into `entries`.
    pub cursor: usize,
}

/// One line of the menu list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MenuRow {
    Group(Option<Domain>),
    Entry(usize),
    /// The entry's one-line summary, under it.
    Summary(usize),
}

impl MenuState {
    pub fn new(
        list: Vec<(ScenarioFiles, bool)>,
        locale: &Locale,
        ui: &BTreeMap<String, SourceFile>,
    ) -> MenuState {
        let mut entries: Vec<MenuEntry> = list
            .into_iter()
            .map(|(files, shadows)| {
                let meta = parse_scenario(&files.ron);
                MenuEntry {
                    files,
                    meta,
                    title: String::new(),
                    summary: String::new(),
                    shadows,
                }
            })
            .collect();
        entries.sort_by(|a, b| {
            let key = |e: &MenuEntry| {
                let m = e.meta.as_ref().ok();
                (
                    e.domain().map_or(usize::MAX, |d| d as usize),
                    m.map(|m| m.difficulty),
                    e.files.id.clone(),
                )
            };
            key(a).cmp(&key(b))
        });
        let mut m = MenuState { entries, cursor: 0 };
        m.localize(locale, ui);
        m
    }

    /// Titles and summaries in `locale`; called again when the language changes.
    pub fn localize(&mut self, locale: &Locale, ui: &BTreeMap<String, SourceFile>) {
        for e in &mut self.entries {
            let (title, summary) = match (&e.meta, Catalog::new(locale, &[ui, &e.files.locales])) {
                (Ok(m), Ok(cat)) => (cat.text(&m.title), cat.text(&m.summary)),
                (Ok(_), Err(err)) => (e.files.id.clone(), err.to_string()),
                (Err(d), _) => (
                    e.files.id.clone(),
                    format!("{}:{}:{}: {}", d.file, d.line, d.col, d.message),
                ),
            };
            e.title = title;
            e.summary = summary;
        }
    }

    /// Group headings and entries, in display order.
    pub fn rows(&self) -> Vec<MenuRow> {
        let mut out = Vec::new();
        let mut last: Option<Option<Domain>> = None;
        for (i, e) in self.entries.iter().enumerate() {
            let d = e.domain();
            if last != Some(d) {
                out.push(MenuRow::Group(d));
                last = Some(d);
            }
            out.push(MenuRow::Entry(i));
            out.push(MenuRow::Summary(i));
        }
        out
    }

    pub fn selected(&self) -> Option<&MenuEntry> {
        self.entries.get(self.cursor)
    }

    pub fn position(&self, id: &str) -> Option<usize> {
        self.entries.iter().position(|e| e.files.id == id)
    }
}
