// failfolio search: a small client over search-index.json, built at build
// time. No network beyond this site, no dependencies. Results are built
// with DOM methods (textContent), never innerHTML, so entry text cannot
// inject markup.
(function () {
  "use strict";
  var results = document.querySelector("[data-search-results]");
  var input = document.querySelector("[data-search-input]");
  var status = document.querySelector("[data-search-status]");
  var form = document.querySelector("[data-search-form]");
  if (!results || !input || !status) return;
  var root = results.getAttribute("data-root") || "./";
  // The messages, in the site's language: search.html passes them as
  // data-i18n-* attributes ({n} and {query} are filled in here, as text).
  function message(name, fallback, n, query) {
    var text = results.getAttribute("data-i18n-" + name) || fallback;
    return text.split("{n}").join(String(n)).split("{query}").join(query);
  }
  var FIELDS = [
    ["title", 8], ["tags", 5], ["adjustment", 3], ["outcome", 3], ["expectation", 2],
    ["gap", 2], ["identity_check", 1], ["body", 1]
  ];
  var SNIPPET_FIELDS = ["outcome", "adjustment", "gap", "expectation", "identity_check", "body"];
  var index = null;

  // Lowercase and strip accents one character at a time, so that positions
  // in the folded text are positions in the original (for highlighting).
  function fold(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      var f = c.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      out += f.length === 1 ? f : c;
    }
    return out;
  }

  function terms(query) {
    return fold(query).split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 0; });
  }

  function prepare(records) {
    return records.map(function (r) {
      var folded = {};
      FIELDS.forEach(function (f) {
        var value = f[0] === "tags" ? r.tags.join(" ") : (r[f[0]] || "");
        folded[f[0]] = fold(value);
      });
      return { record: r, folded: folded };
    });
  }

  // Every term must occur somewhere (as a word prefix); title and tag hits weigh most.
  function score(item, words) {
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var pattern = new RegExp("(^|[^\\p{L}\\p{N}])" + words[i].replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "u");
      var hit = 0;
      for (var j = 0; j < FIELDS.length; j++) {
        if (pattern.test(item.folded[FIELDS[j][0]])) hit += FIELDS[j][1];
      }
      if (hit === 0) return 0;
      total += hit;
    }
    return total;
  }

  // A window of text around the first match, with matches marked.
  function snippet(record, words) {
    for (var i = 0; i < SNIPPET_FIELDS.length; i++) {
      var text = record[SNIPPET_FIELDS[i]] || "";
      var lower = fold(text);
      var at = -1;
      for (var k = 0; k < words.length && at < 0; k++) at = lower.indexOf(words[k]);
      if (at < 0) continue;
      var start = Math.max(0, at - 60);
      var end = Math.min(text.length, at + 140);
      return (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : "");
    }
    return record.outcome || "";
  }

  function appendMarked(parent, text, words) {
    var lower = fold(text);
    var pos = 0;
    while (pos < text.length) {
      var next = -1, len = 0;
      for (var k = 0; k < words.length; k++) {
        var at = lower.indexOf(words[k], pos);
        if (at >= 0 && (next < 0 || at < next)) { next = at; len = words[k].length; }
      }
      if (next < 0) break;
      parent.appendChild(document.createTextNode(text.slice(pos, next)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(next, next + len);
      parent.appendChild(mark);
      pos = next + len;
    }
    parent.appendChild(document.createTextNode(text.slice(pos)));
  }

  function render(query) {
    var words = terms(query);
    while (results.firstChild) results.removeChild(results.firstChild);
    if (words.length === 0) { status.textContent = ""; return; }
    var found = index
      .map(function (item) { return { item: item, score: score(item, words) }; })
      .filter(function (x) { return x.score > 0; })
      .sort(function (a, b) { return b.score - a.score || (a.item.record.date < b.item.record.date ? 1 : -1); });
    status.textContent = found.length === 0
      ? message("none", "No failures match “{query}”.", 0, query)
      : found.length === 1
        ? message("one", "{n} failure matches “{query}”.", 1, query)
        : message("other", "{n} failures match “{query}”.", found.length, query);
    found.slice(0, 50).forEach(function (x) {
      var r = x.item.record;
      var li = document.createElement("li");
      li.className = "entry-item";
      var h = document.createElement("h2");
      h.className = "entry-item-title";
      var a = document.createElement("a");
      a.href = root + r.url;
      appendMarked(a, r.title, words);
      h.appendChild(a);
      var meta = document.createElement("p");
      meta.className = "meta";
      meta.textContent = (r.date_display || r.date) + (r.tags.length ? " · " + r.tags.join(", ") : "");
      var p = document.createElement("p");
      p.className = "entry-item-lesson";
      appendMarked(p, snippet(r, words), words);
      li.appendChild(h);
      li.appendChild(meta);
      li.appendChild(p);
      results.appendChild(li);
    });
  }

  var pending = null;
  function schedule() {
    if (pending) clearTimeout(pending);
    pending = setTimeout(function () {
      pending = null;
      var q = input.value.trim();
      var url = new URL(window.location.href);
      if (q) url.searchParams.set("q", q); else url.searchParams.delete("q");
      window.history.replaceState(null, "", url);
      if (index) render(q);
    }, 80);
  }

  status.textContent = message("loading", "Loading the index…", 0, "");
  fetch(root + "search-index.json")
    .then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    })
    .then(function (records) {
      index = prepare(records);
      status.textContent = "";
      var q = new URL(window.location.href).searchParams.get("q") || "";
      input.value = q;
      render(q.trim());
    })
    .catch(function () {
      status.textContent = message("failed", "The search index could not be loaded. Browse the résumé or the tags instead.", 0, "");
    });
  input.addEventListener("input", schedule);
  if (form) form.addEventListener("submit", function (e) { e.preventDefault(); schedule(); });
})();
