/* The event list (one row per reported event) and its markers on the map. */

import { listPage } from "./api.js";
import { $, clear, el } from "./dom.js";
import { eventFacts, eventTitle, eventWhen, fmt, isAsserted, modalityBadge, typeLabel } from "./format.js";
import { addMarker, clearMarkers, fitMapToEvents } from "./map.js";
import { state } from "./state.js";

export async function loadEvents(offset) {
  const params = new URLSearchParams(Object.assign({}, state.filters, { limit: 200, offset }));
  const list = $("events"), asked = state.filters;
  const page = await listPage(`/api/events?${params}`, list, "events-count", () => state.filters === asked);
  if (state.filters !== asked) return; // filters changed meanwhile: their answer draws
  if (!page) {
    if (offset === 0) clearMarkers();  // the error stands in the list: no markers of the last filters
    return;
  }
  if (offset === 0) {
    clear(list);
    clearMarkers();
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
  const within = state.filters.within ? " (wholly within)" : "";
  $("events-count").textContent = shown ? `${fmt(total)} event${total === 1 ? "" : "s"}${match}${within}${more}` : noneMatch();
  list.dataset.loaded = String(Date.now());
}

/** The empty list's line: which filters left nothing, and the way back. */
function noneMatch() {
  const worded = { bbox: "in map view", within: "wholly in those dates", modality: "asserted only" };
  const used = Object.entries(state.filters).map(([name, value]) => worded[name] || `${name} “${value}”`);
  return used.length ? `No events match ${used.join(", ")}; Clear shows every event.` : "No events stored yet.";
}

function eventItem(event) {
  const href = `#/event/${encodeURIComponent(event.article_id)}/${event.idx}`;
  return el("li", { class: isAsserted(event) ? "event" : "event claimed", dataset: { type: event.type } },
    el("div", { class: "event-head" },
      el("span", { class: `badge type-${event.type}` }, typeLabel(event.type)),
      modalityBadge(event),
      el("a", { class: "open-event", href }, eventTitle(event)),
      eventWhen(event)),
    el("div", { class: "event-meta" }, eventFacts(event)),
    el("p", { class: "sentence" }, event.sentence || ""),
    el("div", { class: "event-source muted" }, event.outlet || "", event.title ? ` — ${event.title}` : ""));
}
