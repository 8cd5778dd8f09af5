/* The map: a marker per listed event, the bundled outlines, and following what is opened.
 * Leaflet (`L`) and topojson are the vendored classic scripts index.html runs before the modules. */

import { api } from "./api.js";
import { $, clear, el } from "./dom.js";
import { TYPE_COLORS, eventFacts, eventTitle, eventWhen, isAsserted, isCoarse, modalityBadge, typeLabel } from "./format.js";
import { state } from "./state.js";

/** A point's size: its largest toll (reports of one strike are not added up) and, a little,
 * how many events it holds. */
function markerRadius(events) {
  const hurt = Math.max(...events.map((e) => (e.killed || 0) + (e.injured || 0)));
  return Math.min(28, 5 + 3 * Math.sqrt(hurt) + Math.min(6, 2 * (events.length - 1)));
}

/** The type most of a point's events have (the newest first among equals). */
function commonType(events) {
  const counts = {};
  for (const e of events) counts[e.type] = (counts[e.type] || 0) + 1;
  return events.map((e) => e.type).reduce((best, t) => (counts[t] > counts[best] ? t : best));
}

/** Whether every event of a point is placed only near it: its village is not in the gazetteer,
 * and the point is the town the text put it near (`place_near`). */
function isApproximate(events) {
  return events.every((e) => Boolean(e.place_near));
}

/** How a point is drawn: solid for what happened at a town; hollow and dashed when every event
 * there is only expected, planned or denied; a larger faint circle for a country's or a region's
 * centroid, which says no more than "somewhere in it"; faint with a dotted ring when the point is
 * only near where it happened. */
function pointStyle(events) {
  const type = commonType(events), color = TYPE_COLORS[type] || TYPE_COLORS.other;
  const claimed = !events.some(isAsserted), coarse = events.every(isCoarse);
  const near = !coarse && isApproximate(events);
  const radius = markerRadius(events);
  return {
    radius: coarse ? radius + 8 : radius, color, fillColor: color,
    weight: claimed || near ? 2 : 1, dashArray: claimed ? "4 3" : near ? "1 4" : null,
    fillOpacity: claimed ? 0 : coarse || near ? 0.15 : 0.55,
    className: ["marker", `type-${type}`, claimed ? "claimed" : "", coarse ? "coarse" : "", near ? "near" : ""]
      .filter(Boolean).join(" "),
  };
}

/** "Velkivka placed near Dorsk" ("placed near Dorsk" when the place has no name): said in a
 * popup whose event or incident lies only near its point; `extraClass` names the note's role. */
function nearNote(event, extraClass = "") {
  if (!event.place_near) return null;
  const where = [event.place_name, `placed near ${event.place_near}`].filter(Boolean).join(" ");
  return el("span", { class: [extraClass, "near-note muted"].filter(Boolean).join(" ") }, where);
}

function eventLink(event, text) {
  return el("a", { href: `#/event/${encodeURIComponent(event.article_id)}/${event.idx}` }, text);
}

/** One event's popup: what, when, how it is told, who, how many, per whom. */
function eventPopup(event) {
  return el("div", { class: "popup" },
    el("strong", {}, eventTitle(event)), " ", modalityBadge(event), el("br"), eventWhen(event), el("br"),
    el("span", { class: "event-meta" }, eventFacts(event)), el("br"),
    ...(event.place_near ? [nearNote(event), el("br")] : []), eventLink(event, "open event"));
}

/** A shared point's popup: how many events of each type, then every one with its link. */
function pointPopup(events) {
  const counts = {};
  for (const e of events) counts[typeLabel(e.type)] = (counts[typeLabel(e.type)] || 0) + 1;
  const claimed = events.filter((e) => !isAsserted(e)).length;
  const place = isApproximate(events) ? ` near ${events[0].place_near}`
    : events[0].place_name ? ` at ${events[0].place_name}` : " here";
  return el("div", { class: "popup point" },
    el("strong", {}, `${events.length} events${place}`), el("br"),
    el("span", { class: "muted" }, Object.entries(counts).map(([t, n]) => `${n} ${t}`).join(", "),
      claimed ? ` · ${claimed} not asserted` : ""),
    el("ol", { class: "point-events" }, events.map((e) => el("li", {},
      eventLink(e, eventTitle(e)), " ", modalityBadge(e), " ", eventWhen(e), el("br"),
      el("span", { class: "event-meta" }, eventFacts(e))))));
}

/** Events resolved to one point share one marker (one on top of another could not be clicked):
 * each event joins its point's, which is drawn again with it. */
export function addMarker(event) {
  if (!state.markers || event.lat === null || event.lon === null) return;
  const key = `${event.lat},${event.lon}`;
  const point = state.points.get(key) || { events: [], marker: null };
  state.points.set(key, point);
  point.events.push(event);
  if (point.marker) state.markers.removeLayer(point.marker);
  const events = point.events;
  point.marker = L.circleMarker([event.lat, event.lon], pointStyle(events))
    .bindPopup(() => (events.length === 1 ? eventPopup(events[0]) : pointPopup(events)), { maxWidth: 360 });
  state.markers.addLayer(point.marker);
}

/** The opened incident's point, a ring over the events' markers (none when it has no point):
 * faint and dotted, saying "placed near X" in its popup, when its reports place it only near
 * that point (`place_near`), as an event's marker is; solid otherwise. */
export function showIncidentPoint(incident) {
  if (!state.map) return;
  if (state.incidentPoint) state.map.removeLayer(state.incidentPoint);
  state.incidentPoint = null;
  if (incident === null || incident.lat === null || incident.lon === null) return;
  const near = Boolean(incident.place_near);
  state.incidentPoint = L.circleMarker([incident.lat, incident.lon], {
    radius: 16, color: "#222", weight: 2, fill: false, opacity: near ? 0.5 : 0.9, dashArray: near ? "1 4" : null,
    className: ["incident-point", near ? "near" : ""].filter(Boolean).join(" "),
  }).bindPopup(() => el("div", { class: "popup" }, el("strong", {}, eventTitle(incident)), el("br"),
    nearNote(incident, "incident-place") || el("span", { class: "incident-place muted" }, incident.place_name || "")),
  { maxWidth: 360 });
  state.incidentPoint.addTo(state.map);
}

/** The map without markers, before a new first page of events. */
export function clearMarkers() {
  state.points = new Map();
  if (state.markers) state.markers.clearLayers();
}

/* A corpus may be about any region: show where its events are, not a fixed corner of the world.
   The towns' points when there are any: a country's centroid (Russia's lies in Siberia) would
   zoom the map out to half the world and pile the towns into one blob. With "in map view" the
   reader chose the view, so it stays. */
export function fitMapToEvents() {
  if (!state.map || !state.markers || state.filters.bbox || !state.markers.getLayers().length) return;
  const towns = [...state.points.values()].filter((p) => !p.events.every(isCoarse)).map((p) => p.marker.getLatLng());
  const bounds = towns.length ? L.latLngBounds(towns) : state.markers.getBounds();
  // The list and legend drawn beside the map may have just changed its size: measure it first.
  state.map.invalidateSize({ pan: false });
  state.map.fitBounds(bounds.pad(0.1), { maxZoom: 7, animate: false });
}

export function drawLegend(types) {
  const legend = clear($("legend"));
  for (const type of types) {
    legend.append(el("span", { class: "legend-item" },
      el("span", { class: `swatch type-${type}` }), typeLabel(type)));
  }
  legend.append(el("span", { class: "muted" }, " · size: the largest toll at a place · hollow, dashed: only " +
    "expected, planned or denied · large and faint: placed only to a country or a region · dotted: " +
    "placed near a town, the village not being on the map"));
}

/** The map and its marker layer at once; the outlines load beside the events (the promise
 * returned), so that the events do not wait for megabytes of coastline. */
export function initMap() {
  if (typeof L === "undefined") return Promise.resolve();
  const map = L.map("map", { worldCopyJump: true, minZoom: 2, maxZoom: 12, attributionControl: true })
    .setView([48.5, 33], 5);
  map.attributionControl.setPrefix("");
  map.attributionControl.addAttribution("Outlines: Natural Earth");
  state.map = map;
  map.createPane("basemap").style.zIndex = 250;
  state.markers = L.featureGroup().addTo(map);
  state.points = new Map();  // "lat,lon" -> { events, marker }: one marker a point
  return loadBasemap(map);
}

async function loadBasemap(map) {
  // Before any outline is drawn, so that on zooming out this runs before the renderer redraws:
  // the province outlines leave the map before they are drawn at the world's scale.
  map.on("zoomend", () => showAdmin1(map));
  try {
    const topo = await api("/static/vendor/basemap/countries-50m.json");
    const countries = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(countries, { pane: "basemap", interactive: false,
      style: { color: "#8a8f98", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map);
    map.getContainer().dataset.basemap = "countries";
  } catch (error) {
    console.warn("basemap:", error);
  }
  showAdmin1(map); // not awaited: the page is ready without the provinces' megabytes
}

let admin1Layer = null; // the province outlines once made, to take off the map without a wait

/** The province outlines from zoom 4 in. `state.admin1` keeps the promise of the layer, not the
 * layer: the page opens at zoom 5 and fitting the map to the events zooms again before the
 * outlines have arrived, and both must share the one download (and the one layer). */
async function showAdmin1(map) {
  if (map.getZoom() < 4) {
    if (admin1Layer) map.removeLayer(admin1Layer);
    delete map.getContainer().dataset.admin1;
    return;
  }
  state.admin1 ??= api("/static/vendor/basemap/admin1-ne10m-simplified.json").then((data) =>
    (admin1Layer = L.geoJSON(data, { pane: "basemap", interactive: false,
      style: { color: "#b7bcc4", weight: 0.6, fill: false, dashArray: "2 3" } })));
  let layer;
  try {
    layer = await state.admin1;
  } catch (error) {
    console.warn("province outlines:", error);
    state.admin1 = null; // the next zoom asks again
    return;
  }
  // The outlines arrive after a wait: the map may have zoomed out to the world meanwhile.
  if (map.getZoom() < 4) return;
  if (!map.hasLayer(layer)) layer.addTo(map);
  map.getContainer().dataset.admin1 = "shown";
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
export function followOnMap(article) {
  const points = articlePoints(article);
  if (!state.map || state.filters.bbox || !points.length) return;
  state.map.invalidateSize({ pan: false });
  state.map.fitBounds(L.latLngBounds(points).pad(0.2), { maxZoom: 7, animate: false });
}
