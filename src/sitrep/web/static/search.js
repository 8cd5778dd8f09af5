/* Full-text search over the stored articles. */

import { api, showError } from "./api.js";
import { $, clear, el } from "./dom.js";
import { state } from "./state.js";
import { revealPanels, showTab } from "./tabs.js";

export async function search(q) {
  showTab("search");
  const list = clear($("search-results"));
  const count = $("search-count");
  count.textContent = "";
  const ask = ++state.searchSeq;
  if (!q) return;
  let page;
  try {
    page = await api(`/api/search?${new URLSearchParams({ q, limit: 50 })}`);
  } catch (error) {
    if (ask === state.searchSeq) showError(list, error);
    return;
  }
  if (ask !== state.searchSeq) return; // the reader searched again meanwhile: that answer draws
  const n = page.items.length;
  count.textContent = !n
    ? `Nothing found for “${q}”: an article must have every word; fewer words may find more.`
    : `${n} article${n === 1 ? "" : "s"} for “${q}”, best first${page.next_offset === null ? "" : " (the 50 best of more)"}`;
  for (const hit of page.items) {
    list.append(el("li", { class: "result" },
      el("a", { href: `#/article/${encodeURIComponent(hit.id)}` }, hit.title || "(untitled)"),
      el("span", { class: "muted" }, ` ${hit.outlet || ""} ${hit.published || ""}`),
      el("p", { class: "snippet" }, snippetNodes(hit.snippet || "", hit.hits || []))));
  }
  revealPanels();
}

/** A snippet with its hits as <mark>, never parsing HTML: the API gives each hit's offsets
 * (`hits`), so an article's own brackets ("[sic]") are shown as text, not as a hit. The offsets
 * count characters (code points), as Python does: sliced as UTF-16 units, every hit after an
 * emoji would be marked one place off. */
function snippetNodes(snippet, hits) {
  const chars = Array.from(snippet);
  const part = (start, end) => chars.slice(start, end).join("");
  const nodes = [];
  let at = 0;
  for (const { start, end } of hits) {
    nodes.push(part(at, start - 1), el("mark", {}, part(start, end)));
    at = end + 1; // past the hit's brackets
  }
  nodes.push(part(at));
  return nodes.filter((node) => node !== "");
}
