//! A panic while the TUI runs gives the terminal back before the message is printed: the
//! binary runs on a pseudo-terminal and panics on purpose once its screen is up (a
//! debug-build trigger); afterwards the terminal is out of raw mode and out of the
//! alternate screen, with the cursor shown, and the panic message comes after all that.

#![cfg(unix)]

use std::fs::File;
use std::io::Read;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ENTER_ALT: &str = "\x1b[?1049h";
const LEAVE_ALT: &str = "\x1b[?1049l";
const SHOW_CURSOR: &str = "\x1b[?25h";
const MESSAGE: &str = "TRADESIM_DEBUG_PANIC: a panic on purpose";

/// A pseudo-terminal pair of 80x24.
fn pty() -> (OwnedFd, OwnedFd) {
    let (mut master, mut slave) = (0, 0);
    let size = libc::winsize {
        ws_row: 24,
        ws_col: 80,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: out-parameters are valid; name and termios may be null.
    let r = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(r, 0, "openpty: {}", std::io::Error::last_os_error());
    // SAFETY: openpty returned two fresh descriptors we now own.
    unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) }
}

fn termios(fd: &OwnedFd) -> libc::termios {
    // SAFETY: a zeroed termios is a valid out-parameter for tcgetattr.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::tcgetattr(fd.as_raw_fd(), &mut t) };
    assert_eq!(r, 0, "tcgetattr: {}", std::io::Error::last_os_error());
    t
}

fn cooked(t: &libc::termios) -> bool {
    t.c_lflag & libc::ICANON != 0 && t.c_lflag & libc::ECHO != 0
}

#[test]
fn a_panic_restores_the_terminal_before_its_message() {
    let (master, slave) = pty();
    assert!(cooked(&termios(&slave)), "a new pty starts cooked");
    let data = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tradesim"));
    cmd.args(["play", "tutorial", "--seed", "1", "--locale", "en-US"])
        .env("TRADESIM_DEBUG_PANIC", "1")
        .env("TRADESIM_DATA_DIR", data.path())
        .env("TERM", "xterm-256color")
        .env_remove("RUST_BACKTRACE")
        .stdin(Stdio::from(slave.try_clone().unwrap()))
        .stdout(Stdio::from(slave.try_clone().unwrap()))
        .stderr(Stdio::from(slave.try_clone().unwrap()));
    // SAFETY: setsid and ioctl are async-signal-safe; the pty becomes the child's
    // controlling terminal, so its /dev/tty is this pty and not the test runner's.
    unsafe {
        cmd.pre_exec(|| {
            if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY as _, 0) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let mut child = cmd.spawn().unwrap();
    // the command holds copies of the slave side: the reader sees its end only without them
    drop(cmd);
    // everything the child writes, read as it comes so it never blocks on a full pty
    let mut reader = File::from(master);
    let out = std::thread::spawn(move || {
        let mut all = Vec::new();
        let mut buf = [0u8; 4096];
        // EIO once the last slave descriptor closes
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            all.extend_from_slice(&buf[..n]);
        }
        all
    });
    // a guard against a hang (the trigger not firing), not a timing assertion
    let deadline = Instant::now() + Duration::from_secs(120);
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("the player did not panic and exit");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let after = termios(&slave);
    drop(slave);
    let text = String::from_utf8_lossy(&out.join().unwrap()).to_string();
    assert_eq!(status.code(), Some(101), "a panic's exit code: {text:?}");
    let at = |s: &str| {
        text.rfind(s)
            .unwrap_or_else(|| panic!("{s:?} not in {text:?}"))
    };
    assert!(at(ENTER_ALT) < at(LEAVE_ALT), "{text:?}");
    assert!(
        at(LEAVE_ALT) < at(MESSAGE),
        "restored before the message: {text:?}"
    );
    assert!(
        text[at(LEAVE_ALT)..at(MESSAGE)].contains(SHOW_CURSOR),
        "cursor shown before the message: {text:?}"
    );
    assert!(cooked(&after), "raw mode left on after the panic");
}
