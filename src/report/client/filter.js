// Narrows a table.filterable by the words box (every word must occur, diacritics optional) and
// the kind menu (data-kind of each row). Rows carry their searchable words in data-words.
(function () {
  'use strict';
  var form = document.querySelector('form.filter');
  var table = document.querySelector('table.filterable');
  if (!form || !table) return;
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var words = rows.map(function (r) { return VNX.fold(r.getAttribute('data-words')); });
  var out = form.querySelector('output.shown');
  function apply() {
    var q = VNX.fold(form.elements.words.value).split(' ').filter(Boolean);
    var kind = form.elements.kind.value;
    var shown = 0;
    rows.forEach(function (r, i) {
      var ok = (!kind || r.getAttribute('data-kind') === kind) && q.every(function (w) { return words[i].indexOf(w) >= 0; });
      r.hidden = !ok;
      if (ok) shown++;
    });
    out.textContent = shown + ' of ' + rows.length + ' shown';
  }
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.elements.words.addEventListener('input', VNX.debounce(apply, 80));
  form.elements.kind.addEventListener('change', apply);
  var wanted = /[#&]kind=([^&]*)/.exec(location.hash);
  if (wanted) form.elements.kind.value = decodeURIComponent(wanted[1]);
  apply();
})();
