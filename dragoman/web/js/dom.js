// Small DOM helpers: build elements without innerHTML, so text from articles is never read as markup.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else if (key === "class") el.className = value;
    else el.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

export function loading(view, what) {
  view.replaceChildren(h("p", { class: "state loading", role: "status" }, `Loading ${what}`));
}

export function empty(view, message) {
  view.append(h("p", { class: "state", role: "status" }, message));
}

export function failed(view, error) {
  const hint = error.status === 401 ? " Enter the server's token on the Upload page." : "";
  view.replaceChildren(h("p", { class: "state error", role: "alert" }, `${error.message}${hint}`));
}

export const QUAD_NAMES = {
  1: "verbal cooperation",
  2: "material cooperation",
  3: "verbal conflict",
  4: "material conflict",
};
export const QUAD_COLOURS = { 1: "#4c9f70", 2: "#1f7a4d", 3: "#e08a2c", 4: "#c0392b" };

export function actorLabel(actor) {
  if (!actor) return "—";
  const code = actor.cameo ? ` [${actor.cameo}]` : "";
  return `${actor.name || actor.text}${code}`;
}

export function eventLink(event, text) {
  return h("a", { href: `#/event/${event.event_id}` }, text);
}
