// Drafts in this browser only (never sent to the server). Loaded on every page (base.html).
//
// - The give form (form[data-draft-key]) keeps the whole form as the giver fills it (texts, type, themes, target
//   groups, selects, consent), so a lost connection or a reload loses nothing; the receipt ([data-draft-clear])
//   removes it after sending.
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

  // The give form: restore, keep, and hand over to "Ik zie dit ook". The whole form is kept: its texts and selects
  // by value, its checkboxes (themes, target groups, consent) and radios (the signal's type) by what is ticked.
  // Hidden fields (the CSRF token, a version) and the privacy confirmation are never kept: the confirmation is
  // given again, knowingly. The municipalities come back only on the page they were ticked on (the give page is
  // per municipality: opening another municipality's page chooses that one).
  var SKIP = ["csrfmiddlewaretoken", "privacy_confirmed", "similar_seen", "similar_checked", "version"];
  var PAGE = "_page";

  function keptFields(form) {
    return Array.prototype.filter.call(form.elements, function (f) {
      if (!f.name || f.disabled || SKIP.indexOf(f.name) !== -1) return false;
      var tag = f.tagName.toLowerCase();
      if (tag === "textarea" || tag === "select") return true;
      return tag === "input" && ["hidden", "submit", "button", "reset", "file", "password", "image"].indexOf(f.type) === -1;
    });
  }

  function collectFrom(form) {
    var data = {};
    keptFields(form).forEach(function (f) {
      if (f.type === "checkbox") {
        if (!Array.isArray(data[f.name])) data[f.name] = [];
        if (f.checked) data[f.name].push(f.value);
      } else if (f.type === "radio") {
        if (!(f.name in data)) data[f.name] = "";
        if (f.checked) data[f.name] = f.value;
      } else if (f.tagName.toLowerCase() === "select" && f.multiple) {
        data[f.name] = Array.prototype.filter.call(f.options, function (o) { return o.selected; })
          .map(function (o) { return o.value; });
      } else {
        data[f.name] = f.value;
      }
    });
    data[PAGE] = window.location.pathname;
    return data;
  }

  // Put `saved` back into the form; a field the draft does not hold keeps what the page gave it (an older draft
  // held only the texts). Returns the fields that changed.
  function restoreInto(form, saved) {
    var samePage = saved[PAGE] === window.location.pathname;
    var changed = [];
    keptFields(form).forEach(function (f) {
      if (!Object.prototype.hasOwnProperty.call(saved, f.name)) return;
      if (f.name === "municipalities" && !samePage) return;
      var value = saved[f.name];
      var before = f.type === "checkbox" || f.type === "radio" ? f.checked : f.value;
      if (f.type === "checkbox") {
        f.checked = Array.isArray(value) && value.indexOf(f.value) !== -1;
      } else if (f.type === "radio") {
        f.checked = value === f.value;
      } else if (f.tagName.toLowerCase() === "select" && f.multiple) {
        Array.prototype.forEach.call(f.options, function (o) { o.selected = Array.isArray(value) && value.indexOf(o.value) !== -1; });
      } else if (typeof value === "string") {
        if (f.tagName.toLowerCase() === "select" &&
            !Array.prototype.some.call(f.options, function (o) { return o.value === value; })) return;
        f.value = value;
      }
      if (before !== (f.type === "checkbox" || f.type === "radio" ? f.checked : f.value)) changed.push(f);
    });
    return changed;
  }

  var form = document.querySelector("form[data-draft-key]");
  if (form) {
    var key = form.dataset.draftKey;
    var texts = form.querySelectorAll("input[type=text], textarea");
    var isEmpty = Array.prototype.every.call(texts, function (f) { return !f.value; });
    var collect = function () { return collectFrom(form); };
    var store = function () { try { localStorage.setItem(key, JSON.stringify(collect())); } catch (e) {} };
    var saved = null;
    try { saved = JSON.parse(localStorage.getItem(key) || "null"); } catch (e) {}
    var handed = handOver();
    if (!saved && handed && handed.key === key && handed.draft) {  // back from the join form without joining
      saved = handed.draft;
      dropHandOver();
    }
    if (saved && typeof saved === "object" && isEmpty) {
      var changed = restoreInto(form, saved);
      // what was restored inside "Meer vertellen" is shown, not hidden in a closed disclosure
      changed.forEach(function (f) {
        var more = f.closest("details");
        if (more && more !== form && (f.type !== "checkbox" || f.checked) && (f.value || f.checked)) more.open = true;
      });
      store();
      var note = document.getElementById("draft-restored");
      if (note) note.hidden = false;
      // ask for the similar knelpunten of the restored text, as typing it would (hx-trigger "draftrestored"; htmx
      // listens once the page has loaded)
      window.addEventListener("load", function () { document.body.dispatchEvent(new Event("draftrestored")); });
    }
    form.addEventListener("input", store);
    form.addEventListener("change", store);  // a "Voorstel" button ticks a theme with a change event only
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
