/**
 * S-Comm statuses: words and a colour-blind-safe encoding. Colours are the Okabe-Ito palette (distinguishable
 * with every common colour-vision deficiency); each status also has its own pattern, so the map reads in
 * greyscale and in print, and the legend, tooltips and table name the status in words.
 */
export const STATUSES = [
  'REFUSED_TO_JOIN',
  'WITHDREW',
  'OPT_OUT_REQUESTED',
  'LIMITED_BY_LAW',
  'ACTIVATED_OVER_OBJECTION',
  'PARTICIPATING',
  'UNKNOWN',
] as const;

export type Status = (typeof STATUSES)[number];

interface StatusLook {
  readonly label: string;
  readonly colour: string;
  /** The pattern drawn over the colour: lines, dots or none. */
  readonly pattern: 'none' | 'diagonal' | 'antidiagonal' | 'dots' | 'horizontal' | 'cross' | 'vertical';
  /** Colour of the pattern's marks, chosen to stay visible on the fill. */
  readonly ink: string;
  readonly description: string;
}

const LOOKS: Record<Status, StatusLook> = {
  REFUSED_TO_JOIN: { label: 'Refused to join', colour: '#D55E00', pattern: 'diagonal', ink: '#000000', description: 'Refused to sign or join the program.' },
  WITHDREW: { label: 'Withdrew', colour: '#CC79A7', pattern: 'cross', ink: '#000000', description: 'Took part, then withdrew or ended its agreement.' },
  OPT_OUT_REQUESTED: { label: 'Opt-out requested', colour: '#E69F00', pattern: 'dots', ink: '#000000', description: 'Asked, by resolution or letter, to opt out.' },
  LIMITED_BY_LAW: { label: 'Limited by law', colour: '#009E73', pattern: 'horizontal', ink: '#000000', description: 'A law limits its cooperation with the program.' },
  ACTIVATED_OVER_OBJECTION: { label: 'Activated over objection', colour: '#56B4E9', pattern: 'antidiagonal', ink: '#000000', description: 'The program was activated there over its objection.' },
  PARTICIPATING: { label: 'Participating', colour: '#0072B2', pattern: 'vertical', ink: '#FFFFFF', description: 'Takes part in the program.' },
  UNKNOWN: { label: 'No record', colour: '#E8E8E8', pattern: 'none', ink: '#000000', description: 'The documents record nothing for it.' },
};

/** A status the dashboard does not know yet (a newer server) is shown by its name, as UNKNOWN's look. */
export function statusLook(status: string): StatusLook {
  return (LOOKS as Record<string, StatusLook>)[status] ?? { ...LOOKS.UNKNOWN, label: status.replaceAll('_', ' ').toLowerCase(), description: status };
}

export function statusLabel(status: string): string {
  return statusLook(status).label;
}

/** The fill of a shape with this status: the id of its pattern in the page's shared SVG definitions. */
export function statusFill(status: string): string {
  return `url(#status-${(LOOKS as Record<string, StatusLook>)[status] ? status : 'UNKNOWN'})`;
}
