//! The proctor's side door: a Unix socket in the results folder (0600, in a 0700 folder:
//! only the organiser's account can connect). A client writes one request line and reads
//! one answer line of JSON.
//!
//! Requests: `status` -> the seats, with whether the room is paused; an order as JSON
//! (`{"action":"extend","candidate":"C-1","minutes":10,"reason":"..."}`, see
//! `record::proctor_log::Order`) -> `{"ok": <the log line>}` once it is in the session log
//! and carried out, or `{"error": "..."}` (nothing was logged).

use std::io::{BufRead, BufReader, Read as _, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::room::Room;
use super::seats::Seat;
use crate::record::proctor_log::{Entry, Order};

pub fn socket_path(results: &Path) -> PathBuf {
    results.join("proctor.sock")
}

/// Listen on the room's socket on a thread of its own. A socket left by a server that was
/// killed is replaced.
pub fn listen(room: Arc<Room>) -> Result<PathBuf, String> {
    let path = socket_path(&room.manifest.results_dir());
    let shown = path.display().to_string();
    if UnixStream::connect(&path).is_ok() {
        return Err(format!(
            "{shown}: another `tradesim serve` is running this session"
        ));
    }
    let _ = std::fs::remove_file(&path);
    let listener = UnixListener::bind(&path).map_err(|e| format!("{shown}: {e}"))?;
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))
            .map_err(|e| format!("{shown}: {e}"))?;
    }
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let room = Arc::clone(&room);
            std::thread::spawn(move || answer(&room, stream));
        }
    });
    Ok(path)
}

/// A request line is at most this long: the socket is the organiser's, but a stuck
/// client must not grow the server.
const MAX_LINE: u64 = 4096;

fn answer(room: &Room, stream: UnixStream) {
    let Ok(mut out) = stream.try_clone() else {
        return;
    };
    let mut line = String::new();
    if BufReader::new(stream.take(MAX_LINE))
        .read_line(&mut line)
        .is_err()
    {
        return;
    }
    let reply = match line.trim() {
        "status" => serde_json::to_string(&room.seats()).unwrap_or_default(),
        "paused" => serde_json::to_string(&room.paused_reason()).unwrap_or_default(),
        o if o.starts_with('{') => match serde_json::from_str::<Order>(o) {
            Ok(order) => match room.order(order, room.clock().wall_ms()) {
                Ok(e) => serde_json::json!({ "ok": e }).to_string(),
                Err(why) => serde_json::json!({ "error": why }).to_string(),
            },
            Err(e) => serde_json::json!({ "error": format!("not an order: {e}") }).to_string(),
        },
        other => serde_json::json!({ "error": format!("unknown request `{other}`") }).to_string(),
    };
    let _ = writeln!(out, "{reply}");
}

/// One request to a running server's socket, and its answer line.
fn ask(results: &Path, request: &str) -> Result<String, String> {
    let path = socket_path(results);
    let shown = path.display();
    let mut s = UnixStream::connect(&path)
        .map_err(|e| format!("{shown}: no `tradesim serve` is running this session ({e})"))?;
    writeln!(s, "{request}").map_err(|e| format!("{shown}: {e}"))?;
    let mut line = String::new();
    BufReader::new(s)
        .read_line(&mut line)
        .map_err(|e| format!("{shown}: {e}"))?;
    Ok(line)
}

/// The seats from a running server's socket.
pub fn status(results: &Path) -> Result<Vec<Seat>, String> {
    let line = ask(results, "status")?;
    serde_json::from_str(&line).map_err(|e| format!("proctor socket: not an answer: {e}"))
}

/// The pause's reason if the room is paused.
pub fn paused(results: &Path) -> Result<Option<String>, String> {
    let line = ask(results, "paused")?;
    serde_json::from_str(&line).map_err(|e| format!("proctor socket: not an answer: {e}"))
}

/// Give an order to the running server: the session log's line once it is written and
/// carried out, or why it was refused.
pub fn order(results: &Path, order: &Order) -> Result<Entry, String> {
    let req = serde_json::to_string(order).map_err(|e| e.to_string())?;
    let line = ask(results, &req)?;
    #[derive(serde::Deserialize)]
    #[serde(rename_all = "lowercase")]
    enum Answer {
        Ok(Entry),
        Error(String),
    }
    match serde_json::from_str::<Answer>(&line) {
        Ok(Answer::Ok(e)) => Ok(e),
        Ok(Answer::Error(why)) => Err(why),
        Err(e) => Err(format!("proctor socket: not an answer: {e}")),
    }
}
