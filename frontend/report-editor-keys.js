/*
 * The report editor's spreadsheet keys, for the element holding the official tables (the view calls
 * install(root) when it is attached):
 * - Enter / Shift+Enter move down / up a column, as in Excel;
 * - a pasted block (text with tabs or newlines) is not typed into one input but sent to the server as
 *   a 'dd-paste' event, detail {start: cell key, text}, which spreads it over the cells;
 * - the browser asks before closing or reloading the tab while root has data-unsaved="true".
 */
function install(root) {
  if (root.__ddKeys) return;
  root.__ddKeys = true;
  root.addEventListener('keydown', e => {
    const t = e.target;
    if (t.tagName !== 'INPUT' || !t.dataset.cell || e.key !== 'Enter') return;
    e.preventDefault();
    const column = [...root.querySelectorAll(
        'input[data-table="' + t.dataset.table + '"][data-c="' + t.dataset.c + '"]')];
    const next = column[column.indexOf(t) + (e.shiftKey ? -1 : 1)];
    if (next) { next.focus(); next.select(); }
  });
  window.addEventListener('beforeunload', e => {
    if (root.isConnected && root.dataset.unsaved === 'true') { e.preventDefault(); e.returnValue = ''; }
  });
  root.addEventListener('paste', e => {
    const t = e.target;
    if (t.tagName !== 'INPUT' || !t.dataset.cell) return;
    const text = (e.clipboardData || window.clipboardData).getData('text');
    const body = text.replace(/\r/g, '').replace(/\n+$/, '');
    if (!/[\t\n]/.test(body)) return; // one value: the input takes it as typed
    e.preventDefault();
    root.dispatchEvent(new CustomEvent('dd-paste', {detail: {start: t.dataset.cell, text: body}}));
  });
}

/** Scrolls to a cell, focuses its input and highlights it for a moment (a finding was clicked). */
function focusCell(root, key) {
  const td = root.querySelector('td[data-cell="' + key + '"]');
  if (!td) return;
  td.scrollIntoView({block: 'center'});
  const input = td.querySelector('input');
  if (input) { input.focus(); input.select(); }
  td.classList.add('highlight');
  setTimeout(() => td.classList.remove('highlight'), 1500);
}

window.ddReportEditor = {install, focusCell};
