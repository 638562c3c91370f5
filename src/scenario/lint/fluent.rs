//! Fluent rules: every message id the scenario uses exists in en-US (error) and in every
//! other locale (warning); no message is left unused; files parse; `$variables` exist.

use crate::scenario::diagnostic::Rule;
use std::collections::{BTreeMap, BTreeSet};

use super::super::compile::Scenario;
use super::super::diagnostic::{Diagnostic, Reporter, Severity};
use super::super::library::ScenarioFiles;
use super::super::load::{SourceFile, parse_scenario};
use super::super::model::{FieldValue, Node, ScenarioFile};
use super::super::source::{Seg, SourceMap};
use super::LocaleText;
use crate::i18n::messages::{Defined, defined};
use crate::i18n::{DEFAULT_LOCALE, SHIPPED_LOCALES, parse_ftl};
use crate::suggest::did_you_mean;

/// Every message id the scenario uses, with where it is used when `map` is given (finding
/// places costs time, so it is done only when something is missing).
fn used_ids(f: &ScenarioFile, map: Option<&SourceMap>) -> Vec<(String, (usize, usize))> {
    let mut out = Vec::new();
    let mut add = |id: &str, path: &[Seg]| {
        let at = map.map_or((0, 0), |m| {
            let s = m.locate(path);
            (s.start, s.end)
        });
        out.push((id.to_string(), at));
    };
    add(&f.title, &[Seg::Field("title")]);
    add(&f.summary, &[Seg::Field("summary")]);
    for (name, v) in &f.variables {
        if v.visible() {
            add(
                &format!("var-{name}"),
                &[Seg::Field("variables"), Seg::Key(name)],
            );
        }
    }
    for (i, d) in f.documents.iter().enumerate() {
        let dp = [Seg::Field("documents"), Seg::Index(i)];
        add(&d.title, &[dp[0], dp[1], Seg::Field("title")]);
        for (j, fl) in d.fields.iter().enumerate() {
            let fp = [dp[0], dp[1], Seg::Field("fields"), Seg::Index(j)];
            add(
                &fl.label,
                &[fp[0], fp[1], fp[2], fp[3], Seg::Field("label")],
            );
            if let FieldValue::Text(id) = &fl.value {
                add(id, &[fp[0], fp[1], fp[2], fp[3], Seg::Field("value")]);
            }
        }
    }
    for (i, n) in f.nodes.iter().enumerate() {
        let np = |rest: &[Seg<'static>]| -> Vec<Seg<'static>> {
            let mut v = vec![Seg::Field("nodes"), Seg::Index(i)];
            v.extend_from_slice(rest);
            v
        };
        if let Some(sp) = n.speaker() {
            add(sp, &np(&[Seg::Field("speaker")]));
        }
        if let Some(t) = n.text() {
            add(t, &np(&[Seg::Field("text")]));
        }
        match n {
            Node::Decision(d) => {
                for (j, c) in d.choices.iter().enumerate() {
                    add(
                        &c.text,
                        &np(&[Seg::Field("choices"), Seg::Index(j), Seg::Field("text")]),
                    );
                    if let Some(fb) = &c.feedback {
                        add(
                            fb,
                            &np(&[Seg::Field("choices"), Seg::Index(j), Seg::Field("feedback")]),
                        );
                    }
                }
            }
            Node::Form(fm) => {
                for (j, fl) in fm.fields.iter().enumerate() {
                    add(
                        &fl.label,
                        &np(&[Seg::Field("fields"), Seg::Index(j), Seg::Field("label")]),
                    );
                    if let Some(o) = &fl.otherwise {
                        add(
                            o,
                            &np(&[Seg::Field("fields"), Seg::Index(j), Seg::Field("otherwise")]),
                        );
                    }
                    for (k, a) in fl.answers.iter().enumerate() {
                        if let Some(fb) = &a.feedback {
                            add(
                                fb,
                                &np(&[
                                    Seg::Field("fields"),
                                    Seg::Index(j),
                                    Seg::Field("answers"),
                                    Seg::Index(k),
                                    Seg::Field("feedback"),
                                ]),
                            );
                        }
                    }
                }
            }
            Node::Check(c) => {
                for (list, items) in [
                    ("discrepancies", &c.discrepancies),
                    ("harmless", &c.harmless),
                ] {
                    for (j, fd) in items.iter().enumerate() {
                        add(
                            &fd.feedback,
                            &np(&[Seg::Field(list), Seg::Index(j), Seg::Field("feedback")]),
                        );
                    }
                }
            }
            Node::Random(r) => {
                for (j, o) in r.outcomes.iter().enumerate() {
                    add(
                        &o.text,
                        &np(&[Seg::Field("outcomes"), Seg::Index(j), Seg::Field("text")]),
                    );
                }
            }
            Node::Ending(_) => {}
        }
    }
    out
}

/// The locales a scenario must be checked in: the shipped ones and any it has files for.
fn locales_to_check(files: &ScenarioFiles) -> Vec<String> {
    let mut set: BTreeSet<String> = SHIPPED_LOCALES.iter().map(|s| s.to_string()).collect();
    set.extend(files.locales.keys().cloned());
    // en-US first: it is the one whose gaps are errors
    let mut v: Vec<String> = set.into_iter().filter(|l| l != DEFAULT_LOCALE).collect();
    v.insert(0, DEFAULT_LOCALE.to_string());
    v
}

fn ftl_diag(r: &mut Reporter, e: &crate::i18n::FtlError) {
    r.error(
        Rule::FtlSyntax,
        (e.start, e.end),
        e.message.clone(),
        Some(
            "a message is `id = text`; continuation lines are indented; `{` opens a placeable"
                .into(),
        ),
    );
}

pub fn check(
    s: &Scenario,
    files: &ScenarioFiles,
    map: &SourceMap,
    texts: &BTreeMap<String, LocaleText>,
) -> Vec<Diagnostic> {
    check_model(&s.file, files, Some(s), map, texts)
}

/// When the logic failed to compile, still check text if the file parses at all.
pub fn check_unparsed(
    files: &ScenarioFiles,
    map: &SourceMap,
    texts: &BTreeMap<String, LocaleText>,
) -> Vec<Diagnostic> {
    match parse_scenario(&files.ron) {
        Ok(f) => check_model(&f, files, None, map, texts),
        Err(_) => Vec::new(),
    }
}

fn check_model(
    f: &ScenarioFile,
    files: &ScenarioFiles,
    s: Option<&Scenario>,
    map: &SourceMap,
    texts: &BTreeMap<String, LocaleText>,
) -> Vec<Diagnostic> {
    let used = used_ids(f, None);
    let located = std::cell::OnceCell::new();
    let place = |id: &str| -> (usize, usize) {
        let all = located.get_or_init(|| used_ids(f, Some(map)));
        all.iter()
            .find(|(u, _)| u == id)
            .map_or((0, 0), |(_, at)| *at)
    };
    let used_set: BTreeSet<&str> = used.iter().map(|(id, _)| id.as_str()).collect();
    let mut ron_r = Reporter::new(&files.ron.path, &files.ron.text);
    let mut out = Vec::new();
    for lang in locales_to_check(files) {
        let (severity, code) = if lang == DEFAULT_LOCALE {
            (Severity::Error, Rule::MissingMessage)
        } else {
            (Severity::Warning, Rule::MissingTranslation)
        };
        let Some(src) = files.locales.get(&lang) else {
            ron_r.push(
                severity,
                code,
                map_id_span(map),
                format!("scenario `{}` has no {lang} text", f.id),
                Some(format!(
                    "create locales/{lang}/{}.ftl beside the scenarios folder",
                    f.id
                )),
            );
            continue;
        };
        let Some(LocaleText { defs, errs }) = texts.get(&lang) else {
            continue;
        };
        let mut ftl_r = Reporter::new(&src.path, &src.text);
        for e in errs {
            ftl_diag(&mut ftl_r, e);
        }
        if defs.is_empty() && errs.is_empty() {
            // one clear line rather than one per missing message
            ftl_r.push(
                severity,
                code,
                (0, 0),
                format!("{} defines no messages", src.path),
                Some(format!("scenario `{}` needs its {lang} text here", f.id)),
            );
            out.extend(ftl_r.out);
            continue;
        }
        let def_ids: BTreeSet<&str> = defs.iter().map(|d| d.id.as_str()).collect();
        let mut reported = BTreeSet::new();
        for (id, _) in &used {
            if !def_ids.contains(id.as_str()) && reported.insert(id.as_str()) {
                let hint = match did_you_mean(id, def_ids.iter().copied()) {
                    Some(close) => format!(
                        "did you mean `{close}`? or add `{id} = ...` to {}",
                        src.path
                    ),
                    None => format!("add `{id} = ...` to {}", src.path),
                };
                ron_r.push(
                    severity,
                    code,
                    place(id),
                    format!("message `{id}` is missing in {lang}"),
                    Some(hint),
                );
            }
        }
        // used directly, or referenced from a used message
        let mut live: BTreeSet<&str> = used_set.clone();
        loop {
            let before = live.len();
            for d in defs {
                if live.contains(d.id.as_str()) {
                    live.extend(d.refs.iter().map(|r| r.as_str()));
                }
            }
            if live.len() == before {
                break;
            }
        }
        // ids the scenario uses that this file lacks: an unused message may be one misspelled
        let missing_here: Vec<&str> = used_set
            .iter()
            .copied()
            .filter(|id| !def_ids.contains(id))
            .collect();
        for d in defs {
            if !live.contains(d.id.as_str()) {
                let hint = match did_you_mean(&d.id, missing_here.iter().copied()) {
                    Some(m) => format!(
                        "did you mean `{m}`? The scenario uses that id and this file lacks it"
                    ),
                    None => "delete it, or use it in the scenario (a misspelled id?)".into(),
                };
                ftl_r.warn(
                    Rule::UnusedMessage,
                    (d.offset, d.offset + d.id.len()),
                    format!("message `{}` is not used by scenario `{}`", d.id, f.id),
                    Some(hint),
                );
            }
            for r in d.refs.iter().filter(|r| !def_ids.contains(r.as_str())) {
                // the reference sits inside this message's text, after its id
                let from = (d.offset + d.id.len()).min(src.text.len());
                let at = src.text[from..]
                    .find(r.as_str())
                    .map_or(d.offset, |i| from + i);
                let hint = match did_you_mean(r, def_ids.iter().copied()) {
                    Some(c) => format!("did you mean `{{ {c} }}`?"),
                    None => format!("define `{r} = ...` in this file, or remove the reference"),
                };
                ftl_r.push(
                    severity,
                    code,
                    (at, at + r.len()),
                    format!(
                        "message `{}` refers to `{r}`, which is not defined in {lang}",
                        d.id
                    ),
                    Some(hint),
                );
            }
            if let Some(s) = s {
                for (v, at) in &d.vars {
                    if s.var_index(v).is_none() {
                        let names: Vec<&String> = s.vars.iter().map(|x| &x.name).collect();
                        let hint = match did_you_mean(v, names.iter().copied()) {
                            Some(c) => format!("did you mean `${c}`?"),
                            None => "Fluent variables are the scenario's variables".into(),
                        };
                        ftl_r.warn(
                            Rule::UndefinedVariable,
                            (*at, *at + v.len() + 1),
                            format!("`${v}` is not a variable of scenario `{}`", f.id),
                            Some(hint),
                        );
                    }
                }
            }
        }
        out.extend(ftl_r.out);
    }
    out.extend(ron_r.out);
    out
}

fn map_id_span(map: &SourceMap) -> (usize, usize) {
    let s = map.locate(&[Seg::Field("id")]);
    (s.start, s.end)
}

/// UI chrome: parses, and every locale has exactly the ids en-US has.
pub fn lint_ui(ui: &BTreeMap<String, SourceFile>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let parsed: BTreeMap<&String, (Vec<Defined>, &SourceFile)> = ui
        .iter()
        .map(|(lang, src)| {
            let (res, errs) = parse_ftl(src);
            let mut r = Reporter::new(&src.path, &src.text);
            for e in &errs {
                ftl_diag(&mut r, e);
            }
            out.extend(r.out);
            (lang, (defined(&res), src))
        })
        .collect();
    let Some((base, _)) = parsed.get(&DEFAULT_LOCALE.to_string()) else {
        return out;
    };
    let base_ids: BTreeSet<&str> = base.iter().map(|d| d.id.as_str()).collect();
    for (lang, (defs, src)) in &parsed {
        if lang.as_str() == DEFAULT_LOCALE {
            continue;
        }
        let ids: BTreeSet<&str> = defs.iter().map(|d| d.id.as_str()).collect();
        let mut r = Reporter::new(&src.path, &src.text);
        for missing in base_ids.difference(&ids) {
            let end = src.text.len();
            r.warn(
                Rule::MissingTranslation,
                (end, end),
                format!("UI message `{missing}` is missing in {lang}"),
                Some(format!("add `{missing} = ...`")),
            );
        }
        for d in defs {
            if !base_ids.contains(d.id.as_str()) {
                r.warn(
                    Rule::UnusedMessage,
                    (d.offset, d.offset + d.id.len()),
                    format!("UI message `{}` is not in en-US, so it is never used", d.id),
                    None,
                );
            }
        }
        out.extend(r.out);
    }
    out
}

/// An .ftl file on its own: it parses.
pub fn lint_loose(src: &SourceFile) -> Vec<Diagnostic> {
    let (_, errs) = parse_ftl(src);
    let mut r = Reporter::new(&src.path, &src.text);
    for e in &errs {
        ftl_diag(&mut r, e);
    }
    r.out
}
