// Runs: what each stage received, passed on and dropped, and why; and what failed.
import { get } from "../api.js";
import { empty, h, loading } from "../dom.js";

export async function render(view) {
  loading(view, "run statistics");
  const stats = await get("runs");
  view.replaceChildren(
    h("h2", {}, "Store"),
    h("p", {}, Object.entries(stats.totals).map(([k, v]) => `${v} ${k}`).join(" · ")),
  );
  if (!stats.runs.length) {
    empty(view, "No run yet: store articles with `dragoman run INPUT --db FILE`, or upload them here when ingest is on.");
    return;
  }
  for (const run of stats.runs) {
    view.append(
      h("h3", {}, `run ${run.run_id} · ${run.started || ""} · exit ${run.exit_code ?? "unfinished"}`),
      h("p", { class: "note" }, (run.inputs || []).join(", ")),
      h("table", {}, h("thead", {}, h("tr", {}, h("th", {}, "stage"), h("th", {}, "reason"), h("th", {}, "count"))),
        h("tbody", {}, run.counts.map((c) => h("tr", {}, h("td", {}, c.stage), h("td", {}, c.reason), h("td", {}, c.count))))),
      run.failures.length ? h("ul", {}, run.failures.map((f) => h("li", {}, `${f.source}: ${f.reason}: ${f.message}`))) : "",
    );
  }
}
