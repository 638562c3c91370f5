//! `step`: apply one player action to the state. Never panics; an action that is not
//! legal where the attempt stands is rejected with the reason, and the state is untouched.

use std::fmt;

use rand::Rng as _;

use crate::scenario::compile::{
    ChoiceLogic, Deltas, FieldLogic, Logic, Matcher, Scenario, normalise,
};
use crate::scenario::expr::{
    Decimal, DivByZero, Statement, Ty, Val, apply, eval, minor_unit, parse_decimal, round_half_up,
    try_eval,
};
use crate::scenario::model::Tolerance;

use super::Rng;
use super::action::Action;
use super::state::{Entry, Event, FieldResult, LogEntry, State};
use crate::scenario::variant::Variant;

/// Random events chained back to back beyond this are a scenario loop, not play.
const MAX_AUTO_STEPS: usize = 1000;

// defined beside the format, whose lint names it, so scenario needs nothing from engine
pub use crate::scenario::MAX_MOVES;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejected {
    Finished,
    /// The action does not fit this kind of node.
    WrongKind {
        node: String,
        expected: &'static str,
    },
    NoSuchChoice(usize),
    ChoiceUnavailable(usize),
    UnknownField(String),
    NotANumber {
        field: String,
        entry: String,
    },
    NotAnOption {
        field: String,
        entry: String,
    },
    UnknownMark(String),
    /// The node needs no action (a random event stuck in a loop of random events).
    Waiting,
    /// The attempt has made `MAX_MOVES` moves without an ending: the scenario loops.
    MoveLimit,
    /// The move would divide by zero at `node` (in a condition, an expected figure or an
    /// effect, its own or a random event's that it leads to): the scenario's arithmetic is
    /// wrong for these values, so the move is refused and nothing changes.
    DivisionByZero {
        node: String,
    },
}

impl fmt::Display for Rejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rejected::Finished => write!(f, "the attempt has already ended"),
            Rejected::WrongKind { node, expected } => {
                write!(f, "node `{node}` expects {expected}")
            }
            Rejected::NoSuchChoice(i) => write!(f, "there is no choice {}", i + 1),
            Rejected::ChoiceUnavailable(i) => {
                write!(
                    f,
                    "choice {} is not available now (its condition does not hold)",
                    i + 1
                )
            }
            Rejected::UnknownField(n) => write!(f, "this form has no field `{n}`"),
            Rejected::NotANumber { field, entry } => {
                write!(
                    f,
                    "`{field}` needs a number such as 1,234.50, not `{entry}`"
                )
            }
            Rejected::NotAnOption { field, entry } => {
                write!(f, "`{entry}` is not one of the options of `{field}`")
            }
            Rejected::UnknownMark(m) => {
                write!(f, "`{m}` is not a field of the documents in view")
            }
            Rejected::Waiting => write!(f, "this node takes no action"),
            Rejected::MoveLimit => write!(
                f,
                "the attempt has made {MAX_MOVES} moves without reaching an ending, the most \
                 one attempt may: the scenario loops (`tradesim lint` shows where)"
            ),
            Rejected::DivisionByZero { node } => write!(
                f,
                "this move makes the scenario divide by zero at node `{node}`, so it is refused \
                 and nothing changed: the scenario's arithmetic needs fixing"
            ),
        }
    }
}

impl std::error::Error for Rejected {}

/// Where random outcomes come from: the attempt's seeded RNG in play; a script when
/// playtest explores every outcome.
pub trait Chance: Clone {
    /// Pick an index of `weights` (zero weight: not drawable); the total is positive.
    fn pick(&mut self, weights: &[u64]) -> usize;
}

impl Chance for Rng {
    fn pick(&mut self, weights: &[u64]) -> usize {
        let total: u64 = weights.iter().sum();
        // one draw per event, whatever the weights: replays stay aligned
        let mut r = self.next_u64() % total.max(1);
        for (i, w) in weights.iter().enumerate() {
            if r < *w {
                return i;
            }
            r -= w;
        }
        weights.len().saturating_sub(1)
    }
}

/// A new attempt at the scenario's start, its params set to the variant's values (random
/// events at the start are drawn at once).
pub fn start<C: Chance>(s: &Scenario, variant: &Variant, rng: &mut C) -> (State, Vec<Event>) {
    let mut st = State {
        node: s.start,
        vars: variant.vars(s),
        points: vec![0; s.competencies.len()],
        pending: vec![0; s.competencies.len()],
        visited: vec![false; s.logic.len()],
        steps: 0,
        log: Vec::new(),
        ending: None,
    };
    st.visited[s.start] = true;
    for e in &s.setup {
        // a zero divisor here is lint's `variant-fails`; the value stays as it was
        let _ = apply(e, &mut st.vars);
        clamp(s, &mut st, e.var);
    }
    let mut events = Vec::new();
    // a start that divides by zero is caught by lint's start-value check; here it stops
    // drawing, leaving the attempt where the arithmetic failed
    let _ = settle(s, &mut st, rng, &mut events);
    (st, events)
}

/// The offered choices in the order a player sees them: shuffled per attempt and node
/// (unless the node says `shuffle: false`), from a hash of the seed, never from the
/// attempt's RNG, so showing choices cannot change what happens.
pub fn display_order(s: &Scenario, st: &State, seed: u64) -> Vec<usize> {
    let mut v = available_choices(s, st);
    let shuffle = matches!(s.node(st.node), crate::scenario::model::Node::Decision(d) if d.shuffle);
    if shuffle {
        let mut h = seed ^ (st.node as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        for i in (1..v.len()).rev() {
            h = splitmix64(h);
            v.swap(i, (h % (i as u64 + 1)) as usize);
        }
    }
    v
}

pub use crate::scenario::variant::{plain, splitmix64};

/// Indices of the choices offered now at a decision node (conditions that hold).
pub fn available_choices(s: &Scenario, st: &State) -> Vec<usize> {
    match s.logic.get(st.node) {
        Some(Logic::Decision { choices }) => choices
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                c.condition
                    .as_ref()
                    .is_none_or(|e| eval(e, &st.vars).as_flag())
            })
            .map(|(i, _)| i)
            .collect(),
        _ => Vec::new(),
    }
}

pub fn step<C: Chance>(
    s: &Scenario,
    st: &mut State,
    rng: &mut C,
    action: Action,
) -> Result<Vec<Event>, Rejected> {
    if st.ending.is_some() {
        return Err(Rejected::Finished);
    }
    if st.log.len() >= MAX_MOVES {
        return Err(Rejected::MoveLimit);
    }
    let here = st.node;
    // all or nothing: a zero divisor anywhere along the move (its own arithmetic or the
    // random events it leads to) puts back the state and the draws as they were
    let saved = Saved::of(st);
    let draws = rng.clone();
    let div = |at: usize| Rejected::DivisionByZero {
        node: s.node(at).id().to_string(),
    };
    let m = match (&s.logic[here], &action) {
        (Logic::Decision { choices }, Action::Choose(i)) => {
            choose(choices, *i, &st.vars).map_err(|e| e.unwrap_or_else(|_| div(here)))?
        }
        (
            Logic::Form {
                fields,
                effects,
                goto,
            },
            Action::Submit(entries),
        ) => submit(s, st, fields, entries, effects, *goto)?,
        (logic @ Logic::Check { .. }, Action::Mark(names)) => mark(s, logic, names, &st.vars)?,
        (
            Logic::Compose {
                items,
                effects,
                goto,
                ..
            },
            Action::Write(text),
        ) => write(s, st, items, text, effects, *goto)?,
        (logic, _) => return Err(wrong_kind(s, here, logic)),
    };
    let mut events = vec![Event::Accepted(action)];
    st.steps += 1;
    let done = commit(s, st, here, m, &mut events)
        .map_err(|_| here)
        .and_then(|()| settle(s, st, rng, &mut events));
    if let Err(at) = done {
        saved.restore(st);
        *rng = draws;
        return Err(div(at));
    }
    Ok(events)
}

/// What a move may change, kept to put back when it is refused half way. The log only
/// grows, so its length is enough.
struct Saved {
    node: usize,
    vars: Vec<Val>,
    points: Vec<i64>,
    visited: Vec<bool>,
    steps: u32,
    log: usize,
    ending: Option<usize>,
}

impl Saved {
    fn of(st: &State) -> Saved {
        Saved {
            node: st.node,
            vars: st.vars.clone(),
            points: st.points.clone(),
            visited: st.visited.clone(),
            steps: st.steps,
            log: st.log.len(),
            ending: st.ending,
        }
    }
    fn restore(self, st: &mut State) {
        st.node = self.node;
        st.vars = self.vars;
        st.points = self.points;
        st.visited = self.visited;
        st.steps = self.steps;
        st.log.truncate(self.log);
        st.ending = self.ending;
    }
}

/// What an accepted action does: its log entry, points, effects and where it leads.
struct Move<'s> {
    entry: Entry,
    deltas: Deltas,
    /// Points that wait for an examiner (a written answer's examiner items).
    pending: Deltas,
    effects: &'s [Statement],
    goto: usize,
}

/// Why an action that does not fit the node is refused.
fn wrong_kind(s: &Scenario, here: usize, logic: &Logic) -> Rejected {
    let expected = match logic {
        Logic::Random { .. } => return Rejected::Waiting,
        Logic::Ending { .. } => return Rejected::Finished,
        Logic::Decision { .. } => "a choice (`choose N`)",
        Logic::Form { .. } => "a form (`submit field=value ...`)",
        Logic::Check { .. } => "marked fields (`mark doc.field ...`)",
        Logic::Compose { .. } => "a written answer (`write \"...\"`)",
    };
    Rejected::WrongKind {
        node: s.node(here).id().to_string(),
        expected,
    }
}

/// A refusal, or a zero divisor met on the way (the caller names the node).
type Refusal = Result<Rejected, DivByZero>;

fn choose<'s>(choices: &'s [ChoiceLogic], i: usize, vars: &[Val]) -> Result<Move<'s>, Refusal> {
    let c = choices.get(i).ok_or(Ok(Rejected::NoSuchChoice(i)))?;
    if let Some(cond) = &c.condition
        && !try_eval(cond, vars).map_err(Err)?.as_flag()
    {
        return Err(Ok(Rejected::ChoiceUnavailable(i)));
    }
    Ok(Move {
        entry: Entry::Chose { choice: i },
        deltas: c.score.clone(),
        pending: Vec::new(),
        effects: &c.effects,
        goto: c.goto,
    })
}

/// A form: every entry is validated before anything changes; then stored fields are set.
fn submit<'s>(
    s: &Scenario,
    st: &mut State,
    fields: &[FieldLogic],
    entries: &[(String, String)],
    effects: &'s [Statement],
    goto: usize,
) -> Result<Move<'s>, Rejected> {
    let form = match s.node(st.node) {
        crate::scenario::model::Node::Form(f) => f,
        _ => return Err(Rejected::Waiting),
    };
    for (name, _) in entries {
        if !form.fields.iter().any(|f| &f.id == name) {
            return Err(Rejected::UnknownField(name.clone()));
        }
    }
    let mut results = Vec::with_capacity(fields.len());
    let mut deltas = Vec::new();
    let mut stores = Vec::new();
    for (fi, (decl, logic)) in form.fields.iter().zip(fields).enumerate() {
        let raw = entries
            .iter()
            .rev()
            .find(|(k, _)| *k == decl.id)
            .map(|(_, v)| v.as_str())
            .unwrap_or("");
        let entry = raw.trim();
        let number = if logic.numeric && !entry.is_empty() {
            Some(parse_number(entry).ok_or_else(|| Rejected::NotANumber {
                field: decl.id.clone(),
                entry: entry.to_string(),
            })?)
        } else {
            None
        };
        let norm = normalise(entry);
        if let Some(opts) = &logic.options
            && !entry.is_empty()
            && !opts.contains(&norm)
        {
            return Err(Rejected::NotAnOption {
                field: decl.id.clone(),
                entry: entry.to_string(),
            });
        }
        let answer =
            match_answer(logic, &norm, number, &st.vars).map_err(|_| Rejected::DivisionByZero {
                node: s.node(st.node).id().to_string(),
            })?;
        if let Some(a) = answer {
            deltas.extend(logic.answers[a].1.iter().copied());
        }
        if let Some(var) = logic.store
            && !entry.is_empty()
        {
            stores.push((
                var,
                match (number, &s.vars[var].ty) {
                    (Some(n), Ty::Money(c)) => Val::num(round_half_up(n, minor_unit(c))),
                    (Some(n), Ty::Percent) => Val::num(n / Decimal::ONE_HUNDRED),
                    (Some(n), ty) if ty.is_whole() => Val::num(n.trunc()),
                    (Some(n), _) => Val::num(n),
                    (None, _) => Val::Text(entry.into()),
                },
            ));
        }
        results.push(FieldResult {
            field: fi,
            entry: entry.to_string(),
            answer,
        });
    }
    for (var, v) in stores {
        st.vars[var] = v;
        clamp(s, st, var);
    }
    Ok(Move {
        entry: Entry::Submitted { fields: results },
        deltas,
        pending: Vec::new(),
        effects,
        goto,
    })
}

/// A written answer: the automatic rubric items score at once (a provisional score in an
/// exam; examiner items are marked later and never change the sealed record).
fn write<'s>(
    s: &Scenario,
    st: &State,
    items: &[Deltas],
    text: &str,
    effects: &'s [Statement],
    goto: usize,
) -> Result<Move<'s>, Rejected> {
    let crate::scenario::model::Node::Compose(node) = s.node(st.node) else {
        return Err(Rejected::Waiting);
    };
    let verdicts: Vec<_> =
        crate::scenario::rubric::check(&node.rubric, text, &|name| value_text(s, &st.vars, name))
            .into_iter()
            .map(|r| r.verdict)
            .collect();
    let judged = |want: crate::scenario::rubric::Verdict| -> Deltas {
        items
            .iter()
            .zip(&verdicts)
            .filter(|(_, v)| **v == want)
            .flat_map(|(d, _)| d.iter().copied())
            .collect()
    };
    let deltas = judged(crate::scenario::rubric::Verdict::Met);
    let pending = judged(crate::scenario::rubric::Verdict::Examiner);
    Ok(Move {
        entry: Entry::Wrote {
            text: text.to_string(),
            verdicts,
        },
        deltas,
        pending,
        effects,
        goto,
    })
}

/// A variable's current value as the rubric reads it, or None when `name` is no variable.
pub fn value_text(s: &Scenario, vars: &[Val], name: &str) -> Option<String> {
    let i = s.var_index(name)?;
    let v = vars.get(i)?;
    Some(match (&s.vars[i].ty, v) {
        // a percentage is held as its fraction; a reply writes `13%`
        (Ty::Percent, n) => {
            format!("{}%", (n.as_dec() * Decimal::ONE_HUNDRED).normalize())
        }
        (_, Val::Int(i)) => i.to_string(),
        (_, Val::Dec(d)) => d.normalize().to_string(),
        (_, Val::Flag(b)) => b.to_string(),
        (_, Val::Text(t)) => t.to_string(),
    })
}

/// A document check: marks are scored against the key; a miss may lead elsewhere.
fn mark<'s>(
    s: &Scenario,
    logic: &'s Logic,
    names: &[String],
    vars: &[Val],
) -> Result<Move<'s>, Rejected> {
    let Logic::Check {
        markable,
        key,
        drawn,
        hit,
        false_alarm,
        effects,
        goto,
        on_miss,
        ..
    } = logic
    else {
        return Err(Rejected::Waiting);
    };
    let mut marks = Vec::with_capacity(names.len());
    for n in names {
        let r = s
            .field_ref(n)
            .filter(|r| markable.contains(r))
            .ok_or_else(|| Rejected::UnknownMark(n.clone()))?;
        if !marks.contains(&r) {
            marks.push(r);
        }
    }
    let key = s.check_key(key, drawn, vars);
    let hits: Vec<_> = marks.iter().copied().filter(|m| key.contains(m)).collect();
    let false_alarms: Vec<_> = marks.iter().copied().filter(|m| !key.contains(m)).collect();
    let missed: Vec<_> = key.iter().copied().filter(|k| !marks.contains(k)).collect();
    let mut deltas = Vec::new();
    for _ in &hits {
        deltas.extend(hit.iter().copied());
    }
    for _ in &false_alarms {
        deltas.extend(false_alarm.iter().copied());
    }
    let goto = match on_miss {
        Some(m) if !missed.is_empty() => *m,
        _ => *goto,
    };
    Ok(Move {
        entry: Entry::Marked {
            marks,
            hits,
            false_alarms,
            missed,
        },
        deltas,
        pending: Vec::new(),
        effects,
        goto,
    })
}

/// Apply a move; on a zero divisor it stops half way (the caller puts the state back).
fn commit(
    s: &Scenario,
    st: &mut State,
    here: usize,
    m: Move,
    events: &mut Vec<Event>,
) -> Result<(), DivByZero> {
    for &(c, d) in &m.deltas {
        st.points[c] = st.points[c].saturating_add(d);
    }
    for &(c, d) in &m.pending {
        if let Some(p) = st.pending.get_mut(c) {
            *p = p.saturating_add(d.max(0));
        }
    }
    for e in m.effects {
        apply(e, &mut st.vars)?;
        clamp(s, st, e.var);
    }
    st.log.push(LogEntry {
        node: here,
        entry: m.entry,
        deltas: m.deltas,
    });
    let goto = m.goto;
    st.node = goto;
    // the search's lean states keep no visited set
    if let Some(v) = st.visited.get_mut(goto) {
        *v = true;
    }
    events.push(Event::Moved { to: goto });
    if let Logic::Ending { pass } = s.logic[goto] {
        st.ending = Some(goto);
        events.push(Event::Finished { ending: goto, pass });
    }
    Ok(())
}

/// Resolve random events until the attempt waits for the player (or has ended). On a zero
/// divisor: the random node where it happened.
fn settle<C: Chance>(
    s: &Scenario,
    st: &mut State,
    rng: &mut C,
    events: &mut Vec<Event>,
) -> Result<(), usize> {
    for _ in 0..MAX_AUTO_STEPS {
        if st.log.len() >= MAX_MOVES {
            return Ok(());
        }
        let Logic::Random { outcomes } = &s.logic[st.node] else {
            if let Logic::Ending { pass } = s.logic[st.node]
                && st.ending.is_none()
            {
                st.ending = Some(st.node);
                events.push(Event::Finished {
                    ending: st.node,
                    pass,
                });
            }
            return Ok(());
        };
        let here = st.node;
        let mut weights = Vec::with_capacity(outcomes.len());
        for o in outcomes {
            let ok = match &o.condition {
                Some(c) => try_eval(c, &st.vars).map_err(|_| here)?.as_flag(),
                None => true,
            };
            weights.push(if ok { o.weight } else { 0 });
        }
        let chosen = if weights.iter().sum::<u64>() == 0 {
            outcomes.len().saturating_sub(1)
        } else {
            rng.pick(&weights)
        };
        let Some(o) = outcomes.get(chosen) else {
            return Ok(());
        };
        events.push(Event::Drew {
            node: here,
            outcome: chosen,
        });
        let m = Move {
            entry: Entry::Drew { outcome: chosen },
            deltas: o.score.clone(),
            pending: Vec::new(),
            effects: &o.effects,
            goto: o.goto,
        };
        commit(s, st, here, m, events).map_err(|_| here)?;
    }
    Ok(())
}

fn clamp(s: &Scenario, st: &mut State, var: usize) {
    let info = &s.vars[var];
    match st.vars[var] {
        Val::Int(x) => {
            let mut y = x;
            if let Some(lo) = info.min {
                y = y.max(lo);
            }
            if let Some(hi) = info.max {
                y = y.min(hi);
            }
            st.vars[var] = Val::Int(y);
        }
        Val::Dec(x) => {
            let mut y = x;
            if let Some(lo) = info.min {
                y = y.max(lo.into());
            }
            if let Some(hi) = info.max {
                y = y.min(hi.into());
            }
            st.vars[var] = Val::num(y);
        }
        Val::Flag(_) | Val::Text(_) => {}
    }
}

/// A number as people type it, in either locale: `48000`, `48,000`, `48 000`,
/// `USD 48,000.00`, `1234.5`, `-5`, full-width `１２３４．５０` and `，` from a Chinese input
/// method. `1.2.3`, exponents and more than 28 digits are not numbers.
pub fn parse_number(entry: &str) -> Option<Decimal> {
    let narrow: String = entry
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' | '。' => '.',
            '，' => ',',
            '－' => '-',
            '\u{3000}' => ' ',
            c => c,
        })
        .collect();
    let cleaned: String = narrow
        .trim_start_matches(|c: char| {
            c.is_ascii_alphabetic() || matches!(c, '$' | '¥' | '€' | '￥' | ' ')
        })
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' ' | '\u{a0}'))
        .collect();
    parse_decimal(&cleaned).ok()
}

/// The first answer that accepts the (normalised) entry.
fn match_answer(
    logic: &FieldLogic,
    norm: &str,
    number: Option<Decimal>,
    vars: &[Val],
) -> Result<Option<usize>, DivByZero> {
    for (i, (m, _)) in logic.answers.iter().enumerate() {
        let accepts = match m {
            Matcher::Exact(want) => norm == want,
            Matcher::OneOf(set) => set.iter().any(|x| x == norm),
            Matcher::Pattern(p) => !norm.is_empty() && wildcard(p.as_bytes(), norm.as_bytes()),
            Matcher::Value(e) => normalise(&plain(&try_eval(e, vars)?)) == norm,
            Matcher::Number {
                expected,
                tolerance,
            } => match number {
                Some(n) => within(n, try_eval(expected, vars)?.as_dec(), *tolerance),
                None => false,
            },
        };
        if accepts {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// Whether a typed figure is close enough to the expected one.
fn within(typed: Decimal, expected: Decimal, tolerance: Tolerance) -> bool {
    let allowed = match tolerance {
        Tolerance::Absolute(a) => a,
        Tolerance::Relative(f) => expected.abs().checked_mul(f).unwrap_or(Decimal::MAX),
    };
    typed
        .checked_sub(expected)
        .is_some_and(|diff| diff.abs() <= allowed)
}

/// `?` matches one character, `*` any run; iterative, so no input can blow the stack.
fn wildcard(p: &[u8], s: &[u8]) -> bool {
    let (mut pi, mut si) = (0, 0);
    let (mut star, mut mark) = (None, 0);
    while si < s.len() {
        if pi < p.len() && (p[pi] == b'?' || p[pi] == s[si]) {
            pi += 1;
            si += 1;
        } else if pi < p.len() && p[pi] == b'*' {
            star = Some(pi);
            mark = si;
            pi += 1;
        } else if let Some(sp) = star {
            pi = sp + 1;
            mark += 1;
            si = mark;
        } else {
            return false;
        }
    }
    while pi < p.len() && p[pi] == b'*' {
        pi += 1;
    }
    pi == p.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_people_type_them() {
        let d = |s: &str| Some(s.parse::<Decimal>().unwrap());
        assert_eq!(parse_number("48,000"), d("48000"));
        assert_eq!(parse_number("USD 48,000.00"), d("48000"));
        assert_eq!(parse_number(" -5 "), d("-5"));
        assert_eq!(parse_number("4.5"), d("4.5"));
        assert_eq!(parse_number("1,234.50"), d("1234.50"));
        assert_eq!(parse_number("１，２３４．５０"), d("1234.50"));
        assert_eq!(parse_number("￥１２３４.5"), d("1234.5"));
        assert_eq!(parse_number("abc"), None);
        assert_eq!(parse_number("1.2.3"), None);
        assert_eq!(parse_number("1e400"), None);
        assert_eq!(parse_number(&"9".repeat(40)), None);
    }

    #[test]
    fn display_order_is_a_seeded_permutation_of_the_offered_choices() {
        let lib = crate::scenario::library::Library::shipped();
        let s = crate::scenario::compile::compile(&lib.get("tutorial").unwrap().ron)
            .0
            .unwrap();
        let (st, _) = start(&s, &Default::default(), &mut crate::engine::rng_for(1));
        let mut orders = std::collections::HashSet::new();
        for seed in 0..50 {
            let mut o = display_order(&s, &st, seed);
            assert_eq!(display_order(&s, &st, seed), o, "same seed, same order");
            orders.insert(o.clone());
            o.sort();
            assert_eq!(o, available_choices(&s, &st));
        }
        assert!(orders.len() > 1, "the order changes with the seed");
    }

    #[test]
    fn wildcards() {
        assert!(wildcard(b"6704*", b"6704.20"));
        assert!(wildcard(b"67??.20", b"6704.20"));
        assert!(!wildcard(b"6704*", b"6703.20"));
        assert!(wildcard(b"*", b""));
    }
}
