// Star rating widget, progressive enhancement: without this file the form posts and the
// page reloads. With it, a click on a star (or Enter / the button after choosing with the
// arrow keys) sends the rating with fetch and the totals update in place. The page itself is
// cached and the same for everyone, so on load the widget asks for the live totals and the
// reader's own rating (data-rating-url).
(function () {
  "use strict";

  var FAILED = "Your rating was not saved. Please try again.";
  var OFFLINE = "Your rating was not saved: the connection failed. Please try again.";

  function enhance(widget) {
    var form = widget.querySelector("[data-rating-form]");
    var summary = widget.querySelector("[data-rating-summary]");
    var yours = widget.querySelector("[data-rating-yours]");
    var status = widget.querySelector("[data-rating-status]");
    var hint = widget.querySelector("[data-rating-hint]");
    var pointer = false;
    var sending = false;
    var again = false;

    function say(text, isError) {
      status.textContent = "";
      var note = document.createElement("span");
      note.className = "rating__note rating__note--" + (isError ? "error" : "success");
      note.textContent = text;
      status.appendChild(note);
    }

    function show(data) {
      summary.textContent = data.summary;
      if (data.your_rating) {
        yours.textContent = "You rated this " + data.your_rating;
        yours.hidden = false;
      }
    }

    // The reader's own stars, unless they already picked others on this page.
    function load() {
      var url = widget.getAttribute("data-rating-url");
      if (!url) return;
      fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) {
          if (!data || sending || form.hasAttribute("data-touched")) return;
          show(data);
          var choice = data.your_rating && form.querySelector(
            'input[name="stars"][value="' + data.your_rating + '"]');
          if (choice) choice.checked = true;
        }, function () { /* the cached totals stay; rating still works */ });
    }

    function send() {
      var body = new URLSearchParams(new FormData(form));
      if (!body.get("stars")) {
        say("Choose a rating from 1 to 5 stars.", true);
        return;
      }
      if (sending) {
        again = true; // send the latest choice once the current request is answered
        return;
      }
      sending = true;
      form.setAttribute("aria-busy", "true");
      fetch(form.action, {
        method: "POST",
        body: body,
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      })
        .then(function (response) {
          return response.json().then(
            function (data) { return { ok: response.ok, data: data }; },
            function () { return { ok: false, data: {} }; }
          );
        })
        .then(function (answer) {
          if (answer.ok) {
            show(answer.data);
            say(answer.data.message, false);
          } else {
            say(answer.data.error || FAILED, true);
          }
        }, function () { say(OFFLINE, true); })
        .then(function () {
          sending = false;
          form.removeAttribute("aria-busy");
          if (again) {
            again = false;
            send();
          }
        });
    }

    function hintFor(target) {
      var label = target.closest(".stars__star") ||
        (target.id && form.querySelector('label[for="' + target.id + '"]'));
      hint.textContent = label ? label.textContent.trim() : "";
    }

    widget.classList.add("rating--enhanced");
    form.addEventListener("pointerdown", function () { pointer = true; });
    form.addEventListener("keydown", function () { pointer = false; });
    // A click on a star rates at once; arrow keys only move the choice (Enter sends it).
    form.addEventListener("change", function () {
      form.setAttribute("data-touched", "");
      if (pointer) send();
      pointer = false;
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      send();
    });
    form.addEventListener("mouseover", function (event) { hintFor(event.target); });
    form.addEventListener("mouseleave", function () { hint.textContent = ""; });
    form.addEventListener("focusin", function (event) { hintFor(event.target); });
    form.addEventListener("focusout", function () { hint.textContent = ""; });
    load();
  }

  if (window.fetch && window.URLSearchParams && window.FormData) {
    document.querySelectorAll("[data-rating]").forEach(enhance);
  }
})();
