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
//!     evaluation_phrases:
//!       extend: ["went pear-shaped"]
//! ```

use std::any::Any;
use std::collections::HashMap;

use crate::check::options::AnyOptions;
use crate::check::rule::Rule;
use crate::diagnostic::Level;

/// Levels and rule options for one journal. Each rule's options are its
/// own typed struct (declared in the rule's file), kept here by code.
#[derive(Debug, Clone)]
pub struct Settings {
    levels: HashMap<&'static str, Level>,
    options: HashMap<&'static str, AnyOptions>,
}

// Built from every rule's defaults and `failfolio.yaml`: see
// `check::configure` (`Settings::default`, `Settings::from_config`).

impl Settings {
    /// The options of `rule`, as the type its file declares.
    ///
    /// # Panics
    /// When `T` is not `rule`'s options type: a mistake in the rule's
    /// code, never in anyone's input.
    pub fn options<T: Any + Send + Sync>(&self, rule: &dyn Rule) -> &T {
        self.options
            .get(rule.code())
            .and_then(|o| o.downcast_ref::<T>())
            .unwrap_or_else(|| panic!("{} reads options of another type", rule.code()))
    }

    /// The level `rule` runs at.
    pub fn level(&self, rule: &dyn Rule) -> Level {
        self.levels.get(rule.code()).copied().unwrap_or_else(|| rule.default_level())
    }

    /// Sets the level of the rule with `code`.
    pub fn set_level(&mut self, code: &'static str, level: Level) {
        self.levels.insert(code, level);
    }

    /// Sets the options of the rule with `code`.
    pub(crate) fn set_options(&mut self, code: &'static str, options: AnyOptions) {
        self.options.insert(code, options);
    }

    /// Settings with `options` and every rule at its default level.
    pub(crate) fn with_options(options: HashMap<&'static str, AnyOptions>) -> Settings {
        Settings { levels: HashMap::new(), options }
    }
}
