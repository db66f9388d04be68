import type { MomentView, SidebarSnapshot, WebviewStrings } from '../protocol';
import { button, codicon, element, fill, section } from './dom';
import type { OpenKeys } from './moments';
import { postToHost } from './vscodeApi';

/**
 * The people of the week, the most involved first, each with how many moments they are in;
 * opening a person lists those moments. Merge People… sits beside them, for one person or
 * for any: two names of one person are best seen here, next to each other.
 */
export function peopleSection(snapshot: SidebarSnapshot, open: OpenKeys): HTMLElement {
  const { people, week, strings } = snapshot;
  const merge = button(strings.mergePeople, () => postToHost({ type: 'mergePeople' }), {
    class: 'link merge-people',
    'data-focus-key': 'merge-people',
  });
  if (people.length === 0) {
    const nobody = week.offset === 0 ? strings.nobodyThisWeek : strings.nobodyThatWeek;
    return section('people', strings.people, element('p', { class: 'muted' }, nobody), merge);
  }
  const momentsById = new Map(week.moments.map((moment) => [moment.id, moment]));
  return section(
    'people',
    strings.people,
    element(
      'ul',
      { class: 'people-list' },
      ...people.map((person) => {
        const moments = person.momentIds.flatMap((id) => momentsById.get(id) ?? []);
        return personItem(person.name, moments, strings, open);
      }),
    ),
    merge,
  );
}

function personItem(name: string, moments: MomentView[], strings: WebviewStrings, open: OpenKeys): HTMLElement {
  const openKey = `person-${name}`;
  const details = element(
    'details',
    { class: 'person', 'data-open-key': openKey },
    element(
      'summary',
      { 'data-focus-key': openKey },
      codicon('chevron-right'),
      element('span', { class: 'person-name' }, name),
      element(
        'span',
        { class: 'count muted' },
        moments.length === 1 ? strings.personMomentsOne : fill(strings.personMomentsMany, moments.length),
      ),
    ),
    element(
      'ul',
      { class: 'person-moments' },
      ...moments.map((moment) =>
        element(
          'li',
          {},
          codicon(moment.icon),
          element('span', { class: 'person-moment-summary' }, moment.summary),
          element('span', { class: 'muted' }, moment.day),
        ),
      ),
    ),
    button(fill(strings.mergePerson, name), () => postToHost({ type: 'mergePeople', name }), {
      class: 'link merge-person',
      'data-focus-key': `merge-${name}`,
    }),
  );
  details.open = open.has(openKey);
  return element('li', {}, details);
}
