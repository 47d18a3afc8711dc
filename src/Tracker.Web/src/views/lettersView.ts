import { query } from '../api/client';
import { el, replace } from '../shared/dom';
import { formatDate } from '../shared/dates';
import { csvLink } from '../shared/csv';
import { href, type Route } from '../router';
import lettersQuery from '../../queries/Letters.graphql';

interface LetterRow {
  slug: string;
  title: string;
  kind: string;
  writtenOn: string | null;
  deliveredOn: string | null;
  addressees: string[];
  signatureCount: number;
  reportedSignatureCount: number | null;
  signatureCountNote: string | null;
}

export const LETTER_KINDS: Record<string, string> = { SIGN_ON_LETTER: 'Sign-on letter', PETITION: 'Petition', REPORT: 'Report', CAMPAIGN: 'Campaign' };
const DEFAULT_KINDS = ['SIGN_ON_LETTER', 'PETITION', 'REPORT'];

/** How many signed, in words: the recorded signatures, or the count a petition reports when it lists none. */
export function signatureSummary(letter: Pick<LetterRow, 'signatureCount' | 'reportedSignatureCount' | 'signatureCountNote'>): string {
  if (letter.signatureCount > 0) return `${letter.signatureCount.toLocaleString('en-US')} signator${letter.signatureCount === 1 ? 'y' : 'ies'} listed`;
  if (letter.reportedSignatureCount !== null) return `${letter.reportedSignatureCount.toLocaleString('en-US')} reported, no names published${letter.signatureCountNote ? ` (${letter.signatureCountNote})` : ''}`;
  return 'No signatures recorded';
}

/** The letters, petitions and reports with their dates and counts, filterable by kind. */
export async function lettersView(route: Route, container: HTMLElement, signal: AbortSignal): Promise<void> {
  const kind = route.query.get('kind');
  const kinds = kind && LETTER_KINDS[kind] ? [kind] : DEFAULT_KINDS;
  const body = el('div', {}, el('p', { class: 'loading', role: 'status' }, 'Loading the letters…'));
  const select = el('select', { id: 'letter-kind' }, el('option', { value: '' }, 'Letters, petitions and reports'), Object.entries(LETTER_KINDS).map(([value, label]) => el('option', { value, selected: value === kind }, label)));
  select.addEventListener('change', () => (window.location.hash = href('/letters', { kind: select.value })));
  replace(container, el('section', { class: 'letters-view', 'aria-labelledby': 'letters-title' }, el('h2', { id: 'letters-title' }, 'Letters, petitions and reports'), el('p', {}, el('label', { for: 'letter-kind' }, 'Show '), select), body));

  const { letters } = await query<{ letters: { totalCount: number; nodes: LetterRow[] } }>(lettersQuery, { kinds }, signal);
  if (signal.aborted) return;
  replace(
    body,
    el(
      'table',
      { class: 'letters-table' },
      el('caption', {}, `${letters.totalCount} document${letters.totalCount === 1 ? '' : 's'}, newest first`),
      el('thead', {}, el('tr', {}, ['Title', 'Kind', 'Written', 'Delivered', 'To', 'Signatures'].map((h) => el('th', { scope: 'col' }, h)))),
      el(
        'tbody',
        {},
        letters.nodes.map((l) =>
          el(
            'tr',
            { 'data-slug': l.slug },
            el('th', { scope: 'row' }, el('a', { href: href(`/letters/${encodeURIComponent(l.slug)}`) }, l.title)),
            el('td', {}, LETTER_KINDS[l.kind] ?? l.kind),
            el('td', {}, l.writtenOn ? formatDate(l.writtenOn) : 'Unknown'),
            el('td', {}, l.deliveredOn ? formatDate(l.deliveredOn) : ''),
            el('td', {}, l.addressees.join('; ')),
            el('td', {}, signatureSummary(l)),
          ),
        ),
      ),
    ),
    csvLink('letters.csv', ['slug', 'title', 'kind', 'written_on', 'delivered_on', 'addressees', 'signatures_listed', 'reported_signature_count'], letters.nodes.map((l) => [l.slug, l.title, l.kind, l.writtenOn, l.deliveredOn, l.addressees.join('; '), l.signatureCount, l.reportedSignatureCount])),
  );
}
