//! The proctor's orders in a running room: each is checked, written to the session log
//! (fsync'd) and only then carried out: the screens it touches are woken and take it into
//! their journals; a hand-in for a candidate who is not connected is carried out here.
//! Screens also catch up on the log when they open, so an order given while a candidate
//! was away (an extension, a hand-in, the room's pause) reaches their exam when they return.

use super::room::{Room, lock};
use super::screen::Input;
use super::seats::State;
use crate::i18n::Locale;
use crate::record::Session;
use crate::record::assessment::ClockPolicy;
use crate::record::proctor_log::{Entry, LogWriter, Order};
use crate::record::session::journal_path;

/// The room's side of the session log.
#[derive(Debug, Default)]
pub struct Orders {
    /// None until `Room::open_log` (a room without it refuses orders).
    pub writer: Option<LogWriter>,
}

impl Orders {
    pub fn entries(&self) -> &[Entry] {
        self.writer.as_ref().map_or(&[], |w| &w.log.entries)
    }

    /// The pause in force: the last pause not followed by a resume.
    pub fn pause(&self) -> Option<&Entry> {
        match self
            .entries()
            .iter()
            .rev()
            .find(|e| matches!(e.order, Order::Pause { .. } | Order::Resume))
        {
            Some(e) if matches!(e.order, Order::Pause { .. }) => Some(e),
            _ => None,
        }
    }
}

impl Room {
    /// Open (or make) the session log in the results folder; a room paused when the server
    /// stopped is still paused.
    pub fn open_log(&self) -> Result<(), String> {
        let w = LogWriter::open(
            &self.manifest.results_dir(),
            &self.key,
            &self.manifest.session,
        )?;
        if let Some(why) = w.log.strangers(&self.manifest.roster).first() {
            return Err(why.clone());
        }
        lock(&self.orders).writer = Some(w);
        Ok(())
    }

    /// Whether the order can be given now, and why not.
    fn allowed(&self, order: &Order, paused: bool) -> Result<(), String> {
        order.check()?;
        if let Some(c) = order.candidate() {
            if !self.in_roster(c) {
                return Err(format!("`{c}` is not on this session's roster"));
            }
            let state = self.seats().into_iter().find(|s| s.candidate == c);
            if state.is_some_and(|s| s.state == State::Submitted) {
                return Err(format!("`{c}` has already handed in"));
            }
            let started = journal_path(&self.manifest.results_dir(), c).exists();
            if matches!(order, Order::HandIn { .. }) && !started {
                return Err(format!(
                    "`{c}` has not started the exam: nothing to hand in"
                ));
            }
        }
        match order {
            Order::Pause { .. } if paused => Err("the room is already paused".into()),
            Order::Resume if !paused => Err("the room is not paused".into()),
            _ => Ok(()),
        }
    }

    /// Give an order: checked, on disk in the session log, then carried out.
    pub fn order(&self, order: Order, at: u64) -> Result<Entry, String> {
        let entry = {
            let mut orders = lock(&self.orders);
            let paused = orders.pause().is_some();
            self.allowed(&order, paused)?;
            let w = orders
                .writer
                .as_mut()
                .ok_or("this room keeps no session log")?;
            w.append(at, order)
                .map_err(|e| format!("cannot write the session log: {e}; nothing was done"))?
        };
        self.carry_out(&entry);
        Ok(entry)
    }

    /// Wake the screens the order touches; a hand-in for someone not connected is done here.
    fn carry_out(&self, e: &Entry) {
        let live = lock(&self.live);
        match e.order.candidate() {
            None => {
                for l in live.values() {
                    let _ = l.tx.send(Input::Order);
                }
            }
            Some(c) => match live.get(c) {
                Some(l) => {
                    let _ = l.tx.send(Input::Order);
                }
                None if matches!(e.order, Order::HandIn { .. }) => {
                    drop(live);
                    if let Err(why) = self.hand_in_away(c, e) {
                        // the log holds it: the exam is handed in when it next opens
                        eprintln!("serve: hand-in for {c} waits for their next sign-in: {why}");
                    }
                }
                None => {}
            },
        }
    }

    /// Open the exam of a candidate who is not connected, catch it up and hand it in.
    fn hand_in_away(&self, candidate: &str, e: &Entry) -> Result<(), String> {
        let (mut session, _) = self.open_exam(candidate, Default::default())?;
        session.proctor(e).map_err(|e| e.to_string())?;
        self.seat(candidate, |s| s.state = State::Submitted);
        Ok(())
    }

    /// Open (or resume) a candidate's exam on the room's clock, caught up with the log
    /// (`catch_up`); `locale` is for a first start.
    pub fn open_exam(&self, candidate: &str, locale: Locale) -> Result<(Session, usize), String> {
        let start = self
            .manifest
            .start_for(candidate, locale)
            .ok_or_else(|| format!("candidate `{candidate}` is not in this session's roster"))?;
        let mut session = Session::open(
            &self.exam,
            candidate,
            &self.manifest.results_dir(),
            &self.key,
            &start,
            self.clock(),
        )
        .map_err(|e| e.to_string())?;
        let seen = self.catch_up(&mut session).map_err(|e| e.to_string())?;
        Ok((session, seen))
    }

    /// Bring a just-opened exam up to the log: the candidate's extensions and hand-in it
    /// does not hold yet, and the room's pause if one is in force. With a `Wall` clock,
    /// which ran while the candidate was away, every pause and resume it missed too, dated
    /// when they were ordered, so the pauses count for it as for everyone. Returns how many
    /// log lines it has seen (the screen carries out later ones as they come).
    pub fn catch_up(&self, s: &mut Session) -> Result<usize, crate::record::SessionError> {
        let (entries, pause) = {
            let orders = lock(&self.orders);
            (orders.entries().to_vec(), orders.pause().cloned())
        };
        let who = s.header().candidate.clone();
        let wall = s.header().clock == ClockPolicy::Wall;
        for e in &entries {
            let room_wide = matches!(e.order, Order::Pause { .. } | Order::Resume);
            if e.order.candidate() == Some(who.as_str()) {
                s.proctor(e)?;
            } else if wall && room_wide && !s.has_order(e.seq) {
                s.proctor_dated(e, e.at.max(s.header().at))?;
            }
        }
        if let Some(p) = &pause {
            s.proctor(p)?;
        }
        Ok(entries.len())
    }

    /// The reason of the pause in force, if the room is paused.
    pub fn paused_reason(&self) -> Option<String> {
        match &lock(&self.orders).pause()?.order {
            Order::Pause { reason } => Some(reason.clone()),
            _ => None,
        }
    }

    /// Log lines from `from` on (0-based), and how many there are.
    pub fn orders_since(&self, from: usize) -> (Vec<Entry>, usize) {
        let orders = lock(&self.orders);
        let all = orders.entries();
        (all.get(from..).unwrap_or(&[]).to_vec(), all.len())
    }
}
