//! Debug builds only: `TRADESIM_DEBUG_CLOCK=FILE` moves the server's clocks forward by the
//! milliseconds written in FILE, so a test of a running server can let an hour pass
//! without sleeping (tests/serve_proctor.rs). Release builds have no such door.

use std::path::PathBuf;

use crate::record::{Clock, SystemClock};

#[derive(Debug, Clone)]
pub struct DebugClock {
    real: SystemClock,
    file: PathBuf,
}

pub fn from_env() -> Option<DebugClock> {
    std::env::var_os("TRADESIM_DEBUG_CLOCK").map(|f| DebugClock {
        real: SystemClock::new(),
        file: f.into(),
    })
}

impl DebugClock {
    fn shift(&self) -> u64 {
        std::fs::read_to_string(&self.file)
            .ok()
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(0)
    }
}

impl Clock for DebugClock {
    fn wall_ms(&self) -> u64 {
        self.real.wall_ms() + self.shift()
    }
    fn mono_ms(&self) -> u64 {
        self.real.mono_ms() + self.shift()
    }
}
