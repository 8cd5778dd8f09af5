/* Adding an article from the page (only where the server allows it). */

import { api, showError } from "./api.js";
import { $ } from "./dom.js";
import { loadEvents } from "./events.js";
import { loadStats } from "./stats.js";

/** Posts the form's article, opens it, and draws the event list and every count again with it.
 * The incidents are the ledger's, which a post does not rebuild (a whole rebuild: about a second
 * for a thousand articles): the line says so. */
export async function ingest(form) {
  const status = $("ingest-status");
  const data = Object.fromEntries(new FormData(form).entries());
  for (const key of Object.keys(data)) if (!data[key]) delete data[key];
  status.textContent = "Reading…";
  let result;
  try {
    result = await api("/api/articles", { method: "POST", body: JSON.stringify(data),
      headers: { "Content-Type": "application/json", Accept: "application/json" } });
  } catch (error) {
    status.textContent = `Refused: ${error.message}`;
    return;
  }
  const events = `${result.events} event${result.events === 1 ? "" : "s"}`;
  status.textContent = `${result.stored ? "Stored" : "Already stored"}: ${events}. ` +
    "The incidents take it in after `sitrep ledger`.";
  location.hash = `#/article/${encodeURIComponent(result.id)}`;
  await Promise.all([loadStats().catch((error) => showError($("stats"), error)),
    loadEvents(0).catch((error) => showError($("events"), error))]);
}
