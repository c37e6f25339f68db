/* Tactful desk: live countdowns, live updates over WebSocket, keyboard use and the
   composer's live checker. Plain JavaScript, no build step. */
(function () {
  "use strict";
  var body = document.body;
  var page = body.dataset.page || "";

  function csrfToken() {
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    if (input) return input.value;
    var m = document.cookie.match(/(?:^|; )csrftoken=([^;]+)/);
    return m ? decodeURIComponent(m[1]) : "";
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  }

  /* ---- countdowns ------------------------------------------------------------------ */
  var units = (body.dataset.units || "d|h|m|s").split("|");
  function formatLeft(ms) {
    var sign = ms < 0 ? "−" : "";
    var s = Math.floor(Math.abs(ms) / 1000);
    var d = Math.floor(s / 86400), h = Math.floor((s % 86400) / 3600);
    var m = Math.floor((s % 3600) / 60), sec = s % 60;
    if (d) return sign + d + " " + units[0] + " " + h + " " + units[1];
    if (h) return sign + h + " " + units[1] + " " + (m < 10 ? "0" : "") + m + " " + units[2];
    return sign + m + " " + units[2] + " " + (sec < 10 ? "0" : "") + sec + " " + units[3];
  }

  function tick() {
    var now = Date.now();
    document.querySelectorAll("[data-due]").forEach(function (cell) {
      var due = Date.parse(cell.dataset.due);
      if (isNaN(due)) return;
      var warn = cell.dataset.warn ? Date.parse(cell.dataset.warn) : NaN;
      var state = "ok";
      if (cell.dataset.breached || now >= due) state = "breach";
      else if (!isNaN(warn) && now >= warn) state = "warn";
      cell.classList.remove("state-ok", "state-warn", "state-breach");
      cell.classList.add("state-" + state);
      var time = cell.querySelector("time");
      if (time) {
        time.textContent = formatLeft(due - now);
        cell.setAttribute("data-state", state);
      }
    });
  }
  tick();
  setInterval(tick, 1000);

  /* ---- live updates ---------------------------------------------------------------- */
  var liveState = document.getElementById("live-state");
  var refreshTimer = null, lastRefresh = 0;

  function refresh() {
    if (page === "inbox" && body.dataset.rowsUrl) {
      fetch(body.dataset.rowsUrl, {headers: {"X-Requested-With": "fetch"}, credentials: "same-origin"})
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (html) {
          if (html === null) return;
          var selected = currentRowId();
          document.getElementById("inbox-rows").innerHTML = html;
          tick();
          if (selected) selectRow(rows().findIndex(function (r) { return r.dataset.conversation === selected; }), false);
          rememberOrder();
        });
    } else if (page === "conversation" && body.dataset.timelineUrl) {
      var composer = document.getElementById("reply-text");
      fetch(body.dataset.timelineUrl, {headers: {"X-Requested-With": "fetch"}, credentials: "same-origin"})
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (html) {
          if (html === null) return;
          document.getElementById("timeline-box").innerHTML = html;
          tick();
          if (composer) composer.dispatchEvent(new Event("scroll"));
        });
    }
  }

  function connect(attempt) {
    if (!("WebSocket" in window) || (page !== "inbox" && page !== "conversation")) return;
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    var socket = new WebSocket(scheme + location.host + "/ws/desk/");
    socket.onopen = function () {
      attempt = 0;
      if (liveState) { liveState.hidden = false; liveState.textContent = "●"; liveState.className = "live-state on"; liveState.title = "live"; }
    };
    socket.onmessage = function (e) {
      var data;
      try { data = JSON.parse(e.data); } catch (err) { return; }
      var ev = data.event || {};
      if (page === "conversation" && String(ev.conversation_id) !== body.dataset.conversation) return;
      // Debounced, and at most one refresh every two seconds on a busy desk.
      clearTimeout(refreshTimer);
      var wait = Math.max(300, 2000 - (Date.now() - lastRefresh));
      refreshTimer = setTimeout(function () { lastRefresh = Date.now(); refresh(); }, wait);
    };
    socket.onclose = function (e) {
      if (liveState) { liveState.hidden = false; liveState.textContent = "○"; liveState.className = "live-state off"; liveState.title = "reconnecting"; }
      if (e.code === 4403) return;  // not staff: do not hammer the server
      var delay = Math.min(30000, 1000 * Math.pow(2, attempt || 0));
      setTimeout(function () { connect((attempt || 0) + 1); refresh(); }, delay);
    };
  }
  connect(0);

  /* ---- keyboard -------------------------------------------------------------------- */
  function rows() { return Array.prototype.slice.call(document.querySelectorAll("#inbox-rows tr.row")); }
  var selectedIndex = -1;
  function currentRowId() { var r = rows()[selectedIndex]; return r ? r.dataset.conversation : null; }
  function selectRow(index, focus) {
    var all = rows();
    if (!all.length || index < 0) return;
    index = Math.max(0, Math.min(all.length - 1, index));
    all.forEach(function (r) { r.classList.remove("selected"); r.removeAttribute("aria-selected"); });
    var row = all[index];
    row.classList.add("selected");
    row.setAttribute("aria-selected", "true");
    selectedIndex = index;
    if (focus !== false) { var link = row.querySelector("a"); if (link) link.focus(); }
  }
  function rememberOrder() {
    try { sessionStorage.setItem("tactful.order", JSON.stringify(rows().map(function (r) { return r.dataset.href; }))); } catch (e) { /* private mode */ }
  }
  if (page === "inbox") rememberOrder();

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  document.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      var form = e.target.closest && e.target.closest("form");
      if (form && e.target.tagName === "TEXTAREA") { e.preventDefault(); form.requestSubmit(); }
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    if (page === "inbox" && (e.key === "j" || e.key === "k")) {
      e.preventDefault();
      selectRow(selectedIndex < 0 ? 0 : selectedIndex + (e.key === "j" ? 1 : -1));
    } else if (page === "conversation" && (e.key === "j" || e.key === "k")) {
      var order = [];
      try { order = JSON.parse(sessionStorage.getItem("tactful.order") || "[]"); } catch (err) { order = []; }
      var here = order.indexOf(location.pathname);
      var next = order[here + (e.key === "j" ? 1 : -1)];
      if (here >= 0 && next) { e.preventDefault(); location.href = next; }
    } else if (e.key === "r") {
      var text = document.getElementById("reply-text");
      if (text) { e.preventDefault(); text.focus(); }
    }
  });

  /* ---- small helpers --------------------------------------------------------------- */
  document.querySelectorAll("select[data-autosubmit]").forEach(function (s) {
    s.addEventListener("change", function () { s.form.submit(); });
  });

  /* ---- composer -------------------------------------------------------------------- */
  var form = document.getElementById("composer");
  if (!form) return;
  var textarea = document.getElementById("reply-text");
  var highlights = document.getElementById("highlights");
  var list = document.getElementById("findings");
  var status = document.getElementById("findings-status");
  var labels = form.dataset;
  var timer = null, seq = 0, lastFindings = [];

  function mode() { var r = form.querySelector("input[name=mode]:checked"); return r ? r.value : "reply"; }

  function renderHighlights(text, findings) {
    var out = "", pos = 0;
    var spans = findings.filter(function (f) { return f.end > f.start; })
      .sort(function (a, b) { return a.start - b.start; });
    spans.forEach(function (f) {
      if (f.start < pos) return;  // overlapping spans: the first one is underlined
      out += escapeHtml(text.slice(pos, f.start));
      out += '<mark class="level-' + escapeHtml(f.level) + '">' + escapeHtml(text.slice(f.start, f.end)) + "</mark>";
      pos = f.end;
    });
    out += escapeHtml(text.slice(pos)) + "\n";
    highlights.innerHTML = out;
    syncScroll();
  }

  function renderList(report) {
    list.innerHTML = "";
    lastFindings = report.findings || [];
    if (!report.available) { status.textContent = labels.labelUnavailable; return; }
    status.textContent = lastFindings.length ? (labels.labelScore + ": " + report.score) : labels.labelClean;
    lastFindings.forEach(function (f, i) {
      var li = document.createElement("li");
      li.className = "finding level-" + f.level;
      li.dataset.rule = f.rule_id;
      var head = document.createElement("div");
      var code = document.createElement("code"); code.textContent = f.rule_id;
      var msg = document.createElement("span"); msg.className = "message"; msg.textContent = " " + f.message;
      head.appendChild(code); head.appendChild(msg);
      li.appendChild(head);
      if (f.suggestion) {
        var sug = document.createElement("div"); sug.className = "suggestion";
        sug.textContent = labels.labelSuggestion + ": " + f.suggestion;
        li.appendChild(sug);
      }
      if (f.replacement !== null && f.replacement !== undefined) {
        var btn = document.createElement("button");
        btn.type = "button"; btn.className = "apply";
        btn.textContent = labels.labelApply + (f.replacement ? ": " + f.replacement : "");
        btn.addEventListener("click", function () { applyFinding(i); });
        li.appendChild(btn);
      }
      list.appendChild(li);
    });
  }

  function applyFinding(i) {
    var f = lastFindings[i];
    var text = textarea.value;
    if (!f || f.end > text.length) return;
    textarea.value = text.slice(0, f.start) + f.replacement + text.slice(f.end);
    textarea.focus();
    var caret = f.start + f.replacement.length;
    textarea.setSelectionRange(caret, caret);
    check(true);
  }

  function check(now) {
    clearTimeout(timer);
    var text = textarea.value;
    renderHighlights(text, []);
    if (mode() === "note" || !text.trim()) { list.innerHTML = ""; status.textContent = ""; return; }
    timer = setTimeout(function () {
      var mine = ++seq;
      status.textContent = labels.labelChecking;
      fetch(form.dataset.checkUrl, {
        method: "POST", credentials: "same-origin",
        headers: {"Content-Type": "application/json", "X-CSRFToken": csrfToken(), "X-Requested-With": "fetch"},
        body: JSON.stringify({text: text})
      }).then(function (r) { return r.ok ? r.json() : null; }).then(function (report) {
        if (!report || mine !== seq || textarea.value !== text) return;  // stale: the text moved on
        renderHighlights(text, report.findings || []);
        renderList(report);
      }).catch(function () { status.textContent = ""; });
    }, now ? 0 : 250);
  }

  function syncScroll() {
    highlights.parentNode.scrollTop = textarea.scrollTop;
  }

  textarea.addEventListener("input", function () { check(false); });
  textarea.addEventListener("scroll", syncScroll);
  form.querySelectorAll("input[name=mode]").forEach(function (r) { r.addEventListener("change", function () { check(true); }); });

  function insertText(text) {
    var start = textarea.selectionStart, end = textarea.selectionEnd, value = textarea.value;
    var before = value.slice(0, start), after = value.slice(end);
    var sep = before && !/\s$/.test(before) ? " " : "";
    textarea.value = before + sep + text + after;
    var caret = (before + sep + text).length;
    textarea.focus();
    textarea.setSelectionRange(caret, caret);
    check(true);
  }

  document.addEventListener("click", function (e) {
    var button = e.target.closest("[data-insert]");
    if (button) { e.preventDefault(); insertText(button.getAttribute("data-insert")); }
  });

  /* greeting builder: one option per part, joined into a sentence */
  var parts = document.querySelectorAll("[data-greeting-part]");
  var preview = document.getElementById("greeting-preview");
  function greeting() {
    var words = Array.prototype.map.call(parts, function (s) { return s.value; });
    var cjk = /[\u3400-\u9fff]/.test(words.join(""));
    return words.join(cjk ? "" : " ").replace(/\s+([,.!?])/g, "$1");
  }
  function showGreeting() { if (preview) preview.textContent = greeting(); }
  parts.forEach(function (s) { s.addEventListener("change", showGreeting); });
  showGreeting();
  var insertGreeting = document.querySelector("[data-insert-greeting]");
  if (insertGreeting) insertGreeting.addEventListener("click", function () { insertText(greeting()); });

  /* knowledge base search inside the composer */
  var kb = document.querySelector("[data-kb-search]");
  if (kb) {
    var kbTimer = null;
    var run = function () {
      var url = kb.action + "?" + new URLSearchParams(new FormData(kb)).toString();
      fetch(url, {headers: {"X-Requested-With": "fetch"}, credentials: "same-origin"})
        .then(function (r) { return r.ok ? r.text() : ""; })
        .then(function (html) { document.getElementById("kb-results").innerHTML = html; });
    };
    kb.addEventListener("submit", function (e) { e.preventDefault(); run(); });
    kb.querySelector("input[type=search]").addEventListener("input", function () { clearTimeout(kbTimer); kbTimer = setTimeout(run, 250); });
  }
})();
