// The actor network: nodes are actors, edges are dyads coloured by mean Goldstein and sized by event
// count. Clicking an edge (or choosing it in the list, by keyboard) lists its events.
import { get } from "../api.js";
import { actorLabel, empty, eventLink, h, loading } from "../dom.js";

const d3 = window.d3;
export const goldsteinColour = d3.scaleDiverging([-10, 0, 10], d3.interpolateRdYlGn);

async function showDyad(panel, filters, edge, names) {
  panel.replaceChildren(h("p", { class: "state loading", role: "status" }, "Loading events"));
  const page = await get("events", { ...filters, source: edge.source.id || edge.source, target: edge.target.id || edge.target, limit: 100 });
  const s = names[edge.source.id || edge.source];
  const t = names[edge.target.id || edge.target];
  panel.replaceChildren(
    h("h3", {}, `${s} → ${t}`),
    h("p", { class: "note" }, `${edge.events} events, mean Goldstein ${edge.goldstein}`),
    h("ul", { id: "dyad-events" }, page.events.map((e) => h("li", {}, eventLink(e, `${e.cameo} ${e.plover.type}`), ` ${actorLabel(e.source)} → ${actorLabel(e.target)} `, h("span", { class: "note" }, e.date || "undated")))),
  );
}

export async function render(view, filters) {
  loading(view, "the actor network");
  const net = await get("network", { ...filters, max_edges: 150 });
  view.replaceChildren(h("h2", {}, "Actor network"), h("p", { class: "note" }, "Edges: source → target, colour = mean Goldstein (red conflict, green cooperation), width = events. Click an edge, or pick one in the list."));
  if (!net.edges.length) {
    empty(view, "No dyad (events with both a resolved source and target) matches these filters. Clear a filter or widen the dates.");
    return;
  }
  const names = Object.fromEntries(net.nodes.map((n) => [n.id, n.name]));
  const width = 900;
  const height = 560;
  const svg = d3.create("svg").attr("viewBox", [0, 0, width, height]).attr("width", width).attr("height", height).attr("role", "img").attr("aria-label", "Actor network graph");
  svg.append("defs").append("marker").attr("id", "arrow").attr("viewBox", "0 -5 10 10").attr("refX", 20).attr("markerUnits", "userSpaceOnUse").attr("markerWidth", 9).attr("markerHeight", 9).attr("orient", "auto").append("path").attr("d", "M0,-5L10,0L0,5").attr("fill", "#888");
  const nodes = net.nodes.map((n) => ({ ...n }));
  const links = net.edges.map((e) => ({ ...e }));
  const widthOf = d3.scaleSqrt([1, d3.max(links, (l) => l.events)], [1.5, 9]);
  const radius = d3.scaleSqrt([1, d3.max(nodes, (n) => n.events)], [5, 18]);
  const panel = h("aside", { class: "side", "aria-label": "Dyad events" }, h("p", { class: "note" }, "Choose an edge to list its events."));
  const edge = svg.append("g").selectAll("line").data(links).join("line").attr("class", "edge").attr("stroke", (l) => goldsteinColour(l.goldstein)).attr("stroke-width", (l) => widthOf(l.events)).attr("marker-end", "url(#arrow)");
  edge.append("title").text((l) => `${names[l.source]} → ${names[l.target]}: ${l.events} events, Goldstein ${l.goldstein}`);
  edge.on("click", (_, l) => {
    edge.classed("selected", (x) => x === l);
    showDyad(panel, filters, l, names);
  });
  const node = svg.append("g").selectAll("g").data(nodes).join("g");
  node.append("circle").attr("r", (n) => radius(n.events)).attr("fill", "#12263f").attr("stroke", "#fff");
  node.append("text").attr("x", 8).attr("y", -8).text((n) => n.name);
  node.append("title").text((n) => `${n.name} (${n.id}): ${n.events} events`);
  const simulation = d3
    .forceSimulation(nodes)
    .force("link", d3.forceLink(links).id((n) => n.id).distance(110))
    .force("charge", d3.forceManyBody().strength(-260))
    .force("x", d3.forceX(width / 2).strength(0.07))
    .force("y", d3.forceY(height / 2).strength(0.1))
    .force("collide", d3.forceCollide(24))
    .stop();
  simulation.tick(300); // lay out before drawing: a still picture, the same on every load
  const clampX = (x) => Math.max(20, Math.min(width - 20, x));
  const clampY = (y) => Math.max(20, Math.min(height - 20, y));
  edge.attr("x1", (l) => clampX(l.source.x)).attr("y1", (l) => clampY(l.source.y)).attr("x2", (l) => clampX(l.target.x)).attr("y2", (l) => clampY(l.target.y));
  node.attr("transform", (n) => `translate(${clampX(n.x)},${clampY(n.y)})`);
  const list = h(
    "ul",
    { "aria-label": "Dyads" },
    links.map((l) =>
      h("li", {}, h("button", { type: "button", class: "link", onclick: () => { edge.classed("selected", (x) => x === l); showDyad(panel, filters, l, names); } }, `${names[l.source.id]} → ${names[l.target.id]}`), h("span", { class: "note" }, ` ${l.events} · ${l.goldstein}`)),
    ),
  );
  view.append(h("div", { class: "grid" }, h("div", {}, svg.node()), h("div", {}, panel, h("details", {}, h("summary", {}, `All ${links.length} dyads`), list))));
}
