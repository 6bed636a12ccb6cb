// The router: `#/<view>/<id>?<filters>`. The filter bar writes the filters into the address, so every
// view reads the same ones, and a view can be bookmarked or shared as it is.
import { FILTERS, get } from "./api.js";
import { failed } from "./dom.js";
import * as events from "./views/events.js";
import * as event from "./views/event.js";
import * as graph from "./views/graph.js";
import * as timeline from "./views/timeline.js";
import * as map from "./views/map.js";
import * as runs from "./views/runs.js";
import * as upload from "./views/upload.js";

const VIEWS = { events, event, graph, timeline, map, runs, upload };
const form = document.getElementById("filters");
const view = document.getElementById("view");

export function route() {
  const [path, query = ""] = location.hash.replace(/^#\/?/, "").split("?");
  const [name, ...rest] = path.split("/");
  return { name: VIEWS[name] ? name : "events", id: rest.map(decodeURIComponent).join("/"), params: new URLSearchParams(query) };
}

export function filters(params = route().params) {
  const out = {};
  for (const key of FILTERS) if (params.get(key)) out[key] = params.get(key);
  return out;
}

export function go(name, extra = {}, id = "") {
  const params = new URLSearchParams({ ...filters(), ...extra });
  for (const [key, value] of [...params]) if (!value) params.delete(key);
  const qs = params.toString();
  location.hash = `#/${name}${id ? "/" + encodeURIComponent(id) : ""}${qs ? "?" + qs : ""}`;
}

function fillForm(params) {
  for (const key of FILTERS) if (form.elements[key]) form.elements[key].value = params.get(key) || "";
}

async function render() {
  const { name, id, params } = route();
  fillForm(params);
  for (const link of document.querySelectorAll("nav a")) {
    link.href = `#/${link.dataset.view}${params.toString() ? "?" + params : ""}`;
    if (link.dataset.view === name || (name === "event" && link.dataset.view === "events")) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  try {
    await VIEWS[name].render(view, filters(params), { id, params, go });
  } catch (error) {
    failed(view, error);
  }
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  const { name, params } = route();
  for (const key of FILTERS) {
    const value = (form.elements[key].value || "").trim();
    if (value) params.set(key, value);
    else params.delete(key);
  }
  params.delete("cursor");
  const target = name === "event" ? "events" : name;
  const qs = params.toString();
  location.hash = `#/${target}${qs ? "?" + qs : ""}`;
});
form.addEventListener("reset", (e) => {
  e.preventDefault();
  const { name } = route();
  location.hash = `#/${name === "event" ? "events" : name}`;
});

let lookup;
form.elements.actor.addEventListener("input", () => {
  clearTimeout(lookup);
  const q = form.elements.actor.value.trim();
  if (q.length < 2 || q.includes(":")) return;
  lookup = setTimeout(async () => {
    try {
      const { actors } = await get("actors", { q, limit: 12 });
      document.getElementById("actor-options").replaceChildren(
        ...actors.map((a) => {
          const option = document.createElement("option");
          option.value = a.id;
          option.label = `${a.name} (${a.events} events)`;
          return option;
        }),
      );
    } catch {
      /* suggestions are a help, not a need */
    }
  }, 200);
});

window.addEventListener("hashchange", render);
get("about")
  .then((about) => {
    document.getElementById("nav-upload").hidden = !about.ingest;
  })
  .catch(() => {});
render();
