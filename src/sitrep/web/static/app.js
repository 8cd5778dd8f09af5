/* sitrep's page: map, timeline, event list, incidents (the ledger's merged events), claim tracker,
 * article view, search.
 *
 * Article text and every other string from the API is untrusted: it reaches the page only through
 * textContent, DOM properties and attributes set by code, never parsed as HTML. Every number links
 * to the sentence it was read from (#/article/<id>/<start>/<end>).
 */
"use strict";

const TYPE_COLORS = {
  attack: "#d7301f", armed_clash: "#b30000", seize_territory: "#7a0177", retake_territory: "#c51b8a",
  deploy: "#2171b5", withdraw: "#6baed6", train: "#4292c6", aid: "#238b45", sanction: "#cc4c02",
  agreement: "#41ab5d", protest: "#fe9929", arrest: "#8c6bb1", abduction: "#88419d", statement: "#737373",
  other: "#969696",
};
const SERIES_COLORS = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"];
const SVG_NS = "http://www.w3.org/2000/svg";
// searchSeq and incidentsSeq number each request, so that only the latest one's answer draws
const state = { stats: null, filters: {}, listTab: "events", nextOffset: null, nextIncident: null, map: null,
  markers: null, admin1: null, subjects: null, searchSeq: 0, incidentsSeq: 0, eventsTotal: null };

/* ---------- small DOM helpers ---------- */

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children) append(node, child);
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children) append(node, child);
  return node;
}

function append(node, child) {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) child.forEach((c) => append(node, c));
  else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

function $(id) { return document.getElementById(id); }

function fmt(value) {
  if (value === null || value === undefined) return "";
  return typeof value === "number" ? value.toLocaleString("en-US") : String(value);
}

const PARTS_OF_DAY = { MO: "morning", MI: "midday", AF: "afternoon", EV: "evening", NI: "night", DT: "daytime" };

/** A TIMEX3 date as a reader writes it ("2024-11-02 night", "2025-05-31 08:02 UTC", "week 10 of
 * 2025"); other values as they are. */
function readableDate(value) {
  if (!value) return "";
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) return `week ${Number(week[2])} of ${week[1]}`;
  const part = /^(\d{4}-\d{2}-\d{2})T(MO|MI|AF|EV|NI|DT)$/.exec(value);
  if (part) return `${part[1]} ${PARTS_OF_DAY[part[2]]}`;
  const clock = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?(Z)?$/.exec(value);
  if (clock) return `${clock[1]} ${clock[2]}${clock[3] ? " UTC" : ""}`;
  return value;
}

function sentenceHref(articleId, start, end) {
  return `#/article/${encodeURIComponent(articleId)}/${Number(start)}/${Number(end)}`;
}

/** A number that links to the sentence it came from. */
function numberLink(value, articleId, start, end, label) {
  return el("a", { class: "num", href: sentenceHref(articleId, start, end), title: "open the sentence" },
    fmt(value), label ? " " + label : "");
}

async function api(path, options) {
  const response = await fetch(path, Object.assign({ headers: { Accept: "application/json" } }, options));
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

function showError(where, error) {
  clear(where).append(el("p", { class: "error", text: String(error.message || error) }));
}

/* ---------- tabs and routing ---------- */

function showTab(name) {
  if (name === "events" || name === "incidents") state.listTab = name;
  // the claim tracker's subjects are read when it is first opened: a large store's take a second;
  // a failed read is forgotten, so that opening the tab again tries again
  if (name === "claims" && !state.subjects) {
    state.subjects = loadSubjects().catch((error) => {
      state.subjects = null;
      showError($("claims-chart"), error);
    });
  }
  document.querySelectorAll(".tabs button").forEach((b) => {
    b.classList.toggle("active", b.dataset.tab === name);
    b.setAttribute("aria-selected", String(b.dataset.tab === name));
    b.tabIndex = b.dataset.tab === name ? 0 : -1; // Tab reaches the chosen tab; arrow keys the others
  });
  document.querySelectorAll(".panel").forEach((p) => p.classList.toggle("active", p.id === `panel-${name}`));
}

/** ArrowLeft and ArrowRight move to the tab beside the focused one, round the ends, and open it:
 * the keyboard pattern of a tab list, whose other tabs Tab skips. */
function moveBetweenTabs(event) {
  const step = { ArrowLeft: -1, ArrowRight: 1 }[event.key];
  if (!step) return;
  const tabs = [...document.querySelectorAll(".tabs button")].filter((b) => !b.hidden);
  const at = tabs.indexOf(document.activeElement);
  if (at < 0) return;
  const next = tabs[(at + step + tabs.length) % tabs.length];
  event.preventDefault();
  showTab(next.dataset.tab);
  next.focus();
}

/** On a narrow screen the panels sit below the map: once what the reader asked for (an event,
 * an article, search results, a filtered list) is drawn, scroll it into view. */
function revealPanels() {
  const tabs = document.querySelector(".tabs");
  if (window.matchMedia("(max-width: 900px)").matches && Math.abs(tabs.getBoundingClientRect().top) > 1)
    tabs.scrollIntoView({ block: "start" });
}

async function route() {
  const parts = location.hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
  if (parts[0] === "article" && parts[1]) {
    clear($("event-detail"));
    await openArticle(parts[1], parts[2] !== undefined ? [Number(parts[2]), Number(parts[3])] : null, []);
  } else if (parts[0] === "event" && parts[1] && parts[2] !== undefined) {
    await openEvent(parts[1], Number(parts[2]));
  } else if (parts[0] === "incident" && parts[1]) {
    await openIncident(parts[1]);
  } else {
    return;
  }
  revealPanels();
}

/* ---------- stats, filters ---------- */

async function loadStats() {
  const stats = await api("/api/stats");
  state.stats = stats;
  const c = stats.counts;
  $("stats").textContent = `${fmt(c.articles)} articles · ${fmt(c.events)} events · ${fmt(c.claims)} claims · ` +
    `${fmt(c.places)} place mentions`;
  const select = $("f-type");
  for (const type of stats.event_types) {
    const count = stats.events_by_type[type];
    select.append(el("option", { value: type }, type.replace(/_/g, " ") + (count ? ` (${count})` : "")));
  }
  $("tab-ingest").hidden = !stats.ingest;
  drawLegend(Object.keys(stats.events_by_type));
  drawTimeline(stats.events_by_day);
}

function readFilters() {
  const f = {};
  for (const name of ["type", "since", "until", "place", "actor", "source", "q"]) {
    const value = $(`f-${name}`).value.trim();
    if (value) f[name] = value;
  }
  if ($("f-bbox").checked && state.map) {
    const b = state.map.getBounds();
    const clamp = (v, m) => Math.max(-m, Math.min(m, v));
    f.bbox = [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)]
      .map((v) => v.toFixed(4)).join(",");
  }
  return f;
}

/** Filters apply to both lists; the reader comes back to the list they used last. */
async function applyFilters() {
  state.filters = readFilters();
  showTab(state.listTab);
  await Promise.all([loadEvents(0), loadIncidents(0)]);
  drawTimeline(state.stats ? state.stats.events_by_day : []);
  revealPanels();
}

/* ---------- events: list and map ---------- */

/** One page of a list from the API, or null with the error shown in the list and its count line
 * emptied, so that a failed page never leaves the last page's count standing. */
// `isLatest` tells whether the list still wants this request: an older request's error must not
// blank a list a later one has drawn.
async function listPage(path, list, countId, isLatest) {
  try {
    return await api(path);
  } catch (error) {
    if (isLatest()) {
      showError(list, error);
      $(countId).textContent = "";
    }
    return null;
  }
}

async function loadEvents(offset) {
  const params = new URLSearchParams(Object.assign({}, state.filters, { limit: 200, offset }));
  const list = $("events"), asked = state.filters;
  const page = await listPage(`/api/events?${params}`, list, "events-count", () => state.filters === asked);
  if (!page || state.filters !== asked) return; // filters changed meanwhile: their answer draws
  if (offset === 0) {
    clear(list);
    if (state.markers) state.markers.clearLayers();
  }
  page.items.forEach((event) => {
    list.append(eventItem(event));
    addMarker(event);
  });
  if (offset === 0) fitMapToEvents();
  state.nextOffset = page.next_offset;
  $("events-more").hidden = page.next_offset === null;
  const shown = list.querySelectorAll("li.event").length;
  if (offset === 0) state.eventsTotal = page.total;  // pages between give none (the API counts once)
  const total = page.total ?? state.eventsTotal ?? shown;
  const more = page.next_offset ? `, ${fmt(shown)} shown; the button below the list loads more` : "";
  const match = Object.keys(state.filters).length ? ` match${total === 1 ? "es" : ""}` : "";
  $("events-count").textContent = shown ? `${fmt(total)} event${total === 1 ? "" : "s"}${match}${more}` : noneMatch();
  list.dataset.loaded = String(Date.now());
}

/** The empty list's line: which filters left nothing, and the way back. */
function noneMatch() {
  const used = Object.entries(state.filters).map(([name, value]) => (name === "bbox" ? "in map view" : `${name} “${value}”`));
  return used.length ? `No events match ${used.join(", ")}; Clear shows every event.` : "No events stored yet.";
}

function eventTitle(event) {
  const what = event.type.replace(/_/g, " ");
  const where = event.place_name ? ` in ${event.place_name}` : "";
  return what + where;
}

const HEDGE_WORDS = { approximate: "about ", upper_bound: "up to ", lower_bound: "at least " };
// A vague toll is stored as the lower end of its word ("dozens" as 12), which no report gave
// (as sitrep.extract.numbers.VAGUE_WORDS).
const VAGUE_WORDS = { 12: "dozens", 20: "scores", 100: "hundreds", 1000: "thousands", 1000000: "millions",
  1000000000: "billions", 1000000000000: "trillions" };

/** A toll linking to its sentence, worded as reported: "at least 16", and "dozens" for a vague
 * one, so neither a floor nor a vague word reads as an exact count. */
function wordedToll(value, hedge, articleId, start, end, label) {
  const shown = (hedge === "vague" && VAGUE_WORDS[value]) || fmt(value);
  const link = el("a", { class: "num", href: sentenceHref(articleId, start, end), title: "open the sentence" },
    shown, label ? " " + label : "");
  return HEDGE_WORDS[hedge] ? el("span", {}, HEDGE_WORDS[hedge], link) : link;
}

/** Killed and injured, each linking to its sentence and worded as reported (`wordedToll`). */
function casualtyLinks(event) {
  const bits = [];
  for (const name of ["killed", "injured"]) {
    if (event[name] === null || event[name] === undefined) continue;
    bits.push(wordedToll(event[name], event[`${name}_hedge`], event.article_id, event.start, event.end, name));
  }
  return bits.length ? el("span", { class: "casualties" }, bits.flatMap((b, i) => (i ? [", ", b] : [b]))) : null;
}

/** When an event happened; an undated one says it was reported that day, so that background
 * told without a date never reads as that day's news. */
function eventWhen(event) {
  if (event.date) return el("span", { class: "date", title: event.date }, readableDate(event.date));
  return el("span", { class: "date undated", title: "the report gives no date for this event" },
    event.published ? `undated · reported ${String(event.published).slice(0, 10)}` : "undated");
}

/** Who did it to whom, how many were hurt and according to whom, for a list row or a map popup. */
function eventFacts(event) {
  return [
    event.actor ? el("span", {}, event.actor, event.target ? ` → ${event.target}` : "") : null,
    casualtyLinks(event),
    event.sources && event.sources.length ? el("span", { class: "sources" }, "per ", event.sources.join(", ")) : null,
  ].filter(Boolean).flatMap((part, i) => (i ? [" · ", part] : [part]));
}

function eventItem(event) {
  const href = `#/event/${encodeURIComponent(event.article_id)}/${event.idx}`;
  return el("li", { class: "event", dataset: { type: event.type } },
    el("div", { class: "event-head" },
      el("span", { class: `badge type-${event.type}` }, event.type.replace(/_/g, " ")),
      el("a", { class: "open-event", href }, eventTitle(event)),
      eventWhen(event)),
    el("div", { class: "event-meta" }, eventFacts(event)),
    el("p", { class: "sentence" }, event.sentence || ""),
    el("div", { class: "event-source muted" }, event.outlet || "", event.title ? ` — ${event.title}` : ""));
}

/* ---------- incidents: the ledger's canonical events, one per real-world event ---------- */

// the filters /api/timeline takes; source, words and map view narrow the event list only
const INCIDENT_FILTERS = ["type", "since", "until", "place", "actor"];

async function loadIncidents(offset) {
  const wanted = Object.fromEntries(Object.entries(state.filters).filter(([k]) => INCIDENT_FILTERS.includes(k)));
  const background = $("incidents-background").checked;
  const params = new URLSearchParams(Object.assign(wanted, { order: "newest", limit: 200, offset, background }));
  const list = $("incidents"), ask = ++state.incidentsSeq;
  const page = await listPage(`/api/timeline?${params}`, list, "incidents-count", () => ask === state.incidentsSeq);
  if (!page || ask !== state.incidentsSeq) return; // filters or background changed meanwhile
  if (offset === 0) clear(list);
  page.items.forEach((incident) => list.append(incidentItem(incident)));
  state.nextIncident = page.next_offset;
  $("incidents-more").hidden = page.next_offset === null;
  const shown = list.querySelectorAll("li.incident").length;
  const ignored = Object.keys(state.filters).filter((k) => !INCIDENT_FILTERS.includes(k));
  $("incidents-count").textContent = !shown
    ? "No incidents match. sitrep ledger merges the stored reports into incidents."
    : `${shown} incident${shown === 1 ? "" : "s"}, newest first${background ? ", background included" : ""}` +
      (page.next_offset ? "; the button below the list loads more" : "") +
      (ignored.length ? ` (the ${ignored.join(", ")} filter applies to the event list only)` : "");
  list.dataset.loaded = String(Date.now());
}

/** "12 killed", "dozens killed", or "12–16 killed" flagged when the reports disagree on the
 * toll; worded as the reports put it (`killed_worded`), the numbers only for a store whose
 * ledger predates that. */
function tollSpread(incident, name) {
  const low = incident[`${name}_min`], high = incident[`${name}_max`];
  if (low === null || low === undefined) return null;
  const worded = incident[`${name}_worded`] || (low === high ? fmt(low) : `${fmt(low)}–${fmt(high)}`);
  if (!worded.includes("–")) return el("span", {}, `${worded} ${name}`);
  return el("span", { class: "disagree", title: "the reports disagree on this toll" }, `⚠ ${worded} ${name}`);
}

function incidentDate(incident) {
  if (incident.date) return readableDate(incident.date);
  if (!incident.date_start) return "undated";
  return incident.date_start === incident.date_end ? incident.date_start : `${incident.date_start} – ${incident.date_end}`;
}

function incidentItem(incident) {
  const tolls = ["killed", "injured"].map((name) => tollSpread(incident, name)).filter(Boolean);
  const reports = `${incident.reports} report${incident.reports === 1 ? "" : "s"} in ` +
    `${incident.articles} article${incident.articles === 1 ? "" : "s"}`;
  return el("li", { class: incident.background ? "event incident background" : "event incident", dataset: { type: incident.type, id: incident.id } },
    el("div", { class: "event-head" },
      el("span", { class: `badge type-${incident.type}` }, incident.type.replace(/_/g, " ")),
      el("a", { class: "open-event", href: `#/incident/${encodeURIComponent(incident.id)}` }, eventTitle(incident)),
      el("span", { class: "date", title: incident.date || "" }, incidentDate(incident),
        incident.background ? " · background" : "")),
    el("div", { class: "event-meta" }, [
      incident.actor ? el("span", {}, incident.actor, incident.target ? ` → ${incident.target}` : "") : null,
      tolls.length ? el("span", { class: "casualties" }, tolls.flatMap((t, i) => (i ? [", ", t] : [t]))) : null,
      el("span", { class: "muted" }, reports),
      (incident.outlets || []).length ? el("span", { class: "muted" }, incident.outlets.join(", ")) : null,
    ].filter(Boolean).flatMap((part, i) => (i ? [" · ", part] : [part]))));
}

/** A report's toll as it was worded ("at least 16"), flagged where other reports differ. */
function reportToll(report, name, values) {
  if (report[name] === null || report[name] === undefined) return "";
  const worded = wordedToll(report[name], report[`${name}_hedge`], report.article_id, report.start, report.end);
  return values.size > 1 ? el("span", { class: "disagree", title: "other reports give another toll" }, "⚠ ", worded) : worded;
}

async function openIncident(id) {
  showTab("article");
  const box = clear($("event-detail"));
  let incident;
  try {
    incident = await api(`/api/timeline/${encodeURIComponent(id)}`);
  } catch (error) {
    showError(box, error);
    return;
  }
  const reports = incident.versions;
  const values = (name) => new Set(reports.map((r) => r[name]).filter((v) => v !== null && v !== undefined));
  const killed = values("killed"), injured = values("injured");
  const rows = [
    ["Type", incident.type.replace(/_/g, " ")],
    ["Date", incidentDate(incident)],
    ["Place", [incident.place_name, incident.admin1, incident.country].filter(Boolean).join(", ")],
    ["Actor", [incident.actor, incident.target].filter(Boolean).join(" → ")],
    ["Casualties", [tollSpread(incident, "killed"), tollSpread(incident, "injured")].filter(Boolean)
      .flatMap((t, i) => (i ? [", ", t] : [t]))],
    ["Sources", (incident.sources || []).join(", ")],
    ["Reported", [incident.first_published, incident.last_published].filter(Boolean)
      .filter((d, i, all) => all.indexOf(d) === i).join(" – ")],
  ];
  const table = el("table", { class: "claims-table reports" },
    el("thead", {}, el("tr", {}, ["Published", "Outlet", "Killed", "Injured", "Per", "Report"].map((h) => el("th", {}, h)))),
    el("tbody", {}, reports.map((r) => el("tr", { class: r.role },
      el("td", { class: "day" }, r.published || ""),
      el("td", {}, r.outlet || ""),
      el("td", { class: "toll" }, reportToll(r, "killed", killed)),
      el("td", { class: "toll" }, reportToll(r, "injured", injured)),
      el("td", {}, (r.sources || []).join(", ")),
      el("td", {}, el("a", { href: `#/event/${encodeURIComponent(r.article_id)}/${r.idx}`, title: r.title || "" },
        r.sentence || "(open)"), r.role === "duplicate" ? el("span", { class: "muted" }, " (restated)") : null)))));
  box.append(el("div", { class: "event-card", id: "event-card", dataset: { incident: incident.id } },
    el("h2", {}, eventTitle(incident)),
    el("dl", {}, rows.filter(([, v]) => v && v.length !== 0).map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)])),
    el("h3", {}, `Reports (${reports.length})`), table));
  const latest = reports.filter((r) => r.role === "report").pop() || reports[reports.length - 1];
  if (latest) await openArticle(latest.article_id, [latest.start, latest.end], [], true);
  if (state.map && incident.lat !== null) state.map.setView([incident.lat, incident.lon], Math.max(state.map.getZoom(), 6));
}

function markerRadius(event) {
  const hurt = (event.killed || 0) + (event.injured || 0);
  return Math.min(28, 5 + 3 * Math.sqrt(hurt));
}

function addMarker(event) {
  if (!state.markers || event.lat === null || event.lon === null) return;
  const color = TYPE_COLORS[event.type] || TYPE_COLORS.other;
  const marker = L.circleMarker([event.lat, event.lon], {
    radius: markerRadius(event), color, weight: 1, fillColor: color, fillOpacity: 0.55,
    className: `marker type-${event.type}`,
  });
  marker.bindPopup(() => el("div", { class: "popup" },
    el("strong", {}, eventTitle(event)), el("br"), eventWhen(event), el("br"),
    el("span", { class: "event-meta" }, eventFacts(event)), el("br"),
    el("a", { href: `#/event/${encodeURIComponent(event.article_id)}/${event.idx}` }, "open event")));
  state.markers.addLayer(marker);
}

/* A corpus may be about any region: show where its events are, not a fixed corner of the world.
   With "in map view" the reader chose the view, so it stays. */
function fitMapToEvents() {
  if (!state.map || !state.markers || state.filters.bbox || !state.markers.getLayers().length) return;
  // The list and legend drawn beside the map may have just changed its size: measure it first.
  state.map.invalidateSize({ pan: false });
  state.map.fitBounds(state.markers.getBounds().pad(0.1), { maxZoom: 7, animate: false });
}

function drawLegend(types) {
  const legend = clear($("legend"));
  for (const type of types) {
    legend.append(el("span", { class: "legend-item" },
      el("span", { class: `swatch type-${type}` }), type.replace(/_/g, " ")));
  }
  legend.append(el("span", { class: "muted" }, " · size: killed + injured"));
}

/** The map and its marker layer at once; the outlines load beside the events (the promise
 * returned), so that the events do not wait for megabytes of coastline. */
function initMap() {
  if (typeof L === "undefined") return Promise.resolve();
  const map = L.map("map", { worldCopyJump: true, minZoom: 2, maxZoom: 12, attributionControl: true })
    .setView([48.5, 33], 5);
  map.attributionControl.setPrefix("");
  map.attributionControl.addAttribution("Outlines: Natural Earth");
  state.map = map;
  map.createPane("basemap").style.zIndex = 250;
  state.markers = L.featureGroup().addTo(map);
  return loadBasemap(map);
}

async function loadBasemap(map) {
  try {
    const topo = await api("/static/vendor/basemap/countries-50m.json");
    const countries = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(countries, { pane: "basemap", interactive: false,
      style: { color: "#8a8f98", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map);
    map.getContainer().dataset.basemap = "countries";
  } catch (error) {
    console.warn("basemap:", error);
  }
  const showAdmin1 = async () => {
    if (map.getZoom() < 4) {
      if (state.admin1) map.removeLayer(state.admin1);
      return;
    }
    if (!state.admin1) {
      const data = await api("/static/vendor/basemap/admin1-ne10m-simplified.json");
      state.admin1 = L.geoJSON(data, { pane: "basemap", interactive: false,
        style: { color: "#b7bcc4", weight: 0.6, fill: false, dashArray: "2 3" } });
    }
    if (!map.hasLayer(state.admin1)) state.admin1.addTo(map);
    map.getContainer().dataset.admin1 = "shown";
  };
  map.on("zoomend", showAdmin1);
  showAdmin1();
}

/* ---------- timeline ---------- */

function drawTimeline(days) {
  const box = clear($("timeline"));
  if (!days || !days.length) {
    box.append(el("p", { class: "muted" }, "No dated events."));
    return;
  }
  const width = 560, height = 110, pad = 24;
  const first = Date.parse(days[0].date), last = Date.parse(days[days.length - 1].date);
  const span = Math.max(last - first, 86400000);
  const totals = days.map((d) => Object.values(d.types).reduce((a, b) => a + b, 0));
  const max = Math.max(...totals);
  const barWidth = Math.max(2, Math.min(14, (width - 2 * pad) / Math.max(days.length, span / 86400000 + 1)));
  const x = (date) => pad + ((Date.parse(date) - first) / span) * (width - 2 * pad - barWidth);
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "timeline-svg", role: "img" });
  const { since, until } = state.filters;
  days.forEach((day, i) => {
    let y = height - pad;
    const inRange = (!since || day.date >= since) && (!until || day.date <= until);
    // a day is a button for the keyboard too: Tab reaches it, Enter or Space filters
    const group = svg("g", { class: "day" + (inRange ? "" : " out"), "data-date": day.date, tabindex: 0,
      role: "button", "aria-label": `show the events of ${day.date}`, onclick: () => filterDay(day.date),
      onkeydown: (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); filterDay(day.date); } } });
    for (const [type, count] of Object.entries(day.types)) {
      const h = (count / max) * (height - 2 * pad);
      y -= h;
      group.append(svg("rect", { x: x(day.date), y, width: barWidth, height: h, fill: TYPE_COLORS[type] || "#999" }));
    }
    const undated = day.undated ? `, ${day.undated} of them undated (counted on the day they were reported)` : "";
    group.append(svg("title", { text: `${day.date}: ${totals[i]} event${totals[i] === 1 ? "" : "s"}${undated}` }));
    chart.append(group);
  });
  chart.append(svg("line", { x1: pad, x2: width - pad, y1: height - pad, y2: height - pad, class: "axis" }));
  chart.append(svg("text", { x: pad, y: height - 6, class: "tick", text: days[0].date }));
  chart.append(svg("text", { x: width - pad, y: height - 6, class: "tick", "text-anchor": "end",
    text: days[days.length - 1].date }));
  chart.append(svg("text", { x: pad, y: pad - 8, class: "tick", text: `max ${max}/day` }));
  box.append(chart);
}

function filterDay(date) {
  $("f-since").value = date;
  $("f-until").value = date;
  applyFilters();
}

/* ---------- one event, one article ---------- */

async function openEvent(articleId, idx) {
  showTab("article");
  const box = clear($("event-detail"));
  let event;
  try {
    event = await api(`/api/events/${encodeURIComponent(articleId)}/${idx}`);
  } catch (error) {
    showError(box, error);
    return;
  }
  const rows = [
    ["Type", event.type.replace(/_/g, " ") + (event.acled ? ` (${event.acled})` : "")],
    ["Date", readableDate(event.date) || `published ${event.published}`],
    ["Place", [event.place_name, event.admin1, event.country].filter(Boolean).join(", ") +
      (event.lat !== null ? ` (${event.lat.toFixed(2)}, ${event.lon.toFixed(2)})` : "")],
    ["Actor", [event.actor, event.target].filter(Boolean).join(" → ")],
    ["Casualties", casualtyLinks(event)],
    ["Weapon", (event.weapon || []).join(", ")],
    ["Modality", event.modality],
    ["Evidence", el("span", {}, event.sentence || "", " ",
      el("button", { type: "button", class: "to-evidence", onclick: scrollToEvidence }, "show in the article"))],
  ];
  const evidence = event.evidence.attributions.map((a) => el("li", {},
    el("span", { class: "ann-source" }, a.source.name || a.source.text), ` (${a.source.kind.replace(/_/g, " ")})`,
    a.cue ? ` ${a.cue.text}: ` : ": ",
    el("a", { href: sentenceHref(event.article_id, a.claim.start, a.claim.end) }, a.claim_text)));
  const numbers = event.evidence.quantities.map((q) => el("li", {},
    numberLink(q.value, event.article_id, q.start, q.end, q.unit || ""), q.measure ? ` (${q.measure}, ${q.hedge})` : ""));
  const versions = event.versions.map((v) => el("li", {}, `pipeline ${v.pipeline_version}`,
    v.current ? " (current)" : "", `: ${v.events.map((e) => e.type.replace(/_/g, " ") + (e.killed !== null ? `, ${fmt(e.killed)} killed` : "")).join("; ") || "not found"}`));
  box.append(el("div", { class: "event-card", id: "event-card" },
    el("h2", {}, eventTitle(event)),
    el("dl", {}, rows.filter(([, v]) => v).map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)])),
    evidence.length ? [el("h3", {}, "Sources"), el("ul", {}, evidence)] : null,
    numbers.length ? [el("h3", {}, "Numbers"), el("ul", {}, numbers)] : null,
    el("h3", {}, "Versions"), el("ul", { class: "versions" }, versions)));
  const claims = event.evidence.attributions.flatMap(claimParts);
  const article = await openArticle(event.article_id, [event.start, event.end], claims, true);
  if (!state.map) return;
  if (event.lat !== null) state.map.setView([event.lat, event.lon], Math.max(state.map.getZoom(), 6));
  else if (article) followOnMap(article);  // an event with no place: where its article is about
}

/** The article with its findings marked, `highlight` its focus; the article, or null when it cannot be read. */
async function openArticle(articleId, highlight, claims, keepDetail) {
  showTab("article");
  const head = clear($("article-head"));
  const body = clear($("article-text"));
  if (!keepDetail) clear($("event-detail"));
  let article;
  try {
    article = await api(`/api/articles/${encodeURIComponent(articleId)}`);
  } catch (error) {
    showError(body, error);
    return null;
  }
  head.append(el("h2", { id: "article-title" }, article.title || "(untitled)"),
    el("p", { class: "muted" }, [article.outlet, article.published, `pipeline ${article.pipeline_version}`]
      .filter(Boolean).join(" · "), " ",
      article.url && /^https?:\/\//i.test(article.url) ? el("a", { href: article.url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original") : null));
  renderAnnotated(body, article, highlight, claims || []);
  body.dataset.article = article.id;
  if (keepDetail) {
    $("panel-article").scrollTop = 0;  // the card the reader opened stays in view; it links to the sentence
  } else {
    scrollToEvidence();
    followOnMap(article);
  }
  return article;
}

/** The highlighted sentence a third of the way down the article panel. */
function scrollToEvidence() {
  const mark = $("article-text").querySelector(".focus") || $("article-text").querySelector(".evidence");
  if (!mark) return;
  const panel = $("panel-article");
  const top = mark.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
  panel.scrollTop = Math.max(0, top - panel.clientHeight / 3);
}

/** Where an article's events happened (else the places it names), as [lat, lon] pairs. */
function articlePoints(article) {
  const located = (p) => p && typeof p.lat === "number" && typeof p.lon === "number";
  const findings = article.findings || {};
  const events = (findings.events || []).map((e) => e.place).filter(located);
  const places = (findings.places || []).filter((p) => p.role !== "actor" && located(p));
  return (events.length ? events : places).map((p) => [p.lat, p.lon]);
}

/* An article opened from search or a link shows on the map where it is about; with "in map view"
   the reader chose the view, so it stays. */
function followOnMap(article) {
  const points = articlePoints(article);
  if (!state.map || state.filters.bbox || !points.length) return;
  state.map.invalidateSize({ pan: false });
  state.map.fitBounds(L.latLngBounds(points).pad(0.2), { maxZoom: 7, animate: false });
}

/** Annotations of an article as [start, end, class, tooltip] from its findings. */
function annotations(article) {
  const f = article.findings, out = [];
  for (const p of f.places || []) {
    const where = [p.name, p.admin1, p.country].filter(Boolean).join(", ");
    const coords = p.lat !== null && p.lat !== undefined ? ` (${p.lat.toFixed(3)}, ${p.lon.toFixed(3)})` : "";
    out.push([p.start, p.end, "ann-place", `Place: ${where || "unresolved"}${coords}${p.role === "actor" ? " — as an actor" : ""}`]);
  }
  for (const t of f.times || [])
    out.push([t.start, t.end, "ann-time", t.anchored
      ? `Date: ${t.anchored} (${t.value} counted from the day the story is about)`
      : `Date: ${t.value || "unresolved"} (${t.kind})`]);
  for (const q of f.quantities || []) {
    const range = q.low !== null && q.high !== null && q.low !== undefined ? ` [${fmt(q.low)}–${fmt(q.high)}]` : "";
    out.push([q.start, q.end, "ann-num", `Number: ${fmt(q.value)}${range} ${q.unit || ""}` +
      `${q.measure ? " · " + q.measure : ""} · ${q.hedge}${q.change ? " · " + q.change : ""}`]);
  }
  for (const a of f.attributions || []) {
    if (a.source.start === null || a.source.start === undefined) continue;
    out.push([a.source.start, a.source.end, "ann-source",
      `Source: ${a.source.name || a.source.text} (${a.source.kind.replace(/_/g, " ")})` +
      `${a.cue ? " · " + a.cue.text : ""} · ${a.certainty}${a.date ? " · " + readableDate(a.date) : ""}`]);
  }
  for (const s of f.spans || []) out.push([s.start, s.end, "ann-furniture", `Page furniture: ${s.kind}`]);
  return out.filter((a) => a[1] > a[0]);
}

/** Where the sentence holding [start, end) begins and ends (the rule the store uses). */
function sentenceBounds(text, start, end) {
  const boundary = /(?<=[.!?\u201d"])\s+(?=[\u201c"A-Z0-9])|\n/g;
  let left = 0, right = text.length, match;
  while ((match = boundary.exec(text)) !== null) {
    if (match.index + match[0].length <= start) left = match.index + match[0].length;
    else if (match.index >= end) { right = match.index; break; }
    if (match[0].length === 0) boundary.lastIndex++;
  }
  while (left < right && /\s/.test(text[left])) left++;
  while (right > left && /\s/.test(text[right - 1])) right--;
  return [left, right];
}

/** What a claim says, as [start, end] pairs: its parts, so that the reporting clause that
    interrupts a quote ("“A,” she said. “B.”") is not marked as said (older stores: the claim). */
function claimParts(a) {
  return (a.parts && a.parts.length ? a.parts : [a.claim]).map((p) => [p.start, p.end]);
}

/** The text as DOM nodes: the focus's sentence in one <mark>, findings as spans with tooltips. */
function renderAnnotated(target, article, focus, claims) {
  const text = article.text;
  const anns = annotations(article);
  for (const [s, e] of claims) anns.push([s, e, "ann-claim", "Claim attributed to a source"]);
  const blocks = [];
  if (focus && focus[1] > focus[0] && focus[1] <= text.length) {
    anns.push([focus[0], focus[1], "focus", null]);
    const [left, right] = sentenceBounds(text, focus[0], focus[1]);
    blocks.push([0, left, false], [left, right, true], [right, text.length, false]);
  } else {
    blocks.push([0, text.length, false]);
  }
  for (const [start, end, isEvidence] of blocks) {
    if (end <= start) continue;
    const holder = isEvidence ? el("mark", { class: "evidence", id: "evidence" }) : document.createDocumentFragment();
    appendSegments(holder, text, start, end, anns);
    target.append(holder);
  }
}

function appendSegments(holder, text, start, end, anns) {
  const inside = anns.filter(([s, e]) => s < end && e > start);
  const cuts = new Set([start, end]);
  for (const [s, e] of inside) {
    if (s > start) cuts.add(s);
    if (e < end) cuts.add(e);
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = inside.filter(([s, e]) => s <= a && e >= b);
    const piece = text.slice(a, b);
    if (!covering.length) {
      holder.append(document.createTextNode(piece));
      continue;
    }
    const tips = covering.map((c) => c[3]).filter(Boolean);
    holder.append(el("span", {
      class: covering.map((c) => c[2]).join(" "),
      dataset: tips.length ? { tip: tips.join("\n"), start: a, end: b } : { start: a, end: b },
    }, piece));
  }
}

/* ---------- tooltip ---------- */

function initTooltip() {
  const tip = $("tip");
  document.addEventListener("mouseover", (event) => {
    const target = event.target instanceof Element ? event.target.closest("[data-tip]") : null;
    if (!target) {
      tip.hidden = true;
      return;
    }
    tip.textContent = target.dataset.tip;
    tip.hidden = false;
    const box = target.getBoundingClientRect();
    tip.style.left = `${Math.min(window.innerWidth - 320, box.left + window.scrollX)}px`;
    tip.style.top = `${box.bottom + window.scrollY + 6}px`;
  });
}

/* ---------- claim tracker ---------- */

async function loadSubjects() {
  const select = clear($("subject"));
  const { items } = await api("/api/claims/tracker");
  for (const s of items) {
    const disputes = s.n_contradictions ? ` · ⚠ ${s.n_contradictions} contradiction${s.n_contradictions > 1 ? "s" : ""}` : "";
    select.append(el("option", { value: s.id }, `${s.label} (${s.n_values})${disputes}`));
  }
  if (items.length) await loadClaims();
  else $("claims-chart").append(el("p", { class: "muted" },
    "No claim histories yet: sitrep ledger builds them from the stored articles."));
}

async function loadClaims() {
  const id = $("subject").value;
  const subject = await api(`/api/claims/tracker/${encodeURIComponent(id)}`);
  if ($("subject").value !== id) return; // the reader chose another claim meanwhile: its answer draws
  drawClaims(subject.series, subject.unit);
  drawDisputes(subject.contradictions);
  drawBeside(subject.beside || []);
}

/** The other histories of this measure at this place, each with its latest value: a siege's
    running toll beside one shelling's toll, kept apart but read side by side. */
function drawBeside(beside) {
  let list = $("claims-beside");
  if (!list) {
    list = el("ul", { id: "claims-beside", class: "beside" });
    $("claims-disputes").after(list);
  }
  clear(list);
  if (beside.length) list.append(el("li", { class: "muted" }, "Also counted at this place:"));
  for (const s of beside) {
    const open = el("a", { href: "#", class: "subject" }, s.label);
    open.addEventListener("click", (e) => { e.preventDefault(); showSubject(s); });
    const last = s.latest;
    const worded = last ? (HEDGE_WORDS[last.hedge] || "") + ((last.hedge === "vague" && VAGUE_WORDS[shown(last)]) || fmt(shown(last))) : "";
    const latest = last ? ` — latest ${worded} (${last.as_of || last.published || "?"})` : "";
    list.append(el("li", {}, open, ` (${s.n_values})${latest}`));
  }
}

/** Switches the tracker to a subject, adding it to the list when the list left it out. */
function showSubject(s) {
  const select = $("subject");
  if (![...select.options].some((o) => o.value === s.id))
    select.append(el("option", { value: s.id }, `${s.label} (${s.n_values})`));
  select.value = s.id;
  loadClaims();
}

/** The contradictions of the subject shown: what each source said, in words. */
function drawDisputes(contradictions) {
  const list = clear($("claims-disputes"));
  for (const c of contradictions) list.append(el("li", {}, `⚠ ${c.reason}`));
}

/** The value a point stands at: a range or bound without a single value sits at its bound. */
function shown(p) {
  return p.value ?? p.high ?? p.low;
}

/** The values a point allows, given its hedge (as sitrep.link.records.hedged_interval):
    "about 20,000" 16,000 to 24,000, "at least 30" from 30 up (null: no ceiling), "up to" from 0. */
function allowed(p) {
  const v = shown(p);
  if (p.hedge === "range" && p.low !== null && p.high !== null) return [p.low, p.high];
  if (p.hedge === "approximate") return [v * 0.8, v * 1.2];
  if (p.hedge === "lower_bound") return [v, null];
  if (p.hedge === "upper_bound") return [0, v];
  if (p.hedge === "vague") return [v, v * 10]; // "dozens", stored as 12: 12 to 120
  return [v, v];
}

/** The smallest step of 1, 2 or 5 times a power of ten that is at least `raw`: a value axis
 * reads 0, 10, 20, 30, 40 as a paper's chart does, not 0, 12, 24, 35, 47. */
function roundStep(raw) {
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw);
}

function drawClaims(series, unit) {
  const box = clear($("claims-chart"));
  const table = clear($("claims-table"));
  const points = series.flatMap((s) => s.points);
  if (!points.length) {
    box.append(el("p", { class: "muted" }, "No values."));
    return;
  }
  const width = 560, height = 260, left = 64, right = 16, top = 16, bottom = 40;
  const times = points.map((p) => Date.parse(p.as_of || p.published || "1970-01-01"));
  const t0 = Math.min(...times), t1 = Math.max(...times, t0 + 86400000);
  const values = points.flatMap((p) => allowed(p).filter((v) => v !== null && v !== undefined));
  const highest = Math.max(0, ...values) * 1.05 || 1; // no drawable value: an axis from 0 to 1
  const step = roundStep(highest / 4), ticks = Math.ceil(highest / step), v1 = step * ticks;
  const x = (p) => left + ((Date.parse(p.as_of || p.published || "1970-01-01") - t0) / (t1 - t0)) * (width - left - right);
  const y = (v) => height - bottom - (v / v1) * (height - top - bottom);
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "claims-svg", role: "img" });
  for (let i = 0; i <= ticks; i++) {
    const v = Number((step * i).toPrecision(6));
    chart.append(svg("line", { x1: left, x2: width - right, y1: y(v), y2: y(v), class: "grid" }),
      svg("text", { x: left - 6, y: y(v) + 4, class: "tick", "text-anchor": "end", text: fmt(v) }));
  }
  chart.append(svg("text", { x: left, y: height - 10, class: "tick", text: new Date(t0).toISOString().slice(0, 10) }),
    svg("text", { x: width - right, y: height - 10, class: "tick", "text-anchor": "end",
      text: new Date(t1).toISOString().slice(0, 10) }));
  series.forEach((s, i) => {
    const color = SERIES_COLORS[i % SERIES_COLORS.length];
    const sorted = [...s.points].sort((a, b) => x(a) - x(b));
    if (sorted.length > 1)
      chart.append(svg("polyline", { points: sorted.map((p) => `${x(p)},${y(shown(p))}`).join(" "),
        fill: "none", stroke: color, "stroke-width": 2 }));
    for (const p of sorted) {
      const link = svg("a", { href: sentenceHref(p.article_id, p.start, p.end), class: "point" });
      // the hedge as the interval of values the report allows; an open bound runs to the top
      const [low, high] = allowed(p);
      if (low !== high)
        link.append(svg("line", { x1: x(p), x2: x(p), y1: y(low), y2: high === null ? top : y(high),
          stroke: color, class: high === null ? "hedge open" : "hedge" }));
      link.append(svg("circle", { cx: x(p), cy: y(shown(p)), r: 5, fill: color, class: p.disputed ? "disputed" : "" }),
        svg("title", { text: `${s.source}: ${fmt(shown(p))} ${unit || ""} (${p.hedge}), as of ${p.as_of || "?"}, published ${p.published}` +
          `${p.disputed ? " — contradicted" : ""} — ${p.title || ""}` }));
      chart.append(link);
    }
  });
  box.append(chart);
  // "As of" is the day the chart plots a value on; "Published" the day its report came out
  table.append(el("thead", {}, el("tr", {}, ["Source", "As of", "Published", "Value", "As written", "Outlet", ""].map((h) => el("th", {}, h)))));
  const tbody = el("tbody");
  series.forEach((s, i) => {
    for (const p of s.points) {
      tbody.append(el("tr", {},
        el("td", {}, el("span", { class: "swatch", dataset: { series: i } }), s.source),
        el("td", { class: "day" }, p.as_of || ""),
        el("td", { class: "day" }, p.published || ""),
        el("td", {}, wordedToll(shown(p), p.hedge, p.article_id, p.start, p.end, unit || ""),
          p.given_place ? ` in ${p.given_place}` : ""),
        el("td", {}, p.text),
        el("td", {}, p.outlet || ""),
        el("td", { class: "disputed" }, [p.disputed ? "⚠ contradicted" : "",
          p.correction ? "↺ corrected by its source" : ""].filter(Boolean).join(" · "))));
    }
  });
  table.append(tbody);
  table.querySelectorAll(".swatch[data-series]").forEach((sw) => {
    sw.style.background = SERIES_COLORS[Number(sw.dataset.series) % SERIES_COLORS.length];
  });
}

/* ---------- search and ingest ---------- */

async function search(q) {
  showTab("search");
  const list = clear($("search-results"));
  const count = $("search-count");
  count.textContent = "";
  const ask = ++state.searchSeq;
  if (!q) return;
  let page;
  try {
    page = await api(`/api/search?${new URLSearchParams({ q, limit: 50 })}`);
  } catch (error) {
    if (ask === state.searchSeq) showError(list, error);
    return;
  }
  if (ask !== state.searchSeq) return; // the reader searched again meanwhile: that answer draws
  const n = page.items.length;
  count.textContent = !n
    ? `Nothing found for “${q}”: an article must have every word; fewer words may find more.`
    : `${n} article${n === 1 ? "" : "s"} for “${q}”, best first${page.next_offset === null ? "" : " (the 50 best of more)"}`;
  for (const hit of page.items) {
    list.append(el("li", { class: "result" },
      el("a", { href: `#/article/${encodeURIComponent(hit.id)}` }, hit.title || "(untitled)"),
      el("span", { class: "muted" }, ` ${hit.outlet || ""} ${hit.published || ""}`),
      el("p", { class: "snippet" }, snippetNodes(hit.snippet || ""))));
  }
  revealPanels();
}

/** FTS snippets mark hits with [ and ]; shown as <mark> without ever parsing HTML. */
function snippetNodes(snippet) {
  return snippet.split(/(\[[^\]]*\])/).map((part) =>
    part.startsWith("[") && part.endsWith("]") ? el("mark", {}, part.slice(1, -1)) : part);
}

async function ingest(form) {
  const status = $("ingest-status");
  const data = Object.fromEntries(new FormData(form).entries());
  for (const key of Object.keys(data)) if (!data[key]) delete data[key];
  status.textContent = "Reading…";
  try {
    const result = await api("/api/articles", { method: "POST", body: JSON.stringify(data),
      headers: { "Content-Type": "application/json", Accept: "application/json" } });
    status.textContent = `${result.stored ? "Stored" : "Already stored"}: ${result.events} events.`;
    location.hash = `#/article/${encodeURIComponent(result.id)}`;
    loadEvents(0);
  } catch (error) {
    status.textContent = `Refused: ${error.message}`;
  }
}

/* ---------- start ---------- */

function wire() {
  document.querySelectorAll(".tabs button").forEach((b) => b.addEventListener("click", () => showTab(b.dataset.tab)));
  document.querySelector(".tabs").addEventListener("keydown", moveBetweenTabs);
  $("filters").addEventListener("submit", (e) => { e.preventDefault(); applyFilters(); });
  $("f-clear").addEventListener("click", () => { $("filters").reset(); applyFilters(); });
  $("events-more").addEventListener("click", () => loadEvents(state.nextOffset));
  $("incidents-more").addEventListener("click", () => loadIncidents(state.nextIncident));
  $("incidents-background").addEventListener("change", () => loadIncidents(0));
  $("search-form").addEventListener("submit", (e) => { e.preventDefault(); search($("search-q").value.trim()); });
  $("subject").addEventListener("change", loadClaims);
  $("ingest-form").addEventListener("submit", (e) => { e.preventDefault(); ingest(e.target); });
  window.addEventListener("hashchange", route);
  initTooltip();
}

async function start() {
  wire();
  const basemap = initMap();
  const stats = loadStats().catch((error) => showError($("stats"), error));
  await Promise.all([stats, loadEvents(0), loadIncidents(0), basemap]);
  await route();
  document.body.dataset.ready = "true";
}

document.addEventListener("DOMContentLoaded", start);
