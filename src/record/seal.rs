//! The session key and HMAC-SHA256: each journal line is chained to the one before under
//! the key, and the finished record is sealed by one HMAC over all of its bytes.

use std::fmt;
use std::path::Path;

use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};

pub const KEY_ENV: &str = "TRADESIM_SEAL_KEY";
/// Shorter keys are guessable; 16 bytes is the floor, 32 random bytes the advice.
pub const MIN_KEY_BYTES: usize = 16;
const MAX_KEY_FILE_BYTES: u64 = 64 * 1024;

type HmacSha256 = Hmac<Sha256>;

/// The organiser's secret. Never printed; records name it only by `id()`.
#[derive(Clone)]
pub struct SealKey(Vec<u8>);

impl fmt::Debug for SealKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SealKey({})", self.id())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyError {
    Missing,
    TooShort { from: String, len: usize },
    Unreadable { path: String, reason: String },
}

impl fmt::Display for KeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyError::Missing => write!(
                f,
                "no session key: set {KEY_ENV} or pass --key-file FILE (at least {MIN_KEY_BYTES} bytes; \
                 e.g. `head -c 32 /dev/urandom | base64 > exam.key`)"
            ),
            KeyError::TooShort { from, len } => {
                write!(
                    f,
                    "{from}: the session key is {len} byte(s); it must be at least {MIN_KEY_BYTES}"
                )
            }
            KeyError::Unreadable { path, reason } => {
                write!(f, "{path}: cannot read the key file: {reason}")
            }
        }
    }
}

impl std::error::Error for KeyError {}

impl SealKey {
    pub fn new(bytes: &[u8], from: &str) -> Result<SealKey, KeyError> {
        if bytes.len() < MIN_KEY_BYTES {
            return Err(KeyError::TooShort {
                from: from.to_string(),
                len: bytes.len(),
            });
        }
        Ok(SealKey(bytes.to_vec()))
    }

    /// `--key-file` if given, else TRADESIM_SEAL_KEY; one trailing newline of a key file is
    /// not part of the key, so `echo secret > exam.key` works.
    pub fn load(key_file: Option<&Path>) -> Result<SealKey, KeyError> {
        if let Some(p) = key_file {
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
            let mut bytes = std::fs::read(p).map_err(|e| unreadable(e.to_string()))?;
            if bytes.ends_with(b"\n") {
                bytes.pop();
                if bytes.ends_with(b"\r") {
                    bytes.pop();
                }
            }
            return SealKey::new(&bytes, &shown);
        }
        match std::env::var_os(KEY_ENV) {
            Some(v) if !v.is_empty() => SealKey::new(v.as_encoded_bytes(), KEY_ENV),
            _ => Err(KeyError::Missing),
        }
    }

    /// A short public fingerprint, so a record names which key sealed it without revealing it.
    pub fn id(&self) -> String {
        let mut h = Sha256::new();
        h.update(b"tradesim seal key id\0");
        h.update(&self.0);
        hex(&h.finalize()[..8])
    }

    fn mac(&self) -> HmacSha256 {
        // HMAC takes a key of any length
        <HmacSha256 as KeyInit>::new_from_slice(&self.0).expect("HMAC accepts any key length")
    }

    /// HMAC over the concatenation of `parts`.
    pub fn sign(&self, parts: &[&[u8]]) -> [u8; 32] {
        let mut m = self.mac();
        for p in parts {
            m.update(p);
        }
        m.finalize().into_bytes().into()
    }

    /// Constant-time check of a MAC given as hex.
    pub fn check(&self, parts: &[&[u8]], mac_hex: &str) -> bool {
        let Some(want) = unhex(mac_hex) else {
            return false;
        };
        let mut m = self.mac();
        for p in parts {
            m.update(p);
        }
        m.verify_slice(&want).is_ok()
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hmac_matches_rfc_4231_case_2() {
        // RFC 4231 test case 2 uses a 4-byte key, below our floor, so build it directly
        let k = SealKey(b"Jefe".to_vec());
        let mac = k.sign(&[b"what do ya want ", b"for nothing?"]);
        assert_eq!(
            hex(&mac),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        assert!(k.check(&[b"what do ya want for nothing?"], &hex(&mac)));
        assert!(!k.check(&[b"what do ya want for nothing!"], &hex(&mac)));
        assert!(!k.check(&[b"what do ya want for nothing?"], "zz"));
    }

    #[test]
    fn short_keys_are_refused_and_ids_differ() {
        assert!(matches!(
            SealKey::new(b"short", "x"),
            Err(KeyError::TooShort { len: 5, .. })
        ));
        let a = SealKey::new(&[1; 16], "a").unwrap();
        let b = SealKey::new(&[2; 16], "b").unwrap();
        assert_ne!(a.id(), b.id());
        assert_eq!(a.id().len(), 16);
        assert_eq!(unhex(&hex(&[0, 255, 16])), Some(vec![0, 255, 16]));
        assert_eq!(unhex("AB"), None);
    }

    #[test]
    fn key_file_drops_one_trailing_newline() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("k");
        std::fs::write(&p, "0123456789abcdef\n").unwrap();
        let a = SealKey::load(Some(&p)).unwrap();
        assert_eq!(a.id(), SealKey::new(b"0123456789abcdef", "x").unwrap().id());
        std::fs::write(&p, "short\n").unwrap();
        assert!(matches!(
            SealKey::load(Some(&p)),
            Err(KeyError::TooShort { .. })
        ));
        assert!(matches!(
            SealKey::load(Some(&dir.path().join("none"))),
            Err(KeyError::Unreadable { .. })
        ));
    }
}

/// An HMAC fed as bytes are written: the whole-record seal without holding the record twice.
#[derive(Clone)]
pub struct RunningMac(HmacSha256);

impl RunningMac {
    pub fn new(key: &SealKey) -> RunningMac {
        RunningMac(key.mac())
    }
    pub fn update(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }
    pub fn hex(&self) -> String {
        hex(&self.0.clone().finalize().into_bytes())
    }
    /// Constant-time comparison with a MAC.
    pub fn matches(&self, mac: &[u8]) -> bool {
        self.0.clone().verify_slice(mac).is_ok()
    }
}
