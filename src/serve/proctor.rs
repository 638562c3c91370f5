//! The proctor's side door: a Unix socket in the results folder (0600, in a 0700 folder:
//! only the organiser's account can connect). A client writes one request line and reads
//! one answer line of JSON.
//!
//! Requests: `status` -> the seats. (Extending time, pausing the room, handing in for a
//! candidate and broadcasts are not built yet.)

use std::io::{BufRead, BufReader, Read as _, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::room::Room;
use super::seats::Seat;

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
        other => serde_json::json!({ "error": format!("unknown request `{other}`") }).to_string(),
    };
    let _ = writeln!(out, "{reply}");
}

/// The seats from a running server's socket.
pub fn status(results: &Path) -> Result<Vec<Seat>, String> {
    let path = socket_path(results);
    let shown = path.display();
    let mut s = UnixStream::connect(&path)
        .map_err(|e| format!("{shown}: no `tradesim serve` is running this session ({e})"))?;
    writeln!(s, "status").map_err(|e| format!("{shown}: {e}"))?;
    let mut line = String::new();
    BufReader::new(s)
        .read_line(&mut line)
        .map_err(|e| format!("{shown}: {e}"))?;
    serde_json::from_str(&line).map_err(|e| format!("{shown}: not an answer: {e}"))
}
