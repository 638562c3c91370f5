//! Load on `tradesim serve`, loopback only, bounded in count and time: SESSIONS candidates
//! signed in at once, each pressing a key every 2 s (the help popup opened, then closed),
//! then IDLE connections held open. It prints keystroke-to-frame latency (p50/p99), the
//! server's memory per session and its CPU. The keys start only once every candidate has
//! the exam on screen, so the sign-ins' argon2 checks (slow on purpose) are timed on their
//! own and not counted as keystroke latency. Not part of `cargo test` (ignored): run
//!
//!     cargo test --release --test serve_load -- --ignored --nocapture
//!
//! It asserts only that every session signed in and got its frames; the figures are for
//! the README (targets: p99 < 50 ms, < 2 MB per session), not pass/fail on a noisy machine.

mod exam_support;
mod serve_support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::Barrier;

use exam_support::*;
use serve_support::*;

const SESSIONS: usize = 200;
const IDLE: usize = 1000;
const ROUNDS: usize = 10;
const EVERY: Duration = Duration::from_secs(2);
/// Every sign-in of a phase done by then, or the run fails.
const SIGN_IN_LIMIT: Duration = Duration::from_secs(600);

/// VmRSS of `pid` in kB.
fn rss_kb(pid: u32) -> u64 {
    let s = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    s.lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// User + system CPU of `pid`, in clock ticks (1/100 s on Linux).
fn cpu_ticks(pid: u32) -> u64 {
    let s = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let after = s.rsplit(')').next().unwrap_or("");
    let f: Vec<&str> = after.split_whitespace().collect();
    f.get(11).and_then(|v| v.parse().ok()).unwrap_or(0)
        + f.get(12).and_then(|v| v.parse().ok()).unwrap_or(0)
}

/// One candidate (the `n`th): sign in, wait for the exam and for everyone else's, then
/// ROUNDS times: `?` (measured: until the help popup is on screen) and, 2 s later, Esc.
/// Returns the latencies in ms.
async fn candidate(
    addr: std::net::SocketAddr,
    n: usize,
    id: String,
    code: String,
    all_in: Arc<Barrier>,
) -> Vec<f64> {
    let (h, ok) = sign_in(addr, &id, &code).await;
    assert!(ok, "{id} was refused");
    let mut r = Remote::open(&h, 100, 30).await;
    r.wait_for("Time left").await;
    all_in.wait().await;
    // spread the presses evenly over the 2 s period
    let offset = Duration::from_millis((n * 2000 / SESSIONS) as u64);
    tokio::time::sleep(offset).await;
    let mut lat = Vec::new();
    for _ in 0..ROUNDS {
        let t0 = Instant::now();
        r.press(b"?").await;
        r.wait_for(HELP).await;
        lat.push(t0.elapsed().as_secs_f64() * 1000.0);
        tokio::time::sleep(EVERY.saturating_sub(t0.elapsed())).await;
        let t1 = Instant::now();
        r.press(b"\x1b").await;
        let shown = HELP.to_string();
        r.until("the help closed", |r| !r.text().contains(&shown))
            .await;
        tokio::time::sleep(EVERY.saturating_sub(t1.elapsed())).await;
    }
    drop(r);
    let _ = h.disconnect(russh::Disconnect::ByApplication, "", "").await;
    lat
}

/// A line only the help popup shows.
const HELP: &str = "Keys";

fn pct(v: &[f64], p: f64) -> f64 {
    let i = ((v.len() as f64 - 1.0) * p).round() as usize;
    v[i.min(v.len() - 1)]
}

#[test]
#[ignore]
fn two_hundred_typing_then_a_thousand_idle() {
    let ids: Vec<String> = (0..IDLE.max(SESSIONS))
        .map(|i| format!("L{i:04}"))
        .collect();
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let dir = project_for(&refs);
    let codes = Arc::new(codes(dir.path()));
    let server = Server::start(dir.path());
    let pid = server.child.id();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let base_kb = rss_kb(pid);
    let signing_in = Instant::now();
    let all_in = Arc::new(Barrier::new(SESSIONS + 1));
    let (mut lat, busy_s, cpu_s, typing_kb) = rt.block_on(async {
        let mut tasks = Vec::new();
        for (n, id) in ids.iter().take(SESSIONS).enumerate() {
            let code = codes[id].clone();
            let b = Arc::clone(&all_in);
            tasks.push(tokio::spawn(candidate(server.addr, n, id.clone(), code, b)));
        }
        // a candidate refused or stuck must end the run, not leave it waiting here
        tokio::time::timeout(SIGN_IN_LIMIT, all_in.wait())
            .await
            .expect("not every candidate had the exam on screen in time");
        println!(
            "serve sign-in: {SESSIONS} candidates signed in with the exam on screen in {:.1} s",
            signing_in.elapsed().as_secs_f64()
        );
        let (start, cpu0, kb) = (Instant::now(), cpu_ticks(pid), rss_kb(pid));
        let mut all = Vec::new();
        for t in tasks {
            all.extend(t.await.unwrap());
        }
        let busy_s = start.elapsed().as_secs_f64();
        let cpu_s = (cpu_ticks(pid) - cpu0) as f64 / 100.0;
        (all, busy_s, cpu_s, kb)
    });
    assert_eq!(lat.len(), SESSIONS * ROUNDS);
    lat.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!(
        "serve typing: server RSS {:.1} MB with {SESSIONS} connected (was {:.1} MB), {:.0} kB per session",
        typing_kb as f64 / 1024.0,
        base_kb as f64 / 1024.0,
        typing_kb.saturating_sub(base_kb) as f64 / SESSIONS as f64
    );
    println!(
        "serve load: {SESSIONS} sessions x {ROUNDS} measured keys: latency p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms; server CPU {:.1} s over {:.0} s ({:.0}% of one core)",
        pct(&lat, 0.5),
        pct(&lat, 0.99),
        lat[lat.len() - 1],
        cpu_s,
        busy_s,
        100.0 * cpu_s / busy_s
    );

    // idle: IDLE candidates signed in with the exam on screen, nobody typing
    let signing_in = Instant::now();
    let (held, peak_kb, idle_cpu) = rt.block_on(async {
        let mut tasks = Vec::new();
        for id in ids.iter().take(IDLE) {
            let (addr, id, code) = (server.addr, id.clone(), codes[id].clone());
            tasks.push(tokio::spawn(async move {
                let (h, ok) = sign_in(addr, &id, &code).await;
                assert!(ok, "{id} was refused");
                let mut r = Remote::open(&h, 100, 30).await;
                r.wait_for("Time left").await;
                (h, r)
            }));
        }
        let mut held = Vec::new();
        for t in tasks {
            held.push(t.await.unwrap());
        }
        println!(
            "serve sign-in: {IDLE} candidates signed in with the exam on screen in {:.1} s",
            signing_in.elapsed().as_secs_f64()
        );
        // held a while with nobody typing: what the idle screens cost
        let cpu0 = cpu_ticks(pid);
        tokio::time::sleep(Duration::from_secs(10)).await;
        let idle_cpu = (cpu_ticks(pid) - cpu0) as f64 / 100.0 / 10.0;
        let peak = rss_kb(pid);
        (held, peak, idle_cpu)
    });
    let per = (peak_kb.saturating_sub(base_kb)) as f64 / IDLE as f64;
    println!(
        "serve idle: {} connections held with the exam on screen; server RSS {:.1} MB (was {:.1} MB before any), {:.0} kB per session; server CPU {:.0}% of one core over 10 s",
        held.len(),
        peak_kb as f64 / 1024.0,
        base_kb as f64 / 1024.0,
        per,
        idle_cpu * 100.0
    );
    assert_eq!(held.len(), IDLE);
    drop(held);
}
