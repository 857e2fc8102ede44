// One-click redaction of a privacy finding, in the browser (the same button submits the form without JavaScript).
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-guard-redact]");
  if (!button) return;
  var field = document.querySelector('[name="' + button.dataset.field + '"]');
  if (!field) return;
  event.preventDefault();
  var text = field.value, start = parseInt(button.dataset.start, 10), end = parseInt(button.dataset.end, 10);
  var expected = button.dataset.text;
  if (text.slice(start, end) !== expected) {
    start = text.indexOf(expected);
    if (start < 0) return;
    end = start + expected.length;
  }
  field.value = text.slice(0, start) + button.dataset.placeholder + text.slice(end);
  field.dispatchEvent(new Event("input", { bubbles: true }));
  field.focus();
});
