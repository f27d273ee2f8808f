// failfolio serve: live reload and the problems overlay.
// The server sends a `state` event on connect and after every rebuild:
// {"generation": n, "problems": [{file, line, code, message, rendered}]}.
// A new generation means the site on disk changed: reload. Problems mean
// the last save could not be built: show them over the last good page.
(() => {
  "use strict";
  let seen = null;
  let dismissed = null;
  let overlay = null;

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  function show(problems) {
    const key = JSON.stringify(problems);
    if (problems.length === 0 || key === dismissed) {
      hide();
      return;
    }
    hide();
    overlay = document.createElement("div");
    overlay.id = "failfolio-overlay";
    overlay.setAttribute("role", "alertdialog");
    overlay.setAttribute("aria-label", "failfolio: build problems");
    overlay.style.cssText =
      "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;" +
      "padding:1.5rem;background:rgba(20,20,24,.94);color:#f4f4f5;" +
      "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace";
    const head = document.createElement("p");
    head.style.cssText = "margin:0 0 1rem;font-weight:bold;color:#fca5a5";
    const n = problems.length;
    head.textContent =
      "failfolio: " + n + " problem" + (n === 1 ? "" : "s") +
      " — this page is the last good build; fix and save to update it.";
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "Dismiss";
    close.style.cssText = "float:right;font:inherit;padding:.2rem .8rem;cursor:pointer";
    close.addEventListener("click", () => {
      dismissed = key;
      hide();
    });
    overlay.append(close, head);
    for (const problem of problems) {
      const pre = document.createElement("pre");
      pre.className = "failfolio-problem";
      pre.style.cssText = "white-space:pre-wrap;margin:0 0 1rem";
      pre.textContent = problem.rendered;
      overlay.append(pre);
    }
    document.body.append(overlay);
  }

  const events = new EventSource("/__failfolio/events");
  events.addEventListener("state", (event) => {
    const state = JSON.parse(event.data);
    if (seen !== null && state.generation !== seen) {
      location.reload();
      return;
    }
    seen = state.generation;
    document.documentElement.dataset.failfolioLive = "connected";
    show(state.problems);
  });
  // A restarted server starts again at generation 0: reload to be current.
  events.addEventListener("error", () => {
    seen = seen === null ? null : -1;
  });
})();
