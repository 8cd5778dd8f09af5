/* The tooltip that shows a marked span's finding. */

import { $ } from "./dom.js";

export function initTooltip() {
  const tip = $("tip");
  document.addEventListener("mouseover", (event) => {
    const target = event.target instanceof Element ? event.target.closest("[data-tip]") : null;
    if (!target) {
      tip.hidden = true;
      return;
    }
    tip.textContent = target.dataset.tip;
    tip.hidden = false;
    const box = target.getBoundingClientRect();
    tip.style.left = `${Math.min(window.innerWidth - 320, box.left + window.scrollX)}px`;
    tip.style.top = `${box.bottom + window.scrollY + 6}px`;
  });
}
