(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("enmienda-data").textContent);
  var state = data.documents.map(function (doc) {
    return doc.findings.map(function (f) { return { decision: "pending", replacement: f.suggestions[0] }; });
  });
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
    node.textContent = showCorrected.checked && s.decision !== "rejected" ? s.replacement : f.matched;
    var item = document.getElementById("item-" + d + "-" + i);
    item.className = s.decision;
    var done = 0;
    state.forEach(function (list) { list.forEach(function (x) { if (x.decision !== "pending") { done += 1; } }); });
    document.getElementById("progress").textContent = done + " of " + order.length + " reviewed";
  }

  function renderAll() { order.forEach(function (p) { render(p[0], p[1]); }); }

  function decide(d, i, decision) {
    state[d][i].decision = decision;
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
      xml += '  <document path="' + escapeXML(doc.path, true) + '" words="' + doc.words +
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

  renderAll();
})();
