(function () {
  "use strict";
  // Everything from articles is put on the page with textContent, never as HTML.
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var state = { types: new Set(data.types.map(function (t) { return t.name; })), negative: data.showNegative };
  var typeOf = {};
  data.nodes.forEach(function (n) { typeOf[n.id] = n.type; });

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function tip(lines) {
    var box = el("div", "kg-tip");
    lines.forEach(function (line, i) {
      if (line) { box.appendChild(el(i === 0 ? "b" : "div", null, line)); }
    });
    return box;
  }

  function nodeFacts(n) {
    return [
      ["Type", n.subtype ? n.type + " (" + n.subtype + ")" : n.type],
      ["Also called", n.aliases.join("; ")],
      ["Facts", String(n.degree)],
      ["PageRank", n.pagerank.toFixed(4)]
    ];
  }

  function edgeFacts(e) {
    var rows = [
      ["Fact", e.type],
      ["Roles", e.subject + " (" + e.sourceRole + ") \u2192 " + e.object + " (" + e.targetRole + ")"],
      ["Status", e.status ? e.status + " (" + e.statusClass + ")" : e.statusClass],
      ["Confidence", e.confidence.toFixed(2)]
    ];
    e.details.forEach(function (d) { rows.push(d); });
    rows.push(["Document", e.document]);
    return rows;
  }

  data.nodes.forEach(function (n) {
    n.title = tip([n.label, n.type + (n.subtype ? " \u00b7 " + n.subtype : ""),
                   n.aliases.length ? "Also called: " + n.aliases.join("; ") : ""]);
  });
  data.edges.forEach(function (e) {
    var extra = e.details.map(function (d) { return d[0] + ": " + d[1]; }).join("\n");
    e.title = tip([e.type + " \u00b7 " + (e.status || e.statusClass),
                   e.subject + " (" + e.sourceRole + ") \u2192 " + e.object + " (" + e.targetRole + ")",
                   extra, "\u201c" + e.evidence + "\u201d", e.document ? "\u2014 " + e.document : ""]);
  });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return state.types.has(n.type); } });
  var edgeView = new vis.DataView(edges, {
    filter: function (e) {
      return (state.negative || e.statusClass !== "negative") &&
        state.types.has(typeOf[e.from]) && state.types.has(typeOf[e.to]);
    }
  });

  var options = {
    autoResize: true,
    nodes: { font: { size: 14, face: "system-ui, sans-serif", strokeWidth: 3, strokeColor: "#ffffff" }, borderWidth: 1 },
    edges: {
      font: { size: 11, align: "middle", color: "#444", strokeWidth: 3, strokeColor: "#ffffff" },
      smooth: false, width: 1.5, selectionWidth: 2,
      arrows: { to: { enabled: false, scaleFactor: 0.6 } }
    },
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: data.large, hideEdgesOnZoom: data.large },
    physics: data.physics ? {
      enabled: true, solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -110, springLength: 170, avoidOverlap: 0.9 },
      stabilization: { enabled: true, iterations: 300, fit: true }
    } : { enabled: false },
    layout: { improvedLayout: data.physics }
  };
  if (data.large) {
    options.nodes.scaling = { label: { drawThreshold: 9 } };
    options.edges.font.size = 0;
  }

  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);
  var view = { network: network, nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView, firstDrawMs: null };
  window.kgView = view;

  network.once("afterDrawing", function () {
    view.firstDrawMs = performance.now();
    document.body.setAttribute("data-drawn", "true");
  });
  // Live physics only settles the first layout; then the picture stays still.
  function settled() { document.body.setAttribute("data-settled", "true"); }
  if (data.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      settled();
    });
  } else {
    settled();
  }

  var details = document.getElementById("kg-details");
  function showDetails(heading, rows, evidence) {
    details.replaceChildren();
    details.appendChild(el("h3", null, heading));
    var dl = el("dl");
    rows.forEach(function (r) {
      if (r[1] === undefined || r[1] === null || r[1] === "") { return; }
      dl.appendChild(el("dt", null, r[0]));
      dl.appendChild(el("dd", null, r[1]));
    });
    if (evidence) {
      dl.appendChild(el("dt", null, "Evidence"));
      dl.appendChild(el("dd", "evidence", evidence));
    }
    details.appendChild(dl);
  }
  function showNode(id) {
    var n = nodes.get(id);
    showDetails(n.label, nodeFacts(n), null);
  }
  function showEdge(id) {
    var e = edges.get(id);
    showDetails(e.subject + " \u2014 " + e.type + " \u2192 " + e.object, edgeFacts(e), e.evidence);
  }
  network.on("click", function (params) {
    if (params.nodes.length) { showNode(params.nodes[0]); }
    else if (params.edges.length) { showEdge(params.edges[0]); }
  });
  view.showEdge = showEdge;

  var counts = document.getElementById("kg-counts");
  function updateCounts() {
    counts.textContent = nodeView.length + " entities \u00b7 " + edgeView.length + " fact edges shown";
  }
  function refresh() { nodeView.refresh(); edgeView.refresh(); updateCounts(); }
  updateCounts();

  var typesBox = document.getElementById("kg-types");
  data.types.forEach(function (t) {
    var row = el("label", "legend-row");
    var box = el("input");
    box.type = "checkbox"; box.checked = true; box.value = t.name;
    box.addEventListener("change", function () {
      if (box.checked) { state.types.add(t.name); } else { state.types.delete(t.name); }
      refresh();
    });
    var glyph = el("span", "glyph", t.glyph);
    glyph.style.color = t.color;
    row.appendChild(box); row.appendChild(glyph);
    row.appendChild(el("span", null, t.name + " (" + t.count + ")"));
    typesBox.appendChild(row);
  });
  var statusBox = document.getElementById("kg-statuses");
  data.statusClasses.forEach(function (s) {
    var row = el("label", "legend-row");
    var line = el("span", "line");
    line.style.borderTopColor = s.color;
    line.style.borderTopStyle = s.dashes ? (s.name === "negative" ? "dotted" : "dashed") : "solid";
    if (s.name === "negative") {
      var box = el("input");
      box.type = "checkbox"; box.checked = state.negative; box.id = "kg-show-negative";
      box.addEventListener("change", function () { state.negative = box.checked; refresh(); });
      row.appendChild(box);
    }
    row.appendChild(line);
    row.appendChild(el("span", null, s.label + " (" + s.count + " edges)"));
    statusBox.appendChild(row);
  });

  var names = document.getElementById("kg-names");
  var byName = {};
  data.nodes.forEach(function (n) {
    [n.label].concat(n.aliases).forEach(function (name) {
      var key = name.toLowerCase();
      if (!(key in byName)) { byName[key] = n.id; }
    });
    var option = el("option");
    option.value = n.label;
    names.appendChild(option);
  });
  var search = document.getElementById("kg-search");
  var status = document.getElementById("kg-search-status");
  function find() {
    var id = byName[search.value.trim().toLowerCase()];
    if (id === undefined) { status.textContent = search.value.trim() ? "no entity named \u201c" + search.value.trim() + "\u201d" : ""; return; }
    status.textContent = "";
    if (!state.types.has(typeOf[id])) { state.types.add(typeOf[id]); typesBox.querySelectorAll("input").forEach(function (b) { if (b.value === typeOf[id]) { b.checked = true; } }); refresh(); }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.3, animation: false });
    showNode(id);
  }
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { find(); } });
  search.addEventListener("change", find);
  view.find = function (name) { search.value = name; find(); };
})();
