/* sitrep's page: map, timeline, event list, incidents (the ledger's merged events), claim tracker,
 * article view, search. This is the entry module: it wires the page's controls to the modules
 * beside it (one job each, loaded by the browser as ES modules, no build step) and starts them.
 *
 * Article text and every other string from the API is untrusted: it reaches the page only through
 * textContent, DOM properties and attributes set by code, never parsed as HTML. Every number links
 * to the sentence it was read from (#/article/<id>/<start>/<end>).
 *
 * `window.sitrep` is the page's one deliberate global, for the browser tests and for debugging
 * from the console: the page's state (its map, filters, markers) and a few pure drawing and
 * wording functions. Nothing else leaks out of the modules.
 */

import { showError } from "./api.js";
import { clearArticle, openArticle, openEvent } from "./article.js";
import { drawClaims, loadClaims } from "./claims.js";
import { $, clear } from "./dom.js";
import { loadEvents } from "./events.js";
import { addressNamesOtherFilters, applyFilters, formFromAddress } from "./filters.js";
import { eventWhen, readableDate } from "./format.js";
import { loadIncidents, openIncident } from "./incidents.js";
import { ingest } from "./ingest.js";
import { initMap, showIncidentPoint } from "./map.js";
import { search } from "./search.js";
import { state } from "./state.js";
import { loadStats } from "./stats.js";
import { moveBetweenTabs, revealPanels, showTab } from "./tabs.js";
import { axisWindow } from "./timeline.js";
import { initTooltip } from "./tooltip.js";

/** Opens what the address names: #/article/<id>[/<start>/<end>], #/event/<article>/<idx> or
 * #/incident/<id>; any other address (Back to where none was open) shows the list last used. */
async function route() {
  let parts;
  try {
    parts = location.hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
  } catch {
    showTab("article");
    clear($("event-detail"));
    clearArticle();
    showError($("article-text"), "This address is garbled (a broken %-escape): open an event or an article from a list.");
    return;
  }
  if (parts[0] !== "incident") showIncidentPoint(null);  // the ring marks the open incident
  if (parts[0] === "article" && parts[1]) {
    clear($("event-detail"));
    await openArticle(parts[1], parts[2] !== undefined ? [Number(parts[2]), Number(parts[3])] : null, []);
  } else if (parts[0] === "event" && parts[1] && parts[2] !== undefined) {
    await openEvent(parts[1], Number(parts[2]));
  } else if (parts[0] === "incident" && parts[1]) {
    await openIncident(parts[1]);
  } else {
    clear($("event-detail"));  // no card left behind for the Article tab to show as current
    clearArticle();
    showTab(state.listTab);
    return;
  }
  revealPanels();
}

/** Back or Forward to another set of filters draws the lists they give. */
function followFilters() {
  if (!addressNamesOtherFilters()) return;
  formFromAddress();
  applyFilters(false);
}

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
  window.addEventListener("popstate", followFilters);
  initTooltip();
}

/** Wires the controls, then draws the lists, map and timeline; `data-ready` tells tests it is done. */
async function start() {
  wire();
  const basemap = initMap();
  const stats = loadStats().catch((error) => showError($("stats"), error));
  await Promise.all([stats, loadEvents(0), loadIncidents(0), basemap]);
  // a reloaded or shared address keeps its filters (read once the type's choices are drawn)
  if (addressNamesOtherFilters()) {
    formFromAddress();
    await applyFilters(false);
  }
  await route();
  document.body.dataset.ready = "true";
}

window.sitrep = Object.freeze({ state, readableDate, eventWhen, drawClaims, axisWindow });
document.addEventListener("DOMContentLoaded", start);
