import { el } from './dom';

/** The iframe snippet for an embeddable view, shown in a box the reader can copy. */
export function embedSnippet(path: string, title: string, height = 520): HTMLElement {
  const src = `${window.location.origin}${path}`;
  const code = `<iframe src="${src}" title="${title.replaceAll('"', '&quot;')}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
  const id = `embed-${Math.random().toString(36).slice(2)}`;
  return el(
    'details',
    { class: 'embed' },
    el('summary', {}, 'Embed this view'),
    el('label', { for: id }, 'Paste this into your page:'),
    el('textarea', { id, readonly: true, rows: 3, class: 'embed-code' }, code),
  );
}
