//! The room as the proctor sees it: every roster candidate's seat (waiting, connected,
//! disconnected, submitted), the part and time left as the screen last showed them, the
//! last key they pressed, and where they connect from.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    /// Not signed in since the server started.
    Waiting,
    Connected,
    Disconnected,
    Submitted,
}

impl State {
    pub fn key(self) -> &'static str {
        match self {
            State::Waiting => "waiting",
            State::Connected => "connected",
            State::Disconnected => "disconnected",
            State::Submitted => "submitted",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seat {
    pub candidate: String,
    pub state: State,
    /// The part in play (0-based) and how many there are, once the exam was on screen.
    pub part: Option<usize>,
    pub parts: Option<usize>,
    pub left_ms: Option<u64>,
    /// Wall ms of the candidate's last key.
    pub last_key_at: Option<u64>,
    pub addr: Option<String>,
}

impl Seat {
    pub fn waiting(candidate: &str) -> Seat {
        Seat {
            candidate: candidate.to_string(),
            state: State::Waiting,
            part: None,
            parts: None,
            left_ms: None,
            last_key_at: None,
            addr: None,
        }
    }
}

/// The table the proctor console prints, one row per seat.
pub fn table(seats: &[Seat], now_ms: u64) -> String {
    let mut out = format!(
        "{:<20} {:<13} {:>6} {:>9} {:>9}  {}\n",
        "candidate", "state", "part", "left", "idle", "address"
    );
    for s in seats {
        let part = match (s.part, s.parts) {
            (Some(p), Some(n)) => format!("{}/{n}", (p + 1).min(n)),
            _ => "-".into(),
        };
        let left = s
            .left_ms
            .map(crate::record::clock::countdown)
            .unwrap_or_else(|| "-".into());
        let idle = s
            .last_key_at
            .map(|t| format!("{}s", now_ms.saturating_sub(t) / 1000))
            .unwrap_or_else(|| "-".into());
        out.push_str(&format!(
            "{:<20} {:<13} {:>6} {:>9} {:>9}  {}\n",
            s.candidate,
            s.state.key(),
            part,
            left,
            idle,
            s.addr.as_deref().unwrap_or("-")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_per_seat_with_what_is_known() {
        let mut c = Seat::waiting("C-2");
        c.state = State::Connected;
        c.part = Some(1);
        c.parts = Some(3);
        c.left_ms = Some(125_000);
        c.last_key_at = Some(10_000);
        c.addr = Some("10.0.0.7:50022".into());
        let t = table(&[Seat::waiting("C-1"), c], 40_000);
        let rows: Vec<&str> = t.lines().collect();
        assert_eq!(rows.len(), 3);
        assert!(rows[1].starts_with("C-1") && rows[1].contains("waiting"));
        assert!(rows[2].contains("connected") && rows[2].contains("2/3"));
        assert!(rows[2].contains("30s") && rows[2].contains("10.0.0.7:50022"));
    }
}
