import { el } from './dom';

/**
 * A CSV download built in the browser, for tables the server has no download of. Cells starting with = + - @
 * or a tab or carriage return are prefixed with an apostrophe (OWASP's rule against formula injection), so a
 * spreadsheet never runs a name as a formula.
 */
export function csvLink(fileName: string, header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): HTMLAnchorElement {
  const link = el('a', { class: 'csv', download: fileName, href: '#' }, `Download CSV (${fileName})`);
  link.addEventListener('click', () => {
    const text = [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    link.href = url;
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  });
  return link;
}

/** A link to one of the server's own CSV downloads. */
export function serverCsvLink(url: string, label: string): HTMLAnchorElement {
  return el('a', { class: 'csv', href: url, download: true }, label);
}

function cell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
