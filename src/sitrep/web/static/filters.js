/* The filter form: reading it, and applying it to both lists and the timeline. */

import { $ } from "./dom.js";
import { loadEvents } from "./events.js";
import { loadIncidents } from "./incidents.js";
import { state } from "./state.js";
import { revealPanels, showTab } from "./tabs.js";
import { drawTimeline } from "./timeline.js";

function readFilters() {
  const f = {};
  for (const name of ["type", "since", "until", "place", "actor", "source", "q"]) {
    const value = $(`f-${name}`).value.trim();
    if (value) f[name] = value;
  }
  if ($("f-within").checked && (f.since || f.until)) f.within = "true";
  if ($("f-asserted").checked) f.modality = "happened";  // what is only expected, planned or denied left out
  if ($("f-bbox").checked && state.map) {
    const b = state.map.getBounds();
    const clamp = (v, m) => Math.max(-m, Math.min(m, v));
    f.bbox = [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)]
      .map((v) => v.toFixed(4)).join(",");
  }
  return f;
}

/** Filters apply to both lists; the reader comes back to the list they used last. */
export async function applyFilters() {
  state.filters = readFilters();
  showTab(state.listTab);
  await Promise.all([loadEvents(0), loadIncidents(0)]);
  await drawTimeline(state.stats, filterDays);
  revealPanels();
}

/** The lists narrowed to the days from `since` to `until` (either may be ""): a day, or the dates
 * off the timeline's axis; with `background`, the incidents list shows background incidents;
 * `within` true or false ticks or unticks the "wholly within" box (the event list then holds only
 * what lies wholly in those days, not a year that reaches into them); left out, the reader's
 * tick stays. */
export function filterDays(since, until, background, within) {
  $("f-since").value = since;
  $("f-until").value = until;
  if (within !== undefined) $("f-within").checked = within;
  if (background) $("incidents-background").checked = true;
  return applyFilters();
}
