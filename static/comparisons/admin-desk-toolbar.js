// A small Markdown toolbar above each prose field of the comparison form: it only edits the
// text in the textarea (what is posted is the Markdown the writer could have typed).
window.DeskToolbar = (function () {
  "use strict";
  const PROSE = /(^intro$|-body$|-verdict$)/;
  let counter = 0;

  function insert(area, before, after, placeholder) {
    const start = area.selectionStart, end = area.selectionEnd;
    const chosen = area.value.slice(start, end) || placeholder;
    area.focus();
    area.setRangeText(before + chosen + after, start, end, "end");
    area.setSelectionRange(start + before.length, start + before.length + chosen.length);
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function prefixLines(area, mark) {
    const text = area.value;
    const start = text.lastIndexOf("\n", area.selectionStart - 1) + 1;
    const end = area.selectionEnd;
    const lines = text.slice(start, end).split("\n").map((line) => mark + line.replace(/^(#+ |- )/, ""));
    area.focus();
    area.setRangeText(lines.join("\n"), start, end, "end");
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function button(text, label, onClick) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "desk-tool";
    b.textContent = text;
    b.setAttribute("aria-label", label);
    b.addEventListener("click", onClick);
    return b;
  }

  // A labelled control in its own group: [label, control] with a fresh id linking the two.
  function labelled(prefix, text, control) {
    control.id = prefix + "-" + (++counter);
    const wrap = document.createElement("span");
    wrap.className = "desk-tool-group";
    const label = document.createElement("label");
    label.htmlFor = control.id;
    label.textContent = text;
    wrap.append(label, control);
    return wrap;
  }

  function factPicker(area, facts) {
    const select = document.createElement("select");
    const wrap = labelled("desk-fact", "Role fact", select);
    for (const side of ["a", "b"]) {
      for (const [name, title] of facts) {
        const option = document.createElement("option");
        option.value = "{{ " + side + "." + name + " }}";
        option.textContent = "Role " + side.toUpperCase() + ": " + title;
        select.append(option);
      }
    }
    wrap.append(button("Insert", "Insert the chosen role fact", () => insert(area, select.value, "", "")));
    return wrap;
  }

  function linkPicker(area, url) {
    const input = document.createElement("input");
    const wrap = labelled("desk-link", "Link to article or role", input);
    const id = input.id;
    input.type = "text";
    input.autocomplete = "off";
    input.setAttribute("list", id + "-list");
    const list = document.createElement("datalist");
    list.id = id + "-list";
    const found = new Map();
    let timer = null;
    input.addEventListener("input", (event) => {
      event.stopPropagation(); // typing a search is not an edit of the article
      window.clearTimeout(timer);
      timer = window.setTimeout(async () => {
        const response = await fetch(url + "?q=" + encodeURIComponent(input.value), { credentials: "same-origin" });
        if (!response.ok) return;
        list.replaceChildren();
        for (const item of (await response.json()).results) {
          const text = item.label + " (" + item.kind + ")";
          found.set(text, item);
          const option = document.createElement("option");
          option.value = text;
          list.append(option);
        }
      }, 250);
    });
    const add = button("Insert link", "Insert a link to the chosen article or role", () => {
      const item = found.get(input.value);
      if (!item) { input.setAttribute("aria-invalid", "true"); input.focus(); return; }
      input.removeAttribute("aria-invalid");
      insert(area, "[", "](" + item.url + ")", item.label);
    });
    wrap.append(list, add);
    return wrap;
  }

  function toolbar(area, panel) {
    const bar = document.createElement("div");
    bar.className = "desk-toolbar";
    bar.setAttribute("role", "group");
    const name = area.closest(".form-row") && area.closest(".form-row").querySelector("label");
    bar.setAttribute("aria-label", "Formatting for " + (name ? name.textContent.replace(/:$/, "") : "this text"));
    bar.append(
      button("B", "Bold", () => insert(area, "**", "**", "bold text")),
      button("I", "Italic", () => insert(area, "*", "*", "italic text")),
      button("H", "Heading", () => prefixLines(area, "### ")),
      button("• List", "Bulleted list", () => prefixLines(area, "- ")),
      button("Link", "Link to an address", () => insert(area, "[", "](https://)", "link text")),
      factPicker(area, JSON.parse(panel.dataset.facts || "[]")),
      linkPicker(area, panel.dataset.linksUrl),
    );
    area.before(bar);
  }

  function setUp(root, panel) {
    root.querySelectorAll("textarea").forEach((area) => {
      if (!PROSE.test(area.name) || area.name.includes("__prefix__") || area.dataset.deskToolbar) return;
      area.dataset.deskToolbar = "1";
      toolbar(area, panel);
    });
  }

  return { setUp: setUp };
})();
