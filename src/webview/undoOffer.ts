import type { SidebarSnapshot } from '../protocol';
import { codicon, element } from './dom';
import { postToHost } from './vscodeApi';

/**
 * The sidebar's Undo for the last deletion: notifications vanish within seconds, the view
 * keeps offering it until it is used or a newer change replaces it (the host then sends a
 * snapshot without it). The button names the change it takes back, and sends its id, so
 * it can only ever undo that change. Returns no element when there is nothing to offer.
 * Drawn with the view's own button and spacing styles, so it follows the colour theme.
 */
export function undoOffer(snapshot: SidebarSnapshot): HTMLElement[] {
  const offer = snapshot.undoOffer;
  if (!offer) return [];
  const undo = element(
    'button',
    { type: 'button', class: 'secondary', 'data-focus-key': 'undo-offer' },
    codicon('discard'),
    ' ',
    offer.label,
  );
  undo.addEventListener('click', () => postToHost({ type: 'undo', changeId: offer.changeId }));
  // A status region, so a screen reader hears the offer when it appears after a deletion.
  return [element('div', { class: 'actions undo-offer', role: 'status' }, undo)];
}
