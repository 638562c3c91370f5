//! `tradesim serve`: exam rooms over SSH. One more driver: each connection is a task
//! owning an `App` and a `Session`, drawing through a ratatui backend that writes to the
//! SSH channel and reading key events parsed from the channel's bytes. The engine, the
//! journal and the TUI do not know the terminal is remote.

pub mod codes;
#[cfg(debug_assertions)]
pub mod debug_clock;
pub mod door;
pub mod host_key;
pub mod keys;
pub mod limit;
pub mod notice;
pub mod orders;
pub mod practice;
#[cfg(unix)]
pub mod proctor;
pub mod public_keys;
pub mod room;
pub mod screen;
pub mod seats;
pub mod server;
pub mod sitting;

use std::net::SocketAddr;
use std::sync::Arc;

use russh::keys::PrivateKey;

pub use room::Room;

/// The host key's default place: in the results folder, which only the organiser reads.
pub const HOST_KEY_FILE: &str = "host_key";

/// Bind `listen`, call `ready` with the address bound (port 0 picks one), then serve the
/// room until the process ends.
pub fn run(
    room: Room,
    listen: &str,
    host_key: PrivateKey,
    ready: impl FnOnce(SocketAddr),
) -> Result<(), String> {
    let room = Arc::new(room);
    let door: Arc<dyn door::Door> = room.clone();
    open(door, listen, host_key, move |bound| {
        #[cfg(unix)]
        proctor::listen(room)?;
        ready(bound);
        Ok(())
    })
}

/// Bind `listen`, call `ready` with the address bound, then serve `door` until the
/// process ends.
pub fn open(
    door: Arc<dyn door::Door>,
    listen: &str,
    host_key: PrivateKey,
    ready: impl FnOnce(SocketAddr) -> Result<(), String>,
) -> Result<(), String> {
    keep_big_blocks_mapped();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the server: {e}"))?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(listen)
            .await
            .map_err(|e| format!("--listen {listen}: {e}"))?;
        let bound = listener
            .local_addr()
            .map_err(|e| format!("--listen {listen}: {e}"))?;
        ready(bound)?;
        server::serve(door, listener, server::config(host_key))
            .await
            .map_err(|e| format!("serving on {bound}: {e}"))
    })
}

/// Each code check takes 19 MiB (argon2). After glibc frees a block that large it raises
/// its mmap threshold to match, so the next ones come from the heap, which the sessions'
/// own allocations fragment and which then keeps them: in the release load run that was
/// 3 MB of the 4.8 MB each signed-in session cost. A fixed threshold keeps such blocks
/// mapped and gives them back when freed (measured: 1.7 MB per session).
fn keep_big_blocks_mapped() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes a setting of the allocator; it is called before the
    // server starts its threads.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
    }
}
