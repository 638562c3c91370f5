//! The one tmux harness of the end-to-end tests (tui_tmux, exam_tmux): a private tmux
//! server per test (its own `-L` socket), the binary run through a tiny shell wrapper that
//! writes its exit status to a file, and bounded waits for what the screen shows.
//!
//! Why a wrapper: tmux 3.3a sometimes never fills in `#{pane_dead_status}` for a pane whose
//! process has exited (18 of 40 exits in a loop), so a test waiting for it hung until its
//! timeout. The wrapper's status file does not depend on tmux at all.
//! tmux must be installed (.ci/run installs it when missing).
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// Generous: a loaded 2-core machine is slow, but a hang must still end the test.
pub const WAIT: Duration = Duration::from_secs(120);
/// Between two looks at the screen or the status file.
const POLL: Duration = Duration::from_millis(50);

/// Runs `"$@"`, then writes its exit status to `$1` (written to a temporary file and renamed,
/// so a reader never sees half a number). `sh` reports death by signal N as 128+N.
const WRAPPER: &str =
    r#"f=$1; shift; "$@"; s=$?; printf '%s\n' "$s" > "$f.tmp" && mv -f "$f.tmp" "$f""#;

static SERIAL: Mutex<()> = Mutex::new(());

/// Hold this for the whole test: the tmux tests run one at a time, so a slow machine is
/// shared by one terminal program at a time (a failed test must not block the others).
pub fn one_at_a_time() -> MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|e| e.into_inner())
}

/// How the pane's program is started.
pub struct Spawn<'a> {
    /// Part of the socket name, to tell servers apart in `ps` and /tmp.
    pub name: &'a str,
    /// Working directory; None: the test's own.
    pub cwd: Option<&'a Path>,
    /// `NAME=value` for the program (LANG, TRADESIM_*...).
    pub env: Vec<String>,
    /// The arguments after the program (`tradesim` unless `spawn_program`).
    pub args: Vec<String>,
}

/// A private tmux server running the binary in a 100x32 pane; killed on drop.
pub struct Tmux {
    socket: String,
    /// Where tmux put the socket, to remove it after kill-server (tmux 3.3a leaves it).
    socket_path: Option<PathBuf>,
    status: PathBuf,
    _dir: tempfile::TempDir,
}

impl Tmux {
    pub fn spawn(how: &Spawn) -> Tmux {
        Tmux::spawn_program(how, env!("CARGO_BIN_EXE_tradesim"))
    }

    /// The same with another program than tradesim (`serve` tests run the system `ssh`).
    pub fn spawn_program(how: &Spawn, program: &str) -> Tmux {
        let dir = tempfile::tempdir().unwrap();
        let mut t = Tmux {
            socket: format!("tradesim-{}-{}", std::process::id(), how.name),
            socket_path: None,
            status: dir.path().join("exit-status"),
            _dir: dir,
        };
        let status = t.status.display().to_string();
        let cwd = how.cwd.map(|c| c.display().to_string());
        // remain-on-exit is set before the pane exists: a program that exits at once must
        // still leave its last screen to read
        let mut args: Vec<&str> = vec!["set-option", "-g", "remain-on-exit", "on", ";"];
        args.extend(["new-session", "-d", "-s", "t", "-x", "100", "-y", "32"]);
        if let Some(c) = &cwd {
            args.extend(["-c", c]);
        }
        args.extend(["-e", "LC_ALL=", "-e", "TERM=xterm-256color"]);
        for e in &how.env {
            args.extend(["-e", e]);
        }
        args.extend([
            "/bin/sh",
            "-c",
            WRAPPER,
            "tradesim-exit-status",
            &status,
            program,
        ]);
        args.extend(how.args.iter().map(String::as_str));
        let out = t.cmd(&args);
        assert!(
            out.status.success(),
            "tmux new-session: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let path = t.format("#{socket_path}");
        t.socket_path = (!path.is_empty()).then(|| PathBuf::from(path));
        t
    }

    pub fn cmd(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-u", "-f", "/dev/null", "-L", &self.socket])
            .args(args)
            .env("LANG", "C.UTF-8")
            .env_remove("TMUX")
            .output()
            .expect("tmux is installed (.ci/run installs it)")
    }

    pub fn screen(&self) -> String {
        String::from_utf8_lossy(&self.cmd(&["capture-pane", "-p", "-t", "t"]).stdout).into_owned()
    }

    /// A tmux format of the pane (`#{alternate_on}`...); never used for the exit status.
    pub fn format(&self, f: &str) -> String {
        String::from_utf8_lossy(&self.cmd(&["display-message", "-p", "-t", "t", f]).stdout)
            .trim()
            .to_string()
    }

    /// Poll `done` until it gives a value; on timeout fail with `what` and the screen.
    pub fn wait_until<T>(&self, what: &str, mut done: impl FnMut() -> Option<T>) -> T {
        let start = Instant::now();
        loop {
            if let Some(v) = done() {
                return v;
            }
            assert!(
                start.elapsed() < WAIT,
                "waited {WAIT:?} for {what}; the screen:\n{}",
                self.screen()
            );
            std::thread::sleep(POLL);
        }
    }

    /// Wait until the screen shows `text`; the screen then.
    pub fn wait_for(&self, text: &str) -> String {
        self.wait_for_all(&[text])
    }

    /// Wait until the screen shows every one of `texts` at once; the screen then. Assert
    /// on what a screen shows only this way: a screen caught by one text may be half drawn.
    pub fn wait_for_all(&self, texts: &[&str]) -> String {
        self.wait_until(&format!("{texts:?} on the screen"), || {
            Some(self.screen()).filter(|s| texts.iter().all(|t| s.contains(t)))
        })
    }

    /// Wait until a format reads `want` (tmux may update it a moment after the program acts).
    pub fn wait_format(&self, f: &str, want: &str) {
        self.wait_until(&format!("{f} to read `{want}`"), || {
            (self.format(f) == want).then_some(())
        });
    }

    /// The exit status, once the program has ended (from the wrapper's file, not from tmux).
    pub fn exited(&self) -> Option<String> {
        std::fs::read_to_string(&self.status)
            .ok()
            .map(|s| s.trim().to_string())
    }

    /// Wait for the program to end; its exit status (128+N after signal N).
    pub fn wait_exit(&self) -> String {
        self.wait_until("the program to exit", || self.exited())
    }

    /// The program's process id (the pane's process is the wrapper; the program is its child).
    pub fn program_pid(&self) -> String {
        let wrapper = self.format("#{pane_pid}");
        self.wait_until(&format!("a child of the wrapper {wrapper}"), || {
            child_of(&wrapper)
        })
    }

    /// Send the program a signal (`TERM`, `HUP`, `KILL`).
    pub fn signal(&self, sig: &str) {
        let pid = self.program_pid();
        let ok = Command::new("kill")
            .args([&format!("-{sig}"), &pid])
            .status()
            .unwrap();
        assert!(ok.success(), "kill -{sig} {pid}");
    }

    /// Run the pane's command again (after the program has exited).
    pub fn respawn(&self) {
        std::fs::remove_file(&self.status).unwrap();
        // -k: the wrapper may still be between writing the status and exiting
        let out = self.cmd(&["respawn-pane", "-k", "-t", "t"]);
        assert!(
            out.status.success(),
            "respawn-pane: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "t"];
        args.extend_from_slice(keys);
        assert!(self.cmd(&args).status.success(), "send-keys {keys:?}");
    }

    /// Type `s` literally.
    pub fn text(&self, s: &str) {
        assert!(
            self.cmd(&["send-keys", "-t", "t", "-l", s])
                .status
                .success(),
            "send-keys -l {s:?}"
        );
    }
}

/// `tradesim ARGS` in language `lang` (e.g. `en_US.UTF-8`), its data (saves) in `data`.
pub fn tradesim(name: &str, lang: &str, data: &Path, args: &[&str]) -> Tmux {
    Tmux::spawn(&Spawn {
        name,
        cwd: None,
        env: vec![
            format!("LANG={lang}"),
            format!("TRADESIM_DATA_DIR={}", data.display()),
        ],
        args: args.iter().map(|a| a.to_string()).collect(),
    })
}

impl Tmux {
    /// Paste `s` as a terminal paste: bracketed (`paste-buffer -p`) when the program has
    /// turned bracketed paste on, as plain typing otherwise.
    pub fn paste(&self, s: &str) {
        let set = self.cmd(&["set-buffer", "-b", "paste", "--", s]);
        assert!(set.status.success(), "set-buffer {s:?}");
        let out = self.cmd(&["paste-buffer", "-p", "-d", "-b", "paste", "-t", "t"]);
        assert!(out.status.success(), "paste-buffer {s:?}");
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd(&["kill-server"]);
        if let Some(p) = &self.socket_path {
            let _ = std::fs::remove_file(p);
        }
    }
}

/// The process whose parent is `ppid`, from /proc.
fn child_of(ppid: &str) -> Option<String> {
    std::fs::read_dir("/proc").ok()?.flatten().find_map(|e| {
        let stat = std::fs::read_to_string(e.path().join("stat")).ok()?;
        // `pid (comm) state ppid ...`; comm may hold spaces and parentheses
        let (_, rest) = stat.rsplit_once(')')?;
        let parent = rest.split_whitespace().nth(1)?;
        (parent == ppid).then(|| e.file_name().to_string_lossy().into_owned())
    })
}
