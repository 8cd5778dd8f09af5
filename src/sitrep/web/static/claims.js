/* The claim tracker: how a number (a toll, a count) evolved across reports and sources, with
 * the interval each hedge allows and the contradictions between sources. */

import { api } from "./api.js";
import { $, clear, el, svg } from "./dom.js";
import { fmt, sentenceHref, tollWords, wordedToll } from "./format.js";

const SERIES_COLORS = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"];

export async function loadSubjects() {
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

export async function loadClaims() {
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
    const latest = last ? ` — latest ${tollWords(shown(last), last.hedge)} (${last.as_of || last.published || "?"})` : "";
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

export function drawClaims(series, unit) {
  const box = clear($("claims-chart"));
  const table = clear($("claims-table"));
  const points = series.flatMap((s) => s.points);
  if (!points.length) {
    box.append(el("p", { class: "muted" }, "No values."));
    return;
  }
  const width = 560, height = 260, left = 64, right = 16, top = 16, bottom = 40;
  // a value with no day is not drawn (at 1970 it would squash the axis): the table says "undated"
  const day = (p) => Date.parse(p.as_of || p.published || "");
  const dated = points.filter((p) => !Number.isNaN(day(p)));
  if (!dated.length) box.append(el("p", { class: "muted" }, "No dated values to draw."));
  const times = dated.map(day);
  const t0 = Math.min(...times), t1 = Math.max(...times, t0 + 86400000);
  const values = dated.flatMap((p) => allowed(p).filter((v) => v !== null && v !== undefined));
  const highest = Math.max(0, ...values) * 1.05 || 1; // no drawable value: an axis from 0 to 1
  const step = roundStep(highest / 4), ticks = Math.ceil(highest / step), v1 = step * ticks;
  const x = (p) => left + ((day(p) - t0) / (t1 - t0)) * (width - left - right);
  const y = (v) => height - bottom - (v / v1) * (height - top - bottom);
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "claims-svg", role: "img" });
  for (let i = 0; i <= ticks; i++) {
    const v = Number((step * i).toPrecision(6));
    chart.append(svg("line", { x1: left, x2: width - right, y1: y(v), y2: y(v), class: "grid" }),
      svg("text", { x: left - 6, y: y(v) + 4, class: "tick", "text-anchor": "end", text: fmt(v) }));
  }
  if (dated.length)
    chart.append(svg("text", { x: left, y: height - 10, class: "tick", text: new Date(t0).toISOString().slice(0, 10) }),
      svg("text", { x: width - right, y: height - 10, class: "tick", "text-anchor": "end",
        text: new Date(t1).toISOString().slice(0, 10) }));
  series.forEach((s, i) => {
    const color = SERIES_COLORS[i % SERIES_COLORS.length];
    const sorted = s.points.filter((p) => dated.includes(p)).sort((a, b) => x(a) - x(b));
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
        el("td", { class: "day" }, p.as_of || (p.published ? "" : "undated")),
        el("td", { class: "day" }, p.published || ""),
        el("td", {}, wordedToll(shown(p), p.hedge, p.article_id, p.start, p.end, unit || ""),
          p.given_place ? ` in ${p.given_place}` : ""),
        el("td", {}, p.text),
        el("td", {}, p.outlet || ""),
        el("td", { class: "disputed" }, [p.disputed ? "⚠ contradicted" : "",
          p.correction ? "↺ corrected by its source" : "",
          p.certainty === "superseded" ? "⤺ superseded by its outlet's corrected article" : ""].filter(Boolean).join(" · "))));
    }
  });
  table.append(tbody);
  table.querySelectorAll(".swatch[data-series]").forEach((sw) => {
    sw.style.background = SERIES_COLORS[Number(sw.dataset.series) % SERIES_COLORS.length];
  });
}
