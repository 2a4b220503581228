/** The words box and kind menu that assets/filter.js wires to a table.filterable. */
import { esc } from '../html.js';

export function filterBox(kindLabel: string, kinds: [string, string][]): string {
  return `<form class="filter" role="search">
<label>Filter <input type="search" name="words" placeholder="words (diacritics optional)" autocomplete="off"></label>
<label>${esc(kindLabel)} <select name="kind"><option value="">all</option>${kinds.map(([v, l]) => `<option value="${esc(v)}">${esc(l)}</option>`).join('')}</select></label>
<output class="shown"></output>
</form>`;
}
