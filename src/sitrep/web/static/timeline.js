/* The timeline: events per day, stacked by type; a day is a button that filters the lists to it.
 *
 * The axis covers the reports' own time: from a month before the first report was published to a
 * month after the last. A few events dated years before the reports (history a report recalls
 * with an exact day, "the ceasefire of 12 May 2016") would otherwise stretch the axis over a
 * decade and squeeze the news into a sliver at its end. They stay one click away: below the
 * chart, a button per side counts the events off the axis and filters the lists to their days.
 * A store without publication dates, or with no event inside that span, draws every day.
 */

import { $, clear, el, svg } from "./dom.js";
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

/** A button for the events of `days`, off the axis on one side, that filters the lists to them. */
function beyondButton(days, side, onChoose) {
  const count = days.reduce((n, d) => n + dayTotal(d), 0);
  const first = days[0].date, last = days[days.length - 1].date;
  const span = first === last ? first : `${first} – ${last}`;
  const label = `${count} ${side} event${count === 1 ? "" : "s"}, ${span}`;
  return el("button", { type: "button", class: `beyond ${side}`, "data-since": first, "data-until": last,
    title: `dated outside the reports' time, off the axis; click to list ${count === 1 ? "it" : "them"}`,
    onclick: () => onChoose(first, last) }, side === "earlier" ? `◂ ${label}` : `${label} ▸`);
}

/** The timeline of `stats.events_by_day`; `onChoose(since, until)` filters the lists to those days. */
export function drawTimeline(stats, onChoose) {
  const box = clear($("timeline"));
  const all = (stats && stats.events_by_day) || [];
  if (!all.length) {
    box.append(el("p", { class: "muted" }, "No dated events."));
    return;
  }
  const [from, to] = axisWindow(all, stats.published);
  const days = all.filter((d) => d.date >= from && d.date <= to);
  const earlier = all.filter((d) => d.date < from), later = all.filter((d) => d.date > to);
  box.append(drawBars(days, onChoose));
  if (earlier.length || later.length) {
    const beyond = [earlier.length ? beyondButton(earlier, "earlier", onChoose) : null,
      later.length ? beyondButton(later, "later", onChoose) : null].filter(Boolean);
    box.append(el("p", { class: "timeline-beyond muted" }, "Off the axis: ",
      beyond.flatMap((b, i) => (i ? [" · ", b] : [b]))));
  }
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
    const choose = () => onChoose(day.date, day.date);
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
