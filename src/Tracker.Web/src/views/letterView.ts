import { scaleLinear } from 'd3-scale';
import { query } from '../api/client';
import { el, replace, svg } from '../shared/dom';
import { formatDate } from '../shared/dates';
import { citationList, type Citation } from '../shared/citations';
import { serverCsvLink } from '../shared/csv';
import { serverUrl } from '../config';
import { href, permalink, replaceState, type Route } from '../router';
import letterQuery from '../../queries/LetterPage.graphql';
import signaturesQuery from '../../queries/LetterSignatures.graphql';
import { LETTER_KINDS, signatureSummary } from './lettersView';

interface LetterPage {
  slug: string;
  title: string;
  kind: string;
  writtenOn: string | null;
  deliveredOn: string | null;
  addressees: string[];
  cc: string[];
  body: string | null;
  notes: string | null;
  reportedSignatureCount: number | null;
  signatureCountNote: string | null;
  signatureCount: number;
  organizers: { slug: string; name: string }[];
  targets: { code: string; name: string }[];
  signatoriesByState: { state: string | null; count: number; jurisdiction: { name: string } | null }[];
  citations: Citation[];
}

interface SignatureRow {
  position: number;
  printedName: string;
  signedOn: string | null;
  withdrawnOn: string | null;
  signatory: { __typename: 'Organization' | 'Person'; slug: string; name: string; state: string | null; kind?: string; city?: string | null; title?: string | null; affiliation?: string | null };
}

interface SignaturePage {
  letter: { signatures: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: SignatureRow[] } } | null;
}

/** Pages of 100 read one after another before the reader is asked to load more. */
const AUTOMATIC_PAGES = 20;

const SIGNATORY_KINDS: Record<string, string> = { ORGANIZATION: 'Organisations', PERSON: 'People' };

/**
 * A letter's page: its text, addressees and cc, organisers, sources, a bar chart of signatories by state, and the
 * signatories in printed order, searchable by name and filterable by state and kind (filters in the URL).
 */
export async function letterView(route: Route, container: HTMLElement, signal: AbortSignal): Promise<void> {
  const slug = route.id!;
  replace(container, el('p', { class: 'loading', role: 'status' }, 'Loading the letter…'));
  const { letter } = await query<{ letter: LetterPage | null }>(letterQuery, { slug }, signal);
  if (signal.aborted) return;
  if (!letter) {
    replace(container, el('section', {}, el('h2', {}, 'No such letter'), el('p', {}, 'The tracker has no letter at this address. ', el('a', { href: href('/letters') }, 'All letters'))));
    return;
  }
  const filters = { q: route.query.get('q') ?? '', state: route.query.get('state') ?? '', kind: route.query.get('kind') ?? '' };
  const link = permalink(`/letters/${encodeURIComponent(slug)}`);
  const listHolder = el('div', { class: 'signatures' });
  const nameField = el('input', { type: 'search', id: 'signatory-search', value: filters.q, autocomplete: 'off' });
  const stateSelect = el('select', { id: 'signatory-state' }, el('option', { value: '' }, 'All states'), letter.signatoriesByState.filter((s) => s.state).map((s) => el('option', { value: s.state!, selected: s.state === filters.state }, `${s.jurisdiction?.name ?? s.state} (${s.count})`)));
  const kindSelect = el('select', { id: 'signatory-kind' }, el('option', { value: '' }, 'Organisations and people'), Object.entries(SIGNATORY_KINDS).map(([value, label]) => el('option', { value, selected: value === filters.kind }, label)));

  let request: AbortController | null = null;
  const loadSignatures = async () => {
    request?.abort();
    request = new AbortController();
    const mine = request;
    signal.addEventListener('abort', () => mine.abort());
    replaceState(`/letters/${encodeURIComponent(slug)}`, { q: filters.q, state: filters.state, kind: filters.kind });
    replace(listHolder, el('p', { class: 'loading', role: 'status' }, 'Loading the signatories…'));
    try {
      replace(listHolder, await signatureList(slug, filters, mine.signal));
    } catch (error) {
      if (!mine.signal.aborted) replace(listHolder, el('p', { class: 'error', role: 'alert' }, `The signatories could not be loaded: ${(error as Error).message}`));
    }
  };
  let typing: ReturnType<typeof setTimeout> | undefined;
  nameField.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      filters.q = nameField.value.trim();
      void loadSignatures();
    }, 250);
  });
  stateSelect.addEventListener('change', () => {
    filters.state = stateSelect.value;
    void loadSignatures();
  });
  kindSelect.addEventListener('change', () => {
    filters.kind = kindSelect.value;
    void loadSignatures();
  });

  replace(
    container,
    el(
      'article',
      { class: 'letter-view', 'aria-labelledby': 'letter-title' },
      el('p', { class: 'breadcrumb' }, el('a', { href: href('/letters') }, 'Letters'), ' › ', LETTER_KINDS[letter.kind] ?? letter.kind),
      el('h2', { id: 'letter-title' }, letter.title),
      el(
        'dl',
        { class: 'facts' },
        fact('Written', letter.writtenOn ? formatDate(letter.writtenOn) : 'Unknown'),
        letter.deliveredOn ? fact('Delivered', formatDate(letter.deliveredOn)) : null,
        letter.addressees.length ? fact('To', letter.addressees.join('; ')) : null,
        letter.cc.length ? fact('Cc', letter.cc.join('; ')) : null,
        letter.organizers.length ? fact('Organised by', letter.organizers.map((o, i) => [i ? ', ' : '', el('a', { href: href(`/organizations/${encodeURIComponent(o.slug)}`) }, o.name)])) : null,
        letter.targets.length ? fact('About', letter.targets.map((t, i) => [i ? ', ' : '', el('a', { href: href('/map', { j: t.code }) }, t.name)])) : null,
        fact('Signatures', signatureSummary(letter)),
      ),
      letter.notes ? el('p', { class: 'notes' }, letter.notes) : null,
      letter.body ? el('details', { class: 'letter-body', open: true }, el('summary', {}, 'The text as printed'), letter.body.split(/\n{2,}/).map((p) => el('p', {}, p))) : el('p', { class: 'muted' }, 'The documents do not print its text.'),
      el('h3', {}, 'Sources'),
      citationList(letter.citations, link),
      letter.signatureCount > 0
        ? [
            el('h3', { id: 'by-state-title' }, 'Signatories by state'),
            stateChart(letter.signatoriesByState, (state) => {
              filters.state = state;
              stateSelect.value = state;
              void loadSignatures();
            }),
            el('h3', { id: 'signatories-title' }, 'Signatories in printed order'),
            el(
              'div',
              { class: 'filters', role: 'search', 'aria-label': 'Filter the signatories' },
              el('label', { for: 'signatory-search' }, 'Name contains'),
              nameField,
              el('label', { for: 'signatory-state' }, 'State'),
              stateSelect,
              el('label', { for: 'signatory-kind' }, 'Kind'),
              kindSelect,
            ),
            listHolder,
            el('p', {}, serverCsvLink(serverUrl(`/csv/letters/${encodeURIComponent(slug)}/signatories.csv`), 'Download every signatory in printed order (CSV)')),
          ]
        : letter.reportedSignatureCount !== null
          ? el('p', { class: 'reported-count' }, `Only a count is reported: ${letter.reportedSignatureCount.toLocaleString('en-US')} signatures; the signers’ names are not published.`, letter.signatureCountNote ? ` (${letter.signatureCountNote})` : '')
          : null,
      el('p', { class: 'links' }, el('a', { class: 'permalink', href: link }, 'Permalink to this letter')),
    ),
  );
  if (letter.signatureCount > 0) await loadSignatures();
}

function fact(term: string, ...description: (string | Node | (string | Node)[][])[]): HTMLElement[] {
  return [el('dt', {}, term), el('dd', {}, ...description)];
}

async function signatureList(slug: string, filters: { q: string; state: string; kind: string }, signal: AbortSignal): Promise<HTMLElement> {
  const where: Record<string, unknown> = {};
  if (filters.q) where.printedName = { contains: filters.q };
  if (filters.state) where.state = { eq: filters.state };
  if (filters.kind) where.signatoryKind = filters.kind;
  const rows: SignatureRow[] = [];
  let after: string | null = null;
  let total = 0;
  let more = false;
  for (let page = 0; page < AUTOMATIC_PAGES; page++) {
    const variables: Record<string, unknown> = { slug };
    if (Object.keys(where).length) variables.where = where;
    if (after) variables.after = after;
    const result: SignaturePage = await query(signaturesQuery, variables, signal);
    const signatures = result.letter?.signatures;
    if (!signatures) break;
    total = signatures.totalCount;
    rows.push(...signatures.nodes);
    more = signatures.pageInfo.hasNextPage;
    after = signatures.pageInfo.endCursor;
    if (!more) break;
  }
  const list = el(
    'ol',
    { class: 'signatory-list', 'aria-labelledby': 'signatories-title' },
    rows.map((row) =>
      el(
        'li',
        { value: row.position, 'data-position': row.position, class: row.withdrawnOn ? 'withdrawn' : '' },
        el('a', { href: href(row.signatory.__typename === 'Organization' ? `/organizations/${encodeURIComponent(row.signatory.slug)}` : `/people/${encodeURIComponent(row.signatory.slug)}`) }, row.printedName),
        el('span', { class: 'muted' }, describeSignatory(row)),
        row.withdrawnOn ? el('span', { class: 'withdrawn-note' }, ` (withdrawn ${formatDate(row.withdrawnOn)})`) : null,
      ),
    ),
  );
  return el(
    'div',
    {},
    el('p', { role: 'status', class: 'signatory-count' }, `${total} signator${total === 1 ? 'y' : 'ies'}${filters.q || filters.state || filters.kind ? ' match' : ''}${rows.length < total ? `; the first ${rows.length} are shown (download the CSV for all)` : ''}.`),
    list,
    more ? el('p', { class: 'muted' }, 'Narrow the filters to see the rest here.') : null,
  );
}

function describeSignatory(row: SignatureRow): string {
  const s = row.signatory;
  const details = s.__typename === 'Person' ? [s.title, s.affiliation, s.city, s.state] : [s.city, s.state];
  const text = details.filter(Boolean).join(', ');
  return text ? ` — ${text}` : '';
}

/** Horizontal bars, most signatories first; each bar is a button that filters the list by its state. */
function stateChart(counts: LetterPage['signatoriesByState'], choose: (state: string) => void): SVGElement {
  const rowHeight = 18;
  const labelWidth = 150;
  const width = 600;
  const height = counts.length * rowHeight + 4;
  const x = scaleLinear().domain([0, Math.max(1, ...counts.map((c) => c.count))]).range([0, width - labelWidth - 40]);
  return svg(
    'svg',
    { class: 'state-chart', viewBox: `0 0 ${width} ${height}`, role: 'group', 'aria-labelledby': 'by-state-title' },
    counts.map((c, i) => {
      const name = c.jurisdiction?.name ?? (c.state ?? 'State not given');
      const label = `${name}: ${c.count}`;
      const group = svg(
        'g',
        c.state ? { class: 'state-bar', role: 'button', tabindex: 0, 'aria-label': `${label}. Show only these signatories.` } : { class: 'state-bar', 'aria-label': label, role: 'img' },
        svg('text', { x: labelWidth - 6, y: i * rowHeight + 13, 'text-anchor': 'end' }, name),
        svg('rect', { x: labelWidth, y: i * rowHeight + 3, width: Math.max(1, x(c.count)), height: rowHeight - 5, fill: '#0072B2' }),
        svg('text', { x: labelWidth + x(c.count) + 4, y: i * rowHeight + 13 }, String(c.count)),
      );
      if (c.state) {
        const state = c.state;
        group.addEventListener('click', () => choose(state));
        group.addEventListener('keydown', (event) => {
          if ((event as KeyboardEvent).key === 'Enter' || (event as KeyboardEvent).key === ' ') {
            event.preventDefault();
            choose(state);
          }
        });
      }
      return group;
    }),
  );
}
