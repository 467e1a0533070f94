// The HTML report's behaviour. One delegated listener per event type on the document:
// nothing runs per row at load, so the page stays fast with tens of thousands of rows.
(function () {
  "use strict";
  var doc = document;
  var list = doc.getElementById("findings");
  var search = doc.getElementById("search");
  var current = -1;
  var lit = [];

  function items() { return list ? list.querySelectorAll("li.f") : []; }
  function visibleItems() {
    return Array.prototype.filter.call(items(), function (li) { return !li.hidden; });
  }
  function unlight() {
    lit.forEach(function (el) { el.classList.remove("hl"); });
    lit = [];
  }
  function light(els) {
    Array.prototype.forEach.call(els, function (el) {
      if (el) { el.classList.add("hl"); lit.push(el); }
    });
  }
  function rowOf(el) { return el.closest(".row"); }

  // The counterparts of a value, footnote reference or sentence, for highlighting.
  function counterparts(target) {
    var value = target.closest(".v");
    if (value) {
      // Links are symmetric (each side names the other), so one id lookup finds the peer.
      var peer = value.getAttribute("data-peer");
      return [value, peer && doc.getElementById(peer)];
    }
    var note = target.closest(".fn, .fnl");
    if (note) {
      var label = note.getAttribute("data-fn");
      var row = rowOf(note);
      var found = row ? Array.prototype.slice.call(row.querySelectorAll('[data-fn="' + CSS.escape(label) + '"]')) : [];
      // Footnote definition ids use the label as a token (see `escape::token`).
      var token = label.replace(/[^A-Za-z0-9-]/g, "_");
      found.push(doc.getElementById("fn-s-" + token), doc.getElementById("fn-t-" + token));
      return found;
    }
    var sentence = target.closest(".s");
    if (sentence) {
      var srow = rowOf(sentence);
      return srow ? srow.querySelectorAll('.s[data-s="' + sentence.getAttribute("data-s") + '"]') : [];
    }
    return [];
  }

  doc.addEventListener("mouseover", function (e) {
    if (!e.target.closest) { return; }
    unlight();
    if (e.target.closest("#rows")) { light(counterparts(e.target)); }
  });

  // The elements marked current, kept so that unmarking needs no search of the page.
  var marked = [];
  function mark(el) { el.classList.add("cur"); marked.push(el); }
  function select(index, scroll) {
    var all = items();
    marked.forEach(function (el) { el.classList.remove("cur"); });
    marked = [];
    var li = all[index];
    if (!li) { return; }
    current = index;
    mark(li);
    li.scrollIntoView({ block: "nearest" });
    var link = li.querySelector("a[href]");
    var row = link && doc.getElementById(link.getAttribute("href").slice(1));
    if (row) {
      mark(row);
      // The marked tokens of a finding are in its row: search that row only.
      row.querySelectorAll('[data-f~="' + li.getAttribute("data-f") + '"]').forEach(mark);
      if (scroll) { row.scrollIntoView({ block: "center" }); }
    }
  }

  doc.addEventListener("click", function (e) {
    if (!e.target.closest) { return; }
    var li = e.target.closest("#findings li.f");
    if (li) { select(Array.prototype.indexOf.call(items(), li), false); return; }
    var note = e.target.closest(".fn");
    if (note) {
      // A reference jumps to its definition on the same side.
      var side = note.closest(".side");
      var prefix = side && side.classList.contains("tgt") ? "fn-t-" : "fn-s-";
      var def = doc.getElementById(prefix + note.getAttribute("data-fn").replace(/[^A-Za-z0-9-]/g, "_"));
      if (def) { def.scrollIntoView({ block: "center" }); unlight(); light([def]); }
      return;
    }
    var value = e.target.closest(".v");
    if (value) {
      counterparts(value).forEach(function (el) { if (el) { el.classList.toggle("pin"); } });
    }
  });

  function move(step) {
    var all = items();
    var n = all.length;
    for (var i = 1; i <= n; i++) {
      var next = ((current < 0 && step < 0 ? 0 : current) + step * i + n * 2) % n;
      if (!all[next].hidden) { select(next, true); return; }
    }
  }

  doc.addEventListener("keydown", function (e) {
    var tag = e.target.tagName;
    if (e.ctrlKey || e.metaKey || e.altKey || tag === "INPUT" || tag === "TEXTAREA") {
      if (e.target === search && e.key === "Enter") { e.preventDefault(); nextRowWith(search.value); }
      return;
    }
    if (e.key === "j" || e.key === "n") { e.preventDefault(); move(1); }
    else if (e.key === "k" || e.key === "p") { e.preventDefault(); move(-1); }
    else if (e.key === "/") { e.preventDefault(); search.focus(); }
  });

  // Filters: severity and rule checkboxes, the search box, and "only rows with findings".
  function applyFilters() {
    var sevOff = {}, ruleOff = {};
    doc.querySelectorAll("#sev-filter input").forEach(function (c) { sevOff[c.getAttribute("data-sev")] = !c.checked; });
    doc.querySelectorAll("#rule-filter input").forEach(function (c) { ruleOff[c.getAttribute("data-rule")] = !c.checked; });
    var query = (search.value || "").toLowerCase();
    var shown = {};
    items().forEach(function (li) {
      var hide = sevOff[li.getAttribute("data-sev")] || ruleOff[li.getAttribute("data-rule")] ||
        (query && li.textContent.toLowerCase().indexOf(query) < 0);
      li.hidden = !!hide;
      if (!hide) { shown[li.getAttribute("data-f")] = true; }
    });
    doc.querySelectorAll("#rows [data-f]").forEach(function (m) {
      var on = m.getAttribute("data-f").split(" ").some(function (f) { return shown[f]; });
      m.classList.toggle("off", !on);
    });
  }
  var timer = 0;
  doc.addEventListener("change", function (e) {
    if (e.target.id === "only-findings") { doc.body.classList.toggle("only-f", e.target.checked); return; }
    if (e.target.closest && e.target.closest("#panel")) { applyFilters(); }
  });
  if (search) {
    search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(applyFilters, 120); });
  }

  // Enter in the search box: the next row (after the current one) whose text holds the query.
  var lastRow = -1;
  function nextRowWith(text) {
    var query = text.toLowerCase();
    if (!query) { return; }
    var container = doc.getElementById("rows");
    if (!container) { return; }
    var rows = container.children;
    for (var i = 1; i <= rows.length; i++) {
      var k = (lastRow + i) % rows.length;
      if (rows[k].textContent.toLowerCase().indexOf(query) >= 0) {
        lastRow = k;
        marked.forEach(function (el) { el.classList.remove("cur"); });
        marked = [];
        mark(rows[k]);
        rows[k].scrollIntoView({ block: "center" });
        return;
      }
    }
  }

  doc.body.setAttribute("data-ready", "1");
})();
