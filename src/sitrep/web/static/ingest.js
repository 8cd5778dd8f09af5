/* Adding an article from the page (only where the server allows it). */

import { api } from "./api.js";
import { $ } from "./dom.js";
import { loadEvents } from "./events.js";

export async function ingest(form) {
  const status = $("ingest-status");
  const data = Object.fromEntries(new FormData(form).entries());
  for (const key of Object.keys(data)) if (!data[key]) delete data[key];
  status.textContent = "Reading…";
  try {
    const result = await api("/api/articles", { method: "POST", body: JSON.stringify(data),
      headers: { "Content-Type": "application/json", Accept: "application/json" } });
    status.textContent = `${result.stored ? "Stored" : "Already stored"}: ${result.events} events.`;
    location.hash = `#/article/${encodeURIComponent(result.id)}`;
    loadEvents(0);
  } catch (error) {
    status.textContent = `Refused: ${error.message}`;
  }
}
