/* How values read and look on the page: numbers, dates, tolls worded as reported, an event's
 * title and facts, each type's colour. */

import { el, joined } from "./dom.js";

export const TYPE_COLORS = {
  attack: "#d7301f", armed_clash: "#b30000", seize_territory: "#7a0177", retake_territory: "#c51b8a",
  deploy: "#2171b5", withdraw: "#6baed6", train: "#4292c6", aid: "#238b45", sanction: "#cc4c02",
  agreement: "#41ab5d", protest: "#fe9929", arrest: "#8c6bb1", abduction: "#88419d", statement: "#737373",
  other: "#969696",
};

export function fmt(value) {
  if (value === null || value === undefined) return "";
  return typeof value === "number" ? value.toLocaleString("en-US") : String(value);
}

const PARTS_OF_DAY = { MO: "morning", MI: "midday", AF: "afternoon", EV: "evening", NI: "night", DT: "daytime" };

/** A TIMEX3 date as a reader writes it ("2024-11-02 night", "2025-05-31 08:02 UTC", "week 10 of
 * 2025"); other values as they are. */
export function readableDate(value) {
  if (!value) return "";
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) return `week ${Number(week[2])} of ${week[1]}`;
  const part = /^(\d{4}-\d{2}-\d{2})T(MO|MI|AF|EV|NI|DT)$/.exec(value);
  if (part) return `${part[1]} ${PARTS_OF_DAY[part[2]]}`;
  const clock = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?(Z)?$/.exec(value);
  if (clock) return `${clock[1]} ${clock[2]}${clock[3] ? " UTC" : ""}`;
  return value;
}

export function sentenceHref(articleId, start, end) {
  return `#/article/${encodeURIComponent(articleId)}/${Number(start)}/${Number(end)}`;
}

/** An event type (or a source's kind) as words: "armed_clash" reads "armed clash". */
export function typeLabel(type) {
  return type.replace(/_/g, " ");
}

/** A number that links to the sentence it came from. */
export function numberLink(value, articleId, start, end, label) {
  return el("a", { class: "num", href: sentenceHref(articleId, start, end), title: "open the sentence" },
    fmt(value), label ? " " + label : "");
}

export function eventTitle(event) {
  const what = typeLabel(event.type);
  const where = event.place_name ? ` in ${event.place_name}` : "";
  return what + where;
}

const HEDGE_WORDS = { approximate: "about ", upper_bound: "up to ", lower_bound: "at least " };
// A vague toll is stored as the lower end of its word ("dozens" as 12), which no report gave
// (as sitrep.extract.numbers.VAGUE_WORDS).
const VAGUE_WORDS = { 12: "dozens", 20: "scores", 100: "hundreds", 1000: "thousands", 1000000: "millions",
  1000000000: "billions", 1000000000000: "trillions" };

/** A toll's number as reported: "dozens" for a vague one, else the number. */
function tollNumber(value, hedge) {
  return (hedge === "vague" && VAGUE_WORDS[value]) || fmt(value);
}

/** A toll as text, worded as reported: "at least 16", "about 300", "dozens". */
export function tollWords(value, hedge) {
  return (HEDGE_WORDS[hedge] || "") + tollNumber(value, hedge);
}

/** A toll linking to its sentence, worded as reported (`tollWords`), so that neither a floor nor
 * a vague word reads as an exact count; the hedge's words stay outside the link. */
export function wordedToll(value, hedge, articleId, start, end, label) {
  const link = numberLink(tollNumber(value, hedge), articleId, start, end, label);
  return HEDGE_WORDS[hedge] ? el("span", {}, HEDGE_WORDS[hedge], link) : link;
}

/** An event's (or a report's) toll worded as reported, linking to the words it was read from
 * (`killed_span`, `injured_span`); without them, words alone: the event's own sentence may not
 * hold the number, and a link must not open one that does not. */
export function eventToll(row, name, label) {
  const span = row[`${name}_span`], hedge = row[`${name}_hedge`];
  if (span) return wordedToll(row[name], hedge, row.article_id, span.start, span.end, label);
  return el("span", { class: "toll-unlinked", title: "the article's words for this toll were not found" },
    tollWords(row[name], hedge), label ? " " + label : "");
}

/** Killed and injured, each linking to the words it was read from (`eventToll`). */
export function casualtyLinks(event) {
  const bits = [];
  for (const name of ["killed", "injured"]) {
    if (event[name] === null || event[name] === undefined) continue;
    bits.push(eventToll(event, name, name));
  }
  return bits.length ? el("span", { class: "casualties" }, joined(bits, ", ")) : null;
}

/** When an event happened; an undated one says it was reported that day, so that background
 * told without a date never reads as that day's news. */
export function eventWhen(event) {
  if (event.date) return el("span", { class: "date", title: event.date }, readableDate(event.date));
  return el("span", { class: "date undated", title: "the report gives no date for this event" },
    event.published ? `undated · reported ${String(event.published).slice(0, 10)}` : "undated");
}

/** Who did it to whom, for every row, card and popup alike: "Northern army → Port Selm", "? →
 * Port Selm" when the report names no actor (the target alone would read as the one who acted),
 * "Northern army" alone; null when neither is known. */
export function actorTarget(row) {
  if (!row.actor && !row.target) return null;
  const actor = row.actor || el("span", { class: "unknown-actor", title: "the report names no actor" }, "?");
  return el("span", { class: "actor-target" }, actor, row.target ? ` → ${row.target}` : "");
}

const MODALITY_TIPS = {
  expected: "expected: the report says it may or will happen, not that it did",
  planned: "planned: announced or vowed, not reported as done",
  denied: "denied: the report carries a denial that it happened",
  disputed: "disputed: one report denies what another reports as having happened",
};

/** A badge saying an event is only expected, planned or denied (an incident also disputed: a
 * report denies it); null for one told as having happened, so that what is only claimed never
 * looks like a fact. */
export function modalityBadge(event) {
  const modality = event.modality;
  if (!modality || modality === "happened") return null;
  return el("span", { class: `modality modality-${modality}`, title: MODALITY_TIPS[modality] || modality }, modality);
}

export function isAsserted(event) {
  return !event.modality || event.modality === "happened";
}

// gazetteer levels that are a country, a region or a sea, not a town: their point is a centroid
// (as sitrep.extract.place_name_parts.STATE_LEVELS)
const COARSE_LEVELS = new Set(["PCLI", "CONT", "region", "SEA", "OCN", "GULF", "ADM1"]);

/** Whether an event is placed only to a country or a region, not to a town. */
export function isCoarse(event) {
  return COARSE_LEVELS.has(event.level);
}

/** Who did it to whom, how many were hurt and according to whom, for a list row or a map popup. */
export function eventFacts(event) {
  return joined([
    actorTarget(event),
    casualtyLinks(event),
    event.sources && event.sources.length ? el("span", { class: "sources" }, "per ", event.sources.join(", ")) : null,
  ], " · ");
}
