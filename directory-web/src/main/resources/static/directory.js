// Progressive enhancement of the search page; every page works without it.
// - ticking a filter or choosing an order searches at once (without script: "Apply filters");
// - the search box suggests names and acronyms from /api/suggest as one types.
"use strict";

document.documentElement.classList.add("js");

document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("form[data-live]");
  if (form) {
    form.addEventListener("change", (event) => {
      const target = event.target;
      if (target.matches(".facets input[type=checkbox], select[name=sort]")) {
        form.requestSubmit();
      }
    });
  }
  document.querySelectorAll("input[data-suggest]").forEach(typeAhead);
});

function typeAhead(input) {
  const list = document.getElementById(input.getAttribute("aria-controls"));
  let active = -1;
  let timer = 0;
  let asked = "";

  const options = () => Array.from(list.querySelectorAll("[role=option]"));

  const close = () => {
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const highlight = (index) => {
    const all = options();
    all.forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
    active = index;
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", all[index].id);
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  };

  const show = (suggestions) => {
    list.replaceChildren();
    suggestions.forEach((suggestion, i) => {
      const item = document.createElement("li");
      item.id = "suggestion-" + i;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      item.dataset.url = suggestion.url;
      const name = document.createElement("span");
      name.textContent = suggestion.name;
      const type = document.createElement("span");
      type.className = "kind";
      type.textContent = suggestion.type.replace("_", " ");
      item.append(name, " ", type);
      item.addEventListener("mousedown", (event) => {
        event.preventDefault();
        window.location.assign(suggestion.url);
      });
      list.append(item);
    });
    list.hidden = suggestions.length === 0;
    input.setAttribute("aria-expanded", String(suggestions.length > 0));
    active = -1;
  };

  const ask = async () => {
    const q = input.value;
    if (q.trim().length < 2) {
      close();
      return;
    }
    asked = q;
    try {
      const response = await fetch("/api/suggest?q=" + encodeURIComponent(q), {
        headers: { Accept: "application/json" },
      });
      if (response.ok && asked === input.value) {
        show(await response.json());
      }
    } catch (e) {
      close(); // suggestions are a help, never in the way
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(ask, 120);
  });
  input.addEventListener("keydown", (event) => {
    const all = options();
    if (event.key === "ArrowDown" && all.length > 0) {
      event.preventDefault();
      highlight((active + 1) % all.length);
    } else if (event.key === "ArrowUp" && all.length > 0) {
      event.preventDefault();
      highlight(active <= 0 ? all.length - 1 : active - 1);
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      window.location.assign(all[active].dataset.url);
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
}
