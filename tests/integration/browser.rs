//! The built site in a real headless Chromium: pages load without console
//! errors, search finds an entry by a word from its body, and the résumé
//! prints without navigation — under both themes.
//!
//! CI installs Chromium (`.ci/run`) and a missing browser fails there; on a
//! machine without it, these tests print that they were skipped.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use headless_chrome::protocol::cdp::Emulation;
use headless_chrome::protocol::cdp::types::Event;
use headless_chrome::{Browser, LaunchOptions, Tab};

use crate::util::{TempJournal, serve};

/// The browser, or `None` (with a message) when there is none outside CI.
pub(crate) fn browser() -> Option<Browser> {
    let path = std::env::var_os("CHROME").map(std::path::PathBuf::from).or_else(|| {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
            .iter()
            .map(std::path::PathBuf::from)
            .find(|p| p.exists())
    });
    let Some(path) = path else {
        if std::env::var_os("CI").is_some() {
            panic!("Chromium is required in CI: .ci/run installs the `chromium` package");
        }
        eprintln!(
            "SKIPPED browser test: no Chromium found (install the `chromium` package or set CHROME)"
        );
        return None;
    };
    let args: Vec<&std::ffi::OsStr> = [
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ]
    .iter()
    .map(std::ffi::OsStr::new)
    .collect();
    let options = LaunchOptions::default_builder()
        .path(Some(path))
        .headless(true)
        .sandbox(false)
        .args(args)
        .idle_browser_timeout(Duration::from_secs(120))
        .build()
        .unwrap();
    Some(Browser::new(options).expect("launch Chromium"))
}

/// Collects console errors, uncaught exceptions and failed loads of a tab.
pub(crate) fn watch_console(tab: &Tab) -> Arc<Mutex<Vec<String>>> {
    let errors = Arc::new(Mutex::new(Vec::new()));
    let sink = errors.clone();
    tab.enable_log().unwrap();
    tab.enable_runtime().unwrap();
    tab.add_event_listener(Arc::new(move |event: &Event| {
        let message = match event {
            Event::LogEntryAdded(e) if format!("{:?}", e.params.entry.level) == "Error" => {
                Some(format!(
                    "log: {} {}",
                    e.params.entry.text,
                    e.params.entry.url.clone().unwrap_or_default()
                ))
            }
            Event::RuntimeExceptionThrown(e) => {
                Some(format!("exception: {}", e.params.exception_details.text))
            }
            Event::RuntimeConsoleAPICalled(e) if format!("{:?}", e.params.Type) == "Error" => Some(
                format!("console.error: {:?}", e.params.args.first().and_then(|a| a.value.clone())),
            ),
            _ => None,
        };
        if let Some(m) = message {
            sink.lock().unwrap().push(m);
        }
    }))
    .unwrap();
    errors
}

/// Polls (bounded) until the tab's URL ends with `suffix`.
pub(crate) fn wait_for_url(tab: &Tab, suffix: &str) {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !tab.get_url().ends_with(suffix) {
        assert!(
            std::time::Instant::now() < deadline,
            "never reached {suffix}; at {}",
            tab.get_url()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    tab.wait_until_navigated().unwrap();
}

fn example_site(theme: &str) -> TempJournal {
    let j = TempJournal::example();
    let config = std::fs::read_to_string(j.root.join("failfolio.yaml")).unwrap();
    j.write("failfolio.yaml", &config.replace("theme: default", &format!("theme: {theme}")));
    j.run(&["build", "journal"]).expect(0);
    j
}

fn check_theme(theme: &str) {
    let Some(browser) = browser() else { return };
    let j = example_site(theme);
    let server = serve(j.public(), "/failures/");
    let tab = browser.new_tab().unwrap();
    tab.set_default_timeout(Duration::from_secs(10));
    let errors = watch_console(&tab);

    for page in [
        "",
        "entries/harbour-half-untested-gels/",
        "resume/",
        "stats/",
        "tags/",
        "tags/running/",
        "search/",
    ] {
        tab.navigate_to(&format!("{}{page}", server.url)).unwrap().wait_until_navigated().unwrap();
        let h1 = tab.find_element("h1").unwrap().get_inner_text().unwrap();
        assert!(!h1.is_empty(), "{theme} {page}: no h1");
        let h1s =
            tab.evaluate("document.querySelectorAll('h1').length", false).unwrap().value.unwrap();
        assert_eq!(h1s, 1, "{theme} {page}: one h1");
    }

    // Click from the home page to the résumé, an entry, the next attempt in
    // its chain, and one of its tags.
    tab.navigate_to(&server.url).unwrap().wait_until_navigated().unwrap();
    for (link, lands_on) in [
        ("a[href$='resume/']", "resume/"),
        (
            "a[href$='entries/riverside-half-went-out-too-fast/']",
            "entries/riverside-half-went-out-too-fast/",
        ),
        ("a[rel='next']", "entries/harbour-half-untested-gels/"),
        ("a[href$='tags/running/']", "tags/running/"),
    ] {
        tab.wait_for_element(link).unwrap().click().unwrap();
        wait_for_url(&tab, lands_on);
    }

    // Type a word that appears only in an entry's body.
    tab.navigate_to(&format!("{}search/", server.url)).unwrap().wait_until_navigated().unwrap();
    tab.wait_for_element("[data-search-input]").unwrap().click().unwrap();
    tab.type_str("portable").unwrap();
    let hit = tab
        .wait_for_element_with_custom_timeout(
            "[data-search-results] a[href$='entries/harbour-half-untested-gels/']",
            Duration::from_secs(10),
        )
        .expect("search shows the entry");
    assert!(hit.get_inner_text().unwrap().contains("Harbour Half"));

    // The résumé as printed: no navigation, search or footer.
    tab.navigate_to(&format!("{}resume/", server.url)).unwrap().wait_until_navigated().unwrap();
    tab.call_method(Emulation::SetEmulatedMedia { media: Some("print".into()), features: None })
        .unwrap();
    let hidden = tab
        .evaluate(
            "[...document.querySelectorAll('nav, [role=search], footer, .skip-link')].every(e => e.getClientRects().length === 0)",
            false,
        )
        .unwrap()
        .value
        .unwrap();
    assert_eq!(hidden, true, "{theme}: navigation is visible in print");
    let items = tab
        .evaluate("document.querySelectorAll('.resume-item').length", false)
        .unwrap()
        .value
        .unwrap();
    assert_eq!(items, 15, "{theme}: the printed résumé lists every published entry");

    let errors = errors.lock().unwrap();
    assert!(errors.is_empty(), "{theme}: console errors: {errors:#?}");
}

#[test]
fn default_theme_in_a_browser() {
    check_theme("default");
}

#[test]
fn paper_theme_in_a_browser() {
    check_theme("paper");
}

/// Evaluates `expression` in the tab until it returns `true` (bounded).
fn wait_until(tab: &Tab, expression: &str, what: &str) {
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        let value = tab.evaluate(expression, false).ok().and_then(|r| r.value);
        if value == Some(serde_json::Value::Bool(true)) {
            return;
        }
        assert!(std::time::Instant::now() < deadline, "{what}: `{expression}` never held");
        std::thread::sleep(Duration::from_millis(25));
    }
}

#[test]
fn an_open_page_reloads_by_itself_and_shows_problems_in_an_overlay() {
    use crate::serve::start;

    let Some(browser) = browser() else { return };
    let journal = TempJournal::example();
    let served = start(&journal, &[]);
    let tab = browser.new_tab().unwrap();
    tab.set_default_timeout(Duration::from_secs(10));
    let errors = watch_console(&tab);
    let entry = "entries/2024/2024-05-18-riverside-half-went-out-too-fast.md";
    let page = format!("{}entries/riverside-half-went-out-too-fast/", served.url);
    tab.navigate_to(&page).unwrap().wait_until_navigated().unwrap();
    wait_until(
        &tab,
        "document.documentElement.dataset.failfolioLive === 'connected'",
        "live reload connects",
    );
    // A mark that a reload wipes.
    tab.evaluate("window.notReloaded = true", false).unwrap();

    let edit = |from: &str, to: &str| {
        let path = journal.root.join(entry);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, text.replace(from, to)).unwrap();
    };
    let h1_has =
        |text: &str| format!("document.querySelector('h1').textContent.includes({text:?})");

    // Save: the page reloads by itself.
    edit("title: Went out too fast", "title: Started too fast");
    wait_until(&tab, &h1_has("Started too fast"), "the page shows the save");
    assert_eq!(
        tab.evaluate("window.notReloaded === undefined", false).unwrap().value,
        Some(true.into())
    );

    // Break the YAML: the overlay shows the diagnostic over the last good page.
    wait_until(
        &tab,
        "document.documentElement.dataset.failfolioLive === 'connected'",
        "reconnects",
    );
    edit("title: Started too fast", "title: [Started too fast");
    wait_until(
        &tab,
        "(document.getElementById('failfolio-overlay')?.textContent ?? '').includes('error[PF000]')",
        "the overlay shows the error",
    );
    wait_until(&tab, &h1_has("Started too fast"), "the last good page stays");

    // Dismiss it; fix the entry: the page reloads, with no overlay.
    tab.evaluate("document.querySelector('#failfolio-overlay button').click()", false).unwrap();
    wait_until(
        &tab,
        "document.getElementById('failfolio-overlay') === null",
        "dismiss hides the overlay",
    );
    edit("title: [Started too fast", "title: Started much too fast");
    wait_until(&tab, &h1_has("Started much too fast"), "the fix shows");
    wait_until(
        &tab,
        "document.getElementById('failfolio-overlay') === null",
        "no overlay after the fix",
    );
    assert!(errors.lock().unwrap().is_empty(), "console errors: {:?}", errors.lock().unwrap());
}
