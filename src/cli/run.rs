//! `tradesim run`: one headless attempt, from an action file or with a policy.

use std::path::PathBuf;

use serde::Serialize;

use super::{Cli, Failure, Outcome, catalog, open, pick_locale, transcript};
use crate::engine::{Action, Attempt, Rejected, parse_actions};
use crate::i18n::Locale;
use crate::playtest::{Agent, Policy};
use crate::scenario::Scenario;
use crate::scenario::load::read_source;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// A shipped scenario id, or a path to a .ron file.
    pub scenario: String,
    #[arg(long)]
    pub seed: u64,
    /// One action per line: `choose N`, `submit field=value ...`, `mark doc.field ...`.
    #[arg(long, conflicts_with = "policy", required_unless_present = "policy")]
    pub actions: Option<PathBuf>,
    #[arg(long, value_enum)]
    pub policy: Option<PolicyArg>,
    #[arg(long)]
    pub locale: Option<String>,
    /// Print a result object instead of the transcript.
    #[arg(long)]
    pub json: bool,
    /// A session manifest (default: TRADESIM_SESSION): its candidates' seeds are refused.
    #[arg(long, value_name = "FILE")]
    pub session: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum PolicyArg {
    First,
    Random,
}

/// The result of an attempt: the same inputs give these same bytes on every machine.
#[derive(Debug, Serialize)]
pub struct RunResult {
    pub scenario: String,
    pub content_hash: String,
    pub seed: u64,
    pub locale: Locale,
    pub tool_version: &'static str,
    pub actions: Vec<String>,
    pub finished: bool,
    pub ending: Option<String>,
    pub scores: std::collections::BTreeMap<String, u32>,
    pub total: u32,
    pub pass: bool,
}

pub fn exec(cli: &Cli, args: &Args) -> Outcome {
    let (files, s) = open(cli, &args.scenario)?;
    super::session::refuse_session_seeds(
        args.session.as_deref(),
        &files.id,
        args.seed..args.seed.saturating_add(1),
    )?;
    let locale = pick_locale(args.locale.as_deref());
    let cat = catalog(&files, &locale)?;
    let script: Option<Vec<Action>> = match &args.actions {
        Some(p) => {
            let src = read_source(p).map_err(Failure::input)?;
            Some(
                parse_actions(&src.text)
                    .map_err(|e| Failure::input(format!("{}:{e}", src.path)))?,
            )
        }
        None => None,
    };
    let mut agent = args.policy.map(|p| {
        let policy = match p {
            PolicyArg::First => Policy::First,
            PolicyArg::Random => Policy::Random,
        };
        Agent::new(policy, args.seed)
    });
    let (mut a, _) = Attempt::new(&s, args.seed);
    let mut text = transcript::since(&cat, &s, &a.state, &a.state.vars, 0);
    let mut k = 0;
    loop {
        if a.finished() {
            break;
        }
        let action = match (&script, &mut agent) {
            (Some(list), _) => match list.get(k) {
                Some(x) => x.clone(),
                None => break,
            },
            (None, Some(ag)) => match ag.next(&s, &a) {
                Some(x) => x,
                None => break,
            },
            (None, None) => break,
        };
        text.push_str(&transcript::node(&cat, &s, &a.state));
        let before = a.state.log.len();
        let vars = a.state.vars.clone();
        if let Err(e) = a.act(&s, action.clone()) {
            if e == Rejected::MoveLimit {
                return Err(out_of_moves(&s, &a));
            }
            // the scenario's arithmetic failed, not the student's input: exit 1, like a loop
            if let Rejected::DivisionByZero { .. } = e {
                return Err(Failure::found(format!("{}: {e}", s.path)));
            }
            let where_ = args
                .actions
                .as_ref()
                .map(|p| format!("{}: action {} (`{action}`)", p.display(), k + 1))
                .unwrap_or_default();
            return Err(Failure::input(format!(
                "{where_}: rejected at node `{}`: {e}",
                s.node(a.state.node).id()
            )));
        }
        text.push_str(&transcript::since(&cat, &s, &a.state, &vars, before));
        text.push('\n');
        k += 1;
    }
    if a.out_of_moves() {
        return Err(out_of_moves(&s, &a));
    }
    if let Some(list) = &script
        && k < list.len()
    {
        return Err(Failure::input(format!(
            "{}: {} action(s) left over after the attempt ended at action {k}",
            args.actions
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            list.len() - k
        )));
    }
    let sc = a.score(&s);
    if args.json {
        let r = RunResult {
            scenario: s.id().to_string(),
            content_hash: s.content_hash.clone(),
            seed: args.seed,
            locale,
            tool_version: env!("CARGO_PKG_VERSION"),
            actions: a.actions.iter().map(|x| x.to_string()).collect(),
            finished: a.finished(),
            ending: a.state.ending.map(|e| s.node(e).id().to_string()),
            scores: sc.competencies.iter().cloned().collect(),
            total: sc.total,
            pass: sc.pass,
        };
        say!("{}", serde_json::to_string_pretty(&r).unwrap_or_default());
    } else {
        text.push_str(&transcript::node(&cat, &s, &a.state));
        text.push_str(&transcript::score(
            &cat,
            &s,
            &sc,
            a.state.pending.iter().sum(),
        ));
        print!("{}", crate::safe_text::clean(&text));
    }
    Ok(())
}

/// The scenario loops: the attempt is stopped (exit 1), with where it stood, and no
/// transcript of ten thousand moves.
fn out_of_moves(s: &Scenario, a: &Attempt) -> Failure {
    Failure::found(format!(
        "{}: stopped at node `{}`: {}",
        s.path,
        s.node(a.state.node).id(),
        Rejected::MoveLimit
    ))
}
