/* Adding an article from the page (only where the server allows it). */

import { api, showError } from "./api.js";
import { $ } from "./dom.js";
import { loadEvents } from "./events.js";
import { loadIncidents } from "./incidents.js";
import { loadStats } from "./stats.js";

/** Posts the form's article, opens it, and draws the lists and every count again with it. */
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
  status.textContent = `${result.stored ? "Stored" : "Already stored"}: ${result.events} events.`;
  location.hash = `#/article/${encodeURIComponent(result.id)}`;
  await Promise.all([loadStats().catch((error) => showError($("stats"), error)), loadEvents(0), loadIncidents(0)]);
}
