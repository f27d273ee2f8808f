//! Rule options: each rule declares its own typed options struct with
//! `rule_options!`, next to the rule. The struct is `Default` (the
//! built-in values and lists) and `Deserialize` from the rule's mapping in
//! `failfolio.yaml`, starting from those defaults: a number replaces the
//! default, a list is edited (a plain list replaces the built-in one,
//! `{extend: [...]}` adds to it), and an unknown key is an error with a
//! "did you mean".
//!
//! ```yaml
//! rules:
//!   specific-outcome:
//!     level: error
//!     min_words: 10
//!     evaluation_phrases:
//!       extend: ["went pear-shaped"]
//! ```

use std::any::Any;
use std::fmt;
use std::sync::Arc;

use serde::de::{self, MapAccess};

use crate::check::lists;
use crate::check::phrases::{PhraseEdit, PhraseList};

/// A rule's options, type-erased for [`Settings`](crate::check::Settings).
pub type AnyOptions = Arc<dyn Any + Send + Sync>;

/// One option, for `failfolio explain` and the documentation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionDoc {
    /// The key under `rules.<rule>`.
    pub name: &'static str,
    /// What it is, from its doc comment, on one line.
    pub doc: String,
    /// The default, shown short.
    pub default: String,
}

/// A value an option can hold: read from the configuration on top of its
/// default, and shown in the documentation.
pub trait OptionValue: Sized {
    /// Reads the next value of `map` into `self`.
    fn read<'de, A: MapAccess<'de>>(&mut self, map: &mut A) -> Result<(), A::Error>;
    /// The value, shown short.
    fn show(&self) -> String;
}

macro_rules! scalar_option {
    ($($t:ty),*) => {$(
        impl OptionValue for $t {
            fn read<'de, A: MapAccess<'de>>(&mut self, map: &mut A) -> Result<(), A::Error> {
                *self = map.next_value()?;
                Ok(())
            }
            fn show(&self) -> String {
                self.to_string()
            }
        }
    )*};
}
scalar_option!(usize, i64, f64);

impl OptionValue for PhraseList {
    fn read<'de, A: MapAccess<'de>>(&mut self, map: &mut A) -> Result<(), A::Error> {
        let edit: PhraseEdit = map.next_value()?;
        self.edit(&edit).map_err(de::Error::custom)
    }
    fn show(&self) -> String {
        show_list(&self.list)
    }
}

/// A list of single words, matched one word at a time.
#[derive(Debug, Clone, Default)]
pub struct Words {
    /// The words, in list order.
    pub list: Vec<String>,
    /// The same, as a set (foldhash: looked up for nearly every word).
    pub set: foldhash::HashSet<String>,
}

impl Words {
    /// The words of a built-in list.
    pub fn builtin(text: &'static str) -> Words {
        Words::from(lists::entries(text).into_iter().map(str::to_string).collect::<Vec<_>>())
    }

    /// Whether `word` is in the list.
    pub fn contains(&self, word: &str) -> bool {
        self.set.contains(word)
    }
}

impl From<Vec<String>> for Words {
    fn from(list: Vec<String>) -> Words {
        let set = list.iter().map(|w| w.to_lowercase()).collect();
        Words { list, set }
    }
}

impl OptionValue for Words {
    fn read<'de, A: MapAccess<'de>>(&mut self, map: &mut A) -> Result<(), A::Error> {
        let edit: PhraseEdit = map.next_value()?;
        *self = Words::from(edit.apply(&self.list));
        Ok(())
    }
    fn show(&self) -> String {
        show_list(&self.list)
    }
}

/// A built-in list, compiled.
pub fn phrases(text: &'static str) -> PhraseList {
    PhraseList::from_static(&lists::entries(text))
}

fn show_list(list: &[String]) -> String {
    let shown: Vec<String> = list.iter().take(4).map(|p| format!("\"{p}\"")).collect();
    let more = list.len().saturating_sub(shown.len());
    if more > 0 {
        format!("[{}, … {more} more]", shown.join(", "))
    } else {
        format!("[{}]", shown.join(", "))
    }
}

/// The error for an unknown option key, with a "did you mean".
pub fn unknown_option<E: de::Error>(key: &str, names: &[&str]) -> E {
    let hint = match crate::config::did_you_mean(key, names.iter().copied()) {
        Some(s) => format!("did you mean `{s}`?"),
        None if names.is_empty() => "this rule has no options besides `level`".to_string(),
        None => format!("the options are `level`, `{}`", names.join("`, `")),
    };
    E::custom(format!("unknown option `{key}`; {hint}"))
}

/// Visits a mapping of options, starting from defaults.
pub struct OptionsVisitor<T>(pub std::marker::PhantomData<T>);

impl<T> fmt::Debug for OptionsVisitor<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("OptionsVisitor")
    }
}

/// Declares a rule's options struct: its fields with doc comments and
/// defaults; implements `Default`, `Deserialize` (over the defaults,
/// rejecting unknown keys) and [`Documented`].
macro_rules! rule_options {
    (
        $(#[doc = $sdoc:literal])*
        pub struct $name:ident {
            $(
                $(#[doc = $doc:literal])*
                $field:ident : $ty:ty = $default:expr,
            )*
        }
    ) => {
        $(#[doc = $sdoc])*
        #[derive(Debug, Clone)]
        pub struct $name {
            $(
                $(#[doc = $doc])*
                pub $field: $ty,
            )*
        }

        impl Default for $name {
            fn default() -> Self {
                $name { $($field: $default,)* }
            }
        }

        impl $crate::check::options::Documented for $name {
            const NAMES: &'static [&'static str] = &[$(stringify!($field)),*];
            fn docs(&self) -> Vec<$crate::check::options::OptionDoc> {
                vec![$(
                    $crate::check::options::OptionDoc {
                        name: stringify!($field),
                        doc: [$($doc),*].iter().map(|l| l.trim()).collect::<Vec<_>>().join(" "),
                        default: $crate::check::options::OptionValue::show(&self.$field),
                    },
                )*]
            }
        }

        impl<'de> serde::de::Visitor<'de> for $crate::check::options::OptionsVisitor<$name> {
            type Value = $name;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a mapping of rule options")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<$name, A::Error> {
                #[allow(unused_mut)]
                let mut options = $name::default();
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        $(stringify!($field) => {
                            $crate::check::options::OptionValue::read(&mut options.$field, &mut map)
                                .map_err(|e| serde::de::Error::custom(format!("`{key}`: {e}")))?;
                        })*
                        _ => {
                            return Err($crate::check::options::unknown_option(
                                &key,
                                <$name as $crate::check::options::Documented>::NAMES,
                            ))
                        }
                    }
                }
                Ok(options)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_map($crate::check::options::OptionsVisitor::<$name>(std::marker::PhantomData))
            }
        }
    };
}
pub(crate) use rule_options;

/// Options that can describe themselves.
pub trait Documented {
    /// The option keys.
    const NAMES: &'static [&'static str];
    /// Each option with its current value.
    fn docs(&self) -> Vec<OptionDoc>;
}

/// Implements a rule's option methods for options type `$t`; used inside
/// `impl Rule for …`.
macro_rules! options_methods {
    ($t:ty) => {
        fn default_options(&self) -> Option<$crate::check::options::AnyOptions> {
            Some(std::sync::Arc::new(<$t>::default()))
        }
        fn parse_options(
            &self,
            options: serde_yaml::Mapping,
        ) -> Result<$crate::check::options::AnyOptions, String> {
            let parsed: $t = serde_yaml::from_value(serde_yaml::Value::Mapping(options))
                .map_err(|e| e.to_string())?;
            Ok(std::sync::Arc::new(parsed))
        }
        fn option_docs(&self) -> Vec<$crate::check::options::OptionDoc> {
            $crate::check::options::Documented::docs(&<$t>::default())
        }
    };
}
pub(crate) use options_methods;

#[cfg(test)]
mod tests {
    use super::*;

    rule_options! {
        /// Test options.
        pub struct Example {
            /// A number.
            min_words: usize = 8,
            /// A list.
            phrases: PhraseList = phrases(lists::EVALUATION),
        }
    }

    #[test]
    fn options_start_from_defaults_and_reject_unknown_keys() {
        let o: Example =
            serde_yaml::from_str("min_words: 3\nphrases:\n  extend: [zzz qqq]\n").unwrap();
        assert_eq!(o.min_words, 3);
        assert!(o.phrases.list.len() > 10 && o.phrases.list.iter().any(|p| p == "zzz qqq"));
        let o: Example = serde_yaml::from_str("phrases: [only this]\n").unwrap();
        assert_eq!(o.min_words, 8);
        assert_eq!(o.phrases.list, ["only this"]);
        let e = serde_yaml::from_str::<Example>("min_wrds: 3\n").unwrap_err().to_string();
        assert!(e.contains("unknown option `min_wrds`; did you mean `min_words`?"), "{e}");
        let docs = Example::default().docs();
        assert_eq!(docs[0].name, "min_words");
        assert_eq!(docs[0].default, "8");
        assert_eq!(docs[1].doc, "A list.");
    }
}
