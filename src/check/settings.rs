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

use crate::check::rules::{RULES, Rule, find_rule};
use crate::config::{Config, did_you_mean};
use crate::diagnostic::Level;
use crate::error::{Error, Result};

/// Levels and rule options for one journal.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    levels: HashMap<&'static str, Level>,
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
