/* The store's counts as the page shows them: the header's totals, the type filter's choices with
 * their counts, the map's legend and the timeline with its off-axis buttons. Drawn at the start
 * and again after an article is added from the page, so that no count is left behind the lists. */

import { api } from "./api.js";
import { $, el } from "./dom.js";
import { filterDays } from "./filters.js";
import { fmt, typeLabel } from "./format.js";
import { drawLegend } from "./map.js";
import { state } from "./state.js";
import { drawTimeline } from "./timeline.js";

/** The type filter's choices, each with its count; "any" and the chosen type stay. */
function drawTypeChoices(stats) {
  const select = $("f-type"), chosen = select.value;
  select.replaceChildren(el("option", { value: "" }, "any"));
  for (const type of stats.event_types) {
    const count = stats.events_by_type[type];
    select.append(el("option", { value: type }, typeLabel(type) + (count ? ` (${count})` : "")));
  }
  select.value = chosen;
}

/** The events as the list counts them (a restatement of an event in the same article is not
 * listed again): "76 events", or "89 reports of 76 events" where restatements are stored. */
function eventCount(reports, listed) {
  const events = `${fmt(listed)} event${listed === 1 ? "" : "s"}`;
  return reports > listed ? `${fmt(reports)} reports of ${events}` : events;
}

/** Asks for the counts anew and draws everything drawn from them; resolves once the timeline's
 * buttons are drawn. */
export async function loadStats() {
  const [stats, listed] = await Promise.all([api("/api/stats"), api("/api/events?limit=1")]);
  state.stats = stats;
  const c = stats.counts;
  $("stats").textContent = `${fmt(c.articles)} articles · ${eventCount(c.events, listed.total)} · ` +
    `${fmt(c.claims)} claims · ${fmt(c.places)} place mentions`;
  drawTypeChoices(stats);
  $("tab-ingest").hidden = !stats.ingest;
  drawLegend(Object.keys(stats.events_by_type));
  await drawTimeline(stats, filterDays);
}
