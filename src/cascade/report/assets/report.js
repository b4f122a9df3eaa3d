/* The report's tables: filter, sort, search and drill down over the data embedded in
   the page (#report-data), a page of rows at a time, so that 100,000 obligations stay
   quick. Searching folds diacritics: "giong rieng" finds "Giồng Riềng". */
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("report-data").textContent);
  var M = D.messages, obs = D.obs, orgs = D.orgs, docs = D.docs, ev = D.events, texts = D.texts;
  var N = obs.id.length, PAGE = 50, ORG_PAGE = 20;
  var numberFormat = new Intl.NumberFormat(D.lang === "vi" ? "vi-VN" : "en-US");

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  }
  function fmt(n) { return numberFormat.format(n); }
  function vietnamTime(seconds) {  // Vietnam keeps UTC+07:00 all year
    return new Date((seconds + 7 * 3600) * 1000).toISOString().slice(0, 16);
  }
  function fmtDate(iso) {
    if (!iso) return "";
    var day = iso.slice(0, 10);
    if (D.lang !== "vi") return iso.replace("T", " ");
    var p = day.split("-"), out = p[2] + "/" + p[1] + "/" + p[0];
    return iso.length > 10 ? out + " " + iso.slice(11, 16) : out;
  }
  function say(key, values) {
    return M[key].replace(/\{(\w+)\}/g, function (_, name) { return values[name]; });
  }
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    for (var key in attrs || {}) {
      if (key === "text") node.textContent = attrs[key];
      else if (key === "cls") node.className = attrs[key];
      else node.setAttribute(key, attrs[key]);
    }
    (children || []).forEach(function (child) { node.appendChild(child); });
    return node;
  }
  function tag(bucket) { return el("span", { cls: "tag b" + bucket, text: D.bucket_labels[bucket] }); }

  // --- filters -------------------------------------------------------------------
  var state = { q: "", level: "", bucket: "", doc: "", dueBy: "", org: -1, subtree: false,
                sort: "due", dir: 1, page: 0 };
  var haystack = null, children = null;

  function searchText() {
    if (haystack === null) {
      haystack = new Array(N);
      for (var i = 0; i < N; i++) {
        haystack[i] = fold(obs.id[i] + " " + texts[obs.action[i]] + " " + orgs.name[obs.lead[i]] +
                           " " + docs.identifier[obs.doc[i]]);
      }
    }
    return haystack;
  }
  function orgsBelow(root) {
    if (children === null) {
      children = {};
      orgs.parent.forEach(function (p, k) { if (p >= 0) (children[p] = children[p] || []).push(k); });
    }
    var found = new Set([root]), todo = [root];
    while (todo.length) {
      (children[todo.pop()] || []).forEach(function (k) {
        if (!found.has(k)) { found.add(k); todo.push(k); }
      });
    }
    return found;
  }
  function selected() {
    var words = fold(state.q).split(/\s+/).filter(Boolean);
    var hay = words.length ? searchText() : null;
    var level = state.level === "" ? -2 : Number(state.level);
    var bucket = state.bucket === "" ? -1 : Number(state.bucket);
    var doc = fold(state.doc.trim());
    var leads = state.org < 0 ? null : (state.subtree ? orgsBelow(state.org) : new Set([state.org]));
    var out = [];
    for (var i = 0; i < N; i++) {
      if (bucket >= 0 && obs.bucket[i] !== bucket) continue;
      if (level > -2 && orgs.level[obs.lead[i]] !== level) continue;
      if (leads && !leads.has(obs.lead[i])) continue;
      if (doc && fold(docs.identifier[obs.doc[i]]).indexOf(doc) < 0 && docs.id[obs.doc[i]] !== state.doc.trim()) continue;
      if (state.dueBy && (!obs.due[i] || obs.due[i] > state.dueBy)) continue;
      if (hay && !words.every(function (w) { return hay[i].indexOf(w) >= 0; })) continue;
      out.push(i);
    }
    return out;
  }

  // --- the obligation table ------------------------------------------------------
  var COLUMNS = [
    { key: "id", label: M["col.id"], cls: "id", value: function (i) { return obs.id[i]; } },
    { key: "org", label: M["col.organisation"], value: function (i) { return orgs.name[obs.lead[i]]; } },
    { key: "level", label: M["col.level"], value: function (i) {
        var lv = orgs.level[obs.lead[i]]; return lv < 0 ? "" : D.levels[lv].name; } },
    { key: "doc", label: M["col.document"], cls: "id", value: function (i) { return docs.identifier[obs.doc[i]]; } },
    { key: "action", label: M["col.action"], value: function (i) { return texts[obs.action[i]]; } },
    { key: "due", label: M["col.due"], cls: "date", value: function (i) { return obs.due[i]; },
      show: function (i) { return fmtDate(obs.due[i]); } },
    { key: "bucket", label: M["col.bucket"], value: function (i) { return obs.bucket[i]; },
      node: function (i) { return tag(obs.bucket[i]); } },
  ];
  var collator = new Intl.Collator(D.lang === "vi" ? "vi" : "en", { numeric: true });

  function sortRows(rows) {
    var column = COLUMNS.filter(function (c) { return c.key === state.sort; })[0];
    var dir = state.dir;
    var keys = new Map(rows.map(function (i) { return [i, column.value(i)]; }));
    rows.sort(function (a, b) {
      var x = keys.get(a), y = keys.get(b);
      if (x === y) return a - b;
      if (x === "" || x === undefined) return 1;  // no due day: last either way
      if (y === "" || y === undefined) return -1;
      var c = typeof x === "number" ? x - y : collator.compare(x, y);
      return c * dir || a - b;
    });
    return rows;
  }
  function header(table, columns, current, dir, onSort) {
    var row = el("tr");
    columns.forEach(function (c) {
      var th = el("th", { text: c.label, "data-sort": c.key, scope: "col" });
      if (c.key === current) th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
      th.addEventListener("click", function () { onSort(c.key); });
      row.appendChild(th);
    });
    var head = table.tHead; head.textContent = ""; head.appendChild(row);
  }
  function pager(box, page, pages, go) {
    box.textContent = "";
    if (pages <= 1) return;
    var prev = el("button", { type: "button", text: M["report.previous"], "data-go": "prev" });
    var next = el("button", { type: "button", text: M["report.next"], "data-go": "next" });
    prev.disabled = page === 0; next.disabled = page >= pages - 1;
    prev.addEventListener("click", function () { go(page - 1); });
    next.addEventListener("click", function () { go(page + 1); });
    box.appendChild(prev);
    box.appendChild(el("span", { text: say("report.page", { page: fmt(page + 1), pages: fmt(pages) }) }));
    box.appendChild(next);
  }
  function drawObligations() {
    var rows = sortRows(selected()), pages = Math.max(1, Math.ceil(rows.length / PAGE));
    state.page = Math.min(state.page, pages - 1);
    var table = document.getElementById("ob-table");
    header(table, COLUMNS, state.sort, state.dir, function (key) {
      state.dir = state.sort === key ? -state.dir : 1; state.sort = key; drawObligations();
    });
    var body = table.tBodies[0], shown = rows.slice(state.page * PAGE, (state.page + 1) * PAGE);
    body.textContent = "";
    shown.forEach(function (i) {
      var tr = el("tr", { "data-ob": obs.id[i] });
      COLUMNS.forEach(function (c) {
        var td = el("td", { cls: c.cls || "" });
        if (c.node) td.appendChild(c.node(i)); else td.textContent = c.show ? c.show(i) : c.value(i);
        tr.appendChild(td);
      });
      tr.addEventListener("click", function () { openDetail(i); });
      body.appendChild(tr);
    });
    document.getElementById("shown").textContent = say("report.shown", { shown: fmt(rows.length), total: fmt(N) });
    pager(document.getElementById("ob-pager"), state.page, pages, function (p) { state.page = p; drawObligations(); });
  }

  // --- organisations: the drill-down --------------------------------------------
  var tallies = null;
  function orgTallies() {
    if (tallies === null) {
      tallies = new Map();
      for (var i = 0; i < N; i++) {
        var t = tallies.get(obs.lead[i]);
        if (!t) { t = [0, 0, 0, 0, 0]; tallies.set(obs.lead[i], t); }
        t[obs.bucket[i]]++;
      }
    }
    return tallies;
  }
  var orgView = { q: "", sort: "overdue", dir: -1, page: 0 };
  var ORG_COLUMNS = [
    { key: "name", label: M["col.organisation"], value: function (k) { return orgs.name[k]; } },
    { key: "level", label: M["col.level"], value: function (k) { return orgs.level[k] < 0 ? "" : D.levels[orgs.level[k]].name; } },
  ].concat([0, 1, 2, 3].map(function (b) {
    return { key: D.bucket_keys[b], label: D.bucket_labels[b], num: true,
             value: function (k) { return orgTallies().get(k)[b]; } };
  })).concat([{ key: "total", label: M["col.total"], num: true,
                value: function (k) { return orgTallies().get(k).reduce(function (a, b) { return a + b; }, 0); } }]);

  function drawOrganisations() {
    var words = fold(orgView.q).split(/\s+/).filter(Boolean);
    var rows = Array.from(orgTallies().keys()).filter(function (k) {
      var hay = fold(orgs.name[k] + " " + orgs.id[k]);
      return words.every(function (w) { return hay.indexOf(w) >= 0; });
    });
    var column = ORG_COLUMNS.filter(function (c) { return c.key === orgView.sort; })[0];
    rows.sort(function (a, b) {
      var x = column.value(a), y = column.value(b);
      var c = column.num ? x - y : collator.compare(x, y);
      return c * orgView.dir || a - b;
    });
    var pages = Math.max(1, Math.ceil(rows.length / ORG_PAGE));
    orgView.page = Math.min(orgView.page, pages - 1);
    var table = document.getElementById("org-table");
    header(table, ORG_COLUMNS, orgView.sort, orgView.dir, function (key) {
      orgView.dir = orgView.sort === key ? -orgView.dir : (key === "name" || key === "level" ? 1 : -1);
      orgView.sort = key; drawOrganisations();
    });
    var body = table.tBodies[0];
    body.textContent = "";
    rows.slice(orgView.page * ORG_PAGE, (orgView.page + 1) * ORG_PAGE).forEach(function (k) {
      var tr = el("tr", { "data-org": orgs.id[k] });
      ORG_COLUMNS.forEach(function (c) {
        tr.appendChild(el("td", { cls: c.num ? "num" : "", text: c.num ? fmt(c.value(k)) : c.value(k) }));
      });
      tr.addEventListener("click", function () { chooseOrg(k); });
      body.appendChild(tr);
    });
    pager(document.getElementById("org-pager"), orgView.page, pages, function (p) { orgView.page = p; drawOrganisations(); });
  }
  function chooseOrg(k) {
    state.org = k; state.page = 0;
    var card = document.getElementById("org-card"), t = orgTallies().get(k) || [0, 0, 0, 0, 0];
    card.textContent = "";
    card.appendChild(el("strong", { text: orgs.name[k] }));
    card.appendChild(document.createTextNode(" (" + orgs.id[k] + ")" +
      (orgs.level[k] >= 0 ? " · " + D.levels[orgs.level[k]].name : "") +
      (orgs.parent[k] >= 0 ? " · " + orgs.name[orgs.parent[k]] : "") + " · "));
    [0, 1, 2, 3].forEach(function (b) { card.appendChild(tag(b)); card.appendChild(document.createTextNode(" " + fmt(t[b]) + " ")); });
    var box = el("input", { type: "checkbox", id: "subtree" });
    box.checked = state.subtree;
    box.addEventListener("change", function () { state.subtree = box.checked; state.page = 0; drawObligations(); });
    card.appendChild(el("label", {}, [box, document.createTextNode(" " + M["report.subtree"])]));
    var clear = el("button", { type: "button", text: "×", "aria-label": M["report.clear"] });
    clear.addEventListener("click", function () { state.org = -1; card.hidden = true; drawObligations(); });
    card.appendChild(clear);
    card.hidden = false;
    drawObligations();
    document.getElementById("obligations").scrollIntoView();
  }

  // --- one obligation and its history ---------------------------------------------
  var eventsOf = null;
  function history(i) {
    if (eventsOf === null) {
      eventsOf = new Map();
      ev.ob.forEach(function (o, row) { (eventsOf.get(o) || eventsOf.set(o, []).get(o)).push(row); });
    }
    return eventsOf.get(i) || [];
  }
  function openDetail(i) {
    var body = document.getElementById("detail-body");
    body.textContent = "";
    body.appendChild(el("h3", { text: obs.id[i] }));
    body.appendChild(el("p", { text: texts[obs.action[i]] }));
    var fields = el("dl", { cls: "fields" });
    function field(label, node) { fields.appendChild(el("dt", { text: label })); fields.appendChild(el("dd", {}, [node])); }
    function text(value) { return document.createTextNode(value); }
    field(M["col.organisation"], text(orgs.name[obs.lead[i]]));
    field(M["col.document"], text(docs.identifier[obs.doc[i]]));
    field(M["col.report_to"], text(orgs.name[obs.report_to[i]]));
    field(M["col.deadline"], text(texts[obs.deadline[i]] + (obs.due[i] ? " · " + fmtDate(obs.due[i]) : "")));
    field(M["col.state"], text(D.states[obs.state[i]]));
    field(M["col.bucket"], tag(obs.bucket[i]));
    if (obs.parent[i] >= 0) {
      var up = el("a", { cls: "ob-link", text: obs.id[obs.parent[i]], tabindex: "0" });
      up.addEventListener("click", function () { openDetail(obs.parent[i]); });
      field(M["report.parent"], up);
    }
    body.appendChild(fields);
    body.appendChild(el("h4", { text: M["report.history"] }));
    var rows = history(i);
    if (!rows.length) body.appendChild(el("p", { cls: "meta", text: M["report.no_history"] }));
    else {
      var table = el("table", { cls: "history" });
      table.appendChild(el("thead", {}, [el("tr", {}, [M["col.when"], M["col.event"], M["col.actor"], M["col.note"]].map(function (h) {
        return el("th", { text: h });
      }))]));
      var tbody = el("tbody");
      rows.forEach(function (row) {
        tbody.appendChild(el("tr", {}, [
          el("td", { cls: "date", text: fmtDate(vietnamTime(ev.at[row])) }),
          el("td", { text: D.triggers[ev.trigger_names[ev.trigger[row]]] || ev.trigger_names[ev.trigger[row]] }),
          el("td", { text: ev.actor[row] >= 0 ? orgs.name[ev.actor[row]] : "" }),
          el("td", { text: texts[ev.note[row]] }),
        ]));
      });
      table.appendChild(tbody);
      body.appendChild(table);
    }
    var dialog = document.getElementById("detail");
    if (!dialog.open) dialog.showModal();
  }

  // --- the cascade drawing: a box is an organisation -------------------------------
  var byName = new Map();
  orgs.name.forEach(function (name, k) { byName.set(name.replace(/\s+/g, " ").trim(), byName.has(name) ? -1 : k); });
  var drawing = document.querySelector("#cascade svg");
  if (drawing) {
    drawing.addEventListener("click", function (event) {
      var node = event.target.closest("g.node");
      if (!node) return;
      var k = D.diagram_nodes[node.querySelector("title").textContent];
      if (k === undefined) {  // a row of a list box names one organisation
        var label = event.target.closest("text");
        k = label ? byName.get(label.textContent.replace(/\s+/g, " ").trim()) : undefined;
      }
      if (k !== undefined && k >= 0 && orgTallies().has(k)) chooseOrg(k);
    });
  }

  // --- wiring ----------------------------------------------------------------------
  var levelBox = document.getElementById("level");
  D.levels.forEach(function (lv, k) { levelBox.appendChild(el("option", { value: String(k), text: lv.name })); });
  var bucketBox = document.getElementById("bucket");
  D.bucket_labels.forEach(function (label, b) {
    if (b < 4 || D.has_closed) bucketBox.appendChild(el("option", { value: String(b), text: label }));
  });
  if (docs.identifier.length <= 500) {
    var list = document.getElementById("document-list");
    docs.identifier.forEach(function (identifier) { list.appendChild(el("option", { value: identifier })); });
  }
  function bind(id, key, event) {
    document.getElementById(id).addEventListener(event || "input", function (e) {
      state[key] = e.target.value; state.page = 0; drawObligations();
    });
  }
  bind("search", "q"); bind("level", "level", "change"); bind("bucket", "bucket", "change");
  bind("document", "doc"); bind("due-by", "dueBy");
  document.getElementById("org-search").addEventListener("input", function (e) {
    orgView.q = e.target.value; orgView.page = 0; drawOrganisations();
  });
  document.getElementById("clear").addEventListener("click", function () {
    ["search", "level", "bucket", "document", "due-by"].forEach(function (id) { document.getElementById(id).value = ""; });
    state.q = state.level = state.bucket = state.doc = state.dueBy = ""; state.org = -1; state.page = 0;
    document.getElementById("org-card").hidden = true;
    drawObligations();
  });
  drawOrganisations();
  drawObligations();
  document.documentElement.setAttribute("data-ready", "true");
})();
