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

// Drafts survive a lost connection: kept in this browser only (never sent to the server), cleared after sending.
(function () {
  var form = document.querySelector("form[data-draft-key]");
  var done = document.querySelector("[data-draft-clear]");
  if (done) { try { localStorage.removeItem(done.dataset.draftClear); } catch (e) {} }
  if (!form) return;
  var key = form.dataset.draftKey;
  var fields = form.querySelectorAll("input[type=text], textarea");
  var isEmpty = Array.prototype.every.call(fields, function (f) { return !f.value; });
  try {
    var saved = JSON.parse(localStorage.getItem(key) || "null");
    if (saved && isEmpty) {
      fields.forEach(function (f) { if (saved[f.name]) f.value = saved[f.name]; });
      var note = document.getElementById("draft-restored");
      if (note) note.hidden = false;
    }
  } catch (e) {}
  form.addEventListener("input", function () {
    var data = {};
    fields.forEach(function (f) { data[f.name] = f.value; });
    try { localStorage.setItem(key, JSON.stringify(data)); } catch (e) {}
  });
})();
