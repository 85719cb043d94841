// eventcoder dashboard: vanilla JavaScript and SVG over the JSON API of the same server.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const PAGE = 25;
const QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"};
const state = {offset: 0, total: 0, world: null};
const $ = (sel) => document.querySelector(sel);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v; else if (k === "text") node.textContent = v; else node.setAttribute(k, v);
  }
  for (const child of children) node.append(child);
  return node;
}

function svg(tag, attrs = {}, text = null) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== null) node.textContent = text;
  return node;
}

function showError(message) {
  const box = $("#error");
  box.textContent = message || "";
  box.hidden = !message;
}

async function api(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v !== null && v !== undefined));
  const response = await fetch(`/api/${path}${query.size ? "?" + query : ""}`);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ? body.error.message : response.statusText);
  return body;
}

function filters() {
  const data = Object.fromEntries(new FormData($("#filters")));
  for (const key of ["actor", "country"]) data[key] = (data[key] || "").trim().toUpperCase();
  data.code = (data.code || "").trim();
  return data;
}

// ---- events table ----------------------------------------------------------------------------

function actorLabel(code, text) {
  return code ? `${code}` + (text ? ` (${text})` : "") : "–";
}

function markActors(evidence, names) {
  // the evidence sentence with the actors' words marked; text nodes only, never HTML
  const td = el("td", {class: "evidence"});
  const words = names.filter(Boolean).sort((a, b) => b.length - a.length);
  let rest = evidence.trim();
  while (rest) {
    let best = null;
    for (const w of words) {
      const i = rest.indexOf(w);
      if (i >= 0 && (best === null || i < best.i)) best = {i, w};
    }
    if (!best) { td.append(rest); break; }
    td.append(rest.slice(0, best.i), el("mark", {class: "actor", text: best.w}));
    rest = rest.slice(best.i + best.w.length);
  }
  return td;
}

function eventRow(e) {
  const where = e.location_name ? `${e.location_name}${e.location_country ? ", " + e.location_country : ""}` : "–";
  const link = el("a", {href: `#doc=${encodeURIComponent(e.doc_id)}&event=${e.event_id}`, text: e.doc_id,
                        class: "doc-link"});
  link.addEventListener("click", (ev) => { ev.preventDefault(); openDocument(e.doc_id, e.event_id); });
  return el("tr", {class: e.factuality, "data-event": e.event_id},
    el("td", {text: e.date || (e.day || "–")}),
    el("td", {text: `${actorLabel(e.source_code, e.source_text)} → ${actorLabel(e.target_code, e.target_text)}`}),
    el("td", {}, el("span", {class: `badge q${e.quad}`, title: QUAD_NAMES[e.quad], text: e.cameo}),
       ` ${e.plover || ""}`),
    el("td", {text: e.factuality + (e.cue ? ` (${e.cue})` : "")}),
    el("td", {text: where}),
    markActors(e.evidence, [e.source_text, e.target_text]),
    el("td", {text: String(e.num_reports)}),
    el("td", {}, link));
}

async function loadEvents() {
  const body = await api("events", {...filters(), limit: PAGE, offset: state.offset});
  state.total = body.total;
  const tbody = $("#events tbody");
  tbody.replaceChildren(...body.events.map(eventRow));
  if (!body.events.length) tbody.append(el("tr", {}, el("td", {colspan: 8, text: "no events match the filters"})));
  $("#events-count").textContent = `(${body.total})`;
  const last = Math.min(state.offset + PAGE, body.total);
  $("#page").textContent = body.total ? `${state.offset + 1}–${last} of ${body.total}` : "0";
  $("#prev").disabled = state.offset === 0;
  $("#next").disabled = last >= body.total;
}

// ---- map -------------------------------------------------------------------------------------

const X = (lon) => lon + 180;
const Y = (lat) => 90 - lat;

function drawWorld(map, world) {
  const land = svg("g", {class: "land"});
  for (const [lat, runs] of world.rows) {
    for (const [west, east] of runs) {
      land.append(svg("rect", {x: X(west), y: Y(lat + world.cell), width: east - west + world.cell,
                               height: world.cell}));
    }
  }
  const grid = svg("g", {class: "grid"});
  for (let lon = -150; lon <= 150; lon += 30) grid.append(svg("line", {x1: X(lon), x2: X(lon), y1: 0, y2: 180}));
  for (let lat = -60; lat <= 60; lat += 30) grid.append(svg("line", {x1: 0, x2: 360, y1: Y(lat), y2: Y(lat)}));
  map.append(land, grid);
}

async function loadPlaces() {
  const map = $("#map");
  if (!state.world) state.world = await api("world");
  const body = await api("places", filters());
  map.replaceChildren();
  drawWorld(map, state.world);
  const dots = svg("g", {class: "places"});
  for (const p of body.places) {
    const circle = svg("circle", {cx: X(p.lon), cy: Y(p.lat), r: 1.6 + 1.4 * Math.sqrt(p.events),
                                  class: p.goldstein >= 0 ? "coop" : "conflict"});
    circle.append(svg("title", {}, `${p.name || "?"} (${p.country || "?"}): ${p.events} event(s), ` +
                                   `mean Goldstein ${p.goldstein}`));
    circle.addEventListener("click", () => zoomTo(p));
    dots.append(circle);
  }
  map.append(dots);
}

function zoomTo(place) {
  const f = (v) => Math.round(v * 100) / 100;
  const bbox = [f(Math.max(place.lon - 2, -180)), f(Math.max(place.lat - 2, -90)),
                f(Math.min(place.lon + 2, 180)), f(Math.min(place.lat + 2, 90))].join(",");
  $("#filters").elements.bbox.value = bbox;
  refresh();
}

// ---- dyad chart ------------------------------------------------------------------------------

async function loadDyad() {
  const form = Object.fromEntries(new FormData($("#dyad-form")));
  const chart = $("#chart");
  chart.replaceChildren();
  if (!form.a || !form.b) return;
  const body = await api("dyad", {a: form.a.trim(), b: form.b.trim(), by: form.by, factuality: form.factuality});
  drawChart(chart, body);
}

function drawChart(chart, body) {
  const W = 480, H = 240, left = 34, right = 34, top = 16, bottom = 44;
  const series = body.series;
  chart.append(svg("text", {x: left, y: 11}, `${body.a} ↔ ${body.b} by ${body.by}: ${series.length ? "" : "no events"}`));
  if (!series.length) return;
  const max = Math.max(1, ...series.map((s) => s.events));
  const plotW = W - left - right, plotH = H - top - bottom;
  const step = plotW / series.length, barW = Math.max(2, Math.min(40, step * 0.7));
  const yCount = (n) => top + plotH - (n / max) * plotH;
  const yGold = (g) => top + plotH / 2 - (g / 10) * (plotH / 2);
  chart.append(svg("line", {class: "axis", x1: left, x2: left, y1: top, y2: top + plotH}),
               svg("line", {class: "axis", x1: left, x2: W - right, y1: top + plotH, y2: top + plotH}),
               svg("line", {class: "axis", x1: W - right, x2: W - right, y1: top, y2: top + plotH}),
               svg("text", {x: 2, y: top + 8}, String(max)), svg("text", {x: 2, y: top + plotH}, "0"),
               svg("text", {x: W - right + 3, y: top + 8}, "+10"), svg("text", {x: W - right + 3, y: top + plotH}, "−10"),
               svg("text", {x: W - right + 3, y: yGold(0) + 3}, "0"));
  const points = [];
  series.forEach((s, i) => {
    const x = left + i * step + (step - barW) / 2;
    let base = 0;
    const group = svg("g", {class: "bar"});
    for (const q of [1, 2, 3, 4]) {
      const n = s[`quad${q}`];
      if (!n) continue;
      group.append(svg("rect", {class: `q${q}`, x, width: barW, y: yCount(base + n), height: yCount(base) - yCount(base + n)}));
      base += n;
    }
    group.append(svg("title", {}, `${s.period}: ${s.events} event(s) (${[1, 2, 3, 4].map((q) => s["quad" + q]).join("/")}` +
                                  ` by quad), mean Goldstein ${s.goldstein}; top codes ${s.top_codes || "–"}`));
    chart.append(group);
    points.push([x + barW / 2, yGold(s.goldstein)]);
    if (series.length <= 12 || i % Math.ceil(series.length / 12) === 0) {
      chart.append(svg("text", {x: x + barW / 2, y: top + plotH + 12, "text-anchor": "middle"}, s.period));
    }
  });
  chart.append(svg("polyline", {class: "goldstein", points: points.map((p) => p.join(",")).join(" ")}));
  for (const [x, y] of points) chart.append(svg("circle", {class: "gdot", cx: x, cy: y, r: 2.5}));
}

// ---- document view ---------------------------------------------------------------------------

async function openDocument(docId, eventId = null) {
  const body = await api(`documents/${encodeURIComponent(docId)}`);
  const doc = body.document;
  $("#doc-title").textContent = doc.title || doc.doc_id;
  $("#doc-meta").textContent = [doc.doc_id, doc.pub_date, doc.source, doc.url].filter(Boolean).join(" · ") +
    ` · ${body.events.length} event(s)`;
  const byId = Object.fromEntries(body.events.map((e) => [e.event_id, e]));
  const text = $("#doc-text");
  text.replaceChildren();
  let at = 0;
  for (const h of body.highlights) {
    text.append(doc.text.slice(at, h.start));
    const mark = el("mark", {text: doc.text.slice(h.start, h.end), "data-events": h.event_ids.join(" "),
                             title: h.event_ids.map((id) => describe(byId[id])).join("\n")});
    if (eventId && h.event_ids.includes(eventId)) mark.classList.add("focus");
    text.append(mark);
    at = h.end;
  }
  text.append(doc.text.slice(at));
  $("#doc-events").replaceChildren(...body.events.map((e) => el("li", {text: describe(e)})));
  const section = $("#document");
  section.hidden = false;
  section.scrollTop = 0;
  const focus = text.querySelector("mark.focus");
  if (focus) focus.scrollIntoView({block: "center"});
}

function describe(e) {
  if (!e) return "";
  return `${e.cameo} ${e.plover || ""}: ${e.source_code || "?"} → ${e.target_code || "?"}, ${e.factuality}` +
         (e.date ? `, ${e.date}` : "") + (e.location_name ? `, at ${e.location_name}` : "") + ` [${e.rule}]`;
}

// ---- wiring ----------------------------------------------------------------------------------

async function refresh() {
  showError("");
  const bbox = $("#filters").elements.bbox.value;
  const note = $("#bbox-note");
  note.hidden = !bbox;
  note.textContent = bbox ? `area ${bbox}` : "";
  try {
    await Promise.all([loadEvents(), loadPlaces()]);
  } catch (err) {
    showError(err.message);
  }
}

async function start() {
  try {
    const s = await api("summary");
    $("#summary").textContent = `${s.documents} documents · ${s.events} event reports · ${s.merged_events} events ` +
      `after cross-document dedup · ${s.first_day || "?"} to ${s.last_day || "?"}`;
    if (s.dyads.length) {
      const form = $("#dyad-form").elements;
      form.a.value = s.dyads[0].a;
      form.b.value = s.dyads[0].b;
      form.factuality.value = "any";
    }
  } catch (err) {
    showError(err.message);
  }
  $("#filters").addEventListener("submit", (ev) => { ev.preventDefault(); state.offset = 0; refresh(); });
  $("#reset").addEventListener("click", () => { $("#filters").reset(); $("#filters").elements.bbox.value = "";
                                               state.offset = 0; refresh(); });
  $("#prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); loadEvents(); });
  $("#next").addEventListener("click", () => { state.offset += PAGE; loadEvents(); });
  $("#dyad-form").addEventListener("submit", (ev) => { ev.preventDefault(); loadDyad().catch((e) => showError(e.message)); });
  $("#doc-close").addEventListener("click", () => { $("#document").hidden = true; });
  await Promise.all([refresh(), loadDyad().catch((e) => showError(e.message))]);
  const hash = new URLSearchParams(location.hash.slice(1));
  if (hash.get("doc")) openDocument(hash.get("doc"), hash.get("event")).catch((e) => showError(e.message));
  document.body.dataset.ready = "1";
}

start();
