// failfolio search: a small client over search-index.json, built at build
// time. No network beyond this site, no dependencies. Results are built
// with DOM methods (textContent), never innerHTML, so entry text cannot
// inject markup.
(function () {
  "use strict";
  var results = document.querySelector("[data-search-results]");
  var input = document.querySelector("[data-search-input]");
  var status = document.querySelector("[data-search-status]");
  if (!results || !input || !status) return;
  // Every search box on the page (the page's own and the header's): they
  // show the same query, and submitting either searches without a reload.
  var inputs = Array.prototype.slice.call(document.querySelectorAll("form[role=search] input[name=q]"));
  if (inputs.indexOf(input) < 0) inputs.push(input);
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
  // A snippet: about this many characters, starting about BEFORE before its match.
  var LENGTH = 200, BEFORE = 50;
  var WORD_CHAR = /[\p{L}\p{N}]$/u;
  var INSIDE_NUMBER = /\p{N}[:.,]$/u;
  var index = null;

  // Lowercase and strip accents one character at a time, so that positions
  // in the folded text are positions in the original (for highlighting).
  function fold(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      if (c === "\u2019") { out += "'"; continue; }
      var f = c.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      out += f.length === 1 ? f : c;
    }
    return out;
  }

  // The query's terms: what stands between spaces, without the punctuation
  // around it. Inner `:` `.` `,` `-` `'` and a `%` after a number belong to
  // the term (1:50, 3.4, 4,200, sub-1:50, isn't, 5%); other punctuation
  // splits (5:12/km is 5:12 and km).
  function terms(query) {
    var out = [];
    fold(query).split(/\s+/u).forEach(function (chunk) {
      chunk.split(/[^\p{L}\p{N}:.,'%-]+/u).forEach(function (part) {
        var m = /[\p{L}\p{N}][^]*[\p{L}\p{N}]|[\p{L}\p{N}]/u.exec(part);
        if (!m) return;
        var term = m[0];
        if (/\p{N}$/u.test(term) && part.charAt(m.index + term.length) === "%") term += "%";
        if (out.indexOf(term) < 0) out.push(term);
      });
    });
    return out;
  }

  // Where `term` starts a word of `folded`: at its start or after a
  // character that is neither a letter nor a digit, but not inside a number
  // (`5%` is not in `1.5%`, nor `50` in `1:50`).
  function positions(folded, term) {
    var found = [];
    for (var at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      var before = folded.slice(Math.max(0, at - 2), at);
      if (WORD_CHAR.test(before)) continue;
      if (INSIDE_NUMBER.test(before) && /\p{N}/u.test(folded[at])) continue;
      found.push(at);
    }
    return found;
  }

  function prepare(records) {
    return records.map(function (r) {
      var folded = {};
      FIELDS.forEach(function (f) {
        var value = f[0] === "tags" ? r.tags.join(" ") : (r[f[0]] || "");
        folded[f[0]] = fold(value);
      });
      return { record: r, folded: folded, tags: r.tags.map(fold) };
    });
  }

  // Whether `term` starts the tag or one of its words (`speaking` matches
  // `public-speaking`).
  function tagMatches(foldedTag, words) {
    return words.some(function (w) { return positions(foldedTag, w).length > 0; });
  }

  // Every term must occur somewhere (as a word prefix); title and tag hits
  // weigh most. `tagged` counts the terms that match a tag: such entries
  // rank before those that only match in their text.
  function score(item, words) {
    var total = 0, tagged = 0;
    for (var i = 0; i < words.length; i++) {
      var hit = 0;
      for (var j = 0; j < FIELDS.length; j++) {
        if (positions(item.folded[FIELDS[j][0]], words[i]).length) hit += FIELDS[j][1];
      }
      if (hit === 0) return null;
      total += hit;
      if (item.tags.some(function (t) { return positions(t, words[i]).length > 0; })) tagged++;
    }
    return { score: total, tagged: tagged };
  }

  // Whitespace delimits words for cutting: `sub-1:50` and `5:12/km` are one.
  function isSpace(c) { return /\s/u.test(c); }

  // A start for a snippet near `want` that begins a word: the first word
  // start from `want` up to `limit` (the match), else the nearest before.
  function wordStart(text, want, limit) {
    var i;
    for (i = want; i <= limit; i++) if (i === 0 || (isSpace(text[i - 1]) && !isSpace(text[i]))) return i;
    for (i = want - 1; i > 0 && i > want - 40; i--) if (isSpace(text[i - 1])) return i;
    return i <= 0 ? 0 : limit;
  }

  // An end near `want` that ends a word: the last word end from `limit`
  // (the end of the last match) up to `want`, else the next after.
  function wordEnd(text, want, limit) {
    var i;
    for (i = want; i >= Math.max(limit, 1); i--) if ( (isSpace(text[i]) && !isSpace(text[i - 1]))) return i;
    for (i = want + 1; i < text.length && i < want + 40; i++) if (isSpace(text[i])) return i;
    return i >= text.length ? text.length : want;
  }

  // `text` cut at word boundaries around [from, to), with an ellipsis where cut.
  function cut(text, from, to) {
    var start = from - BEFORE <= 0 ? 0 : wordStart(text, from - BEFORE, from);
    var end = Math.max(to, start + LENGTH);
    end = end >= text.length ? text.length : wordEnd(text, end, to);
    // Never split a surrogate pair.
    if (start > 0 && /[\udc00-\udfff]/.test(text[start])) start--;
    if (end < text.length && /[\udc00-\udfff]/.test(text[end])) end++;
    var piece = text.slice(start, end).replace(/\s+/gu, " ").trim();
    return (start > 0 ? "…" : "") + piece + (end < text.length ? "…" : "");
  }

  // A snippet from the field where most terms match (the first such field
  // on a tie), around the place where most of them fall close together.
  function snippet(item, words) {
    var record = item.record;
    var best = null;
    SNIPPET_FIELDS.forEach(function (field) {
      var folded = item.folded[field];
      var hits = [], count = 0;
      words.forEach(function (w, k) {
        var found = positions(folded, w);
        if (found.length) count++;
        found.forEach(function (at) { hits.push({ at: at, end: at + w.length, term: k }); });
      });
      if (count > (best ? best.count : 0)) best = { text: record[field], hits: hits, count: count };
    });
    if (!best) return cut(record.outcome || "", 0, 0);
    var hits = best.hits.sort(function (a, b) { return a.at - b.at; });
    var anchor = null;
    for (var i = 0; i < hits.length; i++) {
      var seen = {}, distinct = 0, last = hits[i].end;
      for (var j = i; j < hits.length && hits[j].end <= hits[i].at + LENGTH - BEFORE; j++) {
        if (!seen[hits[j].term]) { seen[hits[j].term] = true; distinct++; }
        last = Math.max(last, hits[j].end);
      }
      if (!anchor || distinct > anchor.distinct) anchor = { at: hits[i].at, end: last, distinct: distinct };
    }
    return cut(best.text, anchor.at, anchor.end);
  }

  // `text` into `parent`, with every word-start match of a term in <mark>.
  function appendMarked(parent, text, words) {
    var folded = fold(text);
    var spans = [];
    words.forEach(function (w) {
      positions(folded, w).forEach(function (at) { spans.push([at, at + w.length]); });
    });
    spans.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var pos = 0;
    spans.forEach(function (s) {
      if (s[1] <= pos) return;
      var from = Math.max(s[0], pos);
      parent.appendChild(document.createTextNode(text.slice(pos, from)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(from, s[1]);
      parent.appendChild(mark);
      pos = s[1];
    });
    parent.appendChild(document.createTextNode(text.slice(pos)));
  }

  // The date and the tags, the tags that a term matches in <mark>.
  function appendMeta(parent, record, words) {
    var text = record.date_display || record.date;
    record.tags.forEach(function (tag, i) {
      text += i === 0 ? " · " : ", ";
      if (!tagMatches(fold(tag), words)) { text += tag; return; }
      parent.appendChild(document.createTextNode(text));
      text = "";
      var mark = document.createElement("mark");
      mark.textContent = tag;
      parent.appendChild(mark);
    });
    parent.appendChild(document.createTextNode(text));
  }

  function render(query) {
    var words = terms(query);
    while (results.firstChild) results.removeChild(results.firstChild);
    // What the list shows results for (for tests and user styles).
    results.setAttribute("data-query", query);
    if (words.length === 0) { status.textContent = ""; return; }
    var found = index
      .map(function (item) { return { item: item, rank: score(item, words) }; })
      .filter(function (x) { return x.rank !== null; })
      .sort(function (a, b) {
        return b.rank.tagged - a.rank.tagged || b.rank.score - a.rank.score ||
          (a.item.record.date < b.item.record.date ? 1 : -1);
      });
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
      appendMeta(meta, r, words);
      var p = document.createElement("p");
      p.className = "entry-item-lesson";
      appendMarked(p, snippet(x.item, words), words);
      li.appendChild(h);
      li.appendChild(meta);
      li.appendChild(p);
      results.appendChild(li);
    });
  }

  function update(q) {
    var url = new URL(window.location.href);
    if (q) url.searchParams.set("q", q); else url.searchParams.delete("q");
    window.history.replaceState(null, "", url);
    if (index) render(q);
  }

  var pending = null;
  function schedule(q) {
    if (pending) clearTimeout(pending);
    pending = setTimeout(function () { pending = null; update(q); }, 80);
  }

  // Shows `value` in every box but `from` (which holds it already).
  function sync(value, from) {
    inputs.forEach(function (box) { if (box !== from && box.value !== value) box.value = value; });
  }

  var initial = new URL(window.location.href).searchParams.get("q") || "";
  sync(initial, null);
  inputs.forEach(function (box) {
    box.addEventListener("input", function () { sync(box.value, box); schedule(box.value.trim()); });
    if (box.form) {
      box.form.addEventListener("submit", function (e) {
        e.preventDefault();
        if (pending) { clearTimeout(pending); pending = null; }
        sync(box.value, box);
        update(box.value.trim());
      });
    }
  });

  status.textContent = message("loading", "Loading the index…", 0, "");
  fetch(root + "search-index.json")
    .then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    })
    .then(function (records) {
      index = prepare(records);
      status.textContent = "";
      render(input.value.trim());
    })
    .catch(function () {
      status.textContent = message("failed", "The search index could not be loaded. Browse the résumé or the tags instead.", 0, "");
    });
})();
