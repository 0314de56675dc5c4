(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("enmienda-data").textContent);
  function fresh() {
    return data.documents.map(function (doc) {
      return doc.findings.map(function (f) { return { decision: "pending", replacement: f.suggestions[0] }; });
    });
  }
  var state = fresh();
  var order = [];
  data.documents.forEach(function (doc, d) { doc.findings.forEach(function (f, i) { order.push([d, i]); }); });
  var selected = null;
  var showCorrected = document.getElementById("show-corrected");

  function mark(d, i) { return document.getElementById("f-" + d + "-" + i); }
  function finding(d, i) { return data.documents[d].findings[i]; }
  function text(tag, content, className) {
    var node = document.createElement(tag);
    node.textContent = content;
    if (className) { node.className = className; }
    return node;
  }

  function render(d, i) {
    var f = finding(d, i), s = state[d][i], node = mark(d, i);
    node.classList.remove("accepted", "rejected");
    if (s.decision !== "pending") { node.classList.add(s.decision); }
    // The corrected view shows what apply would write: accepted findings only.
    node.textContent = showCorrected.checked && s.decision === "accepted" ? s.replacement : f.matched;
    var item = document.getElementById("item-" + d + "-" + i);
    item.className = s.decision;
    var done = 0;
    state.forEach(function (list) { list.forEach(function (x) { if (x.decision !== "pending") { done += 1; } }); });
    document.getElementById("progress").textContent = done + " of " + order.length + " reviewed";
  }

  function renderAll() { order.forEach(function (p) { render(p[0], p[1]); }); }

  // Decisions are kept in the browser (localStorage) under a key made of what identifies
  // this report: each article's content hash and its findings' fingerprints, so a reload of
  // the same page gets them back and another report does not.
  function hash(value) {
    var h = 0x811c9dc5;
    for (var k = 0; k < value.length; k += 1) { h = Math.imul(h ^ value.charCodeAt(k), 0x01000193) >>> 0; }
    return ("0000000" + h.toString(16)).slice(-8);
  }
  var storageKey = "enmienda-review-" + hash(JSON.stringify(data.documents.map(function (doc) {
    return [doc.contentHash, doc.findings.map(function (f) { return [f.fingerprint, f.byteOffset]; })];
  })));
  function storage() { try { return window.localStorage; } catch (error) { return null; } }
  var saving = false;
  function save() {
    saving = false;
    var store = storage();
    if (!store) { return; }
    var decided = [];
    state.forEach(function (list, d) {
      list.forEach(function (s, i) {
        if (s.decision !== "pending" || s.replacement !== finding(d, i).suggestions[0]) {
          decided.push([d, i, finding(d, i).fingerprint, s.decision, s.replacement]);
        }
      });
    });
    try {
      if (decided.length) { store.setItem(storageKey, JSON.stringify(decided)); } else { store.removeItem(storageKey); }
    } catch (error) { /* storage full or refused: the page still works, without keeping decisions */ }
  }
  function changed() {
    if (!saving) { saving = true; window.setTimeout(save, 0); }
  }
  function restore() {
    var store = storage(), saved = null;
    try { saved = store && JSON.parse(store.getItem(storageKey) || "null"); } catch (error) { saved = null; }
    if (!Array.isArray(saved)) { return; }
    saved.forEach(function (entry) {
      var d = entry[0], i = entry[1];
      if (!state[d] || !state[d][i] || finding(d, i).fingerprint !== entry[2]) { return; }
      if (["accepted", "rejected", "pending"].indexOf(entry[3]) >= 0) { state[d][i].decision = entry[3]; }
      if (typeof entry[4] === "string") { state[d][i].replacement = entry[4]; }
    });
  }
  window.addEventListener("pagehide", function () { if (saving) { save(); } });

  function decide(d, i, decision) {
    state[d][i].decision = decision;
    changed();
    render(d, i);
    if (selected && selected[0] === d && selected[1] === i) { showDetails(d, i); }
  }

  function showDetails(d, i) {
    var f = finding(d, i), s = state[d][i], details = document.getElementById("details");
    details.innerHTML = "";
    details.appendChild(text("p", f.message, "message"));
    details.appendChild(text("p", f.severity + " · " + f.category + " · " + f.entry + " · line " + f.line +
      ", column " + f.column + " · English: " + f.sources.join(", "), "meta"));
    var note = data.notes[f.entry] || f.note;
    if (note) { details.appendChild(text("p", note)); }
    if (f.manualCheck) { details.appendChild(text("p", "Check the sentence by hand: " + f.manualCheck, "manual")); }
    details.appendChild(text("p", f.sentence, "sentence"));
    var choices = document.createElement("fieldset");
    choices.appendChild(text("legend", "Replace with"));
    var custom = document.createElement("input");
    f.suggestions.concat([null]).forEach(function (suggestion, k) {
      var label = document.createElement("label");
      var radio = document.createElement("input");
      radio.type = "radio";
      radio.name = "choice";
      radio.id = "choice-" + k;
      radio.checked = suggestion === null ? f.suggestions.indexOf(s.replacement) < 0 : s.replacement === suggestion;
      radio.addEventListener("change", function () {
        state[d][i].replacement = suggestion === null ? custom.value : suggestion;
        changed();
        render(d, i);
      });
      label.appendChild(radio);
      if (suggestion === null) {
        custom.type = "text";
        custom.id = "custom";
        custom.placeholder = "your own correction";
        custom.value = f.suggestions.indexOf(s.replacement) < 0 ? s.replacement : "";
        custom.addEventListener("input", function () {
          radio.checked = true;
          state[d][i].replacement = custom.value;
          changed();
          render(d, i);
        });
        label.appendChild(custom);
      } else {
        label.appendChild(document.createTextNode(" " + suggestion));
      }
      choices.appendChild(label);
    });
    details.appendChild(choices);
    var actions = document.createElement("div");
    actions.className = "actions";
    [["accept", "Accept", "accepted"], ["reject", "Reject", "rejected"], ["undo", "Undo", "pending"]]
      .forEach(function (a) {
        var button = text("button", a[1]);
        button.type = "button";
        button.id = a[0];
        button.addEventListener("click", function () { decide(d, i, a[2]); });
        actions.appendChild(button);
      });
    details.appendChild(actions);
    details.appendChild(text("p", "Decision: " + s.decision, "meta"));
  }

  function select(d, i) {
    if (selected) { mark(selected[0], selected[1]).classList.remove("selected"); }
    selected = [d, i];
    var node = mark(d, i);
    node.classList.add("selected");
    node.scrollIntoView({ block: "center" });
    showDetails(d, i);
  }

  var list = document.getElementById("finding-list");
  order.forEach(function (p) {
    var f = finding(p[0], p[1]);
    var item = text("li", f.matched + " → " + f.suggestions[0]);
    item.id = "item-" + p[0] + "-" + p[1];
    item.addEventListener("click", function () { select(p[0], p[1]); });
    list.appendChild(item);
    mark(p[0], p[1]).addEventListener("click", function () { select(p[0], p[1]); });
  });

  showCorrected.addEventListener("change", renderAll);
  document.getElementById("accept-all").addEventListener("click", function () {
    // A finding that needs a manual check is accepted one by one, after reading it.
    order.forEach(function (p) {
      // Findings already decided keep their decision; manual checks are accepted one by one.
      if (!finding(p[0], p[1]).manualCheck && state[p[0]][p[1]].decision === "pending") { decide(p[0], p[1], "accepted"); }
    });
  });
  document.getElementById("reject-all").addEventListener("click", function () {
    order.forEach(function (p) { if (state[p[0]][p[1]].decision === "pending") { decide(p[0], p[1], "rejected"); } });
  });
  document.getElementById("clear-decisions").addEventListener("click", function () {
    if (!window.confirm("Clear every decision and typed correction on this page?")) { return; }
    state = fresh();
    save();
    renderAll();
    if (selected) { showDetails(selected[0], selected[1]); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.target.tagName === "INPUT" && event.target.type === "text") { return; }
    var at = selected ? order.findIndex(function (p) { return p[0] === selected[0] && p[1] === selected[1]; }) : -1;
    if (event.key === "j" && at + 1 < order.length) { select(order[at + 1][0], order[at + 1][1]); }
    if (event.key === "k" && at > 0) { select(order[at - 1][0], order[at - 1][1]); }
    if (selected && event.key === "a") { decide(selected[0], selected[1], "accepted"); }
    if (selected && event.key === "r") { decide(selected[0], selected[1], "rejected"); }
    if (selected && event.key === "u") { decide(selected[0], selected[1], "pending"); }
  });

  function escapeXML(value, attribute) {
    var out = String(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/\r/g, "&#13;");
    return attribute ? out.replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;") : out;
  }
  function element(name, value) { return "      <" + name + ">" + escapeXML(value, false) + "</" + name + ">\n"; }

  function reviewXML() {
    var xml = '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<corrections xmlns="urn:enmienda:corrections" version="2" generator="' +
      escapeXML(data.generator, true) + ' (review page)">\n';
    data.documents.forEach(function (doc, d) {
      xml += '  <document path="' + escapeXML(doc.path, true) + '"' +
        (doc.absolutePath ? ' absolute-path="' + escapeXML(doc.absolutePath, true) + '"' : "") + ' words="' + doc.words +
        '" findings="' + doc.findings.length + '" content-hash="' + doc.contentHash + '">\n';
      doc.findings.forEach(function (f, i) {
        var s = state[d][i];
        xml += '    <finding entry="' + escapeXML(f.entry, true) + '" category="' + f.category +
          '" severity="' + f.severity + '" line="' + f.line + '" column="' + f.column +
          '" byte-offset="' + f.byteOffset + '" byte-length="' + f.byteLength +
          '" char-offset="' + f.charOffset + '" char-length="' + f.charLength +
          '" fingerprint="' + f.fingerprint + '" decision="' + s.decision + '">\n';
        xml += element("matched", f.matched) + element("message", f.message);
        f.sources.forEach(function (source) { xml += element("source", source); });
        f.suggestions.forEach(function (suggestion) { xml += element("suggestion", suggestion); });
        if (f.note) { xml += element("note", f.note); }
        xml += element("sentence", f.sentence) + element("corrected-sentence", f.correctedSentence);
        if (f.manualCheck) { xml += element("manual-check", f.manualCheck); }
        if (f.segment) {
          xml += '      <segment id="' + escapeXML(f.segment.id, true) + '" byte-offset="' + f.segment.byteOffset +
            '" byte-length="' + f.segment.byteLength + '" text-hash="' + f.segment.textHash + '"';
          xml += f.segment.source != null
            ? '>\n  ' + element("source-text", f.segment.source) + "      </segment>\n" : "/>\n";
        }
        xml += element("replacement", s.replacement) + "    </finding>\n";
      });
      xml += "  </document>\n";
    });
    return xml + "</corrections>\n";
  }

  document.getElementById("download").addEventListener("click", function () {
    var blob = new Blob([reviewXML()], { type: "application/xml" });
    var link = document.createElement("a");
    var base = data.documents.length === 1 ? data.documents[0].path.split("/").pop() : "enmienda";
    link.href = URL.createObjectURL(blob);
    link.download = base + ".review.xml";
    document.body.appendChild(link);
    link.click();
    link.remove();
  });

  restore();
  renderAll();
})();
