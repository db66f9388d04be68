import type { MomentView, SidebarSnapshot, WebviewStrings } from '../protocol';
import { isWebUrl } from '../shared/webUrl';
import { button, codicon, element, fill, iconButton, section } from './dom';
import { postToHost } from './vscodeApi';

/**
 * The week's moments, compact enough that a full week fits a glance: one line per moment
 * (its icon, summary, initiative and star) under a heading for each day, the details of a moment on
 * hover (as a tooltip) or when its line is opened, by click or by Enter or Space.
 */

/** Which disclosures were open before a redraw, so the redraw keeps them open. */
export type OpenKeys = ReadonlySet<string>;

export function momentsSection(week: SidebarSnapshot['week'], strings: WebviewStrings, open: OpenKeys): HTMLElement {
  if (week.moments.length === 0) {
    const nothing = week.offset === 0 ? strings.nothingThisWeek : strings.nothingThatWeek;
    return section('moments', strings.moments, element('p', { class: 'muted' }, nothing));
  }
  return section(
    'moments',
    strings.moments,
    ...byDay(week.moments).map(({ day, moments }, index) =>
      element(
        'div',
        { class: 'day', role: 'group', 'aria-labelledby': `day-${index}` },
        element('h4', { class: 'day-heading', id: `day-${index}` }, day),
        element(
          'ul',
          { class: 'moments' },
          // Its place in the week names its details for aria-controls: an id from the log could hold a space.
          ...moments.map((moment) => momentItem(moment, week.moments.indexOf(moment), strings, open)),
        ),
      ),
    ),
  );
}

/** The moments in runs of the same day, keeping their order (newest first). */
function byDay(moments: readonly MomentView[]): { day: string; moments: MomentView[] }[] {
  const days: { day: string; moments: MomentView[] }[] = [];
  for (const moment of moments) {
    const last = days.at(-1);
    if (last?.day === moment.day) last.moments.push(moment);
    else days.push({ day: moment.day, moments: [moment] });
  }
  return days;
}

function momentItem(moment: MomentView, position: number, strings: WebviewStrings, open: OpenKeys): HTMLElement {
  const openKey = `moment-${moment.id}`;
  const isOpen = open.has(openKey);
  const details = momentDetails(moment, strings);
  details.id = `moment-details-${position}`;
  details.hidden = !isOpen;
  const toggle = element(
    'button',
    {
      type: 'button',
      class: 'moment-toggle',
      'aria-expanded': String(isOpen),
      'aria-controls': details.id,
      'data-open-key': openKey,
      'data-focus-key': openKey,
      // The details on hover, as plain text: a tooltip never parses markup.
      title: detailsText(moment, strings),
    },
    codicon(moment.icon),
    element('span', { class: 'visually-hidden' }, `${moment.kindLabel}: `),
    element('span', { class: 'summary' }, moment.summary),
    moment.initiative !== undefined && initiativeLabel(moment.initiative, strings),
    moment.starred &&
      element('span', { class: 'star', role: 'img', 'aria-label': strings.starred }, codicon('star-full')),
  );
  toggle.addEventListener('click', () => {
    const opening = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(opening));
    details.hidden = !opening;
  });
  return element(
    'li',
    { class: 'moment', 'data-id': moment.id },
    element('div', { class: 'moment-row' }, toggle, momentActions(moment, strings)),
    details,
  );
}

/** The initiative as a small label on the line; a screen reader hears what it is. */
function initiativeLabel(initiative: string, strings: WebviewStrings): HTMLElement {
  return element(
    'span',
    { class: 'initiative' },
    element('span', { 'aria-hidden': 'true' }, initiative),
    element('span', { class: 'visually-hidden' }, ` ${fill(strings.initiative, initiative)}`),
  );
}

function momentActions(moment: MomentView, strings: WebviewStrings): HTMLElement {
  return element(
    'span',
    { class: 'moment-actions' },
    iconButton(
      'edit',
      fill(strings.editMoment, moment.summary),
      () => postToHost({ type: 'editMoment', id: moment.id }),
      {
        'data-focus-key': `edit-${moment.id}`,
      },
    ),
    iconButton(
      'trash',
      fill(strings.deleteMoment, moment.summary),
      () => postToHost({ type: 'deleteMoment', id: moment.id }),
      { 'data-focus-key': `delete-${moment.id}` },
    ),
  );
}

function momentDetails(moment: MomentView, strings: WebviewStrings): HTMLElement {
  return element(
    'div',
    { class: 'moment-details' },
    element(
      'p',
      { class: 'moment-meta' },
      element('span', { class: 'kind' }, moment.kindLabel),
      ' · ',
      element('time', { datetime: moment.at, title: new Date(moment.at).toLocaleString() }, moment.day),
    ),
    moment.people.length > 0 && element('p', { class: 'people' }, fill(strings.withPeople, moment.people.join(', '))),
    moment.impact && element('p', { class: 'impact' }, fill(strings.impact, moment.impact)),
    moment.links.length > 0 &&
      element('ul', { class: 'links' }, ...moment.links.map((link) => linkItem(link, strings))),
    moment.code &&
      element(
        'p',
        { class: 'code' },
        button(moment.code, () => postToHost({ type: 'openCode', id: moment.id }), {
          class: 'link code-link',
          title: fill(strings.openCode, moment.code),
          'data-focus-key': `code-${moment.id}`,
        }),
      ),
    moment.tags.length > 0 &&
      element('p', { class: 'tags' }, ...moment.tags.map((tag) => element('span', { class: 'tag' }, `#${tag}`))),
  );
}

/**
 * A link as the text it is. Only a web address gets a button, which asks the extension to
 * open it (the extension checks it again); a `command:` or `javascript:` one stays text.
 */
function linkItem(link: string, strings: WebviewStrings): HTMLElement {
  if (!isWebUrl(link)) return element('li', { class: 'link-text' }, link);
  return element(
    'li',
    {},
    button(link, () => postToHost({ type: 'openLink', url: link }), {
      class: 'link web-link',
      title: fill(strings.openLink, link),
    }),
  );
}

/** The details as one plain text, for the tooltip. */
function detailsText(moment: MomentView, strings: WebviewStrings): string {
  return [
    `${moment.kindLabel} · ${moment.day}`,
    moment.summary,
    moment.initiative !== undefined && fill(strings.initiative, moment.initiative),
    moment.people.length > 0 && fill(strings.withPeople, moment.people.join(', ')),
    moment.impact && fill(strings.impact, moment.impact),
    ...moment.links,
    moment.code,
    moment.tags.map((tag) => `#${tag}`).join(' '),
  ]
    .filter((line): line is string => typeof line === 'string' && line !== '')
    .join('\n');
}
