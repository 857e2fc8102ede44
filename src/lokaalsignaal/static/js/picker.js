// A searchable list of checkboxes ([data-picker]): typing in the search box hides the options that do not match
// (name or organisation, accents and case ignored); checked options always stay in view. Without JavaScript the
// whole list shows, in a box that scrolls.
(function () {
  function plain(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  document.querySelectorAll("[data-picker]").forEach(function (picker) {
    var search = picker.querySelector("[data-picker-search]");
    var count = picker.querySelector("[data-picker-count]");
    var options = Array.prototype.map.call(picker.querySelectorAll('input[type="checkbox"]'), function (box) {
      var row = box.closest("div") || box.parentElement;
      return { box: box, row: row, text: plain(row.textContent) };
    });
    if (!search || !options.length) return;
    search.parentElement.hidden = false;
    function update() {
      var query = plain(search.value.trim());
      var shown = 0, chosen = 0;
      options.forEach(function (o) {
        var visible = !query || o.box.checked || o.text.indexOf(query) !== -1;
        o.row.hidden = !visible;
        if (visible) shown += 1;
        if (o.box.checked) chosen += 1;
      });
      if (count) {
        count.hidden = false;
        count.textContent = count.dataset.text.replace("__chosen__", chosen).replace("__shown__", shown)
          .replace("__total__", options.length);
      }
    }
    search.addEventListener("input", update);
    picker.addEventListener("change", update);
    update();
  });
})();
