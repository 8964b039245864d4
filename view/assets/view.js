// Draws the page from the JSON in #sfn-data (written by the sfn-view crate): the state graph
// with each Parallel branch and Map processor laid out inside its state, a run's path and
// outcomes or a suite's coverage on it, the details of a clicked state, the timeline and the
// events. Each graph level is laid out on its own by dagre, so a branch never mixes with
// its parent's states; a container's size is its branches' layout.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("sfn-data").textContent);
  const run = data.run || null;
  const cov = data.coverage || null;
  const SVG = "http://www.w3.org/2000/svg";
  const PAGE = 20;

  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "text") e.textContent = v; else if (k.startsWith("on")) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
    }
    for (const k of kids) if (k != null) e.append(k);
    return e;
  }
  function svg(tag, attrs) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "text") e.textContent = v; else e.setAttribute(k, v);
    }
    return e;
  }
  const ms = (t) => (t == null ? "–" : t < 1000 ? `+${t} ms` : `+${(t / 1000).toFixed(3)} s`);
  const json = (v) => {
    const text = JSON.stringify(v, null, 2);
    return text === undefined ? "(none)" : text.length > 200000 ? text.slice(0, 200000) + "\n… (cut at 200,000 characters)" : text;
  };

  // ---- What each state did -------------------------------------------------------------
  const visitsOf = new Map(); // state name -> [visit index]
  if (run) run.visits.forEach((v, i) => {
    if (!visitsOf.has(v.state)) visitsOf.set(v.state, []);
    visitsOf.get(v.state).push(i);
  });
  const RANK = { failed: 5, running: 4, caught: 3, retried: 2, succeeded: 1 };
  function outcomeOf(name) {
    if (cov) return entered(name) > 0 ? "succeeded" : "none";
    const list = visitsOf.get(name) || [];
    let best = "none";
    for (const i of list) {
      const o = run.visits[i].outcome;
      if (best === "none" || RANK[o] > RANK[best]) best = o;
    }
    return best;
  }
  function entered(name) {
    if (cov) return cov.states[name] || 0;
    return (visitsOf.get(name) || []).length;
  }

  // ---- Layout --------------------------------------------------------------------------
  const nodes = new Map(data.graph.nodes.map((n) => [n.id, n]));
  const byLabel = new Map();
  for (const n of data.graph.nodes) if (n.kind !== "start" && n.kind !== "end") byLabel.set(n.label, n);
  const levelNodes = new Map(); // group index (-1: top) -> node ids
  for (const n of data.graph.nodes) {
    const key = n.group == null ? -1 : n.group;
    if (!levelNodes.has(key)) levelNodes.set(key, []);
    levelNodes.get(key).push(n.id);
  }
  const owned = new Map(); // node id -> [group index]
  data.graph.groups.forEach((g, i) => {
    if (!owned.has(g.owner)) owned.set(g.owner, []);
    owned.get(g.owner).push(i);
  });
  const levelOf = (id) => (nodes.get(id).group == null ? -1 : nodes.get(id).group);

  function nodeSize(n) {
    if (n.kind === "start" || n.kind === "end") return { width: 64, height: 28 };
    return { width: Math.max(96, Math.min(320, n.label.length * 7 + 30)), height: 40 };
  }
  const GAP = 16, HEAD = 30, PAD = 10;
  const layouts = new Map();
  function layoutLevel(key) {
    if (layouts.has(key)) return layouts.get(key);
    const g = new dagre.graphlib.Graph({ multigraph: true });
    g.setGraph({ rankdir: "TB", nodesep: 28, ranksep: 38, edgesep: 14, marginx: 8, marginy: 8 });
    g.setDefaultEdgeLabel(() => ({}));
    const inner = new Map();
    for (const id of levelNodes.get(key) || []) {
      const n = nodes.get(id);
      let size = nodeSize(n);
      const groups = owned.get(id);
      if (groups) {
        const boxes = groups.map((gi) => ({ gi, layout: layoutLevel(gi) }));
        let width = PAD, height = 0;
        for (const b of boxes) {
          b.x = width;
          width += b.layout.width + 2 * PAD + GAP;
          height = Math.max(height, b.layout.height + 2 * PAD + 18);
        }
        size = { width: Math.max(size.width, width - GAP + PAD), height: HEAD + height + PAD };
        inner.set(id, boxes);
      }
      g.setNode(id, { width: size.width, height: size.height });
    }
    data.graph.edges.forEach((e, index) => {
      if (levelOf(e.from) !== key || levelOf(e.to) !== key || e.via === "enter") return;
      const label = e.label || "";
      g.setEdge(e.from, e.to, { width: Math.min(label.length, 48) * 5.6, height: label ? 14 : 0, labelpos: "c", index }, String(index));
    });
    dagre.layout(g);
    const layout = { width: g.graph().width || 0, height: g.graph().height || 0, nodes: [], edges: [], inner };
    for (const id of g.nodes()) {
      const p = g.node(id);
      layout.nodes.push({ id, x: p.x - p.width / 2, y: p.y - p.height / 2, width: p.width, height: p.height });
    }
    for (const ref of g.edges()) {
      const e = g.edge(ref);
      layout.edges.push({ index: e.index, points: e.points, x: e.x, y: e.y });
    }
    layouts.set(key, layout);
    return layout;
  }

  // ---- Drawing -------------------------------------------------------------------------
  const edgeClass = (index) => {
    if (run) return run.taken[index] ? "taken" : "";
    if (cov) return cov.edges[index] > 0 ? "taken" : "missed";
    return "";
  };
  function drawLevel(key, parent, ox, oy) {
    const layout = layoutLevel(key);
    for (const e of layout.edges) {
      const edge = data.graph.edges[e.index];
      const d = e.points.map((p, i) => `${i ? "L" : "M"}${(p.x + ox).toFixed(1)},${(p.y + oy).toFixed(1)}`).join("");
      const cls = ["edge", edge.via, edgeClass(e.index)].filter(Boolean).join(" ");
      const path = svg("path", { d, class: cls, "marker-end": "url(#arrow)", "data-from": nodes.get(edge.from).label, "data-to": nodes.get(edge.to).label });
      parent.append(path);
      if (edge.label) {
        const text = edge.label.length > 48 ? edge.label.slice(0, 47) + "…" : edge.label;
        parent.append(svg("text", { x: e.x + ox, y: e.y + oy + 4, "text-anchor": "middle", class: "edge-label " + edgeClass(e.index), text }));
      }
    }
    for (const p of layout.nodes) {
      const n = nodes.get(p.id);
      const x = p.x + ox, y = p.y + oy;
      const terminal = n.kind === "start" || n.kind === "end";
      const g = svg("g", { class: "node " + (terminal ? "terminal" : "state o-" + outcomeOf(n.label)), "data-state": terminal ? "" : n.label, "data-kind": n.kind });
      g.append(svg("rect", { class: "box", x, y, width: p.width, height: p.height, rx: terminal ? 14 : 6 }));
      const boxes = layout.inner.get(p.id);
      const labelY = boxes ? y + 19 : y + p.height / 2 + 4;
      g.append(svg("text", { class: boxes ? "title" : "label", x: x + p.width / 2, y: labelY, "text-anchor": "middle", text: n.label }));
      const count = terminal ? 0 : entered(n.label);
      if (count > 1) g.append(svg("text", { class: "count", x: x + p.width - 6, y: y + 12, "text-anchor": "end", text: "×" + count }));
      if (!terminal) g.addEventListener("click", (ev) => { ev.stopPropagation(); select(n.label); });
      parent.append(g);
      if (boxes) {
        g.classList.add("container");
        for (const b of boxes) {
          const gx = x + b.x, gy = y + HEAD;
          const group = svg("g", { class: "group" });
          group.append(svg("rect", { x: gx, y: gy, width: b.layout.width + 2 * PAD, height: b.layout.height + 2 * PAD + 18 }));
          group.append(svg("text", { x: gx + 6, y: gy + 13, text: data.graph.groups[b.gi].label }));
          parent.append(group);
          drawLevel(b.gi, parent, gx + PAD, gy + PAD + 18);
        }
      }
    }
  }

  // ---- Header --------------------------------------------------------------------------
  function header() {
    const h = el("header", {}, el("h1", { text: data.title }));
    if (run) {
      h.append(el("span", { class: "badge " + run.status, text: run.status }));
      h.append(el("span", { class: "facts", text: `started ${run.started} · ${ms(run.duration)} of virtual time · ${run.visits.length} states entered · ${run.events.length} events` }));
      if (run.error != null || run.cause != null) h.append(el("p", { class: "problem", text: [run.error, run.cause].filter((x) => x != null).join(": ") }));
    } else if (cov) {
      const pct = cov.total ? Math.round((cov.covered * 100) / cov.total) : 100;
      h.append(el("span", { class: "badge COVERAGE", text: `coverage ${pct}%` }));
      h.append(el("span", { class: "facts", text: `${cov.covered} of ${cov.total} states, Choice rules, retriers and catchers, over ${cov.executions} execution${cov.executions === 1 ? "" : "s"}` }));
    }
    const legend = el("div", { class: "legend" });
    const kinds = run ? ["succeeded", "retried", "caught", "failed", "running", "none"] : ["succeeded", "none"];
    const words = { succeeded: run ? "succeeded" : "covered", retried: "retried", caught: "caught", failed: "failed", running: "running", none: run ? "not entered" : "not covered" };
    for (const k of kinds) legend.append(el("span", { style: `--c: var(--${k}); --bg: var(--${k}-bg)`, text: words[k] }));
    h.append(legend);
    return h;
  }

  // ---- Details of a state --------------------------------------------------------------
  const details = el("aside", { id: "details" }, el("p", { class: "hint", text: run ? "Click a state to see its input, output, error and cause." : "Click a state to see how often it ran, its retriers and its transitions." }));
  function pre(label, value) {
    return [el("h3", { text: label }), el("pre", { class: label.toLowerCase(), text: json(value) })];
  }
  function visitBody(v) {
    const body = el("div", {});
    body.append(el("div", { class: "times", text: `entered ${ms(v.entered)} · ${v.left == null ? "not left" : "left " + ms(v.left)}${v.retries ? ` · ${v.retries} retr${v.retries === 1 ? "y" : "ies"}` : ""}` }));
    if (v.error != null || v.cause != null) {
      const name = v.error == null ? "(no error name)" : v.error;
      body.append(el("div", { class: "error", text: v.outcome === "retried" ? `retried after ${name}` : name }));
      if (v.cause != null) body.append(el("pre", { class: "cause", text: v.cause }));
    }
    body.append(...pre("Input", v.input));
    if (v.output != null) body.append(...pre("Output", v.output));
    return body;
  }
  function visitItem(i, open) {
    const v = run.visits[i];
    const where = v.iteration != null ? ` · iteration ${v.iteration}` : "";
    const d = el("details", { class: "visit", "data-visit": String(i) }, el("summary", { text: `${v.state}${where} · ${v.outcome}` }));
    d.append(visitBody(v));
    if (open) d.open = true;
    return d;
  }
  function paged(list, render, into) {
    let shown = 0;
    const more = el("button", { class: "more" });
    const step = () => {
      const next = Math.min(list.length, shown + PAGE);
      for (; shown < next; shown++) into.insertBefore(render(list[shown], shown), more);
      more.textContent = `show ${Math.min(PAGE, list.length - shown)} more of ${list.length - shown}`;
      more.hidden = shown >= list.length;
    };
    more.addEventListener("click", step);
    into.append(more);
    step();
  }
  function children(parent) {
    const list = [];
    run.visits.forEach((v, i) => { if (v.parent === parent) list.push(i); });
    return list;
  }
  function summary(indices) {
    const counts = {};
    for (const i of indices) counts[run.visits[i].outcome] = (counts[run.visits[i].outcome] || 0) + 1;
    return Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(", ");
  }
  function mapVisit(i, into) {
    const v = run.visits[i];
    const it = v.iterations;
    if (it) into.append(el("p", { text: `${it.length} item${it.length === 1 ? "" : "s"}: ${it.succeeded} iterations succeeded, ${it.failed} failed, ${it.aborted} aborted` }));
    const groups = new Map();
    for (const c of children(i)) {
      const k = run.visits[c].iteration;
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k).push(c);
    }
    const list = [...groups.entries()];
    const box = el("div", { class: "iterations" });
    into.append(box);
    paged(list, ([index, states]) => {
      const failed = states.some((c) => run.visits[c].outcome === "failed");
      const d = el("details", { class: "iteration", "data-iteration": String(index) }, el("summary", { text: `iteration ${index} · ${failed ? "failed" : "succeeded"} · ${states.length} state${states.length === 1 ? "" : "s"}` }));
      d.addEventListener("toggle", () => { if (d.open && d.childElementCount === 1) for (const c of states) d.append(visitItem(c, false)); });
      return d;
    }, box);
  }
  function parallelVisit(i, name, into) {
    const node = byLabel.get(name);
    for (const gi of owned.get(node.id) || []) {
      const members = new Set(data.graph.nodes.filter((n) => n.group === gi).map((n) => n.label));
      const states = children(i).filter((c) => members.has(run.visits[c].state));
      const d = el("details", { class: "branch" }, el("summary", { text: `${data.graph.groups[gi].label}: ${states.length ? summary(states) : "not entered"}` }));
      d.addEventListener("toggle", () => { if (d.open && d.childElementCount === 1) for (const c of states) d.append(visitItem(c, false)); });
      into.append(d);
    }
  }
  function select(name) {
    document.querySelectorAll(".node.selected").forEach((n) => n.classList.remove("selected"));
    document.querySelectorAll(`.node[data-state="${CSS.escape(name)}"]`).forEach((n) => n.classList.add("selected"));
    details.replaceChildren();
    details.dataset.state = name;
    details.append(el("h2", { text: name }));
    details.append(el("div", { class: "hint", text: `${data.types[name] || "State"} · ${outcomeOf(name) === "none" ? (run ? "not entered" : "not covered") : outcomeOf(name)} · entered ${entered(name)} time${entered(name) === 1 ? "" : "s"}` }));
    if (run) {
      const list = visitsOf.get(name) || [];
      if (!list.length) return;
      const kind = data.types[name];
      if (kind === "Map" || kind === "Parallel") {
        details.append(el("h3", { text: kind === "Map" ? "Iterations" : "Branches" }));
        for (const i of list.slice(0, 3)) {
          if (list.length > 1) details.append(el("div", { class: "hint", text: `visit at ${ms(run.visits[i].entered)}` }));
          if (kind === "Map") mapVisit(i, details); else parallelVisit(i, name, details);
        }
      }
      details.append(el("h3", { text: `Visits (${list.length})` }));
      const box = el("div", {});
      details.append(box);
      paged(list, (i, k) => visitItem(i, k === 0), box);
    } else if (cov) {
      const retriers = cov.retriers[name] || [];
      if (retriers.length) {
        details.append(el("h3", { text: "Retriers" }));
        details.append(el("ul", {}, ...retriers.map((r, i) => el("li", { text: `retrier ${i} [${r.errors.join(", ")}]: ${r.count ? `retried ${r.count} time${r.count === 1 ? "" : "s"}` : "never retried"}` }))));
      }
      const node = byLabel.get(name);
      const out = data.graph.edges.map((e, i) => [e, i]).filter(([e]) => e.from === node.id && e.via !== "enter");
      if (out.length) {
        details.append(el("h3", { text: "Transitions" }));
        details.append(el("ul", {}, ...out.map(([e, i]) => el("li", { text: `${e.via}${e.index != null ? " " + e.index : ""} → ${nodes.get(e.to).label}: ${cov.edges[i] ? `taken ${cov.edges[i]} time${cov.edges[i] === 1 ? "" : "s"}` : "never taken"}` }))));
      }
    }
  }

  // ---- Timeline ------------------------------------------------------------------------
  function timeline() {
    const section = el("section", { id: "timeline" }, el("h2", { text: "Timeline (virtual time)" }));
    const rows = [];
    const rowOf = new Map();
    for (const v of run.visits) if (!rowOf.has(v.state)) { rowOf.set(v.state, rows.length); rows.push(v.state); }
    const canvas = el("canvas", {});
    section.append(canvas);
    const ROW = 18, LEFT = 180;
    const draw = () => {
      const width = Math.max(400, section.clientWidth - 40);
      const height = rows.length * ROW + 24;
      const ratio = window.devicePixelRatio || 1;
      canvas.width = width * ratio; canvas.height = height * ratio;
      canvas.style.height = height + "px";
      const c = canvas.getContext("2d");
      c.scale(ratio, ratio);
      c.font = "11px system-ui, sans-serif";
      const span = Math.max(1, run.duration);
      const x = (t) => LEFT + ((width - LEFT - 10) * t) / span;
      const style = getComputedStyle(document.documentElement);
      const colour = (o) => style.getPropertyValue("--" + o).trim() || "#888";
      rows.forEach((name, r) => {
        c.fillStyle = "#656d76";
        c.fillText(name.length > 26 ? name.slice(0, 25) + "…" : name, 4, r * ROW + 13);
      });
      for (const v of run.visits) {
        const r = rowOf.get(v.state);
        const from = x(v.entered), to = x(v.left != null ? v.left : v.outcome === "running" ? run.duration : v.last);
        c.fillStyle = colour(v.outcome);
        c.fillRect(from, r * ROW + 3, Math.max(2, to - from), ROW - 6);
      }
      c.fillStyle = "#656d76";
      c.fillText("0", LEFT, rows.length * ROW + 16);
      c.textAlign = "right";
      c.fillText(ms(run.duration).slice(1), width - 10, rows.length * ROW + 16);
    };
    canvas.addEventListener("click", (ev) => {
      const r = Math.floor(ev.offsetY / ROW);
      if (rows[r]) select(rows[r]);
    });
    requestAnimationFrame(draw);
    return section;
  }

  function events() {
    const section = el("section", { id: "events" }, el("h2", { text: `History events (${run.events.length})` }));
    const table = el("table", {}, el("tr", {}, el("th", { text: "id" }), el("th", { text: "time" }), el("th", { text: "type" }), el("th", { text: "state" })));
    section.append(table);
    let shown = 0;
    const more = el("button", { class: "more" });
    const step = () => {
      const next = Math.min(run.events.length, shown + 200);
      for (; shown < next; shown++) {
        const e = run.events[shown];
        const state = e.visit == null ? "" : run.visits[e.visit].state;
        const row = el("tr", {}, el("td", { class: "t", text: String(e.id) }), el("td", { class: "t", text: ms(e.at) }), el("td", { text: e.kind }), el("td", { text: state }));
        if (state) row.addEventListener("click", () => select(state));
        table.append(row);
      }
      more.textContent = `show ${Math.min(200, run.events.length - shown)} more of ${run.events.length - shown}`;
      more.hidden = shown >= run.events.length;
    };
    more.addEventListener("click", step);
    section.append(more);
    step();
    return section;
  }

  function missed() {
    const section = el("section", { id: "missed" }, el("h2", { text: cov.missed.length ? `Not covered (${cov.missed.length})` : "Everything is covered" }));
    section.append(el("ul", {}, ...cov.missed.map((m) => el("li", { text: m }))));
    return section;
  }

  // ---- The page ------------------------------------------------------------------------
  const top = layoutLevel(-1);
  const drawing = svg("svg", { width: top.width + 16, height: top.height + 16, viewBox: `-8 -8 ${top.width + 16} ${top.height + 16}`, role: "img", "aria-label": "state graph" });
  const defs = svg("defs", {});
  const marker = svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: "9", refY: "5", markerWidth: "8", markerHeight: "8", markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" });
  marker.append(svg("path", { d: "M0,0L10,5L0,10z", fill: "#8c959f" }));
  defs.append(marker);
  drawing.append(defs);
  drawLevel(-1, drawing, 0, 0);
  const body = document.body;
  body.append(header(), el("main", {}, el("section", { id: "graph" }, drawing), details));
  if (run) body.append(timeline(), events());
  if (cov) body.append(missed());
  const first = run ? run.visits.find((v) => v.outcome === "failed") : null;
  if (first) select(first.state);
  // Ready once the frame with the timeline is drawn (it draws in the next frame).
  requestAnimationFrame(() => requestAnimationFrame(() => {
    window.sfnRendered = performance.now();
    body.dataset.ready = "true";
  }));
})();
