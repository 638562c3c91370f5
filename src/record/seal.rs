//! The organiser's Ed25519 keys. The exam signs each journal line (chained to the line
//! before) and the finished record with the signing key; `verify` and `report` need only
//! the public key, so whoever checks a certificate cannot forge one.
//!
//! Key files are one line of text: `tradesim-signing-key <64 hex>` (the 32-byte seed) and
//! `tradesim-public-key <64 hex>`. `tradesim keygen` writes both.

use std::fmt;
use std::io::Write as _;
use std::path::Path;

use ed25519_dalek::{Signature, Signer as _, SigningKey, Verifier as _, VerifyingKey};
use sha2::{Digest, Sha256};

pub const ALG: &str = "Ed25519";
const SIGNING_TAG: &str = "tradesim-signing-key";
const PUBLIC_TAG: &str = "tradesim-public-key";
/// Passphrases shorter than this are guessable (`SealKey::new` is for tests and benches).
pub const MIN_KEY_BYTES: usize = 16;
const MAX_KEY_FILE_BYTES: u64 = 4 * 1024;
/// An Ed25519 signature in hex.
pub const SIG_HEX_LEN: usize = 128;

/// The organiser's signing key. Never printed; records name it only by `id()`.
#[derive(Clone)]
pub struct SealKey(SigningKey);

/// The public half: checks signatures, cannot make them.
#[derive(Clone, PartialEq, Eq)]
pub struct PublicKey(VerifyingKey);

impl fmt::Debug for SealKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SealKey({})", self.id())
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({})", self.id())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyError {
    Missing,
    TooShort {
        from: String,
        len: usize,
    },
    Unreadable {
        path: String,
        reason: String,
    },
    /// The signing key file can be read by other accounts: a candidate could copy it.
    Exposed {
        path: String,
        mode: u32,
    },
    NotAKey {
        path: String,
        expected: &'static str,
    },
}

impl fmt::Display for KeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyError::Missing => write!(
                f,
                "no key: pass --key-file FILE (the signing key) or --public-key FILE; make a pair with `tradesim keygen --out exam`"
            ),
            KeyError::TooShort { from, len } => write!(
                f,
                "{from}: the passphrase is {len} byte(s); it must be at least {MIN_KEY_BYTES}"
            ),
            KeyError::Unreadable { path, reason } => {
                write!(f, "{path}: cannot read the key file: {reason}")
            }
            KeyError::Exposed { path, mode } => write!(
                f,
                "{path}: the signing key is readable by other accounts (mode {mode:04o}); run `chmod 600 {path}` (or 400) so that candidates cannot copy it"
            ),
            KeyError::NotAKey { path, expected } => write!(
                f,
                "{path}: not a {expected} file (expected one line `{} <64 hex digits>`, as `tradesim keygen` writes)",
                if *expected == "signing key" {
                    SIGNING_TAG
                } else {
                    PUBLIC_TAG
                }
            ),
        }
    }
}

impl std::error::Error for KeyError {}

/// A short fingerprint of a public key, shown in records and messages.
fn key_id(public: &VerifyingKey) -> String {
    let mut h = Sha256::new();
    h.update(b"tradesim key id\0");
    h.update(public.as_bytes());
    hex(&h.finalize()[..8])
}

/// A key file's one line, bounded, refusing symlinks' surprises by reading the target once.
fn read_key_text(p: &Path) -> Result<(String, std::fs::Metadata), KeyError> {
    let shown = p.display().to_string();
    let unreadable = |reason: String| KeyError::Unreadable {
        path: shown.clone(),
        reason,
    };
    let meta = std::fs::metadata(p).map_err(|e| unreadable(e.to_string()))?;
    if meta.is_dir() {
        return Err(unreadable("is a directory".into()));
    }
    if meta.len() > MAX_KEY_FILE_BYTES {
        return Err(unreadable(format!(
            "larger than {MAX_KEY_FILE_BYTES} bytes; is this a key?"
        )));
    }
    let text = std::fs::read_to_string(p).map_err(|e| unreadable(e.to_string()))?;
    Ok((text, meta))
}

fn parse_key_line(text: &str, tag: &str) -> Option<[u8; 32]> {
    let (t, hex_part) = text.trim_end_matches(['\n', '\r']).split_once(' ')?;
    if t != tag {
        return None;
    }
    unhex(hex_part)?.try_into().ok()
}

impl SealKey {
    /// A key derived from a passphrase (SHA-256 of it as the seed): for tests and benches,
    /// where a fixed key keeps fixtures stable. Real sessions use `tradesim keygen`.
    pub fn new(bytes: &[u8], from: &str) -> Result<SealKey, KeyError> {
        if bytes.len() < MIN_KEY_BYTES {
            return Err(KeyError::TooShort {
                from: from.to_string(),
                len: bytes.len(),
            });
        }
        let seed: [u8; 32] = Sha256::digest(bytes).into();
        Ok(SealKey(SigningKey::from_bytes(&seed)))
    }

    /// A fresh key from the operating system's random source.
    pub fn generate() -> SealKey {
        SealKey(SigningKey::from_bytes(&rand::random::<[u8; 32]>()))
    }

    /// The signing key file. It must not be readable by group or others: in restricted
    /// mode only the exam's service account may hold it.
    pub fn load(key_file: Option<&Path>) -> Result<SealKey, KeyError> {
        let p = key_file.ok_or(KeyError::Missing)?;
        let shown = p.display().to_string();
        let (text, meta) = read_key_text(p)?;
        let seed = parse_key_line(&text, SIGNING_TAG).ok_or(KeyError::NotAKey {
            path: shown.clone(),
            expected: "signing key",
        })?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = meta.permissions().mode() & 0o777;
            if mode & 0o077 != 0 {
                return Err(KeyError::Exposed { path: shown, mode });
            }
        }
        #[cfg(not(unix))]
        let _ = meta;
        Ok(SealKey(SigningKey::from_bytes(&seed)))
    }

    pub fn public(&self) -> PublicKey {
        PublicKey(self.0.verifying_key())
    }

    /// The public key's fingerprint: which key signed a record, without revealing it.
    pub fn id(&self) -> String {
        key_id(&self.0.verifying_key())
    }

    /// An Ed25519 signature over the concatenation of `parts`.
    pub fn sign(&self, parts: &[&[u8]]) -> [u8; 64] {
        self.0.sign(&parts.concat()).to_bytes()
    }

    /// The signing key file's text (`keygen`).
    pub fn file_text(&self) -> String {
        format!("{SIGNING_TAG} {}\n", hex(self.0.as_bytes()))
    }
}

impl PublicKey {
    /// `--public-key FILE`; a signing key file works too (its public half is used).
    pub fn load(path: Option<&Path>) -> Result<PublicKey, KeyError> {
        let p = path.ok_or(KeyError::Missing)?;
        let (text, _) = read_key_text(p)?;
        if let Some(b) = parse_key_line(&text, PUBLIC_TAG) {
            return VerifyingKey::from_bytes(&b)
                .map(PublicKey)
                .map_err(|_| KeyError::NotAKey {
                    path: p.display().to_string(),
                    expected: "public key",
                });
        }
        if parse_key_line(&text, SIGNING_TAG).is_some() {
            return SealKey::load(Some(p)).map(|k| k.public());
        }
        Err(KeyError::NotAKey {
            path: p.display().to_string(),
            expected: "public key",
        })
    }

    pub fn id(&self) -> String {
        key_id(&self.0)
    }

    /// A public key from its file text (`tradesim-public-key <64 hex>`), as files that list
    /// keys (the examiners file) hold it.
    pub fn from_text(text: &str) -> Option<PublicKey> {
        let b = parse_key_line(text, PUBLIC_TAG)?;
        VerifyingKey::from_bytes(&b).ok().map(PublicKey)
    }

    /// Check an Ed25519 signature (hex) over the concatenation of `parts`.
    pub fn check(&self, parts: &[&[u8]], sig_hex: &str) -> bool {
        let Some(Ok(bytes)) = unhex(sig_hex).map(<[u8; 64]>::try_from) else {
            return false;
        };
        self.0
            .verify(&parts.concat(), &Signature::from_bytes(&bytes))
            .is_ok()
    }

    pub fn file_text(&self) -> String {
        format!("{PUBLIC_TAG} {}\n", hex(self.0.as_bytes()))
    }
}

/// Write `text` to a new file that must not exist yet, with `mode` (unix) from the start:
/// never a moment when a signing key is readable by others, never over a planted symlink.
pub fn create_new_file(path: &Path, text: &str, mode: u32) -> std::io::Result<()> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        opts.mode(mode);
    }
    #[cfg(not(unix))]
    let _ = mode;
    let mut f = opts.open(path)?;
    f.write_all(text.as_bytes())?;
    f.sync_all()
}

pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

/// Lowercase hex only: a record is written by us, so any other spelling is a change.
pub fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    let val = |c: u8| match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    };
    s.as_bytes()
        .chunks(2)
        .map(|p| Some(val(p[0])? << 4 | val(p[1])?))
        .collect()
}

/// SHA-256 fed as bytes are written: what the seal signs, without holding the record twice.
#[derive(Clone, Default)]
pub struct RunningHash(Sha256);

impl RunningHash {
    pub fn update(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }
    pub fn digest(&self) -> [u8; 32] {
        self.0.clone().finalize().into()
    }
}

impl fmt::Debug for RunningHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RunningHash")
    }
}

/// What the seal signs: a domain tag and the SHA-256 of every byte before the seal line.
pub fn seal_message(digest: &[u8; 32]) -> Vec<u8> {
    [b"tradesim record seal\0".as_slice(), digest].concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_check_under_the_public_key_only() {
        let k = SealKey::new(b"0123456789abcdef", "t").unwrap();
        let sig = hex(&k.sign(&[b"what do ya want ", b"for nothing?"]));
        assert_eq!(sig.len(), SIG_HEX_LEN);
        let p = k.public();
        assert!(p.check(&[b"what do ya want for nothing?"], &sig));
        assert!(!p.check(&[b"what do ya want for nothing!"], &sig));
        assert!(!p.check(&[b"what do ya want for nothing?"], "zz"));
        let other = SealKey::new(b"fedcba9876543210", "t").unwrap();
        assert!(
            !other
                .public()
                .check(&[b"what do ya want for nothing?"], &sig)
        );
        assert_ne!(k.id(), other.id());
        assert_eq!(k.id(), p.id());
        assert_eq!(k.id().len(), 16);
    }

    #[test]
    fn short_passphrases_are_refused() {
        assert!(matches!(
            SealKey::new(b"short", "x"),
            Err(KeyError::TooShort { len: 5, .. })
        ));
        assert_eq!(unhex(&hex(&[0, 255, 16])), Some(vec![0, 255, 16]));
        assert_eq!(unhex("AB"), None);
    }

    #[cfg(unix)]
    #[test]
    fn key_files_round_trip_and_an_exposed_signing_key_is_refused() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let k = SealKey::generate();
        let sk = dir.path().join("exam.key");
        let pk = dir.path().join("exam.pub");
        create_new_file(&sk, &k.file_text(), 0o600).unwrap();
        create_new_file(&pk, &k.public().file_text(), 0o644).unwrap();
        assert!(
            create_new_file(&sk, "x", 0o600).is_err(),
            "never overwrites"
        );
        assert_eq!(SealKey::load(Some(&sk)).unwrap().id(), k.id());
        assert_eq!(PublicKey::load(Some(&pk)).unwrap(), k.public());
        assert_eq!(PublicKey::load(Some(&sk)).unwrap(), k.public());
        assert!(matches!(
            SealKey::load(Some(&pk)),
            Err(KeyError::NotAKey { .. })
        ));
        std::fs::set_permissions(&sk, std::fs::Permissions::from_mode(0o640)).unwrap();
        assert!(matches!(
            SealKey::load(Some(&sk)),
            Err(KeyError::Exposed { mode: 0o640, .. })
        ));
        assert!(matches!(
            SealKey::load(Some(&dir.path().join("none"))),
            Err(KeyError::Unreadable { .. })
        ));
    }
}
