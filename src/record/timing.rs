//! The exam's time rules, in one place: what counts as time used and what the limit is,
//! folded line by line over a journal. The session asks it how much time is left, and
//! verify and grade ask it the same question of the written lines, so a record can only
//! claim the time its own lines (and the proctor's orders copied into them) justify.
//!
//! - Active clock: the sum over sittings of each sitting's monotonic time (`t`), less the
//!   time the room was paused in it. Wall clock: since the header's `at`, less pauses.
//! - The limit: the header's minutes plus every extension copied into the journal.
//! - A pause runs from a `pause` line to a `resume` line. Active clock: at the latest to
//!   the end of the sitting it began in (a sitting that reopens starts running; the driver
//!   pauses it again if the room is still paused). Wall clock: across a reopening too, as
//!   the wall clock runs while the candidate is away; the driver copies the pauses and
//!   resumes they missed, dated when they were ordered.

use super::assessment::ClockPolicy;
use super::journal::{Header, Line, Stamp};
use super::proctor_log::Order;

#[derive(Debug, Clone)]
pub struct Timing {
    clock: ClockPolicy,
    start_at: u64,
    limit: u64,
    /// Active clock: time used in sittings that ended.
    closed: u64,
    /// The latest stamp seen (of this sitting, for `t`).
    last: Stamp,
    /// Paused time already over: this sitting's (Active) or the record's (Wall).
    paused: u64,
    /// Where the pause in force began, on the clock's own axis.
    pause_from: Option<u64>,
}

impl Timing {
    pub fn new(header: &Header) -> Timing {
        Timing {
            clock: header.clock,
            start_at: header.at,
            limit: header.limit_ms(),
            closed: 0,
            last: Stamp {
                at: header.at,
                t: header.t,
            },
            paused: 0,
            pause_from: None,
        }
    }

    /// A stamp's place on the axis this clock counts along.
    fn pos(&self, st: Stamp) -> u64 {
        match self.clock {
            ClockPolicy::Active => st.t,
            ClockPolicy::Wall => st.at,
        }
    }

    fn end_pause(&mut self) {
        if let Some(p) = self.pause_from.take() {
            self.paused += self.pos(self.last).saturating_sub(p);
        }
    }

    /// Take the next line of the journal into account.
    pub fn feed(&mut self, line: &Line) {
        if let Line::Proctor(p) = line
            && let Order::Extend { minutes, .. } = &p.order
        {
            self.limit = self.limit.saturating_add(u64::from(*minutes) * 60_000);
        }
        let Some(st) = line.stamp() else { return };
        if matches!(line, Line::Open(_)) && self.clock == ClockPolicy::Active {
            self.end_pause();
            self.closed = self.closed.saturating_add(self.running(self.last));
            self.last = Stamp { at: st.at, t: 0 };
            self.paused = 0;
        }
        // `t` only grows within a sitting; the wall clock is taken as it is (it may be set
        // back: the Wall rule has always counted from each line's own `at`)
        self.last = Stamp {
            at: st.at,
            t: self.last.t.max(st.t),
        };
        if let Line::Proctor(p) = line {
            match p.order {
                Order::Pause { .. } if self.pause_from.is_none() => {
                    self.pause_from = Some(self.pos(self.last));
                }
                Order::Resume => self.end_pause(),
                _ => {}
            }
        }
    }

    /// This sitting's counted time (Wall: the whole record's) if it were `now`.
    fn running(&self, now: Stamp) -> u64 {
        let pos = match self.clock {
            ClockPolicy::Active => now.t.max(self.last.t),
            ClockPolicy::Wall => now.at,
        };
        let origin = match self.clock {
            ClockPolicy::Active => 0,
            ClockPolicy::Wall => self.start_at,
        };
        let paused = self.paused + self.pause_from.map_or(0, |p| pos.saturating_sub(p));
        pos.saturating_sub(origin).saturating_sub(paused)
    }

    /// Time used if it were `now` (a stamp not yet written), not capped at the limit.
    pub fn used_at(&self, now: Stamp) -> u64 {
        self.closed.saturating_add(self.running(now))
    }

    /// Time used as of the last line, not capped.
    pub fn used(&self) -> u64 {
        self.used_at(self.last)
    }

    pub fn limit_ms(&self) -> u64 {
        self.limit
    }

    /// The room is paused for this exam: no time runs and no action is taken.
    pub fn paused(&self) -> bool {
        self.pause_from.is_some()
    }

    /// Time left if it were `now`.
    pub fn left_at(&self, now: Stamp) -> u64 {
        self.limit.saturating_sub(self.used_at(now))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::assessment::{ClockPolicy, Debrief};
    use crate::record::journal::{AssessmentRef, Header, Open, ProctorLine};

    fn header(clock: ClockPolicy) -> Header {
        Header {
            format: String::new(),
            tool_version: String::new(),
            assessment: AssessmentRef {
                id: "a".into(),
                version: 1,
                hash: String::new(),
                title: String::new(),
            },
            candidate: "c".into(),
            session: None,
            locale: "en-US".into(),
            session_seed: 1,
            parts: Vec::new(),
            minutes: 30,
            pass_mark: 50,
            clock,
            debrief: Debrief::AfterExam,
            key_id: String::new(),
            started_at: String::new(),
            at: 1_000_000,
            t: 0,
        }
    }

    fn order(at: u64, t: u64, order: Order) -> Line {
        Line::Proctor(ProctorLine {
            at,
            t,
            seq: 1,
            order,
        })
    }

    fn pause() -> Order {
        Order::Pause { reason: "r".into() }
    }

    #[test]
    fn wall_clock_pauses_count_by_the_wall_and_extensions_add() {
        let h = header(ClockPolicy::Wall);
        let mut t = Timing::new(&h);
        t.feed(&Line::Header(Box::new(h.clone())));
        t.feed(&order(1_060_000, 60_000, pause()));
        assert!(t.paused());
        let now = |at| Stamp { at, t: 0 };
        assert_eq!(t.used_at(now(1_660_000)), 60_000);
        t.feed(&order(1_660_000, 660_000, Order::Resume));
        assert_eq!(t.used_at(now(1_720_000)), 120_000);
        t.feed(&order(
            1_720_000,
            0,
            Order::Extend {
                candidate: "c".into(),
                minutes: 5,
                reason: "r".into(),
            },
        ));
        assert_eq!(t.limit_ms(), 35 * 60_000);
        assert_eq!(t.left_at(now(1_720_000)), 35 * 60_000 - 120_000);
    }

    #[test]
    fn a_wall_clock_pause_holds_across_a_reopening_until_its_resume() {
        let h = header(ClockPolicy::Wall);
        let mut t = Timing::new(&h);
        t.feed(&Line::Header(Box::new(h.clone())));
        t.feed(&order(1_060_000, 60_000, pause()));
        t.feed(&Line::Open(Open {
            at: 1_900_000,
            t: 0,
            dropped_bytes: 0,
        }));
        assert!(t.paused());
        // the resume the candidate was away for, dated when it was ordered
        t.feed(&order(1_660_000, 0, Order::Resume));
        assert_eq!(
            t.used_at(Stamp {
                at: 1_900_000,
                t: 0
            }),
            60_000 + 240_000
        );
    }

    #[test]
    fn a_sitting_that_ends_paused_stops_its_pause_where_it_ended() {
        let h = header(ClockPolicy::Active);
        let mut t = Timing::new(&h);
        t.feed(&Line::Header(Box::new(h.clone())));
        t.feed(&order(0, 10_000, pause()));
        t.feed(&Line::Tick(Stamp { at: 0, t: 40_000 }));
        // reopened: running again from the 10 s counted before the pause
        t.feed(&Line::Open(Open {
            at: 0,
            t: 0,
            dropped_bytes: 0,
        }));
        assert!(!t.paused());
        assert_eq!(t.used(), 10_000);
        assert_eq!(t.used_at(Stamp { at: 0, t: 5_000 }), 15_000);
    }
}
