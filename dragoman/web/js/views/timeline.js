// The timeline: events per day, week or month stacked by QuadClass, for the filters or one dyad.
import { get } from "../api.js";
import { QUAD_COLOURS, QUAD_NAMES, empty, h, loading } from "../dom.js";

const d3 = window.d3;

export async function render(view, filters, { params, go }) {
  const interval = params.get("interval") || "week";
  const dyad = { source: params.get("source") || "", target: params.get("target") || "" };
  loading(view, "the timeline");
  const data = await get("timeline", { ...filters, ...dyad, interval });
  const controls = h(
    "form",
    { class: "legend", onsubmit: (e) => { e.preventDefault(); const f = new FormData(e.target); go("timeline", { interval: f.get("interval"), source: f.get("source"), target: f.get("target") }); } },
    h("label", {}, "Per ", h("select", { name: "interval" }, ["day", "week", "month"].map((i) => h("option", { selected: i === interval }, i)))),
    " ",
    h("label", {}, "Dyad source ", h("input", { name: "source", value: dyad.source, placeholder: "state:CHN or CHN", size: 14 })),
    " ",
    h("label", {}, "→ target ", h("input", { name: "target", value: dyad.target, placeholder: "state:RUS or RUS", size: 14 })),
    " ",
    h("button", { type: "submit" }, "Show"),
  );
  view.replaceChildren(h("h2", {}, "Timeline"), controls, h("p", { class: "legend" }, [1, 2, 3, 4].map((q) => h("span", {}, h("span", { style: `color:${QUAD_COLOURS[q]}` }, "■ "), `${q} ${QUAD_NAMES[q]}`))));
  const undated = data.undated ? h("p", { class: "note" }, `${data.undated} matching events have no date precise enough for a ${interval}, and are not drawn.`) : null;
  if (!data.buckets.length) {
    empty(view, "No dated event matches these filters. Widen the dates or clear a filter.");
    if (undated) view.append(undated);
    return;
  }
  const periods = [...new Set(data.buckets.map((b) => b.period))].sort();
  const rows = periods.map((p) => {
    const row = { period: p };
    for (const q of [1, 2, 3, 4]) row[q] = 0;
    for (const b of data.buckets) if (b.period === p) row[b.quad_class] = b.events;
    return row;
  });
  const series = d3.stack().keys([1, 2, 3, 4])(rows);
  const width = 960, height = 360, m = { top: 16, right: 16, bottom: 60, left: 44 };
  const x = d3.scaleBand(periods, [m.left, width - m.right]).padding(0.15);
  const y = d3.scaleLinear([0, d3.max(series.at(-1), (d) => d[1])], [height - m.bottom, m.top]).nice();
  const svg = d3.create("svg").attr("viewBox", [0, 0, width, height]).attr("width", width).attr("height", height).attr("role", "img").attr("aria-label", `Events per ${interval} by QuadClass`);
  svg.append("g").selectAll("g").data(series).join("g").attr("fill", (s) => QUAD_COLOURS[s.key])
    .selectAll("rect").data((s) => s.map((d) => ({ ...d, key: s.key }))).join("rect")
    .attr("x", (d) => x(d.data.period)).attr("y", (d) => y(d[1])).attr("height", (d) => y(d[0]) - y(d[1])).attr("width", x.bandwidth())
    .append("title").text((d) => `${d.data.period}: ${d.data[d.key]} ${QUAD_NAMES[d.key]}`);
  svg.append("g").attr("transform", `translate(0,${height - m.bottom})`).call(d3.axisBottom(x).tickValues(periods.filter((_, i) => i % Math.ceil(periods.length / 24) === 0)))
    .selectAll("text").attr("transform", "rotate(-40)").attr("text-anchor", "end");
  svg.append("g").attr("transform", `translate(${m.left},0)`).call(d3.axisLeft(y).ticks(6));
  view.append(svg.node());
  if (undated) view.append(undated);
}
