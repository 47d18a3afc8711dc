import type { StatusChange } from './api/live';

/** Live changes reach the views through one page-wide event, so a view listens only while it is shown. */
const EVENT = 'tracker:status-changed';

export function publishStatusChange(change: StatusChange): void {
  window.dispatchEvent(new CustomEvent<StatusChange>(EVENT, { detail: change }));
}

/** Calls `listener` on each change; returns the function that stops listening. */
export function onStatusChange(listener: (change: StatusChange) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<StatusChange>).detail);
  window.addEventListener(EVENT, handler);
  return () => window.removeEventListener(EVENT, handler);
}
