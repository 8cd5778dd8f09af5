/* The filter form: reading it, and applying it to both lists and the timeline. */

import { $ } from "./dom.js";
import { loadEvents } from "./events.js";
import { loadIncidents } from "./incidents.js";
import { state } from "./state.js";
import { revealPanels, showTab } from "./tabs.js";
import { drawTimeline } from "./timeline.js";

const TEXT_FIELDS = ["type", "since", "until", "place", "actor", "source", "q"];

function readFilters() {
  const f = {};
  for (const name of TEXT_FIELDS) {
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

/** The address that keeps a list's filters (`/?type=attack&place=Kharkiv`), so that Back
 * returns to the filters before and a reload keeps them; the map view is left out: a reloaded
 * map does not open on the view the reader chose. */
function filtersAddress(filters) {
  const kept = String(new URLSearchParams(Object.entries(filters).filter(([name]) => name !== "bbox")));
  return location.pathname + (kept ? `?${kept}` : "");
}

/** The filters the address's query names (`filtersAddress`), others left out. */
function addressFilters() {
  const kept = new URLSearchParams(location.search);
  return Object.fromEntries([...TEXT_FIELDS, "within", "modality"].filter((name) => kept.get(name)).map((name) => [name, kept.get(name)]));
}

/** Whether the address names other filters than the lists show (Back or Forward to other
 * filters, a reloaded or shared address); a link that only opens something names the same. */
export function addressNamesOtherFilters() {
  return filtersAddress(addressFilters()) !== filtersAddress(state.filters);
}

/** The form as the address's query has it. */
export function formFromAddress() {
  const kept = addressFilters();
  for (const name of TEXT_FIELDS) $(`f-${name}`).value = kept[name] || "";
  $("f-within").checked = kept.within === "true";
  $("f-asserted").checked = kept.modality === "happened";
  $("f-bbox").checked = false;
}

/** Filters apply to both lists; the reader comes back to the list they used last. Each new set
 * of filters is a step in the browser's history (`remember`), which Back undoes. */
export async function applyFilters(remember = true) {
  state.filters = readFilters();
  const address = filtersAddress(state.filters);
  // read back from the address, the filters the form took (a type it has no choice for is
  // dropped) become the address, so that it names the lists shown
  if (!remember) history.replaceState(null, "", address + location.hash);
  else if (address !== location.pathname + location.search + location.hash) history.pushState(null, "", address);
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
