//! The menu: the scenarios on offer, grouped by domain, with their localized titles.
//! Beginner scenarios (the tutorial) come first under "Start here": a newcomer learns the
//! screens before any domain; the capstone ties the domains together, so it comes last.

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

    pub fn group(&self) -> MenuGroup {
        match (&self.meta, self.domain()) {
            (Ok(m), _) if m.starts_here() => MenuGroup::Start,
            (_, Some(d)) => MenuGroup::Domain(d),
            (_, None) => MenuGroup::Other,
        }
    }
}

/// A heading of the menu list, in display order (`Domain`'s own order in between).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MenuGroup {
    Start,
    Domain(Domain),
    /// Files that cannot be read, or name no domain.
    Other,
}

impl MenuGroup {
    /// The ui.ftl message that names the group.
    pub fn message(self) -> String {
        match self {
            MenuGroup::Start => "ui-menu-start".into(),
            MenuGroup::Domain(d) => format!("ui-domain-{}", d.key()),
            MenuGroup::Other => "ui-domain-unknown".into(),
        }
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
    Group(MenuGroup),
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
                (e.group(), m.map(|m| m.difficulty), e.files.id.clone())
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
        let mut last: Option<MenuGroup> = None;
        for (i, e) in self.entries.iter().enumerate() {
            let g = e.group();
            if last != Some(g) {
                out.push(MenuRow::Group(g));
                last = Some(g);
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
