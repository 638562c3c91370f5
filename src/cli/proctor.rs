//! `tradesim proctor SESSION [--watch SECONDS]`: the room's table from the running
//! `serve` (its Unix socket in the results folder, which only the organiser can reach):
//! every roster candidate's state, part, time left, seconds since their last key, address.
//! On a terminal it is a console: a key and a prompt give an order. For scripts, one order
//! per command: `extend ID MINUTES --reason R`, `pause --reason R`, `resume`,
//! `hand-in ID --reason R`, `broadcast TEXT`. Every order is a signed line in the session
//! log before it takes effect.

use std::io::{BufRead, IsTerminal as _, Write};
use std::path::{Path, PathBuf};

use super::{Failure, Outcome};
use crate::record::clock::rfc3339;
use crate::record::manifest::MANIFEST_FILE;
use crate::record::proctor_log::{Entry, Order};
use crate::safe_text::clean;
use crate::serve::proctor::{order, paused, status};
use crate::serve::seats::table;
use crate::tui::driver::now_millis;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The session's results folder (or its `session.json`).
    pub session: PathBuf,
    /// Print the table again every SECONDS until interrupted.
    #[arg(long, value_name = "SECONDS")]
    pub watch: Option<u64>,
    #[command(subcommand)]
    pub order: Option<OrderCmd>,
}

/// One order for the running room.
#[derive(clap::Subcommand, Debug, Clone)]
pub enum OrderCmd {
    /// Give one candidate more time (an accommodation, time lost to a fault).
    Extend {
        candidate: String,
        minutes: u32,
        #[arg(long)]
        reason: String,
    },
    /// Stop every candidate's clock; nobody can act until `resume`.
    Pause {
        #[arg(long)]
        reason: String,
    },
    /// Start the clocks again where they stood.
    Resume,
    /// Hand in a candidate's exam as it stands.
    HandIn {
        candidate: String,
        #[arg(long)]
        reason: String,
    },
    /// Show a message on every connected candidate's screen until they dismiss it.
    Broadcast { text: String },
}

impl From<OrderCmd> for Order {
    fn from(c: OrderCmd) -> Order {
        match c {
            OrderCmd::Extend {
                candidate,
                minutes,
                reason,
            } => Order::Extend {
                candidate,
                minutes,
                reason,
            },
            OrderCmd::Pause { reason } => Order::Pause { reason },
            OrderCmd::Resume => Order::Resume,
            OrderCmd::HandIn { candidate, reason } => Order::HandIn { candidate, reason },
            OrderCmd::Broadcast { text } => Order::Broadcast { text },
        }
    }
}

fn results_of(p: &Path) -> PathBuf {
    if p.file_name().is_some_and(|n| n == MANIFEST_FILE) {
        p.parent().map(Path::to_path_buf).unwrap_or_default()
    } else {
        p.to_path_buf()
    }
}

/// What the proctor is told once an order is in the log.
fn done(e: &Entry) -> String {
    let who = e
        .order
        .candidate()
        .map(|c| format!("{c}: "))
        .unwrap_or_default();
    clean(&format!(
        "logged as line {} at {}: {who}{}",
        e.seq,
        rfc3339(e.at),
        e.order.describe()
    ))
}

fn give(results: &Path, o: Order) -> Result<Entry, Failure> {
    o.check().map_err(Failure::input)?;
    order(results, &o).map_err(Failure::input)
}

fn show_room(results: &Path) -> Result<(), Failure> {
    let seats = status(results).map_err(Failure::input)?;
    print!("{}", clean(&table(&seats, now_millis())));
    if let Some(reason) = paused(results).map_err(Failure::input)? {
        println!("{}", clean(&format!("ROOM PAUSED: {reason}")));
    }
    Ok(())
}

pub fn exec(args: &Args) -> Outcome {
    let results = results_of(&args.session);
    if let Some(o) = &args.order {
        let e = give(&results, o.clone().into())?;
        println!("{}", done(&e));
        return Ok(());
    }
    if args.watch.is_none() && std::io::stdin().is_terminal() {
        return console(&results);
    }
    loop {
        show_room(&results)?;
        match args.watch {
            Some(s) => {
                println!();
                std::thread::sleep(std::time::Duration::from_secs(s.max(1)));
            }
            None => return Ok(()),
        }
    }
}

/// The keys the console offers.
const KEYS: &str =
    "[e]xtend  [p]ause  [r]esume  [h]and in  [b]roadcast  [q]uit  (Enter: refresh) > ";

/// One prompt of the console: its answer, None at end of input.
fn ask(input: &mut dyn BufRead, out: &mut dyn Write, prompt: &str) -> Option<String> {
    let _ = write!(out, "{prompt}");
    let _ = out.flush();
    let mut line = String::new();
    match input.read_line(&mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) => Some(line.trim().to_string()),
    }
}

/// What a console key asked for.
#[derive(Debug, PartialEq, Eq)]
enum Step {
    Refresh,
    Quit,
    Give(Order),
    /// The prompt's answer cannot make an order (said, then the table again).
    Bad(String),
}

/// Read one key and the prompts it brings from `input`.
fn step(input: &mut dyn BufRead, out: &mut dyn Write) -> Step {
    let Some(key) = ask(input, out, KEYS) else {
        return Step::Quit;
    };
    let mut a = |p: &str| ask(input, out, p).unwrap_or_default();
    match key.as_str() {
        "" => Step::Refresh,
        "q" => Step::Quit,
        "e" => {
            let candidate = a("candidate: ");
            let minutes = a("minutes: ");
            let Ok(minutes) = minutes.parse() else {
                return Step::Bad(format!("`{minutes}` is not a number of minutes"));
            };
            Step::Give(Order::Extend {
                candidate,
                minutes,
                reason: a("reason: "),
            })
        }
        "p" => Step::Give(Order::Pause {
            reason: a("reason: "),
        }),
        "r" => Step::Give(Order::Resume),
        "h" => {
            let candidate = a("candidate: ");
            Step::Give(Order::HandIn {
                candidate,
                reason: a("reason: "),
            })
        }
        "b" => Step::Give(Order::Broadcast {
            text: a("message: "),
        }),
        other => Step::Bad(format!("no key `{other}`")),
    }
}

fn console(results: &Path) -> Outcome {
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut out = std::io::stdout();
    loop {
        show_room(results)?;
        match step(&mut input, &mut out) {
            Step::Quit => return Ok(()),
            Step::Refresh => {}
            Step::Bad(why) => println!("{}", clean(&why)),
            Step::Give(o) => match give(results, o) {
                Ok(e) => println!("{}", done(&e)),
                Err(f) => println!("{}", clean(&format!("refused: {}", f.message))),
            },
        }
        println!();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn steps(typed: &str) -> Vec<Step> {
        let mut input = std::io::Cursor::new(typed.as_bytes().to_vec());
        let mut out = Vec::new();
        let mut v = Vec::new();
        loop {
            let s = step(&mut input, &mut out);
            let end = s == Step::Quit;
            v.push(s);
            if end {
                return v;
            }
        }
    }

    #[test]
    fn console_keys_prompt_for_what_an_order_needs() {
        let got = steps(
            "e\nC-1\n10\nreader needed\n\np\nfire alarm\nr\nh\nC-2\nleft early\nb\nten minutes left\nx\ne\nC-1\nten\nq\n",
        );
        assert_eq!(
            got,
            vec![
                Step::Give(Order::Extend {
                    candidate: "C-1".into(),
                    minutes: 10,
                    reason: "reader needed".into()
                }),
                Step::Refresh,
                Step::Give(Order::Pause {
                    reason: "fire alarm".into()
                }),
                Step::Give(Order::Resume),
                Step::Give(Order::HandIn {
                    candidate: "C-2".into(),
                    reason: "left early".into()
                }),
                Step::Give(Order::Broadcast {
                    text: "ten minutes left".into()
                }),
                Step::Bad("no key `x`".into()),
                Step::Bad("`ten` is not a number of minutes".into()),
                Step::Quit,
            ]
        );
        // the end of input ends the console
        assert_eq!(steps(""), vec![Step::Quit]);
    }
}
