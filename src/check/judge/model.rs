//! A small learned model over the judgement's explainable features: a
//! logistic regression, shipped as data (a bias and one weight per named
//! feature). It runs in microseconds and can name the features that
//! decided: each feature's contribution is its weight times its value.
//!
//! `check::evaluation` trains one per rule family on the corpus's dev
//! half and compares it, on the held-out half, with the hand-written
//! decision over the same features.

use serde::{Deserialize, Serialize};

/// Named feature values, as the judgement functions produce them.
pub type Features = Vec<(&'static str, f64)>;

/// A logistic regression over named features.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Linear {
    /// The intercept.
    pub bias: f64,
    /// One weight per feature name.
    pub weights: Vec<(String, f64)>,
}

impl Linear {
    /// The log-odds that the text has the defect.
    pub fn score(&self, features: &[(&str, f64)]) -> f64 {
        self.bias + self.contributions(features).iter().map(|(_, c)| c).sum::<f64>()
    }

    /// Whether the model calls it a defect.
    pub fn predict(&self, features: &[(&str, f64)]) -> bool {
        self.score(features) > 0.0
    }

    /// Each feature's contribution to the score, largest first.
    pub fn contributions<'f>(&self, features: &[(&'f str, f64)]) -> Vec<(&'f str, f64)> {
        let mut out: Vec<(&str, f64)> = features
            .iter()
            .map(|&(name, value)| {
                let w = self.weights.iter().find(|(n, _)| n == name).map_or(0.0, |(_, w)| *w);
                (name, w * value)
            })
            .collect();
        out.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()));
        out
    }

    /// Fits a model to `samples` (features, has the defect) by full-batch
    /// gradient descent on the regularized logistic loss: deterministic,
    /// and fast for a few hundred samples and a dozen features.
    pub fn train(samples: &[(Features, bool)], l2: f64) -> Linear {
        let names: Vec<&str> =
            samples.first().map_or(Vec::new(), |(f, _)| f.iter().map(|(n, _)| *n).collect());
        let k = names.len();
        let mut w = vec![0.0; k];
        let mut b = 0.0;
        let n = samples.len().max(1) as f64;
        let rate = 0.1;
        for _ in 0..4000 {
            let mut gw = vec![0.0; k];
            let mut gb = 0.0;
            for (features, label) in samples {
                let z = b + features.iter().zip(&w).map(|((_, x), w)| x * w).sum::<f64>();
                let p = 1.0 / (1.0 + (-z).exp());
                let err = p - f64::from(u8::from(*label));
                for (g, (_, x)) in gw.iter_mut().zip(features) {
                    *g += err * x;
                }
                gb += err;
            }
            for (wi, g) in w.iter_mut().zip(&gw) {
                *wi -= rate * (g / n + l2 * *wi);
            }
            b -= rate * gb / n;
        }
        Linear { bias: b, weights: names.into_iter().map(str::to_string).zip(w).collect() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_separable_rule_and_names_what_decided() {
        let samples: Vec<(Features, bool)> = (0..40)
            .map(|i| {
                let facts = f64::from(i % 3);
                let judging = f64::from((i / 3) % 2);
                (vec![("facts", facts), ("judging_words", judging)], facts == 0.0)
            })
            .collect();
        let model = Linear::train(&samples, 0.001);
        assert!(samples.iter().all(|(f, label)| model.predict(f) == *label));
        let why = model.contributions(&[("facts", 0.0), ("judging_words", 1.0)]);
        assert_eq!(why.len(), 2);
        let json = serde_json::to_string(&model).unwrap();
        assert_eq!(serde_json::from_str::<Linear>(&json).unwrap(), model);
    }
}
