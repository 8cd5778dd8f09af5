/* The tabs beside the map: which panel shows, the keyboard between tabs, and bringing the
 * panels into view on a narrow screen. */

import { showError } from "./api.js";
import { loadSubjects } from "./claims.js";
import { $ } from "./dom.js";
import { state } from "./state.js";

export function showTab(name) {
  if (name === "events" || name === "incidents") state.listTab = name;
  // the claim tracker's subjects are read when it is first opened: a large store's take a second;
  // a failed read is forgotten, so that opening the tab again tries again
  if (name === "claims" && !state.subjects) {
    state.subjects = loadSubjects().catch((error) => {
      state.subjects = null;
      showError($("claims-chart"), error);
    });
  }
  document.querySelectorAll(".tabs button").forEach((b) => {
    b.classList.toggle("active", b.dataset.tab === name);
    b.setAttribute("aria-selected", String(b.dataset.tab === name));
    b.tabIndex = b.dataset.tab === name ? 0 : -1; // Tab reaches the chosen tab; arrow keys the others
  });
  document.querySelectorAll(".panel").forEach((p) => p.classList.toggle("active", p.id === `panel-${name}`));
}

/** ArrowLeft and ArrowRight move to the tab beside the focused one, round the ends, and open it:
 * the keyboard pattern of a tab list, whose other tabs Tab skips. */
export function moveBetweenTabs(event) {
  const step = { ArrowLeft: -1, ArrowRight: 1 }[event.key];
  if (!step) return;
  const tabs = [...document.querySelectorAll(".tabs button")].filter((b) => !b.hidden);
  const at = tabs.indexOf(document.activeElement);
  if (at < 0) return;
  const next = tabs[(at + step + tabs.length) % tabs.length];
  event.preventDefault();
  showTab(next.dataset.tab);
  next.focus();
}

/** On a narrow screen the panels sit below the map: once what the reader asked for (an event,
 * an article, search results, a filtered list) is drawn, scroll it into view. */
export function revealPanels() {
  const tabs = document.querySelector(".tabs");
  if (window.matchMedia("(max-width: 900px)").matches && Math.abs(tabs.getBoundingClientRect().top) > 1)
    tabs.scrollIntoView({ block: "start" });
}
