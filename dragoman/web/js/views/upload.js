// Upload: drop files or paste text; the server runs the real pipeline and the events come back.
import { get, post, setToken, token } from "../api.js";
import { actorLabel, eventLink, h } from "../dom.js";

function showResult(out, result) {
  const failures = result.failures.map((f) => h("li", { class: "q4" }, `${f.source}: ${f.reason}: ${f.message}`));
  out.replaceChildren(
    h("h3", {}, `${result.events.length} events from ${result.articles.length} new articles (run ${result.run_id})`),
    result.articles.length ? "" : h("p", { class: "note" }, "No new article: the text was already in the store, or nothing was left after cleaning."),
    failures.length ? h("ul", {}, failures) : "",
    h("ul", {}, result.events.map((e) => h("li", {}, eventLink(e, `${e.cameo} ${e.plover.type}`), ` ${actorLabel(e.source)} → ${actorLabel(e.target)} · ${e.modality}`))),
  );
}

export async function render(view) {
  const about = await get("about");
  view.replaceChildren(h("h2", {}, "Upload"));
  if (!about.ingest) {
    view.append(h("p", { class: "state" }, "Ingest is off on this server. Start it with `dragoman serve --ingest-token TOKEN` to code articles here."));
    return;
  }
  const out = h("section", { "aria-live": "polite" });
  const tokenInput = h("input", { type: "password", value: token(), autocomplete: "off", onchange: (e) => setToken(e.target.value.trim()) });
  const lang = h("select", {}, h("option", { value: "auto" }, "detect"), h("option", { value: "en" }, "en"), h("option", { value: "fr" }, "fr"));
  const day = h("input", { type: "date" });
  const send = async (body, type) => {
    out.replaceChildren(h("p", { class: "state loading", role: "status" }, "Coding (the first request loads the language models)"));
    try {
      const params = { lang: lang.value };
      if (day.value) params.date = day.value;
      showResult(out, await post("ingest", body, type, params));
    } catch (error) {
      out.replaceChildren(h("p", { class: "state error", role: "alert" }, error.message));
    }
  };
  const files = h("input", { type: "file", multiple: true, accept: ".txt,.html,.htm,.json,.jsonl,.ndjson,.warc,.gz" });
  const sendFiles = (list) => {
    if (!list.length) return;
    const form = new FormData();
    for (const f of list) form.append("file", f, f.name);
    send(form, null);
  };
  files.addEventListener("change", () => sendFiles(files.files));
  const zone = h("div", { class: "dropzone", tabindex: "0" }, "Drop article files here (text, HTML, JSON, JSONL, WARC), or ", files);
  zone.addEventListener("dragover", (e) => { e.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (e) => { e.preventDefault(); zone.classList.remove("over"); sendFiles(e.dataTransfer.files); });
  const text = h("textarea", { "aria-label": "Article text", placeholder: "Paste an article: a title line, a blank line, then the text." });
  view.append(
    h("p", {}, h("label", {}, "Server token ", tokenInput), " ", h("label", {}, "Language ", lang), " ", h("label", {}, "Published ", day)),
    zone,
    h("p", {}, text),
    h("button", { type: "button", onclick: () => text.value.trim() && send(text.value, "text/plain; charset=utf-8") }, "Code this text"),
    out,
  );
}
