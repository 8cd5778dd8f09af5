/* Requests to the JSON API, and errors shown where the answer would have been. */

import { $, clear, el } from "./dom.js";

export async function api(path, options) {
  const response = await fetch(path, Object.assign({ headers: { Accept: "application/json" } }, options));
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

export function showError(where, error) {
  clear(where).append(el("p", { class: "error", text: String(error.message || error) }));
}

/** One page of a list from the API, or null with the error shown in the list and its count line
 * emptied, so that a failed page never leaves the last page's count standing. */
// `isLatest` tells whether the list still wants this request: an older request's error must not
// blank a list a later one has drawn.
export async function listPage(path, list, countId, isLatest) {
  try {
    return await api(path);
  } catch (error) {
    if (isLatest()) {
      showError(list, error);
      $(countId).textContent = "";
    }
    return null;
  }
}
