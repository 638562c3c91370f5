//! Fluent rules: every message id the scenario uses exists in en-US (error) and in every
//! other locale (warning); no message is left unused; files parse; `$variables` exist; no
//! text holds characters a terminal would act on.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use super::super::compile::Scenario;
use super::super::diagnostic::{Diagnostic, Reporter, Severity};
use super::super::expr::Ty;
use super::super::library::ScenarioFiles;
use super::super::load::{SourceFile, parse_scenario};
use super::super::model::{FieldValue, Item, Node, Param, ScenarioFile};
use super::super::source::{Seg, SourceMap};
use super::super::text::FEEDBACK_ARGS;
use super::LocaleText;
use crate::i18n::messages::{Defined, defined};
use crate::i18n::{DEFAULT_LOCALE, SHIPPED_LOCALES, parse_ftl};
use crate::scenario::diagnostic::Rule;
use crate::suggest::{did_you_mean, did_you_mean_message};

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
    for (name, p) in &f.params {
        let pp = [Seg::Field("params"), Seg::Key(name)];
        match p {
            Param::OneOf(records) => {
                for (r, rec) in records.iter().enumerate() {
                    for (key, item) in rec {
                        if let Item::Message(id) = item {
                            add(id, &[pp[0], pp[1], Seg::Index(r), Seg::Key(key)]);
                        }
                    }
                }
            }
            Param::Pick { from, .. } => {
                for (k, fault) in from.iter().enumerate() {
                    let at = [pp[0], pp[1], Seg::Field("from"), Seg::Index(k)];
                    add(
                        &fault.feedback,
                        &[at[0], at[1], at[2], at[3], Seg::Field("feedback")],
                    );
                    if let FieldValue::Text(id) = &fault.wrong {
                        add(id, &[at[0], at[1], at[2], at[3], Seg::Field("wrong")]);
                    }
                }
            }
            _ => {}
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
        let np = |rest: &[Seg<'static>]| NodePath::new(i, rest);
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
                    for (k, w) in fl.worked.iter().enumerate() {
                        let at = [Seg::Field("fields"), Seg::Index(j), Seg::Field("worked")];
                        add(
                            &w.label,
                            &np(&[at[0], at[1], at[2], Seg::Index(k), Seg::Field("label")]),
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
            Node::Compose(c) => {
                for (j, item) in c.rubric.iter().enumerate() {
                    let ip =
                        |f: &'static str| np(&[Seg::Field("rubric"), Seg::Index(j), Seg::Field(f)]);
                    add(&item.label, &ip("label"));
                    if let Some(fb) = &item.feedback {
                        add(fb, &ip("feedback"));
                    }
                    for (k, l) in item.levels.iter().enumerate() {
                        add(
                            l,
                            &np(&[
                                Seg::Field("rubric"),
                                Seg::Index(j),
                                Seg::Field("levels"),
                                Seg::Index(k),
                            ]),
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

/// `nodes[i]` and a few steps below it, kept on the stack: every message id the scenario
/// uses gets one, most of them never looked up.
struct NodePath {
    segs: [Seg<'static>; 8],
    len: usize,
}

impl NodePath {
    fn new(i: usize, rest: &[Seg<'static>]) -> NodePath {
        let mut segs = [Seg::Index(0); 8];
        segs[0] = Seg::Field("nodes");
        segs[1] = Seg::Index(i);
        segs[2..2 + rest.len()].copy_from_slice(rest);
        NodePath {
            segs,
            len: 2 + rest.len(),
        }
    }
}

impl std::ops::Deref for NodePath {
    type Target = [Seg<'static>];
    fn deref(&self) -> &Self::Target {
        &self.segs[..self.len]
    }
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
    // an unclosed `{` is located at the `{` (see parse_ftl): say how a placeable looks
    let hint = if r.text.get(e.start..e.end) == Some("{") {
        "a placeable is `{ $variable }` or `{ other-message }`, closed on the same line"
    } else {
        "a message is `id = text`; continuation lines are indented; `{` opens a placeable"
    };
    r.error(
        Rule::FtlSyntax,
        (e.start, e.end),
        e.message.clone(),
        Some(hint.into()),
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

/// Every Fluent rule for one scenario: each locale has the text, with every message used
/// and nothing unused, undefined or unsafe to show.
fn check_model(
    f: &ScenarioFile,
    files: &ScenarioFiles,
    s: Option<&Scenario>,
    map: &SourceMap,
    texts: &BTreeMap<String, LocaleText>,
) -> Vec<Diagnostic> {
    let used = used_ids(f, None);
    let uses = Uses::new(f, map, &used);
    let mut ron_r = Reporter::new(&files.ron.path, &files.ron.text);
    let mut out = Vec::new();
    for lang in locales_to_check(files) {
        let gap = Gap::in_locale(&lang);
        let Some(src) = files.locales.get(&lang) else {
            no_text(&mut ron_r, f, &lang, gap, map);
            continue;
        };
        let Some(LocaleText { defs, errs }) = texts.get(&lang) else {
            continue;
        };
        let mut ftl_r = Reporter::new(&src.path, &src.text);
        for e in errs {
            ftl_diag(&mut ftl_r, e);
        }
        control_characters(&mut ftl_r);
        if defs.is_empty() && errs.is_empty() {
            // one clear line rather than one per missing message
            ftl_r.push(
                gap.severity,
                gap.code,
                (0, 0),
                format!("{} defines no messages", src.path),
                Some(format!("scenario `{}` needs its {lang} text here", f.id)),
            );
            out.extend(ftl_r.out);
            continue;
        }
        let def_ids: HashSet<&str> = defs.iter().map(|d| d.id.as_str()).collect();
        // a message whose text does not parse is reported there, not again as missing
        let broken: HashSet<&str> = errs.iter().filter_map(|e| e.broken.as_deref()).collect();
        let known = Known {
            defs,
            ids: &def_ids,
            broken: &broken,
        };
        missing_messages(&mut ron_r, &uses, &known, &lang, gap, src);
        unused_messages(&mut ftl_r, &uses, defs, &def_ids, &f.id);
        undefined_references(&mut ftl_r, defs, &def_ids, &lang, gap);
        if let Some(s) = s {
            undefined_variables(&mut ftl_r, s, defs);
            doubled_currency(&mut ftl_r, s, defs);
        }
        out.extend(ftl_r.out);
    }
    out.extend(ron_r.out);
    out
}

/// The message ids a scenario uses; where each is used is found only when asked (finding
/// places costs time, so it is done only when something is missing).
struct Uses<'a> {
    f: &'a ScenarioFile,
    map: &'a SourceMap,
    used: &'a [(String, (usize, usize))],
    /// The ids of `used`, as a set: made once for every locale.
    ids: HashSet<&'a str>,
    located: std::cell::OnceCell<Vec<(String, (usize, usize))>>,
}

impl<'a> Uses<'a> {
    fn new(f: &'a ScenarioFile, map: &'a SourceMap, used: &'a [(String, (usize, usize))]) -> Self {
        Uses {
            f,
            map,
            used,
            ids: used.iter().map(|(id, _)| id.as_str()).collect(),
            located: std::cell::OnceCell::new(),
        }
    }

    fn place(&self, id: &str) -> (usize, usize) {
        let all = self
            .located
            .get_or_init(|| used_ids(self.f, Some(self.map)));
        all.iter()
            .find(|(u, _)| u == id)
            .map_or((0, 0), |(_, at)| *at)
    }
}

/// How a gap in a locale is reported: an error in en-US (players would see raw ids), a
/// warning elsewhere (en-US text stands in).
#[derive(Clone, Copy)]
struct Gap {
    severity: Severity,
    code: Rule,
}

impl Gap {
    fn in_locale(lang: &str) -> Gap {
        if lang == DEFAULT_LOCALE {
            Gap {
                severity: Severity::Error,
                code: Rule::MissingMessage,
            }
        } else {
            Gap {
                severity: Severity::Warning,
                code: Rule::MissingTranslation,
            }
        }
    }
}

fn no_text(r: &mut Reporter, f: &ScenarioFile, lang: &str, gap: Gap, map: &SourceMap) {
    r.push(
        gap.severity,
        gap.code,
        map_id_span(map),
        format!("scenario `{}` has no {lang} text", f.id),
        Some(format!(
            "create locales/{lang}/{}.ftl beside the scenarios folder",
            f.id
        )),
    );
}

/// Ids the scenario uses that this locale does not define, at their use in the RON; the
/// hint names the .ftl file and the message the new line goes after.
/// What one locale file defines: its messages, their ids, and the ids whose text does not
/// parse (reported where they are, not again as missing).
struct Known<'a> {
    defs: &'a [Defined],
    ids: &'a HashSet<&'a str>,
    broken: &'a HashSet<&'a str>,
}

fn missing_messages(
    ron_r: &mut Reporter,
    uses: &Uses,
    known: &Known,
    lang: &str,
    gap: Gap,
    src: &SourceFile,
) {
    let Known {
        defs,
        ids: def_ids,
        broken,
    } = known;
    // built only when something is missing: a clean file needs none of them
    let mut lookup: Option<(Vec<&str>, HashMap<&str, usize>)> = None;
    let mut reported = BTreeSet::new();
    for (k, (id, _)) in uses.used.iter().enumerate() {
        if def_ids.contains(id.as_str())
            || broken.contains(id.as_str())
            || !reported.insert(id.as_str())
        {
            continue;
        }
        let (spare, offsets) = lookup.get_or_insert_with(|| {
            // a typo is among the ids this file defines that the scenario does not use
            let spare = defs
                .iter()
                .map(|d| d.id.as_str())
                .filter(|d| !uses.ids.contains(d))
                .collect();
            let offsets = defs.iter().map(|d| (d.id.as_str(), d.offset)).collect();
            (spare, offsets)
        });
        let path = &src.path;
        let place = match after_which(&uses.used[..k], offsets, &src.text) {
            Some((prev, line)) => format!("{path}, after `{prev}` (line {line})"),
            None => path.to_string(),
        };
        let hint = match did_you_mean_message(id, spare.iter().copied()) {
            Some(close) => format!("did you mean `{close}`? or add `{id} = ...` to {place}"),
            None => format!("add `{id} = ...` to {place}"),
        };
        ron_r.push(
            gap.severity,
            gap.code,
            uses.place(id),
            format!("message `{id}` is missing in {lang}"),
            Some(hint),
        );
    }
}

/// The last message used before this one that the file defines, and its line: the new
/// line goes after it, keeping the file in the scenario's order.
fn after_which<'a>(
    before: &'a [(String, (usize, usize))],
    offsets: &HashMap<&str, usize>,
    text: &str,
) -> Option<(&'a str, usize)> {
    before.iter().rev().find_map(|(prev, _)| {
        let offset = *offsets.get(prev.as_str())?;
        let line = text[..offset.min(text.len())].matches('\n').count() + 1;
        Some((prev.as_str(), line))
    })
}

/// Messages neither used by the scenario nor referred to by a used message.
fn unused_messages(
    ftl_r: &mut Reporter,
    uses: &Uses,
    defs: &[Defined],
    def_ids: &HashSet<&str>,
    scenario: &str,
) {
    let used = &uses.ids;
    // used directly, or referenced from a used message
    // (a file without references has nothing to follow: the used set is the live one)
    let mut grown: Option<HashSet<&str>> = None;
    if defs.iter().any(|d| !d.refs.is_empty()) {
        let mut live: HashSet<&str> = used.clone();
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
        grown = Some(live);
    }
    let live = grown.as_ref().unwrap_or(used);
    // ids the scenario uses that this file lacks: an unused message may be one misspelled
    // (found only when an unused message is)
    let mut missing_here: Option<Vec<&str>> = None;
    for d in defs.iter().filter(|d| !live.contains(d.id.as_str())) {
        let missing_here = missing_here.get_or_insert_with(|| {
            used.iter()
                .copied()
                .filter(|id| !def_ids.contains(id))
                .collect()
        });
        let hint = match did_you_mean_message(&d.id, missing_here.iter().copied()) {
            Some(m) => {
                format!("did you mean `{m}`? The scenario uses that id and this file lacks it")
            }
            None => "delete it, or use it in the scenario (a misspelled id?)".into(),
        };
        ftl_r.warn(
            Rule::UnusedMessage,
            (d.offset, d.offset + d.id.len()),
            format!("message `{}` is not used by scenario `{scenario}`", d.id),
            Some(hint),
        );
    }
}

/// `{ other-id }` references to messages this locale does not define.
fn undefined_references(
    ftl_r: &mut Reporter,
    defs: &[Defined],
    def_ids: &HashSet<&str>,
    lang: &str,
    gap: Gap,
) {
    let text = ftl_r.text;
    for d in defs {
        for r in d.refs.iter().filter(|r| !def_ids.contains(r.as_str())) {
            // the reference sits inside this message's text, after its id
            let from = (d.offset + d.id.len()).min(text.len());
            let at = text[from..].find(r.as_str()).map_or(d.offset, |i| from + i);
            let hint = match did_you_mean_message(r, def_ids.iter().copied()) {
                Some(c) => format!("did you mean `{{ {c} }}`?"),
                None => format!("define `{r} = ...` in this file, or remove the reference"),
            };
            ftl_r.push(
                gap.severity,
                gap.code,
                (at, at + r.len()),
                format!(
                    "message `{}` refers to `{r}`, which is not defined in {lang}",
                    d.id
                ),
                Some(hint),
            );
        }
    }
}

/// `{ $name }` where the scenario has no variable `name`.
fn undefined_variables(ftl_r: &mut Reporter, s: &Scenario, defs: &[Defined]) {
    for d in defs {
        for (v, at) in &d.vars {
            if s.var_index(v).is_none() && !FEEDBACK_ARGS.contains(&v.as_str()) {
                let names: Vec<&String> = s.vars.iter().map(|x| &x.name).collect();
                let hint = match did_you_mean(v, names.iter().copied()) {
                    Some(c) => format!("did you mean `${c}`?"),
                    None => "Fluent variables are the scenario's variables".into(),
                };
                // an error: students would see `{$name}` on screen
                ftl_r.error(
                    Rule::UndefinedVariable,
                    (*at, *at + v.len() + 1),
                    format!("`${v}` is not a variable of scenario `{}`", s.id()),
                    Some(hint),
                );
            }
        }
    }
}

/// `USD { $amount }` where `amount` is money: the value already carries its code, so the
/// player would read "USD USD 5,000".
fn doubled_currency(ftl_r: &mut Reporter, s: &Scenario, defs: &[Defined]) {
    let text = ftl_r.text;
    for d in defs {
        for (v, at) in &d.vars {
            let Some(Ty::Money(code)) = s.var_index(v).map(|i| &s.vars[i].ty) else {
                continue;
            };
            let before = text.get(..*at).unwrap_or("");
            let Some(open) = before.rfind('{') else {
                continue;
            };
            let lead = before[..open].trim_end();
            let doubled = [code.as_str(), "$", "¥", "￥", "€", "US$"]
                .iter()
                .any(|c| lead.ends_with(c));
            if doubled && before[open + 1..].trim().is_empty() {
                ftl_r.warn(
                    Rule::TypeMismatch,
                    (*at, *at + v.len() + 1),
                    format!(
                        "`${v}` is money and already shows its currency, so the text reads \"{code} {code} …\""
                    ),
                    Some("drop the currency written before the placeholder".into()),
                );
            }
        }
    }
}

/// Characters a terminal would act on (escape sequences, BEL, C1 controls, bidi overrides
/// and isolates), written raw or as a `\u` escape in a string literal: one warning per
/// line, at the first. Players see them neutralised (`␛`), but the author meant something
/// else. Tabs and CRLF line ends are fine.
pub fn control_characters(r: &mut Reporter) {
    let text = r.text;
    if !may_hold_controls(text) {
        return;
    }
    let mut found: Vec<((usize, usize), char)> = Vec::new();
    let (mut depth, mut in_string) = (0usize, false);
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        if acts_on_terminal(c, next) {
            found.push(((i, i + c.len_utf8()), c));
        }
        match c {
            '{' if !in_string => depth += 1,
            '}' if !in_string => depth = depth.saturating_sub(1),
            '"' if depth > 0 => in_string = !in_string,
            '\n' => in_string = false,
            '\\' if in_string => {
                let digits = match next {
                    Some('u') => 4,
                    Some('U') => 6,
                    _ => 0,
                };
                let escaped = text
                    .get(i + 2..i + 2 + digits)
                    .filter(|h| digits > 0 && h.bytes().all(|b| b.is_ascii_hexdigit()))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .and_then(char::from_u32);
                if let Some(e) = escaped.filter(|&e| acts_on_terminal(e, None)) {
                    found.push(((i, i + 2 + digits), e));
                }
                // the escaped character (`"`, `\`, `u`) neither ends nor starts anything
                chars.next();
            }
            _ => {}
        }
    }
    for run in found.chunk_by(|a, b| !text[a.0.1..b.0.0].contains('\n')) {
        let ((start, _), c) = run[0];
        let end = run[run.len() - 1].0.1;
        let more = match run.len() - 1 {
            0 => String::new(),
            n => format!(" (and {n} more on this line)"),
        };
        r.warn(
            Rule::ControlCharacter,
            (start, end),
            format!(
                "{} in the text{more}: a terminal would act on it",
                crate::safe_text::describe(c)
            ),
            Some(format!(
                "delete it; players are shown `{}` in its place",
                crate::safe_text::clean(&c.to_string())
            )),
        );
    }
}

/// A quick pass over the bytes (most files hold nothing a terminal acts on): the full scan
/// below tracks placeables and strings character by character, which costs more.
fn may_hold_controls(text: &str) -> bool {
    text.bytes()
        .any(|b| (b < 0x20 && b != b'\n' && b != b'\t') || b == 0x7f)
        || text.contains("\\u")
        || text.contains("\\U")
        || (!text.is_ascii()
            && text
                .chars()
                .any(|c| !c.is_ascii() && crate::safe_text::needs_cleaning(c)))
}

fn acts_on_terminal(c: char, next: Option<char>) -> bool {
    match c {
        '\t' => false,
        '\r' => next != Some('\n'),
        c => crate::safe_text::needs_cleaning(c),
    }
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
            control_characters(&mut r);
            out.extend(r.out);
            (lang, (defined(&res), src))
        })
        .collect();
    let Some((base, _)) = parsed.get(&DEFAULT_LOCALE.to_string()) else {
        return out;
    };
    let base_ids: HashSet<&str> = base.iter().map(|d| d.id.as_str()).collect();
    for (lang, (defs, src)) in &parsed {
        if lang.as_str() == DEFAULT_LOCALE {
            continue;
        }
        let ids: HashSet<&str> = defs.iter().map(|d| d.id.as_str()).collect();
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
    control_characters(&mut r);
    r.out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn warned(text: &str) -> Vec<(usize, usize, String)> {
        let mut r = Reporter::new("x.ftl", text);
        control_characters(&mut r);
        r.out
            .into_iter()
            .map(|d| (d.line, d.col, d.message))
            .collect()
    }

    #[test]
    fn control_characters_raw_or_escaped_are_warned_once_a_line() {
        let w = warned("a = A\u{1b}[2J\u{7}\nb = { \"\\u202E\" } \\u001B\n");
        assert_eq!(
            w,
            vec![
                (
                    1,
                    6,
                    "U+001B (escape) in the text (and 1 more on this line): a terminal would act on it"
                        .to_string()
                ),
                (
                    2,
                    8,
                    "U+202E (bidi override) in the text: a terminal would act on it".to_string()
                ),
            ]
        );
    }

    #[test]
    fn tabs_crlf_and_plain_escapes_are_fine() {
        assert!(warned("a = A\tB\r\nb = { \"\\\"\\u0041\" } 商业发票\r\n").is_empty());
    }
}
