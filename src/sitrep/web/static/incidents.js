/* Incidents: the ledger's canonical events, one per real-world event, however many reports
 * tell of it; the list and one incident's card with its reports side by side. */

import { api, listPage, showError } from "./api.js";
import { clearArticle, openArticle } from "./article.js";
import { $, clear, el, joined } from "./dom.js";
import { actorTarget, eventTitle, eventToll, fmt, isAsserted, modalityBadge, readableDate, typeLabel } from "./format.js";
import { showIncidentPoint } from "./map.js";
import { state } from "./state.js";
import { showTab } from "./tabs.js";

// the filters /api/timeline takes; source, words, map view and "wholly within" narrow the event
// list only: an incident spanning several days is listed for each day it spans (a day's bar,
// which lists the events wholly within that day, lists every incident that day belongs to)
const INCIDENT_FILTERS = ["type", "since", "until", "place", "actor", "modality"];
const WORDED = { q: "words", bbox: "map view", within: "wholly within" };
// "asserted only" keeps the incidents some report tells as done, a disputed one too: one report
// denying a strike that others report does not make it a mere claim
const INCIDENT_MODALITY = { happened: "happened,disputed" };

export async function loadIncidents(offset) {
  const wanted = Object.fromEntries(Object.entries(state.filters).filter(([k]) => INCIDENT_FILTERS.includes(k)));
  if (wanted.modality) wanted.modality = INCIDENT_MODALITY[wanted.modality] || wanted.modality;
  const background = $("incidents-background").checked, filtered = Object.keys(wanted).length > 0;
  const params = new URLSearchParams(Object.assign(wanted, { order: "newest", limit: 200, offset, background }));
  const list = $("incidents"), ask = ++state.incidentsSeq;
  const page = await listPage(`/api/timeline?${params}`, list, "incidents-count", () => ask === state.incidentsSeq);
  if (!page || ask !== state.incidentsSeq) return; // filters or background changed meanwhile
  if (offset === 0) clear(list);
  page.items.forEach((incident) => list.append(incidentItem(incident)));
  state.nextIncident = page.next_offset;
  $("incidents-more").hidden = page.next_offset === null;
  const shown = list.querySelectorAll("li.incident").length;
  const ignored = Object.keys(state.filters).filter((k) => !INCIDENT_FILTERS.includes(k));
  const none = !shown && !filtered && (background || !(await anyIncident())) ? NO_INCIDENTS : null;
  if (ask !== state.incidentsSeq) return;
  $("incidents-count").textContent = none || (!shown
    ? "No incidents match. " + (background ? "" : "Background incidents (dated well before the reports " +
      "that tell them) are hidden: tick “show background events” to list them. ") +
      "sitrep ledger merges the stored reports into incidents."
    : `${shown} incident${shown === 1 ? "" : "s"}, newest first${background ? ", background included" : ""}` +
      (page.next_offset ? "; the button below the list loads more" : "") +
      (ignored.length ? ` (the ${ignored.map((k) => WORDED[k] || k).join(", ")} filter${ignored.length === 1 ? " applies" : "s apply"} to the event list only)` : ""));
  list.dataset.loaded = String(Date.now());
}

const NO_INCIDENTS = "No incidents yet: `sitrep ledger` merges the stored reports into incidents.";

/** Whether the ledger holds any incident, background included: with none, no filter or box is
 * what hides them. */
async function anyIncident() {
  try {
    return (await api("/api/timeline?background=true&limit=1")).items.length > 0;
  } catch {
    return true;  // unknown: the usual wording, which names the box
  }
}

/** "12 killed", "dozens killed", or "12–16 killed" flagged when the reports disagree on the
 * toll; worded as the reports put it (`killed_worded`), the numbers only for a store whose
 * ledger predates that. */
function tollSpread(incident, name) {
  const low = incident[`${name}_min`], high = incident[`${name}_max`];
  if (low === null || low === undefined) return null;
  const worded = incident[`${name}_worded`] || (low === high ? fmt(low) : `${fmt(low)}–${fmt(high)}`);
  if (!worded.includes("–")) return el("span", {}, `${worded} ${name}`);
  return el("span", { class: "disagree", title: "the reports disagree on this toll" }, `⚠ ${worded} ${name}`);
}

/** An incident's date as the list sorts it: its own, else "undated" and the day it was reported
 * (the window the ledger infers for an undated one, in the tip, is no date a report gave). */
function incidentDate(incident) {
  if (incident.date) return el("span", { class: "date", title: incident.date }, readableDate(incident.date));
  const window = incident.date_start
    ? `; sometime ${incident.date_start === incident.date_end ? incident.date_start : `${incident.date_start} – ${incident.date_end}`}`
    : "";
  return el("span", { class: "date undated", title: `the reports give no date for this incident${window}` },
    incident.last_published ? `undated · reported ${incident.last_published}` : "undated");
}

function incidentItem(incident) {
  const tolls = ["killed", "injured"].map((name) => tollSpread(incident, name)).filter(Boolean);
  const reports = `${incident.reports} report${incident.reports === 1 ? "" : "s"} in ` +
    `${incident.articles} article${incident.articles === 1 ? "" : "s"}`;
  return el("li", { class: incident.background ? "event incident background" : "event incident", dataset: { type: incident.type, id: incident.id } },
    el("div", { class: "event-head" },
      el("span", { class: `badge type-${incident.type}` }, typeLabel(incident.type)),
      modalityBadge(incident),
      el("a", { class: "open-event", href: `#/incident/${encodeURIComponent(incident.id)}` }, eventTitle(incident)),
      incidentDate(incident), incident.background ? el("span", { class: "muted" }, " · background") : null),
    el("div", { class: "event-meta" }, joined([
      actorTarget(incident),
      tolls.length ? el("span", { class: "casualties" }, joined(tolls, ", ")) : null,
      el("span", { class: "muted" }, reports),
      (incident.outlets || []).length ? el("span", { class: "muted" }, incident.outlets.join(", ")) : null,
    ], " · ")));
}

/** How many of an incident's reports only expect, plan or deny it ("denied in 1 of 3 reports");
 * null when every report tells it as having happened. */
function toldAs(reports) {
  const counts = {};
  for (const r of reports) if (!isAsserted(r)) counts[r.modality] = (counts[r.modality] || 0) + 1;
  const parts = Object.entries(counts).map(([modality, n]) => `${modality} in ${n} of ${reports.length} report${reports.length === 1 ? "" : "s"}`);
  return parts.length ? el("span", { class: "disagree" }, parts.join("; ")) : null;
}

/** A report's toll as it was worded ("at least 16"), flagged where other reports differ. */
function reportToll(report, name, values) {
  if (report[name] === null || report[name] === undefined) return "";
  const worded = eventToll(report, name);
  return values.size > 1 ? el("span", { class: "disagree", title: "other reports give another toll" }, "⚠ ", worded) : worded;
}

export async function openIncident(id) {
  // the address this incident opened at: the reader may follow another link while its requests
  // are answered, and then this card, ring and view are no longer the page's
  const address = location.hash, stillOpen = () => location.hash === address;
  showTab("article");
  const box = clear($("event-detail"));
  let incident;
  try {
    incident = await api(`/api/timeline/${encodeURIComponent(id)}`);
  } catch (error) {
    if (!stillOpen()) return;
    showError(box, error);
    clearArticle();
    return;
  }
  if (!stillOpen()) return;
  const reports = incident.versions;
  const values = (name) => new Set(reports.map((r) => r[name]).filter((v) => v !== null && v !== undefined));
  const killed = values("killed"), injured = values("injured");
  const rows = [
    ["Type", typeLabel(incident.type)],
    ["Date", incidentDate(incident)],
    ["Place", [incident.place_name, incident.admin1, incident.country].filter(Boolean).join(", ")
      + (incident.place_near ? ` (placed near ${incident.place_near}, an approximate point)` : "")],
    [incident.target ? "Actor → target" : "Actor", actorTarget(incident)],
    ["Told as", joined([modalityBadge(incident), toldAs(reports)], " ")],
    ["Casualties", joined([tollSpread(incident, "killed"), tollSpread(incident, "injured")], ", ")],
    ["Sources", (incident.sources || []).join(", ")],
    ["Reported", [incident.first_published, incident.last_published].filter(Boolean)
      .filter((d, i, all) => all.indexOf(d) === i).join(" – ")],
  ];
  // each cell names its column (`data-label`): a phone stacks a report's cells as one card
  const cell = (label, attrs, ...children) => el("td", Object.assign({ dataset: { label } }, attrs), ...children);
  const table = el("table", { class: "claims-table reports" },
    el("thead", {}, el("tr", {}, ["Published", "Outlet", "Killed", "Injured", "Per", "Report"].map((h) => el("th", {}, h)))),
    el("tbody", {}, reports.map((r) => el("tr", { class: r.modality === "denied" ? `${r.role} told-denied` : r.role },
      cell("Published", { class: "day" }, r.published || ""),
      cell("Outlet", {}, r.outlet || ""),
      cell("Killed", { class: "toll" }, reportToll(r, "killed", killed)),
      cell("Injured", { class: "toll" }, reportToll(r, "injured", injured)),
      cell("Per", {}, (r.sources || []).join(", ")),
      cell("Report", { class: "report" }, modalityBadge(r), modalityBadge(r) ? " " : null,
        el("a", { href: `#/event/${encodeURIComponent(r.article_id)}/${r.idx}`, title: r.title || "" },
          r.sentence || "(open)"), r.role === "duplicate" ? el("span", { class: "muted" }, " (restated)") : null)))));
  box.append(el("div", { class: "event-card", id: "event-card", dataset: { incident: incident.id } },
    el("h2", {}, eventTitle(incident)),
    el("dl", {}, rows.filter(([, v]) => v && v.length !== 0).map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)])),
    el("h3", {}, `Reports (${reports.length})`), table));
  const latest = reports.filter((r) => r.role === "report").pop() || reports[reports.length - 1];
  if (latest) await openArticle(latest.article_id, [latest.start, latest.end], [], true);
  if (!stillOpen()) return;  // route() took the ring down for the address followed since
  showIncidentPoint(incident);
  if (state.map && incident.lat !== null) state.map.setView([incident.lat, incident.lon], Math.max(state.map.getZoom(), 6));
}
