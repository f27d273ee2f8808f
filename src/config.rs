//! `failfolio.yaml`: the site's metadata and the criteria's configuration.
//!
//! Every key is optional. Unknown keys are errors with a "did you mean",
//! because a misspelt `base_url` silently ignored would publish broken links.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::i18n::Strings;
use crate::journal::front_matter::MAX_DEPTH;

/// The configuration file's name, at the journal root.
pub const FILE_NAME: &str = "failfolio.yaml";

/// `output_dir` with a leading `~` or `~/` read as the home folder
/// (`$HOME`), as a shell would: YAML does not, and a literal `~` folder in
/// the journal is never what was meant. `~user` is refused.
fn expand_home(dir: &Path, config: &Path) -> Result<PathBuf> {
    let text = dir.to_string_lossy();
    let Some(rest) = text.strip_prefix('~') else {
        return Ok(dir.to_path_buf());
    };
    let refuse = |why: &str| {
        Error::Config {
        path: config.to_path_buf(),
        position: None,
        message: format!("`output_dir` `{text}` {why}"),
        help: Some(
            "write the folder as a path relative to the journal (`public`), or an absolute one (`/home/you/site`)"
                .into(),
        ),
    }
    };
    if !(rest.is_empty() || rest.starts_with('/')) {
        return Err(refuse("names another user's home folder, which failfolio does not look up"));
    }
    match std::env::var_os("HOME").filter(|h| !h.is_empty()) {
        Some(home) => Ok(PathBuf::from(home).join(rest.trim_start_matches('/'))),
        None => Err(refuse("starts with `~`, but $HOME is not set")),
    }
}

/// Default for [`Limits::max_entry_bytes`]: 4 MiB.
pub const DEFAULT_MAX_ENTRY_BYTES: u64 = 4 * 1024 * 1024;

/// The parsed `failfolio.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// The site's title.
    pub title: String,
    /// Whose failures these are.
    pub author: Option<String>,
    /// A one-line description for search engines and link previews.
    pub description: Option<String>,
    /// Markdown shown on the home page above the recent entries.
    pub intro: Option<String>,
    /// Where the site will live, e.g. `https://maya.github.io/failures/`.
    /// May carry a path prefix. Used for canonical links, the feed and the
    /// sitemap; pages link to each other with relative URLs.
    pub base_url: String,
    /// The site's language: `<html lang>`, and the language of every
    /// string the themes, the charts and the search page show.
    pub language: String,
    /// The theme: `default`, `paper`, or a folder under the journal's `themes/`.
    pub theme: String,
    /// The output folder, relative to the journal root.
    pub output_dir: PathBuf,
    /// How many of the most recent entries the Atom feed carries (0: all).
    pub feed_limit: usize,
    /// Social cards (`og:image`): `auto`, `always` or `never`.
    pub cards: Cards,
    /// How Markdown bodies are rendered.
    pub markdown: MarkdownConfig,
    /// Bounds on input.
    pub limits: Limits,
    /// Per-rule levels, thresholds and phrase lists, by code or name.
    pub rules: BTreeMap<String, serde_yaml::Value>,
    /// Free-form data passed to templates as `site.extra`.
    pub extra: BTreeMap<String, serde_json::Value>,
    /// The file's text, kept so that errors found later (unknown rules)
    /// can point at their line.
    #[serde(skip)]
    pub source_text: Option<String>,
    /// The strings of `language`, with the journal's own over failfolio's.
    #[serde(skip)]
    pub strings: Arc<Strings>,
}

/// The title of a site whose configuration gives none, in English; in
/// another language it is that language's `resume.title`.
const DEFAULT_TITLE: &str = "Failure résumé";

impl Default for Config {
    fn default() -> Self {
        Config {
            title: DEFAULT_TITLE.to_string(),
            author: None,
            description: None,
            intro: None,
            base_url: "/".to_string(),
            language: "en".to_string(),
            theme: "default".to_string(),
            output_dir: PathBuf::from("public"),
            feed_limit: 50,
            cards: Cards::default(),
            markdown: MarkdownConfig::default(),
            limits: Limits::default(),
            rules: BTreeMap::new(),
            extra: BTreeMap::new(),
            source_text: None,
            strings: Arc::default(),
        }
    }
}

/// `markdown:` options.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MarkdownConfig {
    /// What to do with raw HTML in entry bodies.
    pub raw_html: RawHtml,
}

/// Raw HTML in Markdown bodies.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RawHtml {
    /// Shown as text, escaped (the default: a pasted `<script>` stays inert).
    #[default]
    Escape,
    /// Passed through as HTML (opt-in, for journals whose author writes HTML).
    Allow,
}

/// `cards:`: whether the site gets social cards, the 1200×630 images
/// link previews show (`og:image`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Cards {
    /// Cards while the site has at most [`CARDS_AUTO_LIMIT`] entries
    /// (the default): above that, a first build would spend most of its
    /// time drawing them.
    #[default]
    Auto,
    /// Cards whatever the size.
    Always,
    /// No cards (and no `og:image`).
    Never,
}

/// The most entries [`Cards::Auto`] makes cards for.
pub const CARDS_AUTO_LIMIT: usize = 2000;

impl Cards {
    /// Whether a site of `entries` entries gets cards.
    pub fn enabled(self, entries: usize) -> bool {
        match self {
            Cards::Auto => entries <= CARDS_AUTO_LIMIT,
            Cards::Always => true,
            Cards::Never => false,
        }
    }
}

/// `limits:` options.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    /// Entries larger than this many bytes are refused with a diagnostic.
    pub max_entry_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_entry_bytes: DEFAULT_MAX_ENTRY_BYTES }
    }
}

impl Config {
    /// Reads `failfolio.yaml` from `root`, or the defaults when there is none.
    pub fn load(root: &Path) -> Result<Config> {
        let path = root.join(FILE_NAME);
        let mut config = match std::fs::read_to_string(&path) {
            Ok(text) => Config::parse(&text, &path)?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Config::default(),
            Err(e) => return Err(Error::io("read", path, e)),
        };
        config.set_strings(Strings::load(root, &config.language)?);
        Ok(config)
    }

    /// Makes `strings` the site's strings (and the default title theirs).
    pub fn set_strings(&mut self, strings: Strings) {
        if self.title == DEFAULT_TITLE || self.title == self.strings.get("resume.title") {
            self.title = strings.get("resume.title").to_string();
        }
        self.strings = Arc::new(strings);
    }

    /// Parses configuration text; `path` is only used in error messages.
    pub fn parse(text: &str, path: &Path) -> Result<Config> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim().is_empty() {
            return Ok(Config::default());
        }
        if let Some(at) = crate::journal::front_matter::too_deep(text, MAX_DEPTH) {
            let line = text[..at].matches('\n').count() + 1;
            return Err(Error::Config {
                path: path.to_path_buf(),
                position: Some((line, at - text[..at].rfind('\n').map_or(0, |i| i + 1) + 1)),
                message: format!("the configuration nests deeper than {MAX_DEPTH} levels"),
                help: Some("flatten this value; failfolio.yaml needs only a few levels".into()),
            });
        }
        let mut config: Config = serde_yaml::from_str(text).map_err(|e| yaml_error(&e, path))?;
        config.output_dir = expand_home(&config.output_dir, path)?;
        config.validate(path)?;
        config.source_text = Some(text.to_string());
        if config.language != "en" {
            config.set_strings(Strings::builtin(&config.language));
        }
        Ok(config)
    }

    /// Checks values serde cannot: the base URL, the output folder, limits.
    /// `path` names where the values came from in errors.
    pub fn validate(&self, path: &Path) -> Result<()> {
        let err = |message: String, help: &str| Error::Config {
            path: path.to_path_buf(),
            position: None,
            message,
            help: Some(help.to_string()),
        };
        if split_base_url(&self.base_url).is_none() {
            return Err(err(
                format!("`base_url` `{}` is not a URL or an absolute path", self.base_url),
                "write it as `https://example.org/` or `https://example.org/prefix/`, or `/` for local use",
            ));
        }
        if self.output_dir.as_os_str().is_empty() {
            return Err(err("`output_dir` is empty".into(), "leave it out to use `public`"));
        }
        if !is_theme_name(&self.theme) {
            return Err(err(
                format!("`theme` `{}` is not a theme name", self.theme),
                "a theme is named, not given as a path: a built-in theme (`default`, `paper`) or a folder directly under the journal's `themes/`",
            ));
        }
        if self.limits.max_entry_bytes == 0 {
            return Err(err(
                "`limits.max_entry_bytes` is 0".into(),
                "leave it out to use 4 MiB (4194304)",
            ));
        }
        Ok(())
    }

    /// The base URL's origin (`https://host` or empty) and path, which always
    /// starts and ends with `/`.
    pub fn base(&self) -> (String, String) {
        split_base_url(&self.base_url).unwrap_or_default()
    }
}

/// Splits `https://host/prefix` into (`https://host`, `/prefix/`), and
/// `/prefix` into (``, `/prefix/`).
fn split_base_url(url: &str) -> Option<(String, String)> {
    let url = url.trim();
    let (origin, path) =
        if let Some(rest) = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://")) {
            let scheme_len = url.len() - rest.len();
            let host_end = rest.find('/').unwrap_or(rest.len());
            if host_end == 0 {
                return None;
            }
            (url[..scheme_len + host_end].to_string(), &rest[host_end..])
        } else if url.starts_with('/') {
            (String::new(), url)
        } else {
            return None;
        };
    if path.contains(['?', '#', ' ', '"', '<', '>']) {
        return None;
    }
    let mut path = path.trim_end_matches('/').to_string();
    if !path.starts_with('/') {
        path.insert(0, '/');
    }
    if !path.ends_with('/') {
        path.push('/');
    }
    Some((origin, path))
}

/// Whether `name` can name a theme: one folder name, so that a theme never
/// loads files from outside the journal (`../x`, `/etc`, `a/b` are refused).
fn is_theme_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// Turns a YAML error into a configuration error with a position and, for
/// unknown keys, a "did you mean".
fn yaml_error(e: &serde_yaml::Error, path: &Path) -> Error {
    let position = e.location().map(|l| (l.line(), l.column()));
    let mut message = e.to_string();
    if let Some(i) = message.find(" at line ") {
        message.truncate(i);
    }
    let help = unknown_field_help(&message);
    Error::Config { path: path.to_path_buf(), position, message, help }
}

/// For serde's "unknown field `x`, expected one of `a`, `b`" messages, a
/// "did you mean" built from the expected names.
pub(crate) fn unknown_field_help(message: &str) -> Option<String> {
    let rest = message.split("unknown field `").nth(1)?;
    let parts: Vec<&str> = rest.split('`').collect();
    let field = parts[0];
    let expected = parts.iter().skip(2).step_by(2).copied();
    match did_you_mean(field, expected) {
        Some(s) => Some(format!("did you mean `{s}`?")),
        None => Some(format!("remove `{field}`; see the README for the keys failfolio reads")),
    }
}

/// The candidate closest to `word`, if any is close enough to be a typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let word = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&word, &c.to_lowercase()), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config> {
        Config::parse(text, Path::new("failfolio.yaml"))
    }

    #[test]
    fn defaults() {
        let c = parse("").unwrap();
        assert_eq!(c.theme, "default");
        assert_eq!(c.base(), (String::new(), "/".to_string()));
    }

    #[test]
    fn base_url_with_prefix() {
        let c = parse("base_url: https://maya.github.io/failures").unwrap();
        assert_eq!(c.base(), ("https://maya.github.io".into(), "/failures/".into()));
        assert_eq!(split_base_url("http://h"), Some(("http://h".into(), "/".into())));
        assert_eq!(split_base_url("failures"), None);
        assert_eq!(split_base_url("https:///x"), None);
    }

    #[test]
    fn unknown_key_suggests() {
        let e = parse("title: x\nbase_ulr: /\n").unwrap_err().to_string();
        assert!(e.contains("line 2, column 1"), "{e}");
        assert!(e.contains("did you mean `base_url`?"), "{e}");
    }

    // See: issue 15, item 12.
    #[test]
    fn a_theme_is_a_name_not_a_path() {
        for theme in ["../other", "/etc", "a/b", "..", ".hidden", "a\\b", ""] {
            let e = parse(&format!("theme: \"{theme}\"")).unwrap_err().to_string();
            assert!(e.contains("is not a theme name"), "{theme}: {e}");
        }
        for theme in ["default", "paper", "my-theme_2", "v1.2"] {
            assert_eq!(parse(&format!("theme: {theme}")).unwrap().theme, theme);
        }
    }

    #[test]
    fn raw_html_values() {
        assert_eq!(
            parse("markdown:\n  raw_html: allow").unwrap().markdown.raw_html,
            RawHtml::Allow
        );
        let e = parse("markdown:\n  raw_html: sometimes").unwrap_err().to_string();
        assert!(e.contains("unknown variant `sometimes`"), "{e}");
    }
}
