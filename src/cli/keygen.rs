//! `tradesim keygen --out PREFIX`: the organiser's Ed25519 key pair. `PREFIX.key` (signing,
//! 0600) stays with the exam's service account; `PREFIX.pub` goes to whoever verifies.

use std::path::PathBuf;

use super::{Failure, Outcome};
use crate::record::SealKey;
use crate::record::seal::create_new_file;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Writes PREFIX.key (the signing key, mode 0600) and PREFIX.pub (the public key).
    #[arg(long, value_name = "PREFIX")]
    pub out: PathBuf,
}

pub fn exec(args: &Args) -> Outcome {
    let key = SealKey::generate();
    let with_ext = |ext: &str| {
        let mut p = args.out.clone().into_os_string();
        p.push(ext);
        PathBuf::from(p)
    };
    let (secret, public) = (with_ext(".key"), with_ext(".pub"));
    for p in [&secret, &public] {
        if std::fs::symlink_metadata(p).is_ok() {
            return Err(Failure::input(format!(
                "{}: already exists; keygen never overwrites a key",
                p.display()
            )));
        }
    }
    create_new_file(&secret, &key.file_text(), 0o600)
        .map_err(|e| Failure::input(format!("{}: {e}", secret.display())))?;
    create_new_file(&public, &key.public().file_text(), 0o644)
        .map_err(|e| Failure::input(format!("{}: {e}", public.display())))?;
    println!(
        "keygen: key {} (signing key {}, mode 0600; public key {})",
        key.id(),
        secret.display(),
        public.display()
    );
    Ok(())
}
