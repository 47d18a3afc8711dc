import { el, replace } from '../shared/dom';
import { permalink, type Route } from '../router';
import { onStatusChange } from '../liveEvents';
import { jurisdictionPanel } from './jurisdictionPanel';

/** The embeddable panel of one jurisdiction (`/embed/jurisdiction/MN`), kept up to date live. */
export async function embeddedPanelView(route: Route, container: HTMLElement, signal: AbortSignal): Promise<void> {
  const code = route.id ?? '';
  const render = async () => {
    const panel = await jurisdictionPanel({ code, fips: '', name: code }, { date: null, embedded: true }, signal);
    if (signal.aborted) return;
    replace(container, el('div', { class: 'embedded-panel' }, panel, el('p', { class: 'embed-credit' }, el('a', { href: permalink('/map', { j: code }), target: '_blank', rel: 'noopener' }, 'Open in the Secure Communities tracker'))));
    document.body.dataset.panelReady = code;
  };
  const stop = onStatusChange((change) => {
    if (change.jurisdiction.code === code) void render();
  });
  signal.addEventListener('abort', stop);
  await render();
}
