/** Dates as the record gives them: a day, month or year, and what the date means (on, by, after, estimated). */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface DatedFact {
  readonly effectiveOn?: string;
  readonly date?: string;
  readonly datePrecision?: string | null;
  readonly dateQualifier?: string | null;
}

/** "20 May 2011", "May 2011" or "2011", by precision. */
export function formatDate(iso: string, precision: string | null | undefined = 'DAY'): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (precision === 'YEAR') return `${year}`;
  if (precision === 'MONTH') return `${MONTHS[month - 1]} ${year}`;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** The date in words with its qualifier spelled out: "on or before 20 May 2011", "in 2013", "on or after 20 July 2011". */
export function qualifiedDate(fact: DatedFact): string {
  const iso = fact.effectiveOn ?? fact.date;
  if (!iso) return 'date unknown';
  const precision = fact.datePrecision ?? 'DAY';
  const date = formatDate(iso, precision);
  const exact = precision === 'DAY' ? 'on' : 'in';
  switch (fact.dateQualifier) {
    case 'EXACT':
      return `${exact} ${date}`;
    case 'ON_OR_BEFORE':
      return `${exact} or before ${date}`;
    case 'ON_OR_AFTER':
      return `${exact} or after ${date}`;
    case 'ESTIMATED':
      return `around ${date} (estimated)`;
    case 'PLANNED':
      return `planned for ${date}`;
    default:
      return `${date}${fact.dateQualifier ? ` (${fact.dateQualifier.toLowerCase().replaceAll('_', ' ')})` : ''}`;
  }
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
