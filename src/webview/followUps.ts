import type { FollowUpView, SidebarSnapshot, WebviewStrings } from '../protocol';
import { button, codicon, element, fill, section } from './dom';
import { postToHost } from './vscodeApi';

/**
 * "Did it hold up?": the few moments whose follow-up is due, each with Answer (the host
 * asks what came of it and records the outcome) and Dismiss (stop asking). Absent when
 * nothing is due, so a quiet log shows nothing here.
 */
export function followUpsSection(snapshot: SidebarSnapshot): HTMLElement[] {
  const { followUps, strings } = snapshot;
  if (followUps.due.length === 0) return [];
  return [
    section(
      'follow-ups',
      strings.followUpsTitle,
      element('p', { class: 'muted' }, strings.followUpsIntro),
      element('ul', { class: 'follow-ups' }, ...followUps.due.map((followUp) => followUpItem(followUp, strings))),
      followUps.more > 0 && element('p', { class: 'muted' }, fill(strings.followUpsMore, followUps.more)),
    ),
  ];
}

function followUpItem(followUp: FollowUpView, strings: WebviewStrings): HTMLElement {
  const { id, summary } = followUp;
  const answer = button(strings.answerFollowUp, () => postToHost({ type: 'answerFollowUp', id }), {
    'aria-label': fill(strings.answerFollowUpLabel, summary),
    'data-focus-key': `answer-follow-up-${id}`,
  });
  const dismiss = button(strings.dismissFollowUp, () => postToHost({ type: 'dismissFollowUp', id }), {
    class: 'secondary',
    'aria-label': fill(strings.dismissFollowUpLabel, summary),
    'data-focus-key': `dismiss-follow-up-${id}`,
  });
  for (const node of [answer, dismiss]) node.addEventListener('click', () => rememberPressed(node));
  return element(
    'li',
    { class: 'follow-up' },
    element(
      'p',
      { class: 'follow-up-moment' },
      codicon(followUp.icon),
      element('span', { class: 'follow-up-summary' }, summary),
    ),
    element('p', { class: 'muted follow-up-when' }, `${followUp.kindLabel} · ${followUp.day}`),
    element('div', { class: 'follow-up-actions' }, answer, dismiss),
  );
}

/**
 * Where keyboard focus goes once the follow-up it was on has been answered or dismissed
 * (its buttons are gone with it): the same button of the next follow-up, so the keyboard
 * is not dropped at the top of the view. Answer's prompt takes the focus out of the view
 * while it is open, so the button pressed is remembered on the view itself.
 */
export function focusAfterFollowUp(app: HTMLElement, focusKey: string | undefined): HTMLElement | null {
  const key = focusKey ?? app.dataset.followUpPressed ?? '';
  delete app.dataset.followUpPressed;
  const action = /^(answer|dismiss)-follow-up-/.exec(key)?.[1];
  return action ? app.querySelector<HTMLElement>(`[data-focus-key^="${action}-follow-up-"]`) : null;
}

function rememberPressed(node: HTMLElement): void {
  const app = node.closest<HTMLElement>('#app');
  if (app) app.dataset.followUpPressed = node.getAttribute('data-focus-key') ?? '';
}
