// The inbox: "kies alle" as a checkbox in the table's header, and the number of chosen signals in the bulk bar.
// Without JavaScript the header checkbox stays hidden and the link "Kies alle signalen op deze pagina" does the same.
(function () {
  var form = document.querySelector(".bulk-form");
  if (!form) return;
  var all = form.querySelector("[data-select-all]");
  var link = form.querySelector("[data-select-all-link]");
  var count = form.querySelector("[data-selected-count]");
  var boxes = function () { return form.querySelectorAll('input[name="signals"]'); };
  function update() {
    var n = 0, total = 0;
    boxes().forEach(function (box) { total += 1; if (box.checked) n += 1; });
    if (count) {
      count.textContent = n === 0 ? count.dataset.none : n === 1 ? count.dataset.one
        : count.dataset.many.replace("__n__", String(n));
    }
    if (all) { all.checked = total > 0 && n === total; all.indeterminate = n > 0 && n < total; }
  }
  if (all) {
    all.hidden = false;
    if (link) link.hidden = true;
    all.addEventListener("change", function () {
      boxes().forEach(function (box) { box.checked = all.checked; });
      update();
    });
  }
  form.addEventListener("change", function (event) {
    if (event.target.name === "signals") update();
  });
  update();
})();
