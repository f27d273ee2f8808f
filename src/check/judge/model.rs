//! A small learned model over the judgement's explainable features: a
//! logistic regression, shipped as data (a bias and one weight per named
//! feature). It runs in microseconds and can name the features that
//! decided: each feature's contribution is its weight times its value.
//!
//! `check::evaluation` trains one per rule family on the corpus's dev
//! half and compares it, on the held-out half, with the hand-written
//! decision over the same features.

use serde::{Deserialize, Serialize};

use crate::check::judge::text::Analysis;
use crate::check::lists::{self, StaticSet};

/// The built-in function words, for naming the words that decided.
static FUNCTION_WORDS: std::sync::LazyLock<StaticSet> =
    std::sync::LazyLock::new(|| lists::static_set(lists::STOPWORDS));

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

/// A logistic regression over the words of a text: each word and each
/// pair of neighbouring words in the writer's own voice (not quoted, not
/// reported), plus the hand reading's verdict. Shipped as data; a finding
/// names the words that weighed most.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WordsModel {
    /// The intercept.
    pub bias: f64,
    /// The weight of the hand reading's "yes".
    pub hand: f64,
    /// One weight per word or pair of words.
    pub words: std::collections::BTreeMap<String, f64>,
    /// The same weights, hashed, for reading: built by [`WordsModel::parse`].
    #[serde(skip)]
    index: foldhash::HashMap<String, f64>,
}

/// Calls `each` on the words a [`WordsModel`] reads in `a`: each word and
/// each pair of neighbouring words in one sentence ("not a"), in the
/// writer's own voice; repeats included.
fn for_each_token(a: &Analysis<'_>, mut each: impl FnMut(&str)) {
    let mut pair = String::new();
    for i in 0..a.len() {
        if !a.own(i) {
            continue;
        }
        each(a.word(i));
        if i + 1 < a.len() && a.own(i + 1) && a.words[i + 1].sentence == a.words[i].sentence {
            pair.clear();
            pair.push_str(a.word(i));
            pair.push(' ');
            pair.push_str(a.word(i + 1));
            each(&pair);
        }
    }
}

/// The words a [`WordsModel`] reads in `a`, each once, in order: what it
/// is trained on.
pub fn word_tokens(a: &Analysis<'_>) -> Vec<String> {
    let mut out = std::collections::BTreeSet::new();
    for_each_token(a, |t| {
        if !out.contains(t) {
            out.insert(t.to_string());
        }
    });
    out.into_iter().collect()
}

impl WordsModel {
    /// A model from its JSON data, ready to read with.
    pub fn parse(json: &str) -> serde_json::Result<WordsModel> {
        let mut model: WordsModel = serde_json::from_str(json)?;
        model.index = model.words.iter().map(|(k, v)| (k.clone(), *v)).collect();
        Ok(model)
    }

    /// The words of `a` this model weighs, each once, with their weights.
    pub fn weigh<'m>(&'m self, a: &Analysis<'_>) -> Vec<(&'m str, f64)> {
        let mut found: Vec<(&'m str, f64)> = Vec::new();
        for_each_token(a, |t| {
            if let Some((k, w)) = self.index.get_key_value(t) {
                found.push((k.as_str(), *w));
            }
        });
        found.sort_unstable_by(|x, y| x.0.cmp(y.0));
        found.dedup_by(|x, y| x.0 == y.0);
        found
    }

    /// The log-odds that a text has the defect, given its words as
    /// [`WordsModel::weigh`] found them and the hand reading's verdict.
    pub fn score_weighed(&self, weighed: &[(&str, f64)], hand: bool) -> f64 {
        self.bias + weighed.iter().map(|(_, w)| w).sum::<f64>() + if hand { self.hand } else { 0.0 }
    }

    /// The log-odds that a text with `tokens` ([`word_tokens`]) has the
    /// defect: what training and its tools score.
    pub fn score(&self, tokens: &[String], hand: bool) -> f64 {
        self.bias
            + tokens.iter().filter_map(|t| self.words.get(t)).sum::<f64>()
            + if hand { self.hand } else { 0.0 }
    }

    /// The words of `weighed` that weighed most towards the defect,
    /// largest first; function words ("was", "it", "of") only when nothing
    /// else did, as a finding that names them says little a writer can act
    /// on. `None` when no word weighed towards it: a verdict of the model's
    /// prior alone names nothing, so it is no finding.
    pub fn deciding(weighed: &[(&str, f64)], n: usize) -> Option<Vec<String>> {
        let mut towards: Vec<(&str, f64)> =
            weighed.iter().copied().filter(|(_, w)| *w > 0.0).collect();
        towards.sort_by(|a, b| b.1.total_cmp(&a.1));
        let function = |t: &str| t.split(' ').all(|w| FUNCTION_WORDS.contains(w));
        let (content, function): (Vec<_>, Vec<_>) =
            towards.into_iter().partition(|(t, _)| !function(t));
        let words: Vec<String> =
            content.into_iter().chain(function).take(n).map(|(t, _)| t.to_string()).collect();
        (!words.is_empty()).then_some(words)
    }

    /// Fits a model to `samples` (tokens, the hand reading's verdict, has
    /// the defect), reading only the tokens `keep` allows, by full-batch
    /// gradient descent on the logistic loss with an L2 penalty of `l2`.
    pub fn train(
        samples: &[(&[String], bool, bool)],
        keep: impl Fn(&str) -> bool,
        l2: f64,
    ) -> WordsModel {
        use std::collections::HashMap;
        let mut ids: HashMap<&str, usize> = HashMap::new();
        let mut names: Vec<&str> = Vec::new();
        let data: Vec<(Vec<usize>, bool, bool)> = samples
            .iter()
            .map(|(tokens, hand, label)| {
                let x = tokens
                    .iter()
                    .filter(|t| keep(t))
                    .map(|t| {
                        *ids.entry(t.as_str()).or_insert_with(|| {
                            names.push(t.as_str());
                            names.len() - 1
                        })
                    })
                    .collect();
                (x, *hand, *label)
            })
            .collect();
        let mut w = vec![0.0; names.len()];
        let (mut b, mut h) = (0.0, 0.0);
        let n = data.len().max(1) as f64;
        let rate = 0.5;
        for _ in 0..300 {
            let mut g = vec![0.0; w.len()];
            let (mut gb, mut gh) = (0.0, 0.0);
            for (x, hand, y) in &data {
                let z = b + x.iter().map(|&i| w[i]).sum::<f64>() + if *hand { h } else { 0.0 };
                let err = 1.0 / (1.0 + (-z).exp()) - f64::from(u8::from(*y));
                for &i in x {
                    g[i] += err;
                }
                if *hand {
                    gh += err;
                }
                gb += err;
            }
            for (wi, gi) in w.iter_mut().zip(&g) {
                *wi -= rate * (gi / n + l2 * *wi);
            }
            h -= rate * (gh / n + l2 * h);
            b -= rate * gb / n;
        }
        let words: std::collections::BTreeMap<String, f64> = names
            .into_iter()
            .zip(w)
            // Weights too small to matter are left out of the data.
            .filter(|(_, w)| w.abs() >= 0.005)
            .map(|(t, w)| (t.to_string(), (w * 1e4).round() / 1e4))
            .collect();
        let index = words.iter().map(|(k, v)| (k.clone(), *v)).collect();
        WordsModel { bias: b, hand: h, words, index }
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

    #[test]
    fn a_words_model_learns_words_and_names_them() {
        let text = |t: &str| word_tokens(&Analysis::new(t));
        let verdicts =
            ["I am hopeless with money.", "I am hopeless at this.", "Always hopeless, me."];
        let reports = ["I paid 40 late.", "The bank charged 40.", "I am paying 40 a week."];
        let rows: Vec<(Vec<String>, bool)> = verdicts
            .iter()
            .map(|t| (text(t), true))
            .chain(reports.iter().map(|t| (text(t), false)))
            .collect();
        let samples: Vec<(&[String], bool, bool)> =
            rows.iter().map(|(t, y)| (t.as_slice(), false, *y)).collect();
        let model = WordsModel::train(&samples, |_| true, 0.002);
        for (tokens, label) in &rows {
            assert_eq!(model.score(tokens, false) > 0.0, *label, "{tokens:?}");
        }
        // The word that decided, before the function words beside it.
        let model = WordsModel::parse(&serde_json::to_string(&model).unwrap()).unwrap();
        let a = Analysis::new("Hopeless with the van, I am.");
        let weighed = model.weigh(&a);
        assert!(model.score_weighed(&weighed, false) > 0.0);
        assert_eq!(WordsModel::deciding(&weighed, 1), Some(vec!["hopeless".to_string()]));
        // Quoted words are someone else's: not read.
        assert!(!text("She said 'hopeless' twice.").contains(&"hopeless".to_string()));
    }

    #[test]
    fn shipped_words_models_parse_and_trust_the_reading() {
        use crate::check::judge::{emotion::FEELING_MODEL, identity::IDENTITY_MODEL, specific};
        for model in
            [&*IDENTITY_MODEL, &*specific::OUTCOME_WORDS, &*specific::GAP_WORDS, &*FEELING_MODEL]
        {
            assert!(model.words.len() > 100);
            // The hand reading's "yes" counts towards the defect.
            assert!(model.hand > 0.0);
        }
    }
}
