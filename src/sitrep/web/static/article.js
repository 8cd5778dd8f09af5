/* One event's card and one article, its findings marked and the event's sentence in view. */

import { claimParts, renderAnnotated } from "./annotate.js";
import { api, showError } from "./api.js";
import { $, clear, el } from "./dom.js";
import { actorTarget, casualtyLinks, eventTitle, eventWhen, fmt, modalityBadge, numberLink, sentenceHref, typeLabel } from "./format.js";
import { followOnMap } from "./map.js";
import { state } from "./state.js";
import { showTab } from "./tabs.js";

export async function openEvent(articleId, idx) {
  showTab("article");
  const box = clear($("event-detail"));
  let event;
  try {
    event = await api(`/api/events/${encodeURIComponent(articleId)}/${idx}`);
  } catch (error) {
    showError(box, error);
    clearArticle();
    return;
  }
  const rows = [
    ["Type", typeLabel(event.type) + (event.acled ? ` (${event.acled})` : "")],
    ["Date", eventWhen(event)],
    ["Place", [event.place_name, event.admin1, event.country].filter(Boolean).join(", ") +
      (event.lat !== null ? ` (${event.lat.toFixed(2)}, ${event.lon.toFixed(2)})` : "")],
    [event.target ? "Actor → target" : "Actor", actorTarget(event)],
    ["Casualties", casualtyLinks(event)],
    ["Weapon", (event.weapon || []).join(", ")],
    ["Modality", modalityBadge(event) || event.modality],
    ["Evidence", el("span", {}, event.sentence || "", " ",
      el("button", { type: "button", class: "to-evidence", onclick: scrollToEvidence }, "show in the article"))],
  ];
  const evidence = event.evidence.attributions.map((a) => el("li", {},
    el("span", { class: "ann-source" }, a.source.name || a.source.text), ` (${typeLabel(a.source.kind)})`,
    a.cue ? ` ${a.cue.text}: ` : ": ",
    el("a", { href: sentenceHref(event.article_id, a.claim.start, a.claim.end) }, a.claim_text)));
  const numbers = event.evidence.quantities.map((q) => el("li", {},
    numberLink(q.value, event.article_id, q.start, q.end, q.unit || ""), q.measure ? ` (${q.measure}, ${q.hedge})` : ""));
  const versions = event.versions.map((v) => el("li", {}, `pipeline ${v.pipeline_version}`,
    v.current ? " (current)" : "", `: ${v.events.map((e) => typeLabel(e.type) + (e.killed !== null ? `, ${fmt(e.killed)} killed` : "")).join("; ") || "not found"}`));
  box.append(el("div", { class: "event-card", id: "event-card" },
    el("h2", {}, eventTitle(event)),
    el("dl", {}, rows.filter(([, v]) => v).map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)])),
    evidence.length ? [el("h3", {}, "Sources"), el("ul", {}, evidence)] : null,
    numbers.length ? [el("h3", {}, "Numbers"), el("ul", {}, numbers)] : null,
    el("h3", {}, "Versions"), el("ul", { class: "versions" }, versions)));
  const claims = event.evidence.attributions.flatMap(claimParts);
  const article = await openArticle(event.article_id, [event.start, event.end], claims, true);
  if (!state.map) return;
  if (event.lat !== null) state.map.setView([event.lat, event.lon], Math.max(state.map.getZoom(), 6));
  else if (article) followOnMap(article);  // an event with no place: where its article is about
}

/** Takes the last opened article off the panel: an error for a stale link must not sit above an
 * article it is not about. */
export function clearArticle() {
  clear($("article-head"));
  delete clear($("article-text")).dataset.article;
}

/** The article with its findings marked, `highlight` its focus; the article, or null when it cannot be read. */
export async function openArticle(articleId, highlight, claims, keepDetail) {
  showTab("article");
  const head = clear($("article-head"));
  const body = clear($("article-text"));
  if (!keepDetail) clear($("event-detail"));
  let article;
  try {
    article = await api(`/api/articles/${encodeURIComponent(articleId)}`);
  } catch (error) {
    showError(body, error);
    return null;
  }
  head.append(el("h2", { id: "article-title" }, article.title || "(untitled)"),
    el("p", { class: "muted" }, [article.outlet, article.published, `pipeline ${article.pipeline_version}`]
      .filter(Boolean).join(" · "), " ",
      article.url && /^https?:\/\//i.test(article.url) ? el("a", { href: article.url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original") : null));
  renderAnnotated(body, article, highlight, claims || []);
  body.dataset.article = article.id;
  if (keepDetail) {
    $("panel-article").scrollTop = 0;  // the card the reader opened stays in view; it links to the sentence
  } else {
    scrollToEvidence();
    followOnMap(article);
  }
  return article;
}

/** The highlighted sentence a third of the way down the article panel. */
function scrollToEvidence() {
  const mark = $("article-text").querySelector(".focus") || $("article-text").querySelector(".evidence");
  if (!mark) return;
  const panel = $("panel-article");
  const top = mark.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
  panel.scrollTop = Math.max(0, top - panel.clientHeight / 3);
}
