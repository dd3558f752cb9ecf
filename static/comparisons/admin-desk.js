// The writing desk on the comparison change form. Everything here is an addition: without
// JavaScript the form is the plain admin form and posts exactly the same fields.
// - live preview: the server renders the posted text with the article's own pipeline and
//   template (no Markdown in JavaScript); shown in an iframe, scrolled to the edited section;
// - autosave: the form's fields are kept server-side every few seconds while they change;
// - order: move up/down buttons and drag and drop; the hidden position inputs stay the truth;
// - a small Markdown toolbar per text field.
(function () {
  "use strict";
  const PREVIEW_DELAY = 700;
  const AUTOSAVE_EVERY = 4000;
  const STANDARD_KINDS = ["duties", "requirements", "environment", "skills", "salary"];
  const GROUPS = { sections: "section", related_links: "related link" };

  let form, panel, frame, saved, announcer;
  let dirty = false, submitting = false, previewTimer = null, editedSection = -1;
  let dragged = null; // the row being dragged (dataTransfer is not readable in every browser)

  function say(text) {
    // Empty first, so the same sentence twice is still announced.
    announcer.textContent = "";
    window.setTimeout(() => { announcer.textContent = text; }, 50);
  }

  function rows(prefix) {
    const group = document.getElementById(prefix + "-group");
    if (!group) return [];
    return Array.from(group.querySelectorAll(".inline-related, tr.form-row"))
      .filter((row) => row.id.startsWith(prefix + "-") && !row.classList.contains("empty-form"));
  }

  function field(row, name) {
    return row.querySelector('[name$="-' + name + '"]');
  }

  function hasContent(row) {
    const id = field(row, "id");
    if (id && id.value) return true;
    return Array.from(row.querySelectorAll("textarea, input[type=text], input[type=url]"))
      .some((input) => input.value.trim() !== "");
  }

  // Positions follow the order on screen; a blank new row keeps 0 so Django ignores it.
  function renumber(prefix) {
    let n = 0;
    rows(prefix).forEach((row) => {
      const position = field(row, "position");
      if (!position) return;
      if (hasContent(row)) { n += 1; position.value = String(n); }
    });
  }

  function renumberAll() { Object.keys(GROUPS).forEach(renumber); }

  function payload() {
    renumberAll();
    const body = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (typeof value === "string" && !name.includes("__prefix__")) body.append(name, value);
    }
    return body;
  }

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "X-CSRFToken": form.querySelector("[name=csrfmiddlewaretoken]").value },
    });
  }

  function trouble(response) {
    if (response.status === 403) return "you may no longer edit this article, or your session ended";
    if (response.status === 404) return "the article was deleted";
    if (response.status === 413) return "the text is larger than an article can hold";
    return "the server answered " + response.status;
  }

  // --- Live preview and checks ---------------------------------------------------------------
  function scrollPreview() {
    const doc = frame.contentDocument;
    if (!doc) return;
    const sections = doc.querySelectorAll(".article__section");
    const target = editedSection >= 0 ? sections[Math.min(editedSection, sections.length - 1)] : null;
    if (target) target.scrollIntoView({ block: "start" });
  }

  async function refresh() {
    const body = payload();
    try {
      const [page, checks] = await Promise.all([
        post(panel.dataset.previewUrl, body), post(panel.dataset.checksUrl, body),
      ]);
      if (page.ok) frame.srcdoc = await page.text();
      else saved.textContent = "The preview could not be refreshed: " + trouble(page) + ".";
      if (checks.ok) document.getElementById("desk-checks").innerHTML = await checks.text();
    } catch (error) {
      saved.textContent = "The preview could not be refreshed (no connection). Your text is still in the form.";
    }
  }

  function schedule() {
    window.clearTimeout(previewTimer);
    previewTimer = window.setTimeout(refresh, PREVIEW_DELAY);
  }

  function noteEditedSection(target) {
    const row = target.closest && target.closest('.inline-related[id^="sections-"]');
    if (!row) {
      if (target.closest && target.closest(".field-intro, .field-lead, .field-title")) editedSection = -1;
      return;
    }
    editedSection = rows("sections").filter(hasContent).filter((r) => {
      const del = field(r, "DELETE");
      return !(del && del.checked);
    }).indexOf(row);
  }

  // --- Autosave -------------------------------------------------------------------------------
  async function autosave() {
    if (!dirty || submitting) return;
    if (document.getElementById("desk-restore")) {
      // Earlier unsaved text is on offer: keeping this typing would overwrite it unseen.
      saved.textContent = "Not kept yet: restore or discard your earlier unsaved text (above) " +
        "first, or Save.";
      return;
    }
    dirty = false;
    try {
      const response = await post(panel.dataset.autosaveUrl, payload());
      if (!response.ok) {
        dirty = true;
        saved.textContent = "Could not keep your unsaved text: " + trouble(response) + ". It is still in the form.";
        say(saved.textContent);
        return;
      }
      const answer = await response.json();
      saved.textContent = answer.message;
      saved.classList.toggle("desk-saved--warning", answer.stale);
      if (answer.stale) say(answer.message);
    } catch (error) {
      dirty = true;
      saved.textContent = "Offline: your text is still in the form and is kept once the connection is back.";
    }
  }

  // --- Order ------------------------------------------------------------------------------------
  function label(row, prefix) {
    const heading = field(row, "heading") || field(row, "label");
    const text = heading && heading.value.trim();
    return GROUPS[prefix] + (text ? " “" + text + "”" : "");
  }

  function move(row, prefix, step) {
    const list = rows(prefix);
    const index = list.indexOf(row);
    const other = list[index + step];
    if (!other) return;
    if (step < 0) other.before(row); else other.after(row);
    changed();
    const at = rows(prefix).indexOf(row) + 1;
    say("Moved " + label(row, prefix) + " to place " + at + " of " + list.length + ".");
  }

  function button(text, title, onClick) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "desk-move";
    b.textContent = text;
    b.setAttribute("aria-label", title);
    b.addEventListener("click", onClick);
    return b;
  }

  function addMoveControls(row, prefix) {
    if (row.querySelector(".desk-order")) return;
    const box = document.createElement("span");
    box.className = "desk-order";
    const name = () => label(row, prefix);
    const up = button("↑ Up", "Move up", (e) => { move(row, prefix, -1); e.currentTarget.focus(); });
    const down = button("↓ Down", "Move down", (e) => { move(row, prefix, 1); e.currentTarget.focus(); });
    [up, down].forEach((b) => b.addEventListener("focus", () => {
      b.setAttribute("aria-label", b.textContent.slice(2) === "Up" ? "Move " + name() + " up" : "Move " + name() + " down");
    }));
    const handle = document.createElement("span");
    handle.className = "desk-handle";
    handle.textContent = "⠿";
    handle.title = "Drag to reorder";
    handle.setAttribute("aria-hidden", "true");
    handle.draggable = true;
    handle.addEventListener("dragstart", (event) => {
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", row.id);
      if (event.dataTransfer.setDragImage) event.dataTransfer.setDragImage(row, 10, 10);
      row.classList.add("desk-dragging");
      dragged = row;
    });
    handle.addEventListener("dragend", () => { row.classList.remove("desk-dragging"); dragged = null; });
    box.append(handle, up, down);
    const place = row.querySelector("h3") || row.querySelector("td.field-position") || row.querySelector("td");
    place.append(box);
    const position = field(row, "position");
    if (position) position.closest(".fieldBox, td").querySelectorAll("input, .help, label").forEach((el) => el.classList.add("desk-hidden"));
    const box2 = row.querySelector(".fieldBox.field-position");
    if (box2) box2.classList.add("desk-hidden");
    row.addEventListener("dragover", (event) => {
      if (dragged && rows(prefix).includes(dragged)) event.preventDefault();
    });
    row.addEventListener("drop", (event) => {
      if (!dragged || dragged === row || !rows(prefix).includes(dragged)) return;
      event.preventDefault();
      const box = row.getBoundingClientRect();
      if (event.clientY < box.top + box.height / 2) row.before(dragged); else row.after(dragged);
      changed();
      say("Moved " + label(dragged, prefix) + " to place " + (rows(prefix).indexOf(dragged) + 1) + ".");
    });
  }

  function setUpOrder(prefix) {
    const group = document.getElementById(prefix + "-group");
    if (!group) return;
    group.classList.add("desk-orderable");
    // The admin's tabular inline leaves its first header cell empty: name it for screen readers.
    group.querySelectorAll("th.original:empty").forEach((th) => {
      const name = document.createElement("span");
      name.className = "desk-visually-hidden";
      name.textContent = "Saved link";
      th.append(name);
    });
    group.querySelectorAll(".fieldBox.field-position, th.column-position").forEach((el) => {
      if (el.tagName === "TH") el.textContent = "Order"; else el.classList.add("desk-hidden");
    });
    // Show rows in the order they will be saved (restored text may carry a new order).
    const list = rows(prefix);
    const rank = (row) => Number((field(row, "position") || {}).value) || 10000;
    const sorted = list.map((row, i) => [row, i]).sort((x, y) => rank(x[0]) - rank(y[0]) || x[1] - y[1]);
    if (sorted.some(([row], i) => row !== list[i])) {
      const anchor = list[list.length - 1].nextSibling;
      sorted.forEach(([row]) => anchor.parentNode.insertBefore(row, anchor));
    }
    rows(prefix).forEach((row) => addMoveControls(row, prefix));
  }

  // Adding a section: the standard kinds the article lacks come first, the first one chosen.
  function missingKinds() {
    const present = rows("sections").filter((row) => row.dataset.deskNew !== "1").map((row) => field(row, "kind") && field(row, "kind").value);
    return STANDARD_KINDS.filter((kind) => !present.includes(kind));
  }

  function offerMissingKinds(row) {
    row.dataset.deskNew = "1";
    const select = field(row, "kind");
    const missing = missingKinds();
    if (!select || !missing.length) return;
    missing.slice().reverse().forEach((kind) => {
      const option = select.querySelector('option[value="' + kind + '"]');
      if (option) select.prepend(option);
    });
    select.value = missing[0];
    const heading = field(row, "heading");
    if (heading && !heading.value) heading.placeholder = select.selectedOptions[0].textContent;
    say("New section added as " + select.selectedOptions[0].textContent + ". Standard sections missing before it: " +
      missing.map((k) => select.querySelector('option[value="' + k + '"]').textContent).join(", ") + ".");
  }

  function changed() {
    dirty = true;
    renumberAll();
    schedule();
  }

  function start() {
    form = document.getElementById("comparison_form");
    panel = document.getElementById("desk-panel");
    if (!form || !panel) return;
    document.body.classList.add("desk-on");
    frame = document.getElementById("desk-preview");
    saved = document.getElementById("desk-saved");
    announcer = document.getElementById("desk-announce");
    document.getElementById("desk-preview-box").hidden = false;
    frame.addEventListener("load", scrollPreview);
    Object.keys(GROUPS).forEach(setUpOrder);
    window.DeskToolbar.setUp(form, panel);
    form.addEventListener("input", (event) => { noteEditedSection(event.target); changed(); });
    form.addEventListener("change", changed);
    form.addEventListener("focusin", (event) => noteEditedSection(event.target));
    form.addEventListener("submit", () => { submitting = true; renumberAll(); });
    document.addEventListener("formset:added", (event) => {
      const prefix = event.detail && event.detail.formsetName;
      if (!GROUPS[prefix]) return;
      addMoveControls(event.target, prefix);
      if (prefix === "sections") offerMissingKinds(event.target);
      window.DeskToolbar.setUp(event.target, panel);
    });
    document.addEventListener("formset:removed", changed);
    window.setInterval(autosave, AUTOSAVE_EVERY);
    refresh();
  }

  document.addEventListener("DOMContentLoaded", start);
})();
