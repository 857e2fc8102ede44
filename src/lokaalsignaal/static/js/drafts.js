// Drafts in this browser only (never sent to the server). Loaded on every page (base.html).
//
// - The give form (form[data-draft-key]) keeps what the giver types, so a lost connection loses nothing; the receipt
//   ([data-draft-clear]) removes it after sending.
// - "Ik zie dit ook" from the give form ([data-join-link]): the draft leaves localStorage (the giver joins instead of
//   sending a duplicate) and goes along to the join form in sessionStorage (this tab only, never in a URL): the join
//   form (form[data-join-context]) shows the description as "Wat zie jij?"; the server's privacy guard checks it on
//   submit like any text. Once the join is done (the joined page, [data-join-done]) the hand-over is gone too; a
//   giver who goes back to the give form without joining gets their text back there.
// - Logging out (form[data-logout]) removes every draft this app stores; so does any page shown to someone who is
//   not signed in ([data-drafts-forget] on <body>, e.g. the page after logging out): a shared computer keeps nothing.
(function () {
  var PREFIXES = ["signal-draft-", "lokaalsignaal-"];
  var JOIN_CONTEXT = "lokaalsignaal-join-context";

  function forgetAll() {
    [window.localStorage, window.sessionStorage].forEach(function (store) {
      try {
        for (var i = store.length - 1; i >= 0; i--) {
          var key = store.key(i);
          if (key && PREFIXES.some(function (p) { return key.indexOf(p) === 0; })) store.removeItem(key);
        }
      } catch (e) {}
    });
  }

  function remove(key) { try { localStorage.removeItem(key); } catch (e) {} }

  if (document.body.hasAttribute("data-drafts-forget")) forgetAll();
  document.addEventListener("submit", function (event) {
    if (event.target.matches("form[data-logout]")) forgetAll();
  });

  var done = document.querySelector("[data-draft-clear]");
  if (done) remove(done.dataset.draftClear);

  function handOver() {
    try { return JSON.parse(sessionStorage.getItem(JOIN_CONTEXT) || "null"); } catch (e) { return null; }
  }

  function dropHandOver() { try { sessionStorage.removeItem(JOIN_CONTEXT); } catch (e) {} }

  // The give form: restore, keep, and hand over to "Ik zie dit ook".
  var form = document.querySelector("form[data-draft-key]");
  if (form) {
    var key = form.dataset.draftKey;
    var fields = form.querySelectorAll("input[type=text], textarea");
    var isEmpty = Array.prototype.every.call(fields, function (f) { return !f.value; });
    var collect = function () {
      var data = {};
      fields.forEach(function (f) { data[f.name] = f.value; });
      return data;
    };
    var store = function () { try { localStorage.setItem(key, JSON.stringify(collect())); } catch (e) {} };
    var saved = null;
    try { saved = JSON.parse(localStorage.getItem(key) || "null"); } catch (e) {}
    var handed = handOver();
    if (!saved && handed && handed.key === key && handed.draft) {  // back from the join form without joining
      saved = handed.draft;
      dropHandOver();
    }
    if (saved && isEmpty) {
      fields.forEach(function (f) { if (saved[f.name]) f.value = saved[f.name]; });
      store();
      var note = document.getElementById("draft-restored");
      if (note) note.hidden = false;
      // ask for the similar knelpunten of the restored text, as typing it would (hx-trigger "draftrestored"; htmx
      // listens once the page has loaded)
      window.addEventListener("load", function () { document.body.dispatchEvent(new Event("draftrestored")); });
    }
    form.addEventListener("input", store);
    // The suggestions arrive later (htmx): listen on the form, not on the links.
    form.addEventListener("click", function (event) {
      var link = event.target.closest("a[data-join-link]");
      if (!link) return;
      var draft = collect();
      var text = (draft.description || draft.title || "").trim();
      try {
        sessionStorage.setItem(JOIN_CONTEXT, JSON.stringify({ to: link.pathname, text: text, key: key, draft: draft }));
      } catch (e) {}
      remove(key);
    });
  }

  // The join form: take over what the giver typed in the give form, for this knelpunt only. Once the page is ready:
  // htmx then knows the field as empty, so the live privacy check sees the new text as a change and runs at once.
  var join = document.querySelector("form[data-join-context]");
  if (join) {
    var takeOver = function () {
      var given = handOver();
      var field = join.querySelector('[name="' + join.dataset.joinContext + '"]');
      if (!given || !given.text || given.to !== window.location.pathname || !field || field.value) return;
      field.value = given.text;
      var carried = document.getElementById("context-carried");
      if (carried) carried.hidden = false;
      field.dispatchEvent(new Event("input", { bubbles: true }));
    };
    if (document.readyState === "complete") takeOver();
    else window.addEventListener("load", takeOver);
  }

  // Joined: nothing of the give form stays behind for this knelpunt.
  var joined = document.querySelector("[data-join-done]");
  if (joined) {
    var left = handOver();
    if (left && left.to === joined.dataset.joinDone) dropHandOver();
  }
})();
