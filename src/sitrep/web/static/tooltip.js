/* The tooltip that shows a marked span's finding: on hovering, on keyboard focus (the spans are
 * focusable) and on a tap or click, so that a phone and a keyboard reach it too. */

import { $ } from "./dom.js";

function tipTarget(event) {
  return event.target instanceof Element ? event.target.closest("[data-tip]") : null;
}

function show(tip, target) {
  tip.textContent = target.dataset.tip;
  tip.hidden = false;
  const box = target.getBoundingClientRect();
  tip.style.left = `${Math.max(0, Math.min(window.innerWidth - 320, box.left + window.scrollX))}px`;
  tip.style.top = `${box.bottom + window.scrollY + 6}px`;
}

export function initTooltip() {
  const tip = $("tip");
  const follow = (event) => {
    const target = tipTarget(event);
    if (target) show(tip, target);
    else tip.hidden = true;
  };
  for (const kind of ["mouseover", "focusin", "click"]) document.addEventListener(kind, follow);
  document.addEventListener("keydown", (event) => { if (event.key === "Escape") tip.hidden = true; });
}
