//! The server's host key: made once (Ed25519, 0600) and kept, so candidates' clients see
//! the same key at every sitting; its fingerprint is printed for the proctor to read out.

use std::path::Path;

use russh::keys::ssh_key::LineEnding;
use russh::keys::ssh_key::private::Ed25519Keypair;
use russh::keys::{HashAlg, PrivateKey};

use crate::record::seal::create_new_file;

/// The key at `path`, made there first if there is none. A key others can read is refused.
pub fn load_or_make(path: &Path) -> Result<PrivateKey, String> {
    let shown = path.display();
    if !path.exists() {
        let pair = Ed25519Keypair::from_seed(&rand::random::<[u8; 32]>());
        let key = PrivateKey::from(pair);
        let text = key
            .to_openssh(LineEnding::LF)
            .map_err(|e| format!("{shown}: cannot encode the host key: {e}"))?;
        create_new_file(path, &text, 0o600)
            .map_err(|e| format!("{shown}: cannot write the host key: {e}"))?;
        return Ok(key);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(path)
            .map_err(|e| format!("{shown}: {e}"))?
            .permissions()
            .mode();
        if mode & 0o077 != 0 {
            return Err(format!(
                "{shown}: the host key can be read by others (mode {:o}); run `chmod 600 {shown}`",
                mode & 0o777
            ));
        }
    }
    let text = std::fs::read_to_string(path).map_err(|e| format!("{shown}: {e}"))?;
    PrivateKey::from_openssh(&text).map_err(|e| format!("{shown}: not an OpenSSH private key: {e}"))
}

/// `SHA256:...`, as `ssh` shows it when it first meets the host.
pub fn fingerprint(key: &PrivateKey) -> String {
    key.public_key().fingerprint(HashAlg::Sha256).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn made_once_then_kept() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("host_key");
        let a = load_or_make(&p).unwrap();
        let b = load_or_make(&p).unwrap();
        assert_eq!(fingerprint(&a), fingerprint(&b));
        assert!(fingerprint(&a).starts_with("SHA256:"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
            assert!(load_or_make(&p).unwrap_err().contains("chmod 600"));
        }
    }
}
