//! The site's language: every built-in string of the themes, of the charts
//! and of the search page, from translation files, and dates in the
//! language.
//!
//! The translations ship in the binary (`i18n/<lang>.yaml` in the source
//! tree); a journal's own `i18n/<lang>.yaml` replaces any of their strings
//! or adds a language. A key missing from a language falls back to
//! English. Templates read the strings with the function `t` (see
//! [`Strings::register`]); Rust code with [`Strings::get`],
//! [`Strings::format`] and [`Strings::count`].

use std::collections::BTreeMap;
use std::fmt::{Display, Write as _};
use std::path::Path;
use std::sync::Arc;

use include_dir::{Dir, include_dir};

use crate::diagnostic::{self, Diagnostic, Level};
use crate::error::{Error, Result};

/// The translations shipped with failfolio, one file per language.
static BUILTIN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/i18n");

/// The folder of a journal's own translations.
pub const DIR: &str = "i18n";

/// The languages shipped with failfolio (`en`, `de`, …), sorted.
pub fn builtin_languages() -> Vec<&'static str> {
    let mut names: Vec<&str> =
        BUILTIN.files().filter_map(|f| f.path().to_str()?.strip_suffix(".yaml")).collect();
    names.sort_unstable();
    names
}

/// Keys a journal may add without a warning (strings for its own theme).
const CUSTOM_PREFIX: &str = "custom.";

/// The strings of one language, with English under them.
#[derive(Debug, Clone)]
pub struct Strings {
    /// The language's strings over English's, by key.
    map: BTreeMap<String, String>,
    /// Month names and the like.
    locale: chrono::Locale,
    /// Whether a count of 0 takes the singular (`plural.zero: one`).
    zero_is_one: bool,
    /// What loading found wrong but not fatal: an unknown language, keys
    /// that are no string of failfolio's. `check` and `build` report them.
    pub warnings: Vec<Diagnostic>,
}

impl Default for Strings {
    fn default() -> Self {
        Strings::builtin("en")
    }
}

/// A built-in file's strings (empty for an unknown language).
fn builtin_map(language: &str) -> BTreeMap<String, String> {
    BUILTIN
        .get_file(format!("{language}.yaml"))
        .and_then(|f| f.contents_utf8())
        .map(|text| serde_yaml::from_str(text).expect("the built-in translations parse"))
        .unwrap_or_default()
}

/// `de` for `de`, `de-AT`, `de_DE` or `DE`: the file name a language tag
/// looks for after its own.
fn base_language(tag: &str) -> String {
    tag.split(['-', '_']).next().unwrap_or(tag).to_ascii_lowercase()
}

impl Strings {
    /// The built-in strings of `language` (its base language's, e.g. `de`
    /// for `de-AT`), English where it has none.
    pub fn builtin(language: &str) -> Strings {
        let mut map = builtin_map("en");
        let own = builtin_map(&language.to_ascii_lowercase());
        let own = if own.is_empty() { builtin_map(&base_language(language)) } else { own };
        map.extend(own);
        Strings::from_map(map, Vec::new())
    }

    fn from_map(map: BTreeMap<String, String>, warnings: Vec<Diagnostic>) -> Strings {
        let locale = map
            .get("date.locale")
            .and_then(|l| chrono::Locale::try_from(l.as_str()).ok())
            .unwrap_or(chrono::Locale::en_GB);
        let zero_is_one = map.get("plural.zero").is_some_and(|z| z == "one");
        Strings { map, locale, zero_is_one, warnings }
    }

    /// The strings of `language` for the journal at `root`: the built-in
    /// ones with the journal's `i18n/<language>.yaml` (or its base
    /// language's file, `i18n/de.yaml` for `de-AT`) over them.
    pub fn load(root: &Path, language: &str) -> Result<Strings> {
        let builtin = builtin_languages();
        let base = base_language(language);
        let is_builtin = builtin.contains(&language) || builtin.contains(&base.as_str());
        let candidates = [format!("{DIR}/{language}.yaml"), format!("{DIR}/{base}.yaml")];
        let file = candidates.iter().find(|f| root.join(f).is_file());
        let mut map = Strings::builtin(language).map;
        let english = map.clone();
        let mut warnings = Vec::new();
        let config = Path::new(crate::config::FILE_NAME);
        match file {
            None if !is_builtin => warnings.push(
                diagnostic::malformed(
                    Level::Warning,
                    config,
                    format!(
                        "failfolio has no translation for `language: {language}`; the site's own strings are in English"
                    ),
                )
                .help(format!(
                    "add `{DIR}/{base}.yaml` to the journal with the strings of `{base}` (copy failfolio's `i18n/en.yaml`; see docs/themes.md, \"Languages\"), or use one of `{}`",
                    builtin.join("`, `")
                )),
            ),
            None => {}
            Some(file) => {
                let path = root.join(file);
                let text =
                    std::fs::read_to_string(&path).map_err(|e| Error::io("read", &path, e))?;
                let own: BTreeMap<String, String> = if text.trim().is_empty() {
                    BTreeMap::new()
                } else {
                    serde_yaml::from_str(&text).map_err(|e| Error::Config {
                        path: path.clone(),
                        position: e.location().map(|l| (l.line(), l.column())),
                        message: format!("{file} is not a map of strings: {e}"),
                        help: Some(
                            "write one `key: text` per line, e.g. `resume.title: Failure résumé`"
                                .into(),
                        ),
                    })?
                };
                for key in own.keys() {
                    if english.contains_key(key) || key.starts_with(CUSTOM_PREFIX) {
                        continue;
                    }
                    let help = match crate::config::did_you_mean(
                        key,
                        english.keys().map(String::as_str),
                    ) {
                        Some(s) => format!("did you mean `{s}`?"),
                        None => format!(
                            "failfolio's keys are in its `i18n/en.yaml`; a theme's own strings start with `{CUSTOM_PREFIX}`"
                        ),
                    };
                    warnings.push(
                        diagnostic::malformed(
                            Level::Warning,
                            file,
                            format!("`{key}` is no string of failfolio's"),
                        )
                        .help(help),
                    );
                }
                if !is_builtin {
                    let missing: Vec<&str> = english
                        .keys()
                        .filter(|k| !own.contains_key(*k))
                        .map(String::as_str)
                        .collect();
                    if let Some(first) = missing.first() {
                        warnings.push(
                            diagnostic::malformed(
                                Level::Warning,
                                file,
                                format!(
                                    "{} of failfolio's strings are not translated (the first: `{first}`); they are shown in English",
                                    missing.len()
                                ),
                            )
                            .help("add them from failfolio's `i18n/en.yaml`"),
                        );
                    }
                }
                map.extend(own);
            }
        }
        let strings = Strings::from_map(map, warnings);
        strings.validate(root, file.map_or(config, Path::new))?;
        Ok(strings)
    }

    /// Refuses a date format or locale that cannot format a date.
    fn validate(&self, root: &Path, file: &Path) -> Result<()> {
        let err = |message: String, help: &str| Error::Config {
            path: root.join(file),
            position: None,
            message,
            help: Some(help.into()),
        };
        if let Some(l) = self.map.get("date.locale") {
            if chrono::Locale::try_from(l.as_str()).is_err() {
                return Err(err(
                    format!("`date.locale` `{l}` is not a locale failfolio knows"),
                    "write a glibc locale name: `en_GB`, `de_DE`, `pt_BR`",
                ));
            }
        }
        for key in ["date.format", "date.month_label"] {
            let sample = chrono::NaiveDate::from_ymd_opt(2026, 3, 2).expect("a valid date");
            let mut out = String::new();
            let format = self.get(key);
            if write!(out, "{}", sample.format_localized(format, self.locale)).is_err() {
                return Err(err(
                    format!("`{key}` `{format}` is not a date format"),
                    "write it with strftime's %-d (day), %B or %b (month), %Y or %y (year)",
                ));
            }
        }
        Ok(())
    }

    /// The string `key`: the language's, or English's, or the key itself
    /// when no language has it (a template naming no string fails instead).
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        self.map.get(key).map_or(key, String::as_str)
    }

    /// The string `key` with each `{name}` of `args` replaced.
    pub fn format(&self, key: &str, args: &[(&str, &dyn Display)]) -> String {
        fill(self.get(key), args.iter().map(|(k, v)| (*k, v.to_string())))
    }

    /// `key.one` or `key.other` for the count `n`, with `{n}` and `args`
    /// replaced.
    pub fn count(&self, key: &str, n: i64, args: &[(&str, &dyn Display)]) -> String {
        let n_text = n.to_string();
        let args =
            std::iter::once(("n", n_text)).chain(args.iter().map(|(k, v)| (*k, v.to_string())));
        fill(self.get(&self.plural_key(key, n)), args)
    }

    /// `key.one` or `key.other` (whichever exists), or `key`.
    fn plural_key(&self, key: &str, n: i64) -> String {
        let form = if n == 1 || (n == 0 && self.zero_is_one) { "one" } else { "other" };
        let own = format!("{key}.{form}");
        if self.map.contains_key(&own) {
            return own;
        }
        let other = format!("{key}.other");
        if self.map.contains_key(&other) { other } else { key.to_string() }
    }

    /// A date in the language: `2 March 2026`, `2. März 2026`.
    pub fn date(&self, date: jiff::civil::Date) -> String {
        self.strftime("date.format", date)
    }

    /// A month of the statistics: `Mar 26`.
    pub fn month_label(&self, year: i16, month: i8) -> String {
        match jiff::civil::Date::new(year, month, 1) {
            Ok(date) => self.strftime("date.month_label", date),
            Err(_) => format!("{month} {year}"),
        }
    }

    /// `date` formatted with the strftime pattern of `key` and this
    /// language's month and day names: the one place dates are written.
    fn strftime(&self, key: &str, date: jiff::civil::Date) -> String {
        let Some(naive) = chrono::NaiveDate::from_ymd_opt(
            i32::from(date.year()),
            date.month() as u32,
            date.day() as u32,
        ) else {
            return date.to_string();
        };
        let mut out = String::new();
        match write!(out, "{}", naive.format_localized(self.get(key), self.locale)) {
            Ok(()) => out,
            Err(_) => date.to_string(),
        }
    }

    /// Registers the template function `t`:
    /// `{{ t(key="tag.title", tag=tag.name) }}` is the string `tag.title`
    /// with `{tag}` replaced; `{{ t(key="tag.count", n=tag.count) }}`
    /// picks `tag.count.one` or `tag.count.other`. Keys ending in `_html`
    /// are HTML and not escaped again (their arguments are); a key that
    /// no language has is an error.
    pub fn register(self: &Arc<Self>, tera: &mut tera::Tera) {
        let strings = Arc::clone(self);
        tera.register_function("t", move |kwargs: tera::Kwargs, _: &tera::State| {
            let key: &str = kwargs.must_get("key")?;
            let n: Option<i64> = kwargs.get("n")?;
            let key = match n {
                Some(n) => strings.plural_key(key, n),
                None => key.to_string(),
            };
            let Some(text) = strings.map.get(&key) else {
                let help =
                    crate::config::did_you_mean(&key, strings.map.keys().map(String::as_str))
                        .map(|s| format!(" (did you mean `{s}`?)"))
                        .unwrap_or_default();
                return Err(tera::Error::message(format!(
                    "no string `{key}` in the translations{help}"
                )));
            };
            let html = key.ends_with("_html");
            let args = kwargs.iter().filter_map(|(k, v)| {
                let name = k.as_str()?;
                if name == "key" {
                    return None;
                }
                let value = v.to_string();
                Some((name, if html { crate::render::charts::escape(&value) } else { value }))
            });
            let out = fill(text, args);
            Ok(if html { tera::Value::safe_string(&out) } else { tera::Value::from(out) })
        });
    }
}

/// `text` with each `{name}` replaced by its value.
fn fill<'n>(text: &str, args: impl Iterator<Item = (&'n str, String)>) -> String {
    let mut out = text.to_string();
    for (name, value) in args {
        let slot = format!("{{{name}}}");
        if out.contains(&slot) {
            out = out.replace(&slot, &value);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_english_key() {
        let english = builtin_map("en");
        for language in builtin_languages() {
            let own = builtin_map(language);
            let missing: Vec<&String> = english.keys().filter(|k| !own.contains_key(*k)).collect();
            let extra: Vec<&String> = own.keys().filter(|k| !english.contains_key(*k)).collect();
            assert!(missing.is_empty() && extra.is_empty(), "{language}: {missing:?} {extra:?}");
            let strings = Strings::builtin(language);
            strings.validate(Path::new("."), Path::new("x")).unwrap();
        }
        assert!(builtin_languages().len() >= 4);
    }

    #[test]
    fn dates_in_each_language() {
        let date = jiff::civil::date(2025, 3, 2);
        let cases = [
            ("en", "2 March 2025"),
            ("de", "2. März 2025"),
            ("de-AT", "2. März 2025"),
            ("es", "2 de marzo de 2025"),
            ("fr", "2 mars 2025"),
            ("pt", "2 March 2025"),
        ];
        for (language, want) in cases {
            assert_eq!(Strings::builtin(language).date(date), want, "{language}");
        }
        assert_eq!(Strings::builtin("en").month_label(2025, 2), "Feb 25");
        assert_eq!(Strings::builtin("de").month_label(2025, 3), "Mär 25");
    }

    #[test]
    fn counts_pick_the_form() {
        let en = Strings::builtin("en");
        assert_eq!(en.count("tag.count", 1, &[]), "1 failure");
        assert_eq!(en.count("tag.count", 0, &[]), "0 failures");
        let fr = Strings::builtin("fr");
        assert_eq!(fr.count("tag.count", 0, &[]), "0 échec");
        assert_eq!(fr.count("tag.count", 2, &[]), "2 échecs");
        assert_eq!(en.format("tag.title", &[("tag", &"x")]), "Tagged “x”");
    }

    #[test]
    fn a_journal_overrides_and_warns() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join(DIR)).unwrap();
        std::fs::write(
            dir.path().join("i18n/de.yaml"),
            "resume.title: Mein Scheitern\nresume.titel: x\ncustom.motto: Weiter\n",
        )
        .unwrap();
        let de = Strings::load(dir.path(), "de").unwrap();
        assert_eq!(de.get("resume.title"), "Mein Scheitern");
        assert_eq!(de.get("tags.title"), "Schlagwörter");
        assert_eq!(de.get("custom.motto"), "Weiter");
        assert_eq!(de.warnings.len(), 1, "{:?}", de.warnings);
        assert!(de.warnings[0].help.as_deref().unwrap().contains("`resume.title`"));

        let pt = Strings::load(dir.path(), "pt-BR").unwrap();
        assert_eq!(pt.get("tags.title"), "Tags");
        let w = &pt.warnings[0];
        assert!(w.message.contains("`language: pt-BR`"), "{}", w.message);
        assert!(w.help.as_deref().unwrap().contains("`i18n/pt.yaml`"), "{:?}", w.help);

        std::fs::write(
            dir.path().join("i18n/pt.yaml"),
            "date.locale: pt_BR\ndate.format: \"%-d de %B de %Y\"\n",
        )
        .unwrap();
        let pt = Strings::load(dir.path(), "pt-BR").unwrap();
        assert_eq!(pt.date(jiff::civil::date(2025, 3, 2)), "2 de março de 2025");
        assert!(pt.warnings[0].message.contains("not translated"), "{:?}", pt.warnings);

        std::fs::write(dir.path().join("i18n/pt.yaml"), "date.format: \"%Q\"\n").unwrap();
        let e = Strings::load(dir.path(), "pt").unwrap_err().to_string();
        assert!(e.contains("not a date format"), "{e}");
    }
}
