// The map: events on a world map from the country shapes the package ships (no tile server). Events with
// coordinates are points, merged into clusters where they crowd; the others are counted in their place's
// country, else their target's, else their source's: "by country".
import { empty, h, loading } from "../dom.js";
import { get } from "../api.js";

const d3 = window.d3;
const topojson = window.topojson;
let world;

async function countries() {
  if (!world) {
    const topology = await (await fetch("vendor/countries-110m.json")).json();
    world = topojson.feature(topology, topology.objects.countries).features;
  }
  return world;
}

// Greedy grid clustering in screen space: points closer than `cell` pixels merge into one circle, which
// keeps the box around its points (clicking it lists the events inside).
export function cluster(points, project, cell = 28) {
  const cells = new Map();
  for (const p of points) {
    const xy = project([p.lon, p.lat]);
    if (!xy) continue;
    const key = `${Math.round(xy[0] / cell)}:${Math.round(xy[1] / cell)}`;
    const c = cells.get(key) || { x: 0, y: 0, events: 0, names: [], west: 180, south: 90, east: -180, north: -90 };
    c.x += xy[0] * p.events;
    c.y += xy[1] * p.events;
    c.events += p.events;
    c.west = Math.min(c.west, p.lon);
    c.east = Math.max(c.east, p.lon);
    c.south = Math.min(c.south, p.lat);
    c.north = Math.max(c.north, p.lat);
    if (p.name) c.names.push(p.name);
    cells.set(key, c);
  }
  return [...cells.values()].map((c) => ({ ...c, x: c.x / c.events, y: c.y / c.events }));
}

// The cluster's box, padded a little (points are rounded to 0.01°), as the API's bbox filter.
export function bbox(c, pad = 0.05) {
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  return [clamp(c.west - pad, -180, 180), clamp(c.south - pad, -90, 90), clamp(c.east + pad, -180, 180), clamp(c.north + pad, -90, 90)]
    .map((v) => Math.round(v * 100) / 100).join(",");
}

export async function render(view, filters, { go }) {
  loading(view, "the map");
  const [places, features] = await Promise.all([get("places", filters), countries()]);
  const byNumeric = new Map(places.countries.filter((c) => c.numeric).map((c) => [c.numeric, c]));
  const located = places.points.reduce((n, p) => n + p.events, 0);
  const byPlaceCountry = places.countries.reduce((n, c) => n + c.by_location, 0);
  const byActors = places.countries.reduce((n, c) => n + c.events - c.by_location, 0);
  view.replaceChildren(
    h("h2", {}, "Map"),
    h("p", { class: "note", id: "map-note" },
      h("span", { class: "legend-dot located" }), ` ${located} events placed by their own location (circles: where the text says they happened). `,
      h("span", { class: "legend-dot by-country" }), ` ${byPlaceCountry + byActors} placed by country (shading): ${byPlaceCountry} by the country the text places them in (a whole country, or a place without coordinates), ${byActors} by their target's country, else their source's, as the text gave no place`,
      places.unplaced ? `; ${places.unplaced} with no country at all are not drawn` : "",
      ". Click a circle to list its events, a country to filter by it."),
  );
  if (!places.points.length && !places.countries.length) {
    empty(view, "No event matches these filters. Clear a filter or widen the dates.");
    return;
  }
  const width = 960, height = 500;
  const projection = d3.geoNaturalEarth1().fitSize([width, height], { type: "Sphere" });
  const path = d3.geoPath(projection);
  const max = d3.max(places.countries, (c) => c.events) || 1;
  const shade = d3.scaleSequentialSqrt([0, max], d3.interpolateBlues);
  const svg = d3.create("svg").attr("viewBox", [0, 0, width, height]).attr("width", width).attr("height", height).attr("role", "img").attr("aria-label", "World map of events by country");
  svg.append("path").attr("d", path({ type: "Sphere" })).attr("fill", "#eef4fa");
  svg.append("g").selectAll("path").data(features).join("path").attr("class", "country").attr("d", path)
    .attr("fill", (f) => (byNumeric.has(f.id) ? shade(byNumeric.get(f.id).events) : "#dde3ea"))
    .attr("data-country", (f) => byNumeric.get(f.id)?.country || null)
    .style("cursor", (f) => (byNumeric.has(f.id) ? "pointer" : null))
    .on("click", (_, f) => { const c = byNumeric.get(f.id); if (c) go("events", { country: c.country }); })
    .append("title").text((f) => { const c = byNumeric.get(f.id); return c ? `${f.properties.name}: ${c.events} events (mean Goldstein ${c.goldstein})` : f.properties.name; });
  const clusters = cluster(places.points, projection);
  const r = d3.scaleSqrt([1, d3.max(clusters, (c) => c.events) || 1], [4, 22]);
  const dots = svg.append("g").selectAll("g").data(clusters).join("g").attr("transform", (c) => `translate(${c.x},${c.y})`);
  dots.attr("class", "place").attr("tabindex", 0).attr("role", "link").attr("data-bbox", (c) => bbox(c)).style("cursor", "pointer")
    .on("click", (_, c) => go("events", { bbox: bbox(c) }))
    .on("keydown", (e, c) => { if (e.key === "Enter") go("events", { bbox: bbox(c) }); });
  dots.append("circle").attr("r", (c) => r(c.events)).attr("fill", "#c0392b").attr("fill-opacity", 0.7).attr("stroke", "#fff");
  dots.filter((c) => c.events > 1).append("text").attr("text-anchor", "middle").attr("dy", 4).attr("fill", "#fff").text((c) => c.events);
  dots.append("title").text((c) => `${c.events} events: ${[...new Set(c.names)].slice(0, 5).join(", ")}`);
  const table = h("table", { "aria-label": "Events by country" },
    h("thead", {}, h("tr", {}, h("th", {}, "country"), h("th", {}, "events"), h("th", {}, "by location"), h("th", {}, "mean Goldstein"))),
    h("tbody", {}, places.countries.map((c) => h("tr", {}, h("td", {}, h("a", { href: `#/events?country=${c.country}` }, c.country)), h("td", {}, c.events), h("td", {}, c.by_location), h("td", {}, c.goldstein)))));
  view.append(h("div", { class: "grid" }, h("div", {}, svg.node()), h("div", { class: "side" }, table)));
}
