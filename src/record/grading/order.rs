//! The order an examiner marks answers in: shuffled per examiner, seeded from the examiner
//! id and the session id, so it is the same after a restart and differs between examiners
//! (no two examiners meet the same candidates first, and no order follows the roster).

use rand::seq::SliceRandom as _;
use sha2::{Digest, Sha256};

use crate::engine::rng_for;

use super::answers::Answer;

pub fn seed_for(examiner: &str, session: &str) -> u64 {
    let mut h = Sha256::new();
    h.update(b"tradesim marking order\0");
    h.update(examiner.as_bytes());
    h.update(b"\0");
    h.update(session.as_bytes());
    let d = h.finalize();
    u64::from_le_bytes(d[..8].try_into().expect("8 bytes"))
}

/// Indices into `answers` in this examiner's order.
pub fn marking_order(answers: &[Answer], examiner: &str, session: &str) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..answers.len()).collect();
    // a fixed starting order, whatever order the records were read in
    idx.sort_by(|a, b| answers[*a].id.cmp(&answers[*b].id));
    idx.shuffle(&mut rng_for(seed_for(examiner, session)));
    idx
}
