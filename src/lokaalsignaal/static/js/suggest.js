// "Voorstel: …" buttons tick (or untick) the theme / target group the giver clicks; nothing is ticked for them.
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-suggest-name]");
  if (!button) return;
  var box = document.querySelector('input[name="' + button.dataset.suggestName + '"][value="' + button.dataset.suggestValue + '"]');
  if (!box) return;
  box.checked = !box.checked;
  box.dispatchEvent(new Event("change", { bubbles: true }));
  button.setAttribute("aria-pressed", box.checked ? "true" : "false");
});
document.addEventListener("change", function (event) {
  var box = event.target;
  if (!box.name || (box.name !== "themes" && box.name !== "target_groups")) return;
  document.querySelectorAll('[data-suggest-name="' + box.name + '"][data-suggest-value="' + box.value + '"]').forEach(function (b) {
    b.setAttribute("aria-pressed", box.checked ? "true" : "false");
  });
});
