//! Failed sign-ins, counted per address and per candidate id: after a few, that address
//! or id waits before it may try again, doubling each time, so guessing a code is slow
//! from one machine and slow against one candidate from many.

use std::collections::HashMap;
use std::net::IpAddr;

/// Failures allowed before the wait starts.
pub const FREE_TRIES: u32 = 5;
/// The first wait; each further failure doubles it, up to `MAX_WAIT_MS`.
pub const FIRST_WAIT_MS: u64 = 10_000;
pub const MAX_WAIT_MS: u64 = 15 * 60_000;

#[derive(Debug, Clone, Copy, Default)]
struct Count {
    failures: u32,
    until: u64,
}

impl Count {
    fn fail(&mut self, now: u64) {
        self.failures += 1;
        if self.failures >= FREE_TRIES {
            let shift = (self.failures - FREE_TRIES).min(16);
            let wait = (FIRST_WAIT_MS << shift).min(MAX_WAIT_MS);
            self.until = now + wait;
        }
    }
}

#[derive(Debug, Default)]
pub struct Limiter {
    by_addr: HashMap<IpAddr, Count>,
    by_id: HashMap<String, Count>,
}

impl Limiter {
    /// Whether a try from `addr` for `id` must wait (and is refused unread).
    pub fn blocked(&self, addr: Option<IpAddr>, id: &str, now: u64) -> bool {
        let a = addr
            .and_then(|a| self.by_addr.get(&a))
            .is_some_and(|c| c.until > now);
        let i = self.by_id.get(id).is_some_and(|c| c.until > now);
        a || i
    }

    /// `id` is None for a name not in the roster: a scan of names must not grow the table.
    pub fn fail(&mut self, addr: Option<IpAddr>, id: Option<&str>, now: u64) {
        if let Some(a) = addr {
            self.by_addr.entry(a).or_default().fail(now);
        }
        if let Some(id) = id {
            self.by_id.entry(id.to_string()).or_default().fail(now);
        }
    }

    /// A sign-in went through: that id's count starts again (the address keeps its own).
    pub fn succeeded(&mut self, id: &str) {
        self.by_id.remove(id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_after_the_free_tries_and_doubles() {
        let mut l = Limiter::default();
        let a = Some("10.0.0.7".parse().unwrap());
        for _ in 0..FREE_TRIES - 1 {
            l.fail(a, Some("C-1"), 0);
            assert!(!l.blocked(a, "C-1", 0));
        }
        l.fail(a, Some("C-1"), 0);
        assert!(l.blocked(a, "C-1", 1));
        assert!(l.blocked(a, "C-2", 1), "the address waits for any id");
        assert!(
            l.blocked(Some("10.0.0.8".parse().unwrap()), "C-1", 1),
            "the id waits from any address"
        );
        assert!(!l.blocked(a, "C-1", FIRST_WAIT_MS));
        l.fail(a, Some("C-1"), FIRST_WAIT_MS);
        assert!(l.blocked(a, "C-1", FIRST_WAIT_MS * 2));
        assert!(!l.blocked(a, "C-1", FIRST_WAIT_MS * 3));
    }
}
