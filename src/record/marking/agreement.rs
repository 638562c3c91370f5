//! Agreement between two examiners over the same items: exact agreement and Cohen's kappa
//! (agreement beyond what chance alone would give, from each examiner's own spread of marks).

use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Agreement {
    /// Items both examiners marked.
    pub pairs: usize,
    /// Items given the same mark.
    pub exact: usize,
    /// Cohen's kappa; `None` with no pairs. When chance agreement is already certain (both
    /// examiners gave one and the same mark throughout) kappa is taken as 1.
    pub kappa: Option<f64>,
}

impl Agreement {
    /// Exact agreement as a share of the pairs, 0..=1.
    pub fn exact_share(&self) -> Option<f64> {
        (self.pairs > 0).then(|| self.exact as f64 / self.pairs as f64)
    }
}

/// `marks`: (first examiner's mark, second examiner's mark) per item.
pub fn agreement(marks: &[(u32, u32)]) -> Agreement {
    let n = marks.len();
    let exact = marks.iter().filter(|(a, b)| a == b).count();
    if n == 0 {
        return Agreement {
            pairs: 0,
            exact: 0,
            kappa: None,
        };
    }
    let mut first: BTreeMap<u32, usize> = BTreeMap::new();
    let mut second: BTreeMap<u32, usize> = BTreeMap::new();
    for (a, b) in marks {
        *first.entry(*a).or_default() += 1;
        *second.entry(*b).or_default() += 1;
    }
    let nf = n as f64;
    let observed = exact as f64 / nf;
    let chance: f64 = first
        .iter()
        .map(|(k, ca)| (*ca as f64 / nf) * (second.get(k).copied().unwrap_or(0) as f64 / nf))
        .sum();
    let kappa = if (1.0 - chance).abs() < f64::EPSILON {
        1.0
    } else {
        (observed - chance) / (1.0 - chance)
    };
    Agreement {
        pairs: n,
        exact,
        kappa: Some(kappa),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn textbook_example() {
        // 50 items, yes/no: 20 yes-yes, 5 yes-no, 10 no-yes, 15 no-no: po 0.7, pe 0.5, kappa 0.4
        let mut marks = vec![(1, 1); 20];
        marks.extend(vec![(1, 0); 5]);
        marks.extend(vec![(0, 1); 10]);
        marks.extend(vec![(0, 0); 15]);
        let a = agreement(&marks);
        assert_eq!((a.pairs, a.exact), (50, 35));
        assert!(close(a.exact_share().unwrap(), 0.7));
        assert!(close(a.kappa.unwrap(), 0.4));
    }

    #[test]
    fn edges() {
        assert_eq!(agreement(&[]).kappa, None);
        assert_eq!(agreement(&[(2, 2), (2, 2)]).kappa, Some(1.0));
        assert!(close(agreement(&[(0, 1), (1, 0)]).kappa.unwrap(), -1.0));
        assert!(close(
            agreement(&[(0, 0), (1, 1), (2, 2)]).kappa.unwrap(),
            1.0
        ));
    }
}
