import { el } from '../shared/dom';
import { formatDate, fromDayNumber, isIsoDate, toDayNumber, today } from '../shared/dates';

/** The earliest day the slider reaches: Secure Communities began in 2008. */
export const FIRST_DAY = '2008-01-01';

/**
 * The date the map shows: a slider over the days since 2008 and a date field, kept in step, and a button back
 * to today. `null` means today (the current status). Changes are reported as the reader moves, debounced.
 */
export function dateControl(initial: string | null, onChange: (date: string | null) => void): { element: HTMLElement; set(date: string | null): void } {
  const last = today();
  const slider = el('input', { type: 'range', id: 'date-slider', min: toDayNumber(FIRST_DAY), max: toDayNumber(last), step: 1, value: toDayNumber(initial ?? last) });
  const field = el('input', { type: 'date', id: 'date-field', min: FIRST_DAY, max: last, value: initial ?? last });
  const reading = el('output', { for: 'date-slider date-field', class: 'date-reading', 'aria-live': 'polite' }, describeDate(initial));
  const todayButton = el('button', { type: 'button', class: 'today' }, 'Today');
  let timer: ReturnType<typeof setTimeout> | undefined;

  const set = (date: string | null) => {
    slider.value = String(toDayNumber(date ?? last));
    field.value = date ?? last;
    reading.textContent = describeDate(date);
  };
  const report = (date: string | null, delay: number) => {
    set(date);
    clearTimeout(timer);
    timer = setTimeout(() => onChange(date), delay);
  };
  const normalise = (date: string) => (date >= last ? null : date < FIRST_DAY ? FIRST_DAY : date);
  slider.addEventListener('input', () => report(normalise(fromDayNumber(Number(slider.value))), 150));
  field.addEventListener('change', () => {
    if (isIsoDate(field.value)) report(normalise(field.value), 0);
  });
  todayButton.addEventListener('click', () => report(null, 0));

  const element = el(
    'fieldset',
    { class: 'date-control' },
    el('legend', {}, 'Status on'),
    el('label', { for: 'date-slider', class: 'visually-hidden' }, 'Date (slider)'),
    slider,
    el('label', { for: 'date-field' }, 'Date'),
    field,
    todayButton,
    reading,
  );
  return { element, set };
}

function describeDate(date: string | null): string {
  return date ? `Showing the record as of ${formatDate(date)}` : 'Showing the current status';
}
