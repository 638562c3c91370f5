//! Public-key sign-in to `tradesim serve` (russh client, loopback): the roster's `key`
//! column registers a candidate's OpenSSH key; that key signs them in, another key does
//! not, and the code on the slip still works, for them and for everyone else.

mod exam_support;
mod serve_support;

use std::sync::Arc;

use exam_support::*;
use russh::keys::ssh_key::private::Ed25519Keypair;
use russh::keys::{PrivateKey, PrivateKeyWithHashAlg};
use serve_support::*;

fn key(seed: u8) -> PrivateKey {
    PrivateKey::from(Ed25519Keypair::from_seed(&[seed; 32]))
}

/// Connect and offer `k` as `user`; whether the server let them in.
async fn sign_in_with_key(
    addr: std::net::SocketAddr,
    user: &str,
    k: &PrivateKey,
) -> (russh::client::Handle<Trusting>, bool) {
    let mut h = connect(addr).await;
    let k = PrivateKeyWithHashAlg::new(Arc::new(k.clone()), None);
    let ok = h.authenticate_publickey(user, k).await.unwrap().success();
    (h, ok)
}

#[test]
fn a_registered_key_signs_in_another_key_does_not_and_codes_still_work() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exam"),
        dir.path(),
    );
    write_keys(dir.path(), &exam_support::key());
    let line = key(1).public_key().to_openssh().unwrap() + " ann@laptop";
    std::fs::write(
        dir.path().join("roster.csv"),
        format!("id,name,key\nk1,Ann,\"{line}\"\nk2,Bo,\n"),
    )
    .unwrap();
    let out = session_new(dir.path(), "roster.csv", "results", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let codes = codes(dir.path());
    let server = Server::start(dir.path());
    rt().block_on(async {
        let (_h, ok) = sign_in_with_key(server.addr, "k1", &key(2)).await;
        assert!(!ok, "a key that is not k1's signed in as k1");
        let (_h, ok) = sign_in_with_key(server.addr, "k2", &key(1)).await;
        assert!(!ok, "k1's key signed in as k2, who registered none");
        let (h, ok) = sign_in_with_key(server.addr, "k1", &key(1)).await;
        assert!(ok, "k1's registered key was refused");
        let mut r = Remote::open(&h, 100, 30).await;
        r.wait_for("Time left").await;
        drop(r);
        let _ = h.disconnect(russh::Disconnect::ByApplication, "", "").await;
        let (_h, ok) = sign_in(server.addr, "k2", &codes["k2"]).await;
        assert!(ok, "k2's code was refused");
        let (_h, ok) = sign_in(server.addr, "k1", &codes["k1"]).await;
        assert!(ok, "k1's code was refused beside the key");
    });
}

#[test]
fn a_bad_key_in_the_roster_is_a_located_error() {
    let dir = project();
    std::fs::write(
        dir.path().join("keys.csv"),
        "id,name,key\nk1,Ann,\nk2,Bo,ssh-ed25519 AAAAnot-a-key\n",
    )
    .unwrap();
    let out = session_new(dir.path(), "keys.csv", "results2", &[]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("keys.csv:3: the key of `k2` is not an OpenSSH public key"),
        "{err}"
    );
    assert!(
        !dir.path().join("results2").exists(),
        "a bad roster left a folder behind"
    );
}
