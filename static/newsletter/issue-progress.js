// While an issue is sending, its page asks how far the send has got every few seconds and
// moves the <progress> bar (newsletter/admin.py: progress_detail, progress_view). When the
// send is over the page reloads once, to show the final counts and the unlocked buttons.
(function () {
  "use strict";
  var EVERY_MS = 3000;

  function start() {
    var bar = document.getElementById("issue-progress");
    var text = document.getElementById("issue-progress-text");
    var url = bar && bar.getAttribute("data-progress-url");
    if (!url || !window.fetch) return;
    var timer = window.setInterval(function () {
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) {
          if (!data) return;
          bar.max = Math.max(data.total, 1);
          bar.value = data.sent;
          bar.textContent = Math.round((100 * data.sent) / Math.max(data.total, 1)) + "%";
          if (text) text.textContent = data.text;
          if (data.status !== "sending") {
            window.clearInterval(timer);
            window.location.reload();
          }
        })
        .catch(function () { /* a missed poll: the next one tries again */ });
    }, EVERY_MS);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
