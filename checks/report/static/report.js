(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var checks = Array.prototype.slice.call(document.querySelectorAll("article.check"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("section.claim-group"));
  var field = function (id) { return document.getElementById(id); };
  var failed = field("f-failed"), verdict = field("f-verdict"), source = field("f-source");
  var kind = field("f-kind"), tag = field("f-tag"), search = field("f-search");
  var count = field("f-count"), empty = field("f-empty");
  var words = function (el, name) { return (el.getAttribute(name) || "").split(" "); };

  function matches(el) {
    var d = el.dataset;
    if (failed.checked && d.failed !== "yes") { return false; }
    if (verdict.value && d.verdict !== verdict.value) { return false; }
    if (source.value && words(el, "data-sources").indexOf(source.value) < 0) { return false; }
    if (kind.value && d.kind !== kind.value) { return false; }
    if (tag && tag.value && words(el, "data-tags").indexOf(tag.value) < 0) { return false; }
    var query = search.value.trim().toLowerCase();
    return !query || query.split(/\s+/).every(function (w) { return d.search.indexOf(w) >= 0; });
  }

  function apply() {
    var shown = 0;
    checks.forEach(function (el) {
      var ok = matches(el);
      el.hidden = !ok;
      shown += ok ? 1 : 0;
    });
    groups.forEach(function (g) {
      g.hidden = !g.querySelector("article.check:not([hidden])");
    });
    count.textContent = "Showing " + shown + " of " + checks.length + " checks";
    empty.hidden = shown !== 0;
  }

  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  field("f-reset").addEventListener("click", function () {
    failed.checked = false;
    [verdict, source, kind, tag].forEach(function (s) { if (s) { s.value = ""; } });
    search.value = "";
    apply();
  });
  apply();
}());
