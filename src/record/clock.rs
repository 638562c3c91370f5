//! Time, injected: the session reads the clock only through `Clock`, so tests drive it by
//! hand and time-up is tested without sleeping. Also the two time formats records use.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

pub trait Clock {
    /// Wall-clock time in ms since the Unix epoch: stamped on journal lines for people.
    fn wall_ms(&self) -> u64;
    /// Monotonic ms from an arbitrary origin: what time used is measured with, so a
    /// wall-clock change during the exam neither gives nor takes time.
    fn mono_ms(&self) -> u64;
}

/// The machine's clocks.
#[derive(Debug, Clone)]
pub struct SystemClock {
    origin: Instant,
}

impl SystemClock {
    pub fn new() -> SystemClock {
        SystemClock {
            origin: Instant::now(),
        }
    }
}

impl Default for SystemClock {
    fn default() -> Self {
        SystemClock::new()
    }
}

impl Clock for SystemClock {
    fn wall_ms(&self) -> u64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_millis() as u64)
            .unwrap_or(0)
    }
    fn mono_ms(&self) -> u64 {
        self.origin.elapsed().as_millis() as u64
    }
}

/// A clock that moves only when told to; clones share the same time.
#[derive(Debug, Clone)]
pub struct ManualClock {
    wall: Arc<AtomicU64>,
    mono: Arc<AtomicU64>,
}

impl ManualClock {
    pub fn starting_at(wall_ms: u64) -> ManualClock {
        ManualClock {
            wall: Arc::new(AtomicU64::new(wall_ms)),
            mono: Arc::new(AtomicU64::new(0)),
        }
    }
    pub fn advance(&self, ms: u64) {
        self.wall.fetch_add(ms, Ordering::SeqCst);
        self.mono.fetch_add(ms, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn wall_ms(&self) -> u64 {
        self.wall.load(Ordering::SeqCst)
    }
    fn mono_ms(&self) -> u64 {
        self.mono.load(Ordering::SeqCst)
    }
}

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian (H. Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// `2026-04-20T08:30:00.123Z`: RFC 3339 / ISO 8601 in UTC, as xAPI timestamps want.
pub fn rfc3339(ms: u64) -> String {
    let secs = (ms / 1000) as i64;
    let (y, mo, d) = civil_from_days(secs.div_euclid(86_400));
    let rem = secs.rem_euclid(86_400);
    format!(
        "{y:04}-{mo:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        ms % 1000
    )
}

/// An ISO 8601 duration such as `PT1H2M3.45S` (centiseconds: xAPI's stated precision).
pub fn iso_duration(ms: u64) -> String {
    let cs = ms / 10;
    let (h, m, s, frac) = (cs / 360_000, cs / 6000 % 60, cs / 100 % 60, cs % 100);
    let mut out = String::from("PT");
    if h > 0 {
        out.push_str(&format!("{h}H"));
    }
    if m > 0 {
        out.push_str(&format!("{m}M"));
    }
    if s > 0 || frac > 0 || out == "PT" {
        if frac > 0 {
            out.push_str(&format!("{s}.{frac:02}S"));
        } else {
            out.push_str(&format!("{s}S"));
        }
    }
    out
}

pub use crate::i18n::countdown;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_times() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00.000Z");
        // 2024-02-29T12:34:56.789Z, a leap day
        assert_eq!(rfc3339(1_709_210_096_789), "2024-02-29T12:34:56.789Z");
        assert_eq!(iso_duration(0), "PT0S");
        assert_eq!(iso_duration(3_723_450), "PT1H2M3.45S");
        assert_eq!(iso_duration(60_000), "PT1M");
        assert_eq!(countdown(5_400_000), "1:30:00");
        assert_eq!(countdown(59_001), "01:00");
        assert_eq!(countdown(0), "00:00");
    }

    #[test]
    fn manual_clock_is_shared_by_clones() {
        let c = ManualClock::starting_at(1000);
        let d = c.clone();
        c.advance(500);
        assert_eq!((d.wall_ms(), d.mono_ms()), (1500, 500));
    }
}
