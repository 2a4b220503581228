// Shared by the report's page scripts. Plain browser JavaScript, loaded from assets/.
(function () {
  'use strict';
  // The same folding as src/text/normalize.ts fold(): marks removed, đ → d, lower case, so
  // "749/QD-TTg" finds "749/QĐ-TTg" and "quyet dinh" finds "Quyết định".
  function fold(s) {
    return String(s == null ? '' : s)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, function (c) { return c === 'đ' ? 'd' : 'D'; })
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
  }
  var ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return ENTITIES[c]; });
  }
  function debounce(f, ms) {
    var t = 0;
    return function () {
      clearTimeout(t);
      t = setTimeout(f, ms);
    };
  }
  window.VNX = { fold: fold, esc: esc, debounce: debounce };
})();
