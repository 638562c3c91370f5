//! The terminal, set up and restored in one place. Restoring is idempotent and runs on
//! every way out: normal exit and errors (the guard's Drop), panics (the hook restores
//! before the message is printed), Ctrl-C (a key in raw mode), SIGTERM, SIGHUP and SIGINT
//! (a flag the event loop polls, then the guard restores).

use std::io::{self, Stdout, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Put the terminal back as it was. Safe to call any number of times, from anywhere.
pub fn restore() {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        let mut out = io::stdout();
        let _ = execute!(
            out,
            DisableBracketedPaste,
            DisableMouseCapture,
            LeaveAlternateScreen,
            crossterm::cursor::Show
        );
        let _ = disable_raw_mode();
        let _ = out.flush();
    }
}

/// Owns the terminal while the TUI runs; dropping it restores the terminal.
pub struct Session {
    pub terminal: Terminal<CrosstermBackend<Stdout>>,
}

impl Drop for Session {
    fn drop(&mut self) {
        restore();
    }
}

/// Chain a panic hook that restores the terminal first, so the panic message is readable.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
    });
}

pub fn enter(mouse: bool) -> io::Result<Session> {
    install_panic_hook();
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    let mut out = io::stdout();
    let setup = if mouse {
        execute!(
            out,
            EnterAlternateScreen,
            EnableMouseCapture,
            // a paste arrives whole (one undo step in the editor), not as typed keys
            EnableBracketedPaste,
            crossterm::cursor::Hide
        )
    } else {
        execute!(
            out,
            EnterAlternateScreen,
            EnableBracketedPaste,
            crossterm::cursor::Hide
        )
    };
    if let Err(e) = setup {
        restore();
        return Err(e);
    }
    match Terminal::new(CrosstermBackend::new(out)) {
        Ok(terminal) => Ok(Session { terminal }),
        Err(e) => {
            restore();
            Err(e)
        }
    }
}

/// The termination signals, as a number the event loop polls (0: none yet).
pub struct Signals(Arc<AtomicUsize>);

impl Signals {
    pub fn watch() -> io::Result<Signals> {
        exit_when_hung_up();
        let flag = Arc::new(AtomicUsize::new(0));
        for sig in [
            signal_hook::consts::SIGTERM,
            signal_hook::consts::SIGHUP,
            signal_hook::consts::SIGINT,
        ] {
            signal_hook::flag::register_usize(sig, Arc::clone(&flag), sig as usize)?;
        }
        Ok(Signals(flag))
    }

    /// The signal received, if any.
    pub fn received(&self) -> Option<i32> {
        match self.0.load(Ordering::SeqCst) {
            0 => None,
            s => Some(s as i32),
        }
    }
}

/// A terminal that goes away without a SIGHUP reaching us (its tmux server killed, its
/// window closed) leaves crossterm's reader reading end-of-file forever while holding the
/// event lock, so the event loop never runs again and the process spins at full CPU.
/// This watchdog ends the process instead. Every exam action is already journaled and
/// fsync'd when it is taken, so nothing recorded is lost.
pub fn exit_when_hung_up() {
    std::thread::spawn(|| {
        loop {
            std::thread::sleep(std::time::Duration::from_millis(500));
            if hung_up() {
                std::process::exit(128 + signal_hook::consts::SIGHUP);
            }
        }
    });
}

/// Whether standard input was a terminal that has hung up (its attributes can no longer
/// be read: EIO).
fn hung_up() -> bool {
    #[cfg(unix)]
    {
        // SAFETY: a zeroed termios is a valid out-parameter for tcgetattr on fd 0.
        let mut t: libc::termios = unsafe { std::mem::zeroed() };
        let r = unsafe { libc::tcgetattr(0, &mut t) };
        r != 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::EIO)
    }
    #[cfg(not(unix))]
    {
        false
    }
}
