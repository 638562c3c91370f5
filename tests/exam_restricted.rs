//! The restricted exam mode of docs/assessment.md, run for real with two accounts: the
//! exam runs as a service account through the shipped wrapper (docs/restricted/
//! tradesim-exam), and the candidate's account gets EACCES on the signing key, on the
//! exam process's environment and on the results. Needs root and setpriv (util-linux;
//! .ci/run installs it); without them the test says so and skips.

mod exam_support;

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::os::unix::fs::{PermissionsExt as _, chown};
use std::path::Path;
use std::process::{Command, Output, Stdio};

use exam_support::*;

const SERVICE: u32 = 64_011;
const CANDIDATE: u32 = 64_012;

fn as_uid(uid: u32, dir: &Path) -> Command {
    let mut c = Command::new("setpriv");
    c.current_dir(dir).args([
        &format!("--reuid={uid}"),
        &format!("--regid={uid}"),
        "--clear-groups",
    ]);
    c
}

fn usable() -> Result<(), String> {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        return Err("not root: two accounts cannot be set up".into());
    }
    match Command::new("setpriv").arg("--version").output() {
        Ok(o) if o.status.success() => Ok(()),
        _ => Err("setpriv is missing (apt-get install util-linux)".into()),
    }
}

/// The candidate's account tries to read `path`: it must be refused by the kernel.
fn candidate_denied(dir: &Path, path: &Path) -> Output {
    let out = as_uid(CANDIDATE, dir)
        .args(["cat", &path.display().to_string()])
        .output()
        .unwrap();
    assert!(!out.status.success(), "{} was readable", path.display());
    assert!(
        text(&out.stderr).contains("Permission denied"),
        "{}: {}",
        path.display(),
        text(&out.stderr)
    );
    out
}

#[test]
fn the_candidate_account_cannot_reach_key_environment_or_results() {
    if let Err(why) = usable() {
        eprintln!("SKIPPED restricted exam mode test: {why}");
        return;
    }
    let p = tempfile::tempdir().unwrap();
    let dir = p.path();
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exam"),
        dir,
    );
    // the organiser's side: key 0400 and the state folder, both the service account's
    let etc = dir.join("etc");
    let var = dir.join("var");
    for d in [&etc, &var] {
        std::fs::create_dir(d).unwrap();
        chown(d, Some(SERVICE), Some(SERVICE)).unwrap();
    }
    std::fs::set_permissions(&etc, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&var, std::fs::Permissions::from_mode(0o711)).unwrap();
    let k = key();
    let key_file = etc.join("exam.key");
    tradesim::record::seal::create_new_file(&key_file, &k.file_text(), 0o400).unwrap();
    chown(&key_file, Some(SERVICE), Some(SERVICE)).unwrap();
    std::fs::write(dir.join("exam.pub"), k.public().file_text()).unwrap();
    std::fs::write(dir.join("roster.csv"), "id,name\nc1,Candidate One\n").unwrap();
    let bin = env!("CARGO_BIN_EXE_tradesim");
    let results = var.join("current");
    let out = as_uid(SERVICE, dir)
        .args([bin, "session", "new", "scenarios/assessments/practice.ron"])
        .args(["--roster", "roster.csv", "--key-file"])
        .arg(&key_file)
        .arg("--results")
        .arg(&results)
        .args(["--seed", SEED])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));

    // the shipped wrapper, pointed at this machine's paths
    let shipped = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/restricted/tradesim-exam"),
    )
    .unwrap();
    let wrapper_text = shipped
        .replace(
            "TRADESIM=/usr/local/bin/tradesim",
            &format!("TRADESIM={bin}"),
        )
        .replace(
            "SESSION=/var/lib/tradesim/current",
            &format!("SESSION={}", results.display()),
        )
        .replace(
            "KEY=/etc/tradesim/exam.key",
            &format!("KEY={}", key_file.display()),
        );
    assert_ne!(wrapper_text, shipped);
    let wrapper = dir.join("tradesim-exam");
    std::fs::write(&wrapper, wrapper_text).unwrap();
    std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755)).unwrap();

    // what `sudo -u tradesim-exam tradesim-exam --actions` does for candidate c1
    let mut exam = as_uid(SERVICE, dir)
        .arg(&wrapper)
        .arg("--actions")
        .env("SUDO_USER", "c1")
        .env("TRADESIM_SEAL_KEY", "a secret the wrapper must not pass on")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(exam.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert!(
        first.starts_with("exam: started practice for c1"),
        "{first}"
    );

    // while it runs: the candidate's account is refused everything that matters
    candidate_denied(dir, &key_file);
    candidate_denied(
        dir,
        &Path::new("/proc")
            .join(exam.id().to_string())
            .join("environ"),
    );
    candidate_denied(dir, &results.join("c1.record.jsonl"));
    candidate_denied(dir, &results.join("session.json"));
    let ls = as_uid(CANDIDATE, dir)
        .arg("ls")
        .arg(&results)
        .output()
        .unwrap();
    assert!(
        text(&ls.stderr).contains("Permission denied"),
        "{}",
        text(&ls.stderr)
    );
    // and the environment was scrubbed (root may look)
    let env = std::fs::read(format!("/proc/{}/environ", exam.id())).unwrap();
    assert!(!String::from_utf8_lossy(&env).contains("TRADESIM_SEAL_KEY"));

    let actions = script(dir);
    let stdin = exam.stdin.as_mut().unwrap();
    stdin
        .write_all((actions.join("\n") + "\n").as_bytes())
        .unwrap();
    drop(exam.stdin.take());
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    assert!(exam.wait().unwrap().success(), "{rest}");
    assert!(rest.contains("exam: submitted (completed)"), "{rest}");

    // the organiser checks it with the public key alone
    let out = run(
        dir,
        &[
            "verify",
            &results.display().to_string(),
            "--public-key",
            "exam.pub",
            "--session",
            &results.join("session.json").display().to_string(),
        ],
    );
    assert!(
        out.status.success(),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
}
