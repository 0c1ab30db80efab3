// Filtering without a server, for published pages: the same form narrows the rows in the browser.
(function () {
  var form = document.querySelector("form.filters");
  if (!form || !window.URLSearchParams) return;
  var rows = Array.prototype.slice.call(document.querySelectorAll("tbody tr"));
  function day(text) {
    var m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec((text || "").trim());
    return m ? m[3] + "-" + ("0" + m[2]).slice(-2) + "-" + ("0" + m[1]).slice(-2) : "";
  }
  function apply() {
    var kind = form.elements["type"].value;
    var alliance = form.elements["allianse"] ? form.elements["allianse"].value : "";
    var words = form.elements["q"].value.toLowerCase().split(/\s+/).filter(Boolean);
    var first = day(form.elements["fra"].value), last = day(form.elements["til"].value), shown = 0;
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      var ok = (!kind || row.dataset.kind === kind) && (!alliance || row.dataset.alliance === alliance) &&
        words.every(function (w) { return text.indexOf(w) >= 0; }) &&
        (!first || row.dataset.end >= first) && (!last || row.dataset.start <= last);
      row.hidden = !ok; if (ok) shown += 1;
    });
    var note = document.getElementById("shown");
    note.textContent = note.textContent.replace(/\d+/, String(shown));
  }
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
})();
