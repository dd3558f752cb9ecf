// Compare picker, progressive enhancement: without this file the two text fields post a plain
// GET form and the server matches what was typed. With it, the fields suggest role names as
// the reader types (the browser's own datalist), loaded once from /compare/roles.json.
(function () {
  "use strict";

  var names = null;

  function load(url) {
    if (!names) {
      names = fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : { roles: [] }; })
        .then(function (data) { return data.roles || []; })
        .catch(function () { return []; });
    }
    return names;
  }

  function fill(list, roles) {
    if (list.options.length) {
      return; // the server already listed them (the /compare/ page)
    }
    var fragment = document.createDocumentFragment();
    roles.forEach(function (role) {
      var option = document.createElement("option");
      option.value = role.title;
      fragment.appendChild(option);
    });
    list.appendChild(fragment);
  }

  function enhance(form) {
    if (form.hasAttribute("data-compare-ready")) {
      return; // the partial (and this script) may appear more than once on a page
    }
    form.setAttribute("data-compare-ready", "");
    var list = form.querySelector("datalist");
    var url = form.getAttribute("data-roles-url");
    if (!list || !url) {
      return;
    }
    function prepare() {
      load(url).then(function (roles) { fill(list, roles); });
    }
    form.querySelectorAll("input[list]").forEach(function (input) {
      input.addEventListener("focus", prepare, { once: true });
      input.addEventListener("input", prepare, { once: true });
    });
  }

  document.querySelectorAll("[data-compare-picker]").forEach(enhance);
})();
