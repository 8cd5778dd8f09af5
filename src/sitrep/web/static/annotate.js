/* An article's text as DOM nodes: its findings as spans with tooltips, one sentence marked. */

import { el } from "./dom.js";
import { fmt, readableDate, typeLabel } from "./format.js";

/** Annotations of an article as [start, end, class, tooltip] from its findings. */
function annotations(article) {
  const f = article.findings, out = [];
  for (const p of f.places || []) {
    const where = [p.name, p.admin1, p.country].filter(Boolean).join(", ");
    const coords = p.lat !== null && p.lat !== undefined ? ` (${p.lat.toFixed(3)}, ${p.lon.toFixed(3)})` : "";
    out.push([p.start, p.end, "ann-place", `Place: ${where || "unresolved"}${coords}${p.role === "actor" ? " — as an actor" : ""}`]);
  }
  for (const t of f.times || [])
    out.push([t.start, t.end, "ann-time", t.anchored
      ? `Date: ${t.anchored} (${t.value} counted from the day the story is about)`
      : `Date: ${t.value || "unresolved"} (${t.kind})`]);
  for (const q of f.quantities || []) {
    const range = q.low !== null && q.high !== null && q.low !== undefined ? ` [${fmt(q.low)}–${fmt(q.high)}]` : "";
    out.push([q.start, q.end, "ann-num", `Number: ${fmt(q.value)}${range} ${q.unit || ""}` +
      `${q.measure ? " · " + q.measure : ""} · ${q.hedge}${q.change ? " · " + q.change : ""}`]);
  }
  for (const a of f.attributions || []) {
    if (a.source.start === null || a.source.start === undefined) continue;
    out.push([a.source.start, a.source.end, "ann-source",
      `Source: ${a.source.name || a.source.text} (${typeLabel(a.source.kind)})` +
      `${a.cue ? " · " + a.cue.text : ""} · ${a.certainty}${a.date ? " · " + readableDate(a.date) : ""}`]);
  }
  for (const s of f.spans || []) out.push([s.start, s.end, "ann-furniture", `Page furniture: ${s.kind}`]);
  return out.filter((a) => a[1] > a[0]);
}

/** Where the sentence holding [start, end) begins and ends (the rule the store uses). */
function sentenceBounds(text, start, end) {
  const boundary = /(?<=[.!?\u201d"])\s+(?=[\u201c"A-Z0-9])|\n/g;
  let left = 0, right = text.length, match;
  while ((match = boundary.exec(text)) !== null) {
    if (match.index + match[0].length <= start) left = match.index + match[0].length;
    else if (match.index >= end) { right = match.index; break; }
    if (match[0].length === 0) boundary.lastIndex++;
  }
  while (left < right && /\s/.test(text[left])) left++;
  while (right > left && /\s/.test(text[right - 1])) right--;
  return [left, right];
}

/** What a claim says, as [start, end] pairs: its parts, so that the reporting clause that
    interrupts a quote ("“A,” she said. “B.”") is not marked as said (older stores: the claim). */
export function claimParts(a) {
  return (a.parts && a.parts.length ? a.parts : [a.claim]).map((p) => [p.start, p.end]);
}

/** Offsets both ways between characters (code points, which the API counts, as Python does)
    and the UTF-16 units a JS string is sliced by: after an emoji (two units) every mark would
    land one place off. Built once per article; the same numbers when nothing is astral. */
function offsetMaps(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return { toUnit: (i) => i, toPoint: (i) => i, length: text.length };
  const units = [], points = new Int32Array(text.length + 1);
  let unit = 0;
  for (const char of text) {
    points[unit] = points[unit + char.length - 1] = units.length;
    units.push(unit);
    unit += char.length;
  }
  points[unit] = units.length;
  units.push(unit);
  const last = units.length - 1;
  return { toUnit: (i) => units[Math.min(i, last)], toPoint: (i) => points[i], length: last };
}

/** The text as DOM nodes: the focus's sentence in one <mark>, findings as spans with tooltips.
    Offsets (of findings, claims, the focus and the cuts) are characters throughout. */
export function renderAnnotated(target, article, focus, claims) {
  const text = article.text, at = offsetMaps(text);
  const anns = annotations(article);
  for (const [s, e] of claims) anns.push([s, e, "ann-claim", "Claim attributed to a source"]);
  const blocks = [];
  // a focus the text holds: an address's offsets may be anything ("-5", "x", past the end)
  if (focus && Number.isInteger(focus[0]) && focus[0] >= 0 && focus[1] > focus[0] && focus[1] <= at.length) {
    anns.push([focus[0], focus[1], "focus", null]);
    const [left, right] = sentenceBounds(text, at.toUnit(focus[0]), at.toUnit(focus[1])).map(at.toPoint);
    blocks.push([0, left, false], [left, right, true], [right, at.length, false]);
  } else {
    blocks.push([0, at.length, false]);
  }
  for (const [start, end, isEvidence] of blocks) {
    if (end <= start) continue;
    const holder = isEvidence ? el("mark", { class: "evidence", id: "evidence" }) : document.createDocumentFragment();
    appendSegments(holder, text, at, start, end, anns);
    target.append(holder);
  }
}

/** The block's text cut at every mark's ends, each piece in a span naming the marks over it.
    One pass: the marks sorted by start join the open ones as the cuts reach them and leave when
    they end (a scan of every mark for every piece took seconds on a long article). */
function appendSegments(holder, text, at, start, end, anns) {
  const inside = anns.map((a, order) => [a, order]).filter(([[s, e]]) => s < end && e > start);
  const cuts = new Set([start, end]);
  for (const [[s, e]] of inside) {
    if (s > start) cuts.add(s);
    if (e < end) cuts.add(e);
  }
  const points = [...cuts].sort((a, b) => a - b);
  inside.sort((x, y) => x[0][0] - y[0][0] || x[1] - y[1]);
  let open = [], next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    open = open.filter(([[, e]]) => e > a);
    let joined = false;
    for (; next < inside.length && inside[next][0][0] <= a; next++) {
      if (inside[next][0][1] > a) { open.push(inside[next]); joined = true; }
    }
    if (joined) open.sort((x, y) => x[1] - y[1]);  // in the marks' own order, as their tips read
    const piece = text.slice(at.toUnit(a), at.toUnit(b));
    if (!open.length) {
      holder.append(document.createTextNode(piece));
      continue;
    }
    const covering = open.map(([mark]) => mark);
    const tips = covering.map((c) => c[3]).filter(Boolean);
    holder.append(el("span", {
      class: covering.map((c) => c[2]).join(" "),
      // focusable, so that a keyboard and a tap open its tip (tooltip.js)
      tabindex: tips.length ? 0 : null,
      dataset: tips.length ? { tip: tips.join("\n"), start: a, end: b } : { start: a, end: b },
    }, piece));
  }
}
