/* What the page holds between requests: the filters, the list pages reached, the map and its
 * layers, and the numbers that tell a request's answer from a later one's. */

// searchSeq and incidentsSeq number each request, so that only the latest one's answer draws
export const state = { stats: null, filters: {}, listTab: "events", nextOffset: null, nextIncident: null, map: null,
  markers: null, points: new Map(), admin1: null, subjects: null, searchSeq: 0, incidentsSeq: 0, eventsTotal: null,
  incidentPoint: null };
