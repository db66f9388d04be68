import {
  type EvidenceMomentView,
  type ExpectationView,
  type LevelView,
  READINESS_STRENGTHS,
  type ReadinessSnapshot,
  type ReadinessStrings,
  type ReadinessViewToHostMessage,
} from '../../readinessProtocol';
import { button, codicon, element, fill } from '../dom';
import { postToHost } from './readinessHost';

/**
 * A level's expectations by area: each a line with its strength (a meter and words) and
 * counts that opens, by click or by Enter or Space, onto its moments — linked or matched,
 * each with Confirm or Unlink — and, for none or thin evidence, one thing to try this week.
 */

/** Which disclosures were open before a redraw, so the redraw keeps them open. */
export type OpenKeys = ReadonlySet<string>;

/** A button that shows and hides `panel`, remembered across redraws by `key`. */
function disclosure(
  key: string,
  panel: HTMLElement,
  open: OpenKeys,
  attributes: Record<string, string>,
  ...content: (Node | string)[]
) {
  const isOpen = open.has(key);
  panel.hidden = !isOpen;
  const toggle = element(
    'button',
    {
      type: 'button',
      class: 'disclosure',
      'aria-expanded': String(isOpen),
      'aria-controls': panel.id,
      'data-open-key': key,
      'data-focus-key': key,
      ...attributes,
    },
    codicon('chevron-right'),
    ...content,
  );
  toggle.addEventListener('click', () => {
    const opening = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(opening));
    panel.hidden = !opening;
  });
  return toggle;
}

export function levelSection(
  level: LevelView,
  snapshot: ReadinessSnapshot,
  open: OpenKeys,
  { id, collapsed }: { id: string; collapsed: boolean },
): HTMLElement {
  const body = element(
    'div',
    { id: `${id}-body`, class: 'level-body' },
    ...level.areas.map((area, areaIndex) => {
      const headingId = `${id}-area-${areaIndex}`;
      return element(
        'section',
        { class: 'area', ...(area.name === undefined ? {} : { 'aria-labelledby': headingId }) },
        area.name !== undefined && element('h3', { id: headingId }, area.name),
        element(
          'ul',
          { class: 'expectations' },
          ...area.expectations.map((expectation) => expectationItem(expectation, id, snapshot.strings, open)),
        ),
      );
    }),
  );
  if (!collapsed) {
    return element(
      'section',
      { class: 'level', id, 'aria-labelledby': `${id}-title` },
      // The headline above says the counts; here, the level whose expectations follow.
      element('h2', { id: `${id}-title` }, fill(snapshot.strings.targetLevel, level.name)),
      body,
    );
  }
  // The level held now is context, not the question: closed until asked for.
  const key = `level-${id}`;
  return element(
    'section',
    { class: 'level collapsed-level', id, 'aria-labelledby': `${id}-title` },
    element(
      'h2',
      { id: `${id}-title` },
      disclosure(key, body, open, {}, fill(snapshot.strings.currentLevel, level.summary)),
    ),
    body,
  );
}

function expectationItem(
  expectation: ExpectationView,
  levelId: string,
  strings: ReadinessStrings,
  open: OpenKeys,
): HTMLElement {
  const key = `${levelId}:${expectation.id}`;
  const details = element('div', { class: 'expectation-details', id: `details-${cssSafe(key)}` });
  details.append(...momentsList(expectation, strings));
  return element(
    'li',
    { class: `expectation strength-${expectation.strength}`, 'data-id': expectation.id },
    element(
      'div',
      { class: 'expectation-row' },
      disclosure(
        key,
        details,
        open,
        { title: fill(strings.showMoments, expectation.text) },
        element('span', { class: 'expectation-text' }, expectation.text),
      ),
      strengthMeter(expectation),
    ),
    element(
      'p',
      { class: 'expectation-meta muted' },
      element('span', { class: 'counts' }, expectation.counts),
      ' · ',
      element('span', { class: 'competencies' }, expectation.competencies),
    ),
    expectation.suggestion !== undefined &&
      element(
        'div',
        { class: 'suggestion' },
        element('p', {}, codicon('lightbulb'), ' ', fill(strings.tryThisWeek, expectation.suggestion)),
      ),
    element(
      'div',
      { class: 'expectation-actions' },
      button(strings.logForThis, () => askInEditor({ type: 'logFor', expectationId: expectation.id }, `log-${key}`), {
        class: expectation.suggestion === undefined ? 'secondary' : '',
        'aria-label': fill(strings.logForThisLabel, expectation.text),
        'data-focus-key': `log-${key}`,
      }),
      button(
        strings.linkMoment,
        () => askInEditor({ type: 'linkMoment', expectationId: expectation.id }, `link-${key}`),
        {
          class: 'secondary',
          'aria-label': fill(strings.linkMomentLabel, expectation.text),
          'data-focus-key': `link-${key}`,
        },
      ),
    ),
    details,
  );
}

/**
 * Sends a message that opens prompts in the editor (Link a Moment…, Log a Moment for
 * This), noting the button that sent it: the prompts take focus away from the view, and
 * it goes back to that button, not the page, when they close (main.ts).
 */
function askInEditor(message: ReadinessViewToHostMessage, focusKey: string): void {
  document.getElementById('app')?.setAttribute(RETURN_FOCUS_ATTRIBUTE, focusKey);
  postToHost(message);
}

/** The attribute of the view's root naming the control focus goes back to after a prompt. */
export const RETURN_FOCUS_ATTRIBUTE = 'data-return-focus';

/**
 * The strength as a meter of four steps, and in words beside it for everyone: an
 * expectation's, and a competency's in Your ratings, so both read alike in every theme.
 */
export function strengthMeter(expectation: Pick<ExpectationView, 'strength' | 'strengthLabel'>): HTMLElement {
  const value = READINESS_STRENGTHS.indexOf(expectation.strength);
  return element(
    'span',
    { class: 'strength' },
    element(
      'span',
      {
        class: 'meter',
        role: 'meter',
        'aria-valuemin': '0',
        'aria-valuemax': String(READINESS_STRENGTHS.length - 1),
        'aria-valuenow': String(value),
        'aria-valuetext': expectation.strengthLabel,
        'aria-label': expectation.strengthLabel,
      },
      ...READINESS_STRENGTHS.slice(1).map((_, step) =>
        withClass(element('span', { class: 'step', 'aria-hidden': 'true' }), 'filled', step < value),
      ),
    ),
    element('span', { class: 'strength-label', 'aria-hidden': 'true' }, expectation.strengthLabel),
  );
}

function momentsList(expectation: ExpectationView, strings: ReadinessStrings): HTMLElement[] {
  if (expectation.moments.length === 0) return [element('p', { class: 'muted' }, strings.noEvidence)];
  return evidenceList(expectation, expectation.id, strings);
}

/** The moments sent, newest first, and how many earlier ones were left out. */
function evidenceList(
  evidence: { readonly moments: readonly EvidenceMomentView[]; readonly earlierMoments?: string },
  expectationId: string,
  strings: ReadinessStrings,
): HTMLElement[] {
  return [
    element(
      'ul',
      { class: 'evidence' },
      ...evidence.moments.map((moment) => evidenceItem(moment, expectationId, strings)),
    ),
    ...(evidence.earlierMoments === undefined
      ? []
      : [element('p', { class: 'earlier-moments muted' }, evidence.earlierMoments)]),
  ];
}

/** One moment of evidence: its day, kind, summary and outcome, linked or matched, and what can be done with it. */
export function evidenceItem(
  moment: EvidenceMomentView,
  expectationId: string,
  strings: ReadinessStrings,
): HTMLElement {
  const state = moment.linked ? 'linked' : 'matched';
  return element(
    'li',
    { class: 'evidence-moment', 'data-state': state, ...(moment.id === undefined ? {} : { 'data-id': moment.id }) },
    element(
      'p',
      { class: 'evidence-line' },
      // An icon as well as the word, so linked and matched differ in every theme at a glance.
      element(
        'span',
        { class: 'badge', 'data-state': state },
        codicon(moment.linked ? 'link' : 'symbol-misc'),
        ' ',
        moment.linked ? strings.linked : strings.matched,
      ),
      ' ',
      element('time', { datetime: moment.at, class: 'muted' }, moment.day),
      ' ',
      codicon(moment.icon),
      element('span', { class: 'visually-hidden' }, `${moment.kindLabel}: `),
      ' ',
      element('span', { class: 'summary' }, moment.summary),
      moment.starred &&
        element('span', { class: 'star', role: 'img', 'aria-label': strings.starred }, codicon('star-full')),
    ),
    moment.outcome !== undefined && element('p', { class: 'outcome muted' }, moment.outcome),
    moment.confirmNote !== undefined && element('p', { class: 'confirm-note muted' }, moment.confirmNote),
    element(
      'p',
      { class: 'evidence-actions' },
      ...(moment.id === undefined ? [] : momentActions(moment, moment.id, expectationId, strings)),
      ...moment.links.map((url) =>
        button(url, () => postToHost({ type: 'openLink', url }), {
          class: 'link web-link',
          title: fill(strings.openLink, url),
        }),
      ),
    ),
  );
}

/** Confirm or Unlink, and Open for a moment tied to code: what needs the moment's id sent back. */
function momentActions(
  moment: EvidenceMomentView,
  momentId: string,
  expectationId: string,
  strings: ReadinessStrings,
): (HTMLElement | false)[] {
  const link = { momentId, expectationId };
  // Confirm and Unlink share a key: after one, the keyboard is on the other, where the redraw put it.
  const focusKey = `evidence-${expectationId}:${momentId}`;
  return [
    moment.linked
      ? button(strings.unlink, () => postToHost({ type: 'unlink', ...link }), {
          class: 'secondary',
          'aria-label': fill(strings.unlinkLabel, moment.summary),
          'data-focus-key': focusKey,
        })
      : button(strings.confirm, () => postToHost({ type: 'confirm', ...link }), {
          class: 'secondary',
          'aria-label': fill(strings.confirmLabel, moment.summary),
          'data-focus-key': focusKey,
        }),
    moment.code !== undefined &&
      button(moment.code, () => postToHost({ type: 'openCode', id: momentId }), {
        class: 'link code-link',
        title: fill(strings.openCode, moment.code),
      }),
  ];
}

/** Moments linked to ids the ladder no longer has: listed with the id, each with Unlink, never dropped. */
export function staleLinksSection(snapshot: ReadinessSnapshot): HTMLElement[] {
  if (snapshot.staleLinks.length === 0) return [];
  const { strings } = snapshot;
  return [
    element(
      'section',
      { class: 'stale-links', 'aria-labelledby': 'stale-title' },
      element('h2', { id: 'stale-title' }, strings.staleTitle),
      ...snapshot.staleLinks.map((stale) =>
        element(
          'div',
          { class: 'stale-link' },
          element('p', { class: 'muted' }, fill(strings.staleIntro, stale.expectationId)),
          ...evidenceList(stale, stale.expectationId, strings),
        ),
      ),
    ),
  ];
}

function withClass<T extends HTMLElement>(node: T, name: string, when: boolean): T {
  node.classList.toggle(name, when);
  return node;
}

/** A key as an id attribute can hold it: expectation and moment ids come from files. */
function cssSafe(key: string): string {
  return Array.from(key, (character) =>
    /[A-Za-z0-9_-]/.test(character) ? character : `_${character.codePointAt(0)}_`,
  ).join('');
}
