//! The criteria's configuration, resolved: `rules:` in `failfolio.yaml`
//! applied over each rule's defaults.
//!
//! ```yaml
//! rules:
//!   PF009: off                     # by code…
//!   testable-adjustment: warning   # …or by name
//!   specific-outcome:
//!     level: error
//!     min_words: 10
//!     vague_phrases:
//!       extend: ["went pear-shaped"]
//! ```

use std::collections::HashMap;
use std::path::Path;

use serde::de::DeserializeOwned;

use crate::check::judge::{WordSet, word_set};
use crate::check::lexicon;
use crate::check::phrases::{PhraseEdit, PhraseList};
use crate::check::rules::{RULES, Rule, find_rule};
use crate::config::{Config, did_you_mean};
use crate::diagnostic::Level;
use crate::error::{Error, Result};

/// Levels and rule options for one journal.
#[derive(Debug, Clone)]
pub struct Settings {
    levels: HashMap<&'static str, Level>,
    /// PF002 `specific-outcome`.
    pub outcome: TextOptions,
    /// PF003 `specific-gap`.
    pub gap: TextOptions,
    /// PF004 `incubation-period`.
    pub incubation: IncubationOptions,
    /// PF006 `testable-adjustment`.
    pub adjustment: AdjustmentOptions,
    /// PF007 `identity-separation`.
    pub identity: IdentityOptions,
    /// PF008 `honest-extraction`.
    pub agency: AgencyOptions,
    /// PF009 `objective-outcome`.
    pub emotional: PhraseList,
    /// PF010 `five-whys`: the fewest links a 5 Whys chain may have.
    pub min_whys: usize,
    /// PF012 `untested-adjustment`: days after which an untested adjustment is reported.
    pub untested_days: i64,
}

/// Options of the rules that judge whether a text is specific.
#[derive(Debug, Clone)]
pub struct TextOptions {
    /// Fewest words.
    pub min_words: usize,
    /// Concrete words needed beside a stock phrase.
    pub min_concrete_with_stock: usize,
    /// Concrete words needed when there is no stock phrase.
    pub min_concrete: usize,
    /// Stock phrases.
    pub vague: PhraseList,
    /// Function words that are never concrete.
    pub stopwords: WordSet,
    /// Evaluative words that are never concrete.
    pub filler: WordSet,
}

impl TextOptions {
    fn new(vague: &[&str]) -> TextOptions {
        TextOptions {
            min_words: 8,
            min_concrete_with_stock: 8,
            min_concrete: 4,
            vague: PhraseList::from_static(vague),
            stopwords: word_set(lexicon::STOPWORDS),
            filler: word_set(lexicon::FILLER_WORDS),
        }
    }
}

/// PF004 thresholds.
#[derive(Debug, Clone)]
pub struct IncubationOptions {
    /// Below this many hours between `date` and `processed`: the rule's level.
    pub error_hours: i64,
    /// Below this many hours: one level milder. Also when an incubating
    /// entry is ready to be re-encountered.
    pub warning_hours: i64,
}

/// PF006 lists.
#[derive(Debug, Clone)]
pub struct AdjustmentOptions {
    /// Stock resolutions.
    pub generic: PhraseList,
    /// When/where words.
    pub triggers: PhraseList,
    /// Quantity and duration words.
    pub measures: PhraseList,
    /// Named artefacts.
    pub artefacts: PhraseList,
    /// Set phrases that look like triggers but are not.
    pub idioms: PhraseList,
    /// Concrete signals a testable adjustment needs.
    pub min_signals: usize,
}

/// PF007 lists.
#[derive(Debug, Clone)]
pub struct IdentityOptions {
    /// Self-verdict patterns.
    pub collapse: PhraseList,
    /// Distancing frames and negations.
    pub distancing: PhraseList,
    /// Words a `...` gap in a collapse phrase may hold.
    pub gap_words: WordSet,
}

/// PF008 lists.
#[derive(Debug, Clone)]
pub struct AgencyOptions {
    /// First-person words.
    pub agency: PhraseList,
    /// Phrases that deny agency.
    pub external: PhraseList,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            levels: HashMap::new(),
            outcome: TextOptions::new(lexicon::VAGUE_OUTCOME),
            gap: TextOptions::new(lexicon::VAGUE_GAP),
            incubation: IncubationOptions { error_hours: 24, warning_hours: 48 },
            adjustment: AdjustmentOptions {
                generic: PhraseList::from_static(lexicon::GENERIC_ADJUSTMENT),
                triggers: PhraseList::from_static(lexicon::TRIGGERS),
                measures: PhraseList::from_static(lexicon::MEASURES),
                artefacts: PhraseList::from_static(lexicon::ARTEFACTS),
                idioms: PhraseList::from_static(lexicon::IDIOMS),
                min_signals: 2,
            },
            identity: IdentityOptions {
                collapse: PhraseList::from_static(lexicon::COLLAPSE),
                distancing: PhraseList::from_static(lexicon::DISTANCING),
                gap_words: word_set(lexicon::GAP_WORDS),
            },
            agency: AgencyOptions {
                agency: PhraseList::from_static(lexicon::AGENCY),
                external: PhraseList::from_static(lexicon::EXTERNAL),
            },
            emotional: PhraseList::from_static(lexicon::EMOTIONAL),
            min_whys: 3,
            untested_days: 90,
        }
    }
}

/// Reads option `key` from a rule's options, if present.
pub fn option<T: DeserializeOwned>(
    options: &serde_yaml::Mapping,
    key: &str,
) -> Result<Option<T>, String> {
    match options.get(key) {
        None => Ok(None),
        Some(value) => {
            serde_yaml::from_value(value.clone()).map(Some).map_err(|e| format!("`{key}`: {e}"))
        }
    }
}

/// Applies phrase-list option `key` (a list replaces, `{extend: [...]}` adds).
pub fn edit_list(
    options: &serde_yaml::Mapping,
    key: &str,
    list: &mut PhraseList,
) -> Result<(), String> {
    if let Some(edit) = option::<PhraseEdit>(options, key)? {
        list.edit(&edit).map_err(|e| format!("`{key}`: {e}"))?;
    }
    Ok(())
}

/// Applies word-list option `key`.
pub fn edit_words(
    options: &serde_yaml::Mapping,
    key: &str,
    words: &mut WordSet,
) -> Result<(), String> {
    if let Some(edit) = option::<PhraseEdit>(options, key)? {
        let mut current: Vec<String> = words.iter().cloned().collect();
        current.sort();
        *words = word_set(&edit.apply(&current));
    }
    Ok(())
}

impl Settings {
    /// The level `rule` runs at.
    pub fn level(&self, rule: &dyn Rule) -> Level {
        self.levels.get(rule.code()).copied().unwrap_or_else(|| rule.default_level())
    }

    /// Sets the level of the rule with `code`.
    pub fn set_level(&mut self, code: &'static str, level: Level) {
        self.levels.insert(code, level);
    }

    /// Applies `config.rules`. `path` and `text` (the configuration file and
    /// its contents, if any) make errors point at the offending line.
    pub fn from_config(config: &Config, path: &Path, text: Option<&str>) -> Result<Settings> {
        let mut settings = Settings::default();
        let mut seen: HashMap<&'static str, &str> = HashMap::new();
        for (key, value) in &config.rules {
            let err = |message: String, help: Option<String>| Error::Config {
                path: path.to_path_buf(),
                position: text.and_then(|t| locate_rule_key(t, key)),
                message,
                help,
            };
            let Some(rule) = find_rule(key) else {
                let names = RULES.iter().flat_map(|r| [r.code(), r.name()]);
                let help = match did_you_mean(key, names) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => "`failfolio rules` lists every rule's code and name".to_string(),
                };
                return Err(err(format!("unknown rule `{key}` in `rules`"), Some(help)));
            };
            if let Some(other) = seen.insert(rule.code(), key) {
                return Err(err(
                    format!(
                        "rule `{}` is configured twice, as `{other}` and as `{key}`",
                        rule.code()
                    ),
                    Some("merge the two into one entry under `rules:`".into()),
                ));
            }
            if rule.code() == "PF000" {
                return Err(err(
                    "`PF000` (malformed-entry) cannot be configured".into(),
                    Some("an entry that cannot be read or parsed is always an error".into()),
                ));
            }
            match value {
                serde_yaml::Value::String(s) => {
                    let level = parse_level(s).ok_or_else(|| {
                        err(format!("`{s}` is not a level"), Some(LEVELS_HELP.into()))
                    })?;
                    settings.set_level(rule.code(), level);
                }
                serde_yaml::Value::Mapping(map) => {
                    let mut options = map.clone();
                    if let Some(level) = options.remove("level") {
                        let level = level.as_str().and_then(parse_level).ok_or_else(|| {
                            err(
                                format!("`level` of `{key}` is not a level"),
                                Some(LEVELS_HELP.into()),
                            )
                        })?;
                        settings.set_level(rule.code(), level);
                    }
                    for option in options.keys() {
                        let name = option.as_str().unwrap_or_default();
                        if !rule.option_names().contains(&name) {
                            let help = match did_you_mean(name, rule.option_names().iter().copied())
                            {
                                Some(s) => format!("did you mean `{s}`?"),
                                None if rule.option_names().is_empty() => {
                                    format!("`{}` has no options besides `level`", rule.name())
                                }
                                None => format!(
                                    "`{}` accepts: `level`, `{}`",
                                    rule.name(),
                                    rule.option_names().join("`, `")
                                ),
                            };
                            return Err(err(
                                format!("unknown option `{name}` for rule `{key}`"),
                                Some(help),
                            ));
                        }
                    }
                    rule.configure(options, &mut settings)
                        .map_err(|m| err(format!("in rule `{key}`: {m}"), None))?;
                }
                serde_yaml::Value::Bool(false) => settings.set_level(rule.code(), Level::Off),
                _ => {
                    return Err(err(
                        format!("rule `{key}` must be a level or a map of options"),
                        Some(format!(
                            "write `{key}: warning`, or `{key}:` followed by `level: warning` and options"
                        )),
                    ));
                }
            }
        }
        Ok(settings)
    }
}

const LEVELS_HELP: &str = "use `error`, `warning`, `info` or `off`";

fn parse_level(s: &str) -> Option<Level> {
    match s.trim().to_ascii_lowercase().as_str() {
        "error" => Some(Level::Error),
        "warning" | "warn" => Some(Level::Warning),
        "info" => Some(Level::Info),
        "off" => Some(Level::Off),
        _ => None,
    }
}

/// The line and column of `key:` inside the top-level `rules:` block.
fn locate_rule_key(text: &str, key: &str) -> Option<(usize, usize)> {
    let mut in_rules = false;
    for (i, line) in text.lines().enumerate() {
        if !line.starts_with([' ', '\t']) && !line.trim().is_empty() && !line.starts_with('#') {
            in_rules = line.trim_end().starts_with("rules:");
            continue;
        }
        if in_rules {
            let trimmed = line.trim_start();
            let unquoted = trimmed.trim_start_matches(['"', '\'']);
            if unquoted.starts_with(key)
                && unquoted[key.len()..].trim_start_matches(['"', '\'']).starts_with(':')
            {
                return Some((i + 1, line.len() - trimmed.len() + 1));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(yaml: &str) -> Result<Settings> {
        let config = Config::parse(yaml, Path::new("failfolio.yaml")).unwrap();
        Settings::from_config(&config, Path::new("failfolio.yaml"), Some(yaml))
    }

    #[test]
    fn levels_by_code_or_name() {
        let s = settings("rules:\n  PF001: warning\n").unwrap();
        assert_eq!(s.level(find_rule("PF001").unwrap()), Level::Warning);
        let s = settings("rules:\n  required-fields:\n    level: off\n").unwrap();
        assert_eq!(s.level(find_rule("required-fields").unwrap()), Level::Off);
    }

    #[test]
    fn unknown_rules_suggest() {
        let e = settings("title: x\nrules:\n  requird-fields: error\n").unwrap_err().to_string();
        assert!(e.contains("line 3, column 3"), "{e}");
        assert!(e.contains("unknown rule `requird-fields`"), "{e}");
        assert!(e.contains("did you mean `required-fields`?"), "{e}");
    }

    #[test]
    fn bad_levels() {
        let e = settings("rules:\n  PF001: loud\n").unwrap_err().to_string();
        assert!(e.contains("`loud` is not a level"), "{e}");
    }
}
