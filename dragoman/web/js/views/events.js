// The event list: filtered events, newest first, a page at a time.
import { get } from "../api.js";
import { QUAD_NAMES, actorLabel, empty, eventLink, h, loading } from "../dom.js";

const SORTS = { "-date": "newest first", date: "oldest first", goldstein: "most conflictual", "-goldstein": "most cooperative", "-confidence": "most confident" };

export async function render(view, filters, { params, go }) {
  const sort = params.get("sort") || "-date";
  loading(view, "events");
  const page = await get("events", { ...filters, sort, limit: 50 });
  const heading = h("h2", {}, `${page.total} events`);
  const sorter = h(
    "select",
    { "aria-label": "Sort", onchange: (e) => go("events", { sort: e.target.value }) },
    Object.entries(SORTS).map(([value, label]) => h("option", { value, selected: value === sort }, label)),
  );
  const csv = new URLSearchParams({ ...filters, sort, format: "csv", limit: 1000 });
  view.replaceChildren(
    h("div", { class: "legend" }, heading, h("label", {}, "Sort ", sorter), " ", h("a", { href: `api/events?${csv}` }, "CSV")),
  );
  if (!page.events.length) {
    empty(view, "No event matches these filters. Widen the dates, clear a filter, or upload articles to code.");
    return;
  }
  const body = h("tbody");
  const table = h(
    "table",
    {},
    h("thead", {}, h("tr", {}, ["date", "source", "event", "target", "modality", "trigger", "place", "lang"].map((c) => h("th", { scope: "col" }, c)))),
    body,
  );
  const addRows = (events) => {
    for (const e of events) {
      body.append(
        h(
          "tr",
          {},
          h("td", {}, e.date || h("span", { class: "note" }, "undated")),
          h("td", {}, actorLabel(e.source)),
          h("td", { class: `q${e.quad_class}`, title: QUAD_NAMES[e.quad_class] }, eventLink(e, `${e.cameo} ${e.plover.type}`)),
          h("td", {}, actorLabel(e.target)),
          h("td", {}, h("span", { class: `badge ${e.modality}` }, e.modality), e.attributed_to ? h("div", { class: "note" }, `per ${actorLabel(e.attributed_to)}`) : null),
          h("td", {}, e.evidence.trigger || ""),
          h("td", {}, e.location ? h("a", { href: `#/events?place=${encodeURIComponent(e.location.name)}`, title: e.location.country || "" }, e.location.name) : ""),
          h("td", {}, e.lang),
        ),
      );
    }
  };
  addRows(page.events);
  view.append(table);
  let cursor = page.next_cursor;
  if (cursor) {
    const more = h("button", { class: "secondary", type: "button" }, "Load more");
    more.addEventListener("click", async () => {
      more.disabled = true;
      more.textContent = "Loading…";
      const next = await get("events", { ...filters, sort, limit: 50, cursor });
      addRows(next.events);
      cursor = next.next_cursor;
      more.disabled = false;
      more.textContent = "Load more";
      if (!cursor) more.remove();
    });
    view.append(h("p", {}, more));
  }
}
