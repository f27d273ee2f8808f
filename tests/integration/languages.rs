//! `language:`: a German journal renders a German site, an unknown
//! language says what to do, and a journal overrides any string.

use crate::util::{TempJournal, read_tree};

fn journal_in(language: &str, theme: &str) -> TempJournal {
    let j = TempJournal::example();
    let config = std::fs::read_to_string(j.root.join("failfolio.yaml")).unwrap();
    let config = config.replace("theme: default", &format!("theme: {theme}\nlanguage: {language}"));
    j.write("failfolio.yaml", &config);
    j
}

fn page(j: &TempJournal, path: &str) -> String {
    std::fs::read_to_string(j.public().join(path)).unwrap()
}

// See: issue 18, item 7.
#[test]
fn a_german_journal_renders_a_german_site() {
    for theme in ["default", "paper"] {
        let j = journal_in("de", theme);
        let run = j.run(&["build", "journal"]).expect(0);
        assert!(!run.stderr.contains("no translation"), "{}", run.stderr);
        let home = page(&j, "index.html");
        assert!(home.contains(r#"<html lang="de">"#), "{theme}");
        for german in
            ["Neueste Fehlschläge", "Kennzahlen", "Zum Inhalt springen", "Lebenslauf", "Lehre:"]
        {
            assert!(home.contains(german), "{theme}: home lacks {german}");
        }
        let entry = page(&j, "entries/canvas-rewrite-broke-safari/index.html");
        for german in [
            "11. Februar 2025",
            "Erwartung",
            "Ergebnis",
            "Anpassung",
            "Selbstbild",
            "Nachbetrachtung",
            "Einsatz: hoch",
            "72 Stunden später wieder aufgegriffen",
        ] {
            assert!(entry.contains(german), "{theme}: entry page lacks {german}");
        }
        assert!(!entry.contains("11 February 2025"), "{theme}");
        let resume = page(&j, "resume/index.html");
        assert!(resume.contains("<title>Lebenslauf des Scheiterns · "), "{theme}");
        assert!(resume.contains("aufgearbeitete Fehlschläge, jeder mit seiner Lehre."));
        let stats = page(&j, "stats/index.html");
        for german in
            ["Fehlschläge pro Jahr", "Die Zahlen", "noch nicht erprobt", "Häufigste Schlagwörter"]
        {
            assert!(stats.contains(german), "{theme}: stats lack {german}");
        }
        let search = page(&j, "search/index.html");
        assert!(
            search.contains(r#"data-i18n-none="Kein Fehlschlag passt zu „{query}“.""#),
            "{search}"
        );
        assert!(search.contains("<h1>Suche</h1>"));
        let index = page(&j, "search-index.json");
        assert!(index.contains(r#""date_display":"11. Februar 2025""#));
        let feed = page(&j, "atom.xml");
        assert!(
            feed.contains(r#"xml:lang="de""#) && feed.contains("&lt;dt&gt;Erwartung&lt;/dt&gt;")
        );
        // No English string of the themes is left on the pages (the
        // entries themselves are in English).
        for (path, text) in read_tree(&j.public()) {
            if !path.ends_with(".html") {
                continue;
            }
            let text = String::from_utf8(text).unwrap();
            for english in [
                "Recent failures",
                "Lesson:",
                "Skip to content",
                "Failures per year",
                "processed failure",
                "Expectation",
                "The numbers",
                "Made with",
            ] {
                assert!(!text.contains(english), "{theme}: {path} still says {english:?}");
            }
        }
    }
}

#[test]
fn spanish_and_french_dates_and_counts() {
    let j = journal_in("es", "default");
    j.run(&["build", "journal"]).expect(0);
    let entry = page(&j, "entries/canvas-rewrite-broke-safari/index.html");
    assert!(entry.contains("11 de febrero de 2025") && entry.contains("Expectativa"));
    let j = journal_in("fr-FR", "default");
    j.run(&["build", "journal"]).expect(0);
    let entry = page(&j, "entries/canvas-rewrite-broke-safari/index.html");
    assert!(entry.contains(r#"<html lang="fr-FR">"#));
    assert!(entry.contains("11 février 2025") && entry.contains("Écart"));
}

#[test]
fn an_unknown_language_is_english_with_a_warning_saying_what_to_do() {
    let j = journal_in("pt", "default");
    let run = j.run(&["build", "journal"]).expect(0);
    assert!(run.stderr.contains("failfolio.yaml"), "{}", run.stderr);
    assert!(run.stderr.contains("no translation for `language: pt`"), "{}", run.stderr);
    assert!(run.stderr.contains("add `i18n/pt.yaml` to the journal"), "{}", run.stderr);
    let home = page(&j, "index.html");
    assert!(home.contains(r#"<html lang="pt">"#) && home.contains("Recent failures"));

    // With its own file, the journal adds the language.
    j.write(
        "i18n/pt.yaml",
        "date.locale: pt_PT\ndate.format: \"%-d de %B de %Y\"\nhome.recent: Fracassos recentes\n",
    );
    let run = j.run(&["build", "journal"]).expect(0);
    assert!(!run.stderr.contains("no translation"), "{}", run.stderr);
    assert!(run.stderr.contains("are not translated"), "{}", run.stderr);
    assert!(page(&j, "index.html").contains("Fracassos recentes"));
    let entry = page(&j, "entries/canvas-rewrite-broke-safari/index.html");
    assert!(entry.contains("11 de fevereiro de 2025"), "{entry}");
}

#[test]
fn a_journal_overrides_a_string_and_hears_of_a_misspelt_key() {
    let j = journal_in("en", "default");
    j.write("i18n/en.yaml", "resume.title: Things that went wrong\nresume.titel: x\n");
    let run = j.run(&["build", "journal"]).expect(0);
    assert!(run.stderr.contains("`resume.titel` is no string of failfolio's"), "{}", run.stderr);
    assert!(run.stderr.contains("did you mean `resume.title`?"), "{}", run.stderr);
    let resume = page(&j, "resume/index.html");
    assert!(resume.contains(r#"<p class="cv-kind">Things that went wrong</p>"#), "{resume}");
    assert!(resume.contains("Recent failures") || resume.contains("Lesson:"));
}
