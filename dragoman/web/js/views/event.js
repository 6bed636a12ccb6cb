// One event: its evidence sentence in its article, trigger and actors highlighted, the codes with their
// names, modality and attribution, the rule that fired.
import { get } from "../api.js";
import { QUAD_NAMES, actorLabel, h, loading } from "../dom.js";

function highlighted(text, marks) {
  const evidence = marks.find((m) => m.kind === "evidence");
  const inner = marks.filter((m) => m.kind !== "evidence").sort((a, b) => a.start - b.start);
  const out = [text.slice(0, evidence.start)];
  const mark = h("mark", { class: "evidence", id: "evidence" });
  let at = evidence.start;
  for (const m of inner) {
    if (m.start < at) continue;
    mark.append(text.slice(at, m.start), h("mark", { class: m.kind, title: m.kind.replace("_", " ") }, text.slice(m.start, m.end)));
    at = m.end;
  }
  mark.append(text.slice(at, evidence.end));
  out.push(mark, text.slice(evidence.end));
  return out;
}

function actorField(actor) {
  if (!actor) return "—";
  const link = actor.id ? h("a", { href: `#/events?actor=${encodeURIComponent(actor.id)}` }, actorLabel(actor)) : actorLabel(actor);
  return h("span", {}, link, h("span", { class: "note" }, ` “${actor.text}”${actor.id ? " · " + actor.id : ""}`));
}

export async function render(view, _filters, { id }) {
  loading(view, "the event");
  const { event: e, article: a, marks, codes } = await get(`events/${encodeURIComponent(id)}`);
  const fields = [
    ["source", actorField(e.source)],
    ["event", h("span", { class: `q${e.quad_class}` }, `${codes.cameo} ${codes.cameo_name || ""}`)],
    ["root", `${codes.root} ${codes.root_name || ""}`],
    ["QuadClass", `${e.quad_class} ${QUAD_NAMES[e.quad_class]}`],
    ["Goldstein", e.goldstein],
    ["PLOVER", `${codes.plover_type || "—"}${codes.plover_mode ? " / " + codes.plover_mode : ""}`],
    ["target", actorField(e.target)],
    ["modality", h("span", { class: `badge ${e.modality}` }, e.modality)],
    ["claimed by", e.attributed_to ? actorField(e.attributed_to) : "the article, in its own voice"],
    ["date", e.date || "undated"],
    ["place", e.location ? `${e.location.name}${e.location.country ? " (" + e.location.country + ")" : ""}` : "—"],
    ["confidence", e.confidence],
    ["trigger", e.evidence.trigger || "—"],
    ["rule", h("span", { class: "code" }, e.rule || "—")],
  ];
  const title = a.title || a.doc_id || a.id;
  view.replaceChildren(
    h("p", {}, h("a", { href: "#/events" }, "← events")),
    h("h2", {}, `${actorLabel(e.source)} → ${codes.cameo_name || e.cameo} → ${actorLabel(e.target)}`),
    h(
      "div",
      { class: "grid" },
      h(
        "section",
        { "aria-label": "Article" },
        h("h3", {}, title),
        h("p", { class: "note" }, [a.outlet, a.wire && `wire ${a.wire}`, a.published, a.lang, a.dateline].filter(Boolean).join(" · ")),
        h(
          "p",
          { class: "legend" },
          h("span", {}, h("mark", { class: "evidence" }, "evidence")),
          h("span", {}, h("mark", { class: "trigger" }, "trigger")),
          h("span", {}, h("mark", { class: "source" }, "source")),
          h("span", {}, h("mark", { class: "target" }, "target")),
          h("span", {}, h("mark", { class: "attributed_to" }, "claimed by")),
        ),
        h("div", { class: "article-text", tabindex: "0" }, highlighted(a.text, marks)),
        h("p", { class: "note" }, a.copies === null ? "Copies and translations of this article: not computed in this store yet." : `Copies and translations: ${a.copies.length}`),
      ),
      h("aside", { class: "side", "aria-label": "Codes" }, h("dl", { class: "fields" }, fields.flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]))),
    ),
  );
  document.getElementById("evidence")?.scrollIntoView({ block: "center" });
}
