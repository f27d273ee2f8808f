//! Applying `rules:` of `failfolio.yaml` to each rule's defaults: the
//! only place that goes from the rule registry to [`Settings`].

use std::collections::HashMap;
use std::path::Path;
use std::sync::LazyLock;

use crate::check::options::AnyOptions;
use crate::check::rules::{RULES, find_rule};
use crate::check::settings::Settings;
use crate::config::{Config, did_you_mean};
use crate::diagnostic::Level;
use crate::error::{Error, Result};

/// Every rule's built-in options, compiled once per process: the phrase
/// lists take a while to compile, and most journals change few of them.
///
/// They compile on threads of their own, not rayon's: a rayon worker that
/// waits inside this initializer may steal a job that needs the same lock,
/// and wait on itself (two pipelines in one process did).
static DEFAULT_OPTIONS: LazyLock<HashMap<&'static str, AnyOptions>> = LazyLock::new(|| {
    std::thread::scope(|scope| {
        let compiling: Vec<_> = RULES
            .iter()
            .map(|rule| scope.spawn(|| Some((rule.code(), rule.default_options()?))))
            .collect();
        compiling
            .into_iter()
            .filter_map(|handle| handle.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
});

impl Default for Settings {
    fn default() -> Self {
        Settings::with_options(DEFAULT_OPTIONS.clone())
    }
}

impl Settings {
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
                    if !options.is_empty() {
                        let parsed = rule
                            .parse_options(options)
                            .map_err(|m| err(format!("in rule `{key}`: {m}"), None))?;
                        settings.set_options(rule.code(), parsed);
                    }
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

    /// The README's table of rule options names every option each rule
    /// reads, so a journal author can find the key to extend.
    #[test]
    fn the_readme_lists_every_rule_option() {
        let readme =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
        let mut missing = Vec::new();
        for rule in RULES.iter() {
            let options = rule.option_docs();
            if options.is_empty() {
                continue;
            }
            let row = format!("| {} |", rule.name());
            let Some(line) = readme.lines().find(|l| l.starts_with(&row)) else {
                missing.push(format!("{}: no row", rule.name()));
                continue;
            };
            for option in options {
                if !line.contains(&format!("`{}`", option.name)) {
                    missing.push(format!("{}: `{}`", rule.name(), option.name));
                }
            }
        }
        assert!(missing.is_empty(), "missing from the README's options table: {missing:?}");
    }

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
    fn a_journal_extends_the_oaths_of_pf009() {
        let s = settings("rules:\n  objective-outcome:\n    oaths:\n      extend: [sapristi]\n")
            .unwrap();
        let lists = crate::check::rules::fact_lists(&s);
        let found = crate::check::judge::emotion::emotions(
            "The jam did not set. Forty jars, sapristi, all runny.",
            &lists,
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].words, "sapristi");
        let default = Settings::default();
        let built_in = crate::check::rules::fact_lists(&default);
        assert!(
            crate::check::judge::emotion::emotions("Forty jars, sapristi, all runny.", &built_in)
                .is_empty()
        );
    }

    #[test]
    fn a_journal_extends_the_shape_words_of_each_rule() {
        use crate::check::judge::adjustment::{Testability, testability};
        use crate::check::judge::emotion::emotions;
        use crate::check::judge::identity::collapses;
        use crate::check::rules::{adjustment_lists, fact_lists, identity_lists};
        let s = settings(
            "rules:\n  objective-outcome:\n    interjections:\n      extend: [jislaaik]\n  \
             identity-separation:\n    failing_verbs:\n      extend: [fumble]\n  \
             testable-adjustment:\n    manners:\n      extend: [zen]\n",
        )
        .unwrap();
        let default = Settings::default();
        let outcome = "Jislaaik. Forty of the 300 hives were empty by March.";
        let verdict = "I always fumble the big contracts.";
        let adjustment = "Every Saturday, be zen with the new volunteers.";

        let felt = emotions(outcome, &fact_lists(&s));
        assert_eq!(felt.iter().map(|e| e.words.as_str()).collect::<Vec<_>>(), ["Jislaaik"]);
        assert!(emotions(outcome, &fact_lists(&default)).is_empty());

        assert_eq!(collapses(verdict, &identity_lists(&s)).len(), 1);
        assert!(collapses(verdict, &identity_lists(&default)).is_empty());

        assert!(matches!(
            testability(adjustment, &adjustment_lists(&s)),
            Testability::Manner { .. }
        ));
        assert!(!matches!(
            testability(adjustment, &adjustment_lists(&default)),
            Testability::Manner { .. }
        ));
    }

    #[test]
    fn a_journal_extends_the_others_of_pf007() {
        use crate::check::judge::identity::collapses;
        use crate::check::rules::identity_lists;
        // The others are a list like any other: a journal names its own,
        // and the pre-scan finds them too.
        let text = "My cousins sell ice in winter; I still sell nothing at the market.";
        let s = settings(
            "rules:\n  identity-separation:\n    others_phrases:\n      extend: [my cousins]\n",
        )
        .unwrap();
        assert_eq!(collapses(text, &identity_lists(&s)).len(), 1);
        assert!(collapses(text, &identity_lists(&Settings::default())).is_empty());
    }

    #[test]
    fn a_journal_replaces_the_verdict_nouns_of_pf007() {
        use crate::check::judge::identity::collapses;
        use crate::check::rules::identity_lists;
        // Denied, a listed verdict word separates; replaced by a list
        // without it, "not a salesman" is a denied role made a trait.
        let text = "I am just not a salesman.";
        let s =
            settings("rules:\n  identity-separation:\n    verdict_nouns: [salesman]\n").unwrap();
        assert!(collapses(text, &identity_lists(&s)).is_empty());
        assert_eq!(collapses(text, &identity_lists(&Settings::default())).len(), 1);
    }

    #[test]
    fn a_journal_extends_the_verdicts_said_alone_of_pf007() {
        use crate::check::judge::identity::collapses;
        use crate::check::rules::identity_lists;
        let text = "Dafty. Third season and the nets still tangle on me.";
        let s = settings(
            "rules:\n  identity-separation:\n    person_verdicts:\n      extend: [dafty]\n",
        )
        .unwrap();
        assert_eq!(collapses(text, &identity_lists(&s)).len(), 1);
        assert!(collapses(text, &identity_lists(&Settings::default())).is_empty());
    }

    #[test]
    fn a_journal_extends_the_people_and_retreats_of_pf009() {
        use crate::check::judge::emotion::emotions;
        use crate::check::rules::fact_lists;
        // A feeling after a person named by what they are is theirs.
        let angry = "Called the ward at 6, the matron very angry about the 3 empty beds.";
        let s = settings("rules:\n  objective-outcome:\n    people:\n      extend: [matron]\n")
            .unwrap();
        assert!(emotions(angry, &fact_lists(&s)).is_empty());
        assert_eq!(emotions(angry, &fact_lists(&Settings::default())).len(), 1);
        // Sitting still somewhere to be alone with it is feeling shown.
        let still = "Read the 3 refusals, then sat in the greenhouse till 2.";
        let s =
            settings("rules:\n  objective-outcome:\n    retreats:\n      extend: [greenhouse]\n")
                .unwrap();
        assert_eq!(emotions(still, &fact_lists(&s)).len(), 1);
        assert!(emotions(still, &fact_lists(&Settings::default())).is_empty());
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
