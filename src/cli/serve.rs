//! `tradesim serve SESSION --listen ADDR --key-file F [--host-key FILE]`: the session's
//! exam over SSH. Candidates sign in as `ssh -p PORT ID@HOST` with the code on their slip
//! (`tradesim session codes`) or the key the roster registered for them; nothing is
//! installed on their machines and the journal, the key and the scenarios stay on the
//! server. With `--practice --class DIR`: a classroom instead (see `serve_practice`).

use std::io::Write as _;
use std::path::{Path, PathBuf};

use russh::keys::PrivateKey;

use super::exam::{ignore_file_size_signal, load_session};
use super::{Cli, Failure, Outcome};
use crate::record::SealKey;
use crate::serve::codes::Codes;
use crate::serve::public_keys::PublicKeys;
use crate::serve::{HOST_KEY_FILE, Room, host_key};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The organiser's session: its manifest (`session.json`) or the results folder holding it.
    #[arg(required_unless_present = "practice", conflicts_with = "practice")]
    pub session: Option<PathBuf>,
    /// Where to listen, e.g. `0.0.0.0:2222` (port 0: any free port, printed at start).
    #[arg(long, value_name = "ADDR")]
    pub listen: String,
    /// The organiser's signing key (records are sealed with it at the end).
    #[arg(long, value_name = "FILE", required_unless_present = "practice")]
    pub key_file: Option<PathBuf>,
    /// The server's SSH host key, made there on first use (0600). Default: in the results
    /// folder (or the class folder).
    #[arg(long, value_name = "FILE")]
    pub host_key: Option<PathBuf>,
    #[command(flatten)]
    pub class: super::serve_practice::ClassArgs,
}

/// The host key `--host-key` names, else the one in `folder`; made there on first use.
pub fn load_host_key(args: &Args, folder: &Path) -> Result<(PrivateKey, String), Failure> {
    let path = args
        .host_key
        .clone()
        .unwrap_or_else(|| folder.join(HOST_KEY_FILE));
    let key = host_key::load_or_make(&path).map_err(Failure::input)?;
    let fingerprint = host_key::fingerprint(&key);
    Ok((key, fingerprint))
}

pub fn exec(cli: &Cli, args: &Args) -> Outcome {
    let (Some(session), Some(key_file)) = (&args.session, &args.key_file) else {
        return super::serve_practice::exec(cli, args);
    };
    let key = SealKey::load(Some(key_file)).map_err(Failure::input)?;
    let manifest = load_session(cli, session, &key)?;
    let exam = manifest.load_exam().map_err(Failure::input)?;
    let results = manifest.results_dir();
    let codes = Codes::load(&results, &manifest.session).map_err(Failure::input)?;
    let keys = PublicKeys::load(&results).map_err(Failure::input)?;
    if codes.hashes.is_empty() && keys.is_empty() {
        return Err(Failure::input(format!(
            "no sign-in codes or keys for this session yet: run `tradesim session codes {} --key-file ...` first",
            session.display()
        )));
    }
    let (host, fingerprint) = load_host_key(args, &results)?;
    ignore_file_size_signal();
    let (id, n) = (manifest.assessment.id.clone(), manifest.roster.len());
    let mut room = Room::new(manifest, exam, key, codes);
    room.keys = keys;
    room.open_log().map_err(Failure::input)?;
    crate::serve::run(room, &args.listen, host, |addr| {
        say!("serving {id} for {n} candidate(s) on {addr}");
        say!("host key {fingerprint}");
        let _ = std::io::stdout().flush();
    })
    .map_err(Failure::input)
}
