import { type ReadinessSnapshot, readinessHostToViewSchema } from '../../readinessProtocol';
import { button, element } from '../dom';
import { levelSection, type OpenKeys, RETURN_FOCUS_ATTRIBUTE, staleLinksSection } from './expectations';
import { ratingsSection, tracksSection } from './fit';
import { postToHost } from './readinessHost';

/**
 * The readiness view. It draws whatever snapshot the host last sent and turns clicks into
 * messages; across a redraw it keeps open what was open and keyboard focus where it was.
 */

const app = document.getElementById('app') as HTMLElement;

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = readinessHostToViewSchema.safeParse(event.data);
  if (!parsed.success) {
    console.warn('Growth Log: ignored a malformed message from the extension');
    return;
  }
  render(parsed.data.snapshot);
});

// Back from a prompt in the editor, or from anywhere after a redraw: focus goes to the
// control it left (the button that opened the prompt), not the page.
window.addEventListener('focus', () => {
  const key = app.getAttribute(RETURN_FOCUS_ATTRIBUTE);
  app.removeAttribute(RETURN_FOCUS_ATTRIBUTE);
  if (key && (document.activeElement === null || document.activeElement === document.body)) focusByKey(key);
});

postToHost({ type: 'ready' });

function render(snapshot: ReadinessSnapshot): void {
  // While the view is in the background (a prompt open in the editor) the control it returns to.
  const focusKey = document.activeElement?.getAttribute('data-focus-key') ?? app.getAttribute(RETURN_FOCUS_ATTRIBUTE);
  const open = openKeys();
  const { strings } = snapshot;
  app.replaceChildren(
    header(snapshot),
    ...(snapshot.logProblem
      ? [element('p', { class: 'problem', role: 'alert' }, `${strings.logProblemIntro} ${snapshot.logProblem}`)]
      : []),
    levelSection(snapshot.target, snapshot, open, { id: 'target', collapsed: false }),
    ...(snapshot.current ? [levelSection(snapshot.current, snapshot, open, { id: 'current', collapsed: true })] : []),
    ...staleLinksSection(snapshot),
    element(
      'section',
      { class: 'strength-rule', 'aria-labelledby': 'strength-rule-title' },
      element('h2', { id: 'strength-rule-title' }, strings.strengthTitle),
      element('p', { class: 'muted' }, snapshot.strengthRule),
    ),
    // Set apart from the expectations: about the person, not the level.
    element('hr', {}),
    ratingsSection(snapshot),
    tracksSection(snapshot),
  );
  app.setAttribute('aria-busy', 'false');
  if (!focusKey) return;
  // Focusing while the view is in the background would take focus from the editor (and close
  // an open prompt): the control waits for the view to have focus again.
  if (document.hasFocus()) focusByKey(focusKey);
  else app.setAttribute(RETURN_FOCUS_ATTRIBUTE, focusKey);
}

function focusByKey(key: string): void {
  app.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`)?.focus();
}

function header(snapshot: ReadinessSnapshot): HTMLElement {
  const { strings, period } = snapshot;
  const select = element(
    'select',
    { id: 'period', 'data-focus-key': 'period' },
    ...period.options.map((option) =>
      element('option', { value: option.id, ...(option.id === period.selected ? { selected: '' } : {}) }, option.label),
    ),
  );
  select.addEventListener('change', () => {
    if (select.value !== 'custom') postToHost({ type: 'choosePeriod', period: select.value });
  });
  return element(
    'header',
    {},
    element('h1', { class: 'headline' }, snapshot.headline),
    element('p', { class: 'muted ladder-line' }, snapshot.ladderLine),
    snapshot.ladderProblem !== undefined && element('p', { class: 'problem', role: 'status' }, snapshot.ladderProblem),
    element(
      'div',
      { class: 'period' },
      element('label', { for: 'period' }, strings.period),
      select,
      button(strings.otherPeriod, () => postToHost({ type: 'pickPeriod' }), {
        class: 'secondary',
        'data-focus-key': 'other-period',
      }),
      element('span', { class: 'muted range' }, period.range),
    ),
  );
}

function openKeys(): OpenKeys {
  return new Set(
    [...app.querySelectorAll<HTMLElement>('[data-open-key][aria-expanded="true"]')].map(
      (node) => node.getAttribute('data-open-key') ?? '',
    ),
  );
}
