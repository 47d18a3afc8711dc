/** Dates as the record gives them: a day, month or year, and what the date means (on, by, after, estimated). */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface DatedFact {
  readonly effectiveOn?: string;
  readonly date?: string;
  readonly datePrecision?: string | null;
  readonly dateQualifier?: string | null;
  /** Bounds a source puts on the date, where it gives them (status events only). */
  readonly earliestOn?: string | null;
  readonly latestOn?: string | null;
}

/** "20 May 2011", "May 2011" or "2011", by precision. */
export function formatDate(iso: string, precision: string | null | undefined = 'DAY'): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (precision === 'YEAR') return `${year}`;
  if (precision === 'MONTH') return `${MONTHS[month - 1]} ${year}`;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** Two days as a range, saying the shared month and year once: "3 and 20 May 2011", "28 April and 3 May 2011". */
export function formatRange(first: string, last: string): string {
  const [y1, m1, d1] = first.split('-').map(Number);
  const [y2, m2] = last.split('-').map(Number);
  if (y1 === y2 && m1 === m2) return `${d1} and ${formatDate(last)}`;
  if (y1 === y2) return `${d1} ${MONTHS[m1 - 1]} and ${formatDate(last)}`;
  return `${formatDate(first)} and ${formatDate(last)}`;
}

/**
 * The date in words with its qualifier spelled out: "on or before 20 May 2011", "in 2013", "on or after 20 July
 * 2011", "planned for 2013", and, where a source bounds it, the range: "between 3 and 20 May 2011".
 */
export function qualifiedDate(fact: DatedFact): string {
  const iso = fact.effectiveOn ?? fact.date;
  if (!iso) return 'date unknown';
  const precision = fact.datePrecision ?? 'DAY';
  const date = formatDate(iso, precision);
  const exact = precision === 'DAY' ? 'on' : 'in';
  const { earliestOn, latestOn } = fact;
  // A range the source gives within the date's period (EXACT, ESTIMATED, PLANNED of a month or a year).
  const within = earliestOn || latestOn ? `, between ${range(earliestOn ?? periodStart(iso, precision), latestOn ?? periodEnd(iso, precision))}` : '';
  switch (fact.dateQualifier) {
    case 'EXACT':
      return `${exact} ${date}${within}`;
    case 'ON_OR_BEFORE':
      // The date is the upper bound (or a latestOn inside its period); an earliestOn closes the range.
      if (earliestOn) return `between ${range(earliestOn, latestOn ?? periodEnd(iso, precision))}`;
      return latestOn ? `on or before ${formatDate(latestOn)}` : `${exact} or before ${date}`;
    case 'ON_OR_AFTER':
      // The date is the lower bound (or an earliestOn inside its period); a latestOn closes the range.
      if (latestOn) return `between ${range(earliestOn ?? periodStart(iso, precision), latestOn)}`;
      return earliestOn ? `on or after ${formatDate(earliestOn)}` : `${exact} or after ${date}`;
    case 'ESTIMATED':
      return `around ${date} (estimated)${within}`;
    case 'PLANNED':
      return `planned for ${date}${within}`;
    default:
      return `${date}${fact.dateQualifier ? ` (${fact.dateQualifier.toLowerCase().replaceAll('_', ' ')})` : ''}`;
  }
}

function range(first: string, last: string): string {
  return first === last ? formatDate(first) : formatRange(first, last);
}

/** The first and last day of the period a MONTH or YEAR date stands for (README's "How dates count"). */
export function periodStart(iso: string, precision: string): string {
  const [year, month] = iso.split('-').map(Number);
  return precision === 'YEAR' ? isoDate(year, 1, 1) : precision === 'MONTH' ? isoDate(year, month, 1) : iso;
}

export function periodEnd(iso: string, precision: string): string {
  const [year, month] = iso.split('-').map(Number);
  if (precision === 'YEAR') return isoDate(year, 12, 31);
  if (precision === 'MONTH') return isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
  return iso;
}

/** The same with a capital, to start a sentence or a table cell: "On or before 20 May 2011". */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Today in ISO form, in the reader's time zone. */
export function today(): string {
  const now = new Date();
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether a text is a real calendar date in ISO form. */
export function isIsoDate(text: string | null | undefined): text is string {
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Days since 1970-01-01 (for the slider) and back. */
export function toDayNumber(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function fromDayNumber(days: number): string {
  const date = new Date(days * 86_400_000);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
