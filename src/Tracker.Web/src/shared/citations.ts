import { el } from './dom';
import { formatDate, today } from './dates';

export interface Citation {
  readonly quote: string | null;
  readonly source: { readonly slug: string; readonly title: string; readonly publisher: string | null; readonly url: string | null; readonly publishedOn: string | null; readonly file: string | null };
}

/**
 * A citation a journalist can paste: title, publisher, date, the quoted passage, the tracker's permalink and
 * the day it was read.
 */
export function citationText(citation: Citation, permalink: string): string {
  const { source, quote } = citation;
  const parts = [`"${source.title}"`];
  if (source.publisher) parts.push(source.publisher);
  if (source.publishedOn) parts.push(formatDate(source.publishedOn));
  let text = parts.join(', ') + '.';
  if (quote) text += ` Quoted: "${quote}".`;
  if (source.url) text += ` ${source.url}.`;
  text += ` Via the Secure Communities tracker, ${permalink} (accessed ${formatDate(today())}).`;
  return text;
}

/** The sources of a fact, each with its quoted passage, where it can be read, and a "Cite this" button. */
export function citationList(citations: readonly Citation[], permalink: string): HTMLElement {
  if (citations.length === 0) return el('p', { class: 'muted' }, 'No source is cited.');
  return el(
    'ul',
    { class: 'citations' },
    citations.map((citation) =>
      el(
        'li',
        { class: 'citation' },
        citation.quote ? el('blockquote', {}, `“${citation.quote}”`) : null,
        el(
          'p',
          { class: 'source' },
          '— ',
          citation.source.url ? el('a', { href: citation.source.url, rel: 'noopener noreferrer', target: '_blank' }, citation.source.title) : el('cite', {}, citation.source.title),
          citation.source.publisher ? `, ${citation.source.publisher}` : '',
          citation.source.publishedOn ? `, ${formatDate(citation.source.publishedOn)}` : '',
          ' ',
          citationButton(() => citationText(citation, permalink)),
        ),
      ),
    ),
  );
}

/** "Cite this": copies the citation and shows it, so it can also be selected by hand where copying is refused. */
export function citationButton(text: () => string): HTMLElement {
  const output = el('output', { class: 'cite-output', hidden: true });
  const button = el(
    'button',
    {
      type: 'button',
      class: 'cite-button',
      onclick: async () => {
        const citation = text();
        output.textContent = citation;
        output.hidden = false;
        try {
          await navigator.clipboard.writeText(citation);
          button.textContent = 'Copied';
        } catch {
          button.textContent = 'Cite this (select the text)';
        }
      },
    },
    'Cite this',
  );
  return el('span', { class: 'cite' }, button, output);
}
