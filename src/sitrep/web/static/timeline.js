/* The timeline: events per day, stacked by type; a day is a button that filters the lists to it.
 * A bar counts the events dated to that day (an undated one on the day it was reported), and its
 * click lists them: the event list wholly within that day.
 *
 * The axis covers the reports' own time: from a month before the first report was published to a
 * month after the last. A few events dated years before the reports (history a report recalls
 * with an exact day, "the ceasefire of 12 May 2016") would otherwise stretch the axis over a
 * decade and squeeze the news into a sliver at its end. They stay one click away: below the
 * chart, a button per side counts the events wholly before or after the axis (dated to a day, a
 * month or a year) and filters the lists to them, as the event list then counts them. An event
 * dated only to a week, a month or a year is on no bar, and when that span crosses an edge of the
 * axis, on neither button either: the event list finds it by a date filter that meets it.
 * A store without publication dates, or with no event inside that span, draws every day.
 */

import { api } from "./api.js";
import { $, clear, el, joined, svg } from "./dom.js";
import { TYPE_COLORS } from "./format.js";
import { state } from "./state.js";

// as sitrep.link.events.BACKGROUND_DAYS: an event more than this before its report is background
const MARGIN_DAYS = 31;
const DAY_MS = 86400000;

function shiftDay(date, days) {
  return new Date(Date.parse(String(date).slice(0, 10)) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The first and last day ("YYYY-MM-DD") the axis covers, given the days with events (in order)
 * and the span the reports were published in (`{first, last}`, either may be null). */
export function axisWindow(days, published) {
  const every = [days[0].date, days[days.length - 1].date];
  if (!published || !published.first || !published.last) return every;
  const from = shiftDay(published.first, -MARGIN_DAYS), to = shiftDay(published.last, MARGIN_DAYS);
  return days.some((d) => d.date >= from && d.date <= to) ? [from, to] : every;
}

function dayTotal(day) {
  return Object.values(day.types).reduce((a, b) => a + b, 0);
}

// the counts asked for, by request, for the stats they were drawn from (stats loaded anew clear them)
let counted = new Map(), countedFor = null, drawn = 0;

/** How many events the event list shows wholly from `since` to `until` (either may be ""),
 * with the other filters chosen: asked of the list itself (its `total`), so that a button's
 * number is the number its list then shows, events dated only to a month or a year included. */
async function countEvents(since, until) {
  const dates = ["since", "until", "within"];
  const wanted = Object.fromEntries(Object.entries(state.filters).filter(([k]) => !dates.includes(k)));
  const params = new URLSearchParams(Object.assign(wanted, since ? { since } : {}, until ? { until } : {},
    { within: "true", limit: 1 }));
  const key = params.toString();
  if (!counted.has(key)) counted.set(key, api(`/api/events?${params}`).then((page) => page.total ?? 0));
  try {
    return await counted.get(key);
  } catch (error) {
    counted.delete(key); // asked again at the next draw
    console.warn("timeline:", error);
    return 0;
  }
}

/** A button for the `count` events wholly off the axis on one side (before `edge`, the axis's
 * first day, or after it, its last) that filters the lists to them. The earlier ones are
 * background (over `MARGIN_DAYS` before every report), which the incidents tab hides: that button
 * shows the background incidents too. */
function beyondButton(count, side, edge, onChoose) {
  const [since, until] = side === "earlier" ? ["", shiftDay(edge, -1)] : [shiftDay(edge, 1), ""];
  const label = `${count} event${count === 1 ? "" : "s"} ${side === "earlier" ? "before" : "after"} ${edge}`;
  return el("button", { type: "button", class: `beyond ${side}`, "data-since": since, "data-until": until,
    title: `dated outside the reports' time, off the axis; click to list ${count === 1 ? "it" : "them"}`,
    onclick: () => onChoose(since, until, side === "earlier", true) }, side === "earlier" ? `◂ ${label}` : `${label} ▸`);
}

/** The timeline of `stats.events_by_day`; `onChoose(since, until, background, within)` filters
 * the lists to those days (with `background`, shows the background incidents; with `within`, only
 * what lies wholly inside them). Resolves once the buttons for the events off the axis are drawn. */
export async function drawTimeline(stats, onChoose) {
  const box = clear($("timeline")), ask = ++drawn;
  const all = (stats && stats.events_by_day) || [];
  if (!all.length) {
    box.append(el("p", { class: "muted" }, "No dated events."));
    return;
  }
  const [from, to] = axisWindow(all, stats.published);
  box.append(drawBars(all.filter((d) => d.date >= from && d.date <= to), onChoose));
  if (from === all[0].date && to === all[all.length - 1].date) return; // every day is on the axis
  if (countedFor !== stats) [counted, countedFor] = [new Map(), stats];
  const [before, after] = await Promise.all([countEvents("", shiftDay(from, -1)), countEvents(shiftDay(to, 1), "")]);
  if (ask !== drawn || (!before && !after)) return; // drawn again meanwhile, or nothing off the axis
  const beyond = [before ? beyondButton(before, "earlier", from, onChoose) : null,
    after ? beyondButton(after, "later", to, onChoose) : null];
  box.append(el("p", { class: "timeline-beyond muted" }, "Off the axis: ", joined(beyond, " · ")));
}

function drawBars(days, onChoose) {
  const width = 560, height = 110, pad = 24;
  const first = Date.parse(days[0].date), last = Date.parse(days[days.length - 1].date);
  const span = Math.max(last - first, DAY_MS);
  const totals = days.map(dayTotal);
  const max = Math.max(...totals);
  const barWidth = Math.max(2, Math.min(14, (width - 2 * pad) / Math.max(days.length, span / DAY_MS + 1)));
  const x = (date) => pad + ((Date.parse(date) - first) / span) * (width - 2 * pad - barWidth);
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "timeline-svg", role: "img" });
  const { since, until } = state.filters;
  days.forEach((day, i) => {
    let y = height - pad;
    const inRange = (!since || day.date >= since) && (!until || day.date <= until);
    // the bar counts the events of that day alone, so its list is of those wholly within it
    const choose = () => onChoose(day.date, day.date, false, true);
    // a day is a button for the keyboard too: Tab reaches it, Enter or Space filters
    const group = svg("g", { class: "day" + (inRange ? "" : " out"), "data-date": day.date, tabindex: 0,
      role: "button", "aria-label": `show the events of ${day.date}`, onclick: choose,
      onkeydown: (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); choose(); } } });
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
  return chart;
}
