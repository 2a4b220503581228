// The decisions index: MiniSearch over window.VNX_DECISIONS (data/decisions.js), searched as
// you type. Terms are folded on both sides, so diacritics are optional; a query that is a
// decision's key (any spelling) puts that decision first. The citing files of the decisions
// shown are loaded from data/citations/<chunk>.js when first needed (a script, since file://
// refuses fetch), and only the first few are drawn until asked for all.
(function () {
  'use strict';
  var all = window.VNX_DECISIONS || [];
  var input = document.getElementById('q');
  var onlyConflicts = document.getElementById('only-conflicts');
  var results = document.getElementById('results');
  var count = document.getElementById('count');
  var SHOWN = 50;
  var CITING_SHOWN = 20;
  var chunks = {};
  window.VNX_CITED = window.VNX_CITED || {};
  function loadChunk(k) {
    if (!chunks[k]) {
      chunks[k] = new Promise(function (resolve) {
        var s = document.createElement('script');
        s.src = 'data/citations/' + k + '.js';
        s.onload = resolve;
        s.onerror = function () { resolve(); };
        document.head.appendChild(s);
      });
    }
    return chunks[k];
  }
  var esc = VNX.esc;
  var fold = VNX.fold;
  var compact = function (s) { return fold(s).replace(/\s+/g, ''); };

  var index = new MiniSearch({
    idField: 'n',
    fields: ['key', 'variants', 'type', 'issuer', 'province', 'subject'],
    extractField: function (doc, field) {
      if (field === 'n') return doc.n;
      var v = all[doc.n][field];
      return Array.isArray(v) ? v.join(' ') : v;
    },
    processTerm: function (term) { return fold(term) || null; },
    searchOptions: {
      boost: { key: 4, variants: 3, type: 1.5, issuer: 1.2 },
      prefix: true,
      fuzzy: function (term) { return term.length > 5 ? 0.15 : false; },
      combineWith: 'AND',
    },
  });
  index.addAll(all.map(function (_, n) { return { n: n }; }));
  var exactKeys = all.map(function (d) { return [d.key].concat(d.variants).map(compact); });

  function citing(c) {
    var where = c.pages.length ? 'p. ' + c.pages.join(', ') : '';
    var extra = [where, c.footnote ? 'footnote' : '', c.relation].filter(Boolean).join(' · ');
    return '<li><a href="' + esc(c.href) + '">' + esc(c.report || c.file) + '</a> <small><code>' + esc(c.file) + '</code>' + (extra ? ' — ' + esc(extra) : '') + '</small>' +
      (c.context ? '<blockquote>' + esc(c.context) + '</blockquote>' : '') + '</li>';
  }
  function citingList(n, all) {
    var cited = window.VNX_CITED[n];
    if (!cited) return '<p class="none">Citing files not found in data/citations/.</p>';
    var shown = all ? cited : cited.slice(0, CITING_SHOWN);
    return '<ul class="citing">' + shown.map(citing).join('') + '</ul>' +
      (shown.length < cited.length ? '<button type="button" class="more" data-n="' + n + '">Show all ' + cited.length + ' citing files</button>' : '');
  }
  function fillCitations(article) {
    var n = Number(article.getAttribute('data-n'));
    loadChunk(all[n].chunk).then(function () {
      if (!article.isConnected) return;
      article.querySelector('.citing-box').innerHTML = citingList(n, false);
      article.setAttribute('data-loaded', '1');
    });
  }
  function card(d, n) {
    var head = [d.type, d.date && 'ngày ' + d.date, d.issuer, d.province && d.province_now && d.province_now !== d.province ? d.province + ' (now ' + d.province_now + ')' : d.province].filter(Boolean).join(' · ');
    return '<article class="decision" data-n="' + n + '" data-id="' + esc(d.id) + '"><h2>' + esc(d.id) + '</h2><p class="sub">' + esc(head) + '</p>' +
      (d.subject ? '<p>' + esc(d.subject) + '</p>' : '') +
      (d.variants.length > 1 ? '<p><small>Written as: ' + d.variants.map(esc).join(', ') + '</small></p>' : '') +
      (d.conflicts.length ? '<div class="conflicts"><b>Conflicts</b><ul>' + d.conflicts.map(function (c) { return '<li>' + esc(c) + '</li>'; }).join('') + '</ul></div>' : '') +
      (d.warnings.length ? '<div class="warn"><ul>' + d.warnings.map(function (c) { return '<li>' + esc(c) + '</li>'; }).join('') + '</ul></div>' : '') +
      '<h3>Cited by ' + d.citations + ' report(s) in ' + d.cited + ' file(s), ' + d.mentions + ' mention(s)</h3><div class="citing-box"><p class="none">Loading the citing files…</p></div></article>';
  }
  function search() {
    var q = input.value.trim();
    var hits;
    if (q) {
      var want = compact(q);
      hits = index.search(q).map(function (r) { return r.id; });
      var exact = [];
      all.forEach(function (_, n) { if (exactKeys[n].indexOf(want) >= 0) exact.push(n); });
      hits = exact.concat(hits.filter(function (n) { return exact.indexOf(n) < 0; }));
    } else {
      hits = all.map(function (_, n) { return n; }).sort(function (a, b) { return all[b].citations - all[a].citations; });
    }
    if (onlyConflicts.checked) hits = hits.filter(function (n) { return all[n].conflicts.length > 0; });
    count.textContent = hits.length + ' of ' + all.length + (q ? ' match' : ' (most cited first)') + (hits.length > SHOWN ? '; the first ' + SHOWN + ' shown' : '');
    results.innerHTML = hits.length ? hits.slice(0, SHOWN).map(function (n) { return card(all[n], n); }).join('') : '<p class="none">No decision matches.</p>';
    Array.prototype.forEach.call(results.querySelectorAll('article.decision'), fillCitations);
    try { history.replaceState(null, '', q ? '#q=' + encodeURIComponent(q) : location.pathname); } catch (e) { /* file:// may refuse; the search still works */ }
  }
  document.getElementById('decision-search').addEventListener('submit', function (e) { e.preventDefault(); });
  results.addEventListener('click', function (e) {
    var b = e.target.closest('button.more');
    if (!b) return;
    var n = Number(b.getAttribute('data-n'));
    b.closest('.citing-box').innerHTML = citingList(n, true);
  });
  input.addEventListener('input', VNX.debounce(search, 60));
  onlyConflicts.addEventListener('change', search);
  var m = /[#&]q=([^&]*)/.exec(location.hash);
  if (m) input.value = decodeURIComponent(m[1]);
  search();
})();
