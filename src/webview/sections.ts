import type { MomentView, SidebarSnapshot, TargetRow } from '../protocol';
import { button, codicon, element, iconButton, section } from './dom';
import { postToHost } from './vscodeApi';

/** The parts of the sidebar, each drawn from the snapshot alone. */

const GAPS_SHOWN = 3;

const MAIN_KINDS = [
  { kind: 'mentoring', label: 'Mentoring' },
  { kind: 'code-review', label: 'Code review' },
  { kind: 'delegation', label: 'Delegation' },
] as const;

export function header(snapshot: SidebarSnapshot): HTMLElement {
  const { week, source } = snapshot;
  const where = source.scope === 'personal' ? 'Personal log (no folder open)' : source.filePath;
  const isCurrent = week.offset === 0;
  const nav = element(
    'nav',
    { class: 'week-nav', 'aria-label': 'Choose the week' },
    iconButton('chevron-left', 'Previous week', () => postToHost({ type: 'showWeek', offset: week.offset - 1 }), {
      'data-focus-key': 'previous-week',
    }),
    iconButton('chevron-right', 'Next week', () => postToHost({ type: 'showWeek', offset: week.offset + 1 }), {
      'data-focus-key': 'next-week',
      ...(isCurrent ? { disabled: '' } : {}),
    }),
    isCurrent ? null : button('This week', () => postToHost({ type: 'showWeek', offset: 0 }), { class: 'link', 'data-focus-key': 'this-week' }),
  );
  return element(
    'header',
    {},
    element('div', { class: 'title-row' }, element('h2', { id: 'week-title' }, week.title), nav),
    element('p', { class: 'muted', id: 'week-range' }, week.range),
    snapshot.streak > 0 && element('p', { class: 'streak', id: 'streak' }, codicon('flame'), ` ${snapshot.streak}-week streak`),
    element('p', { class: 'muted source', title: source.filePath }, where),
  );
}

export function problemSection(message: string): HTMLElement {
  return element(
    'section',
    { class: 'problem', role: 'alert' },
    element('p', {}, 'Growth Log will not write to this log until the problem below is resolved.'),
    element('p', { class: 'problem-detail' }, message),
    button('Open Log File', () => postToHost({ type: 'openLogFile' })),
  );
}

export function emptyState(): HTMLElement {
  return element(
    'section',
    { class: 'empty', 'aria-labelledby': 'empty-title' },
    element('h3', { id: 'empty-title' }, 'Start your growth log'),
    element(
      'p',
      {},
      'Leadership work leaves no trace in git: log the hour you spent unblocking someone, the review that set a standard, the task you handed off. A sentence is enough, and before your review you can export it all as a brag document.',
    ),
    button('Log your first moment', () => postToHost({ type: 'log' }), { 'data-focus-key': 'first-log' }),
  );
}

export function targetsSection(snapshot: SidebarSnapshot): HTMLElement {
  const { week } = snapshot;
  return section(
    'targets',
    `${week.total} ${week.total === 1 ? 'moment' : 'moments'} · targets`,
    element('ul', { class: 'targets' }, ...week.targets.map(targetRow)),
  );
}

function targetRow(row: TargetRow): HTMLElement {
  const text = row.target > 0 ? `${row.count} / ${row.target}` : String(row.count);
  const met = row.target > 0 && row.count >= row.target;
  const bar = element('div', {
    class: `bar${met ? ' met' : ''}`,
    role: 'progressbar',
    'aria-label': `${row.label}: ${row.count} of ${row.target} this week`,
    'aria-valuemin': '0',
    'aria-valuemax': String(Math.max(row.target, row.count)),
    'aria-valuenow': String(row.count),
  });
  const fill = element('div', { class: 'bar-fill' });
  fill.style.width = `${row.target > 0 ? Math.min(100, (row.count / row.target) * 100) : 100}%`;
  bar.append(fill);
  return element(
    'li',
    { 'data-kind': row.kind },
    element('div', { class: 'target-label' }, codicon(row.icon), element('span', {}, row.label), element('span', { class: 'count' }, text)),
    bar,
  );
}

export function momentsSection(week: SidebarSnapshot['week']): HTMLElement {
  return section(
    'moments',
    'Moments',
    week.moments.length === 0
      ? element('p', { class: 'muted' }, week.offset === 0 ? 'Nothing logged this week yet.' : 'Nothing was logged that week.')
      : element('ul', { class: 'moments' }, ...week.moments.map(momentItem)),
  );
}

function momentItem(moment: MomentView): HTMLElement {
  return element(
    'li',
    { class: 'moment', 'data-id': moment.id },
    element(
      'div',
      { class: 'moment-meta' },
      codicon(moment.icon),
      element('span', { class: 'kind' }, moment.kindLabel),
      moment.starred && element('span', { class: 'star', role: 'img', 'aria-label': 'starred', title: 'Starred' }, codicon('star-full')),
      element('time', { datetime: moment.at, title: new Date(moment.at).toLocaleString() }, moment.day),
      element(
        'span',
        { class: 'moment-actions' },
        iconButton('edit', `Edit: ${moment.summary}`, () => postToHost({ type: 'editMoment', id: moment.id }), {
          'data-focus-key': `edit-${moment.id}`,
        }),
        iconButton('trash', `Delete: ${moment.summary}`, () => postToHost({ type: 'deleteMoment', id: moment.id }), {
          'data-focus-key': `delete-${moment.id}`,
        }),
      ),
    ),
    element('p', { class: 'summary' }, moment.summary),
    moment.people.length > 0 && element('p', { class: 'people' }, `with ${moment.people.join(', ')}`),
    moment.impact && element('p', { class: 'impact' }, `Impact: ${moment.impact}`),
    moment.code &&
      element(
        'p',
        { class: 'code' },
        button(moment.code, () => postToHost({ type: 'openCode', id: moment.id }), {
          class: 'link code-link',
          title: `Open ${moment.code}`,
          'data-focus-key': `code-${moment.id}`,
        }),
      ),
    moment.tags.length > 0 && element('p', { class: 'tags' }, ...moment.tags.map((tag) => element('span', { class: 'tag' }, `#${tag}`))),
  );
}

export function gapsSection(gaps: SidebarSnapshot['gaps']): HTMLElement {
  if (gaps.length === 0) {
    return section('gaps', 'Gaps', element('p', { class: 'muted' }, 'Every competency has evidence from the last 4 weeks.'));
  }
  // A few suggestions are a plan for the week; the rest wait behind a disclosure.
  const gapItem = (gap: SidebarSnapshot['gaps'][number]) => element('li', {}, element('strong', {}, gap.label), element('p', {}, gap.suggestion));
  const first = gaps.slice(0, GAPS_SHOWN);
  const rest = gaps.slice(GAPS_SHOWN);
  return section(
    'gaps',
    'Gaps in the last 4 weeks',
    element('ul', { class: 'gaps' }, ...first.map(gapItem)),
    rest.length > 0 &&
      element(
        'details',
        { class: 'more-gaps' },
        element('summary', {}, `${rest.length} more ${rest.length === 1 ? 'competency' : 'competencies'} without evidence`),
        element('ul', { class: 'gaps' }, ...rest.map(gapItem)),
      ),
  );
}

export function energySection(energy: SidebarSnapshot['energy']): HTMLElement {
  if (energy.rated === 0) {
    return section(
      'energy',
      'Energy',
      element('p', { class: 'muted' }, 'Say how a moment felt when you log it, and this shows which kinds of work give you energy and which drain it.'),
    );
  }
  const line = (label: string, kinds: string[]) => kinds.length > 0 && element('p', {}, element('strong', {}, `${label}: `), kinds.join(', '));
  return section(
    'energy',
    'Energy this quarter',
    line('Energises you', energy.energises),
    line('Drains you', energy.drains),
    element('p', { class: 'muted' }, `From ${energy.rated} ${energy.rated === 1 ? 'moment' : 'moments'} you rated. Private: never in the brag document.`),
  );
}

export function actionsSection(): HTMLElement {
  return element(
    'nav',
    { class: 'actions', 'aria-label': 'Log and export' },
    element(
      'div',
      { class: 'log-buttons' },
      ...MAIN_KINDS.map((main) =>
        button(`Log ${main.label.toLowerCase()}`, () => postToHost({ type: 'log', kind: main.kind }), {
          class: 'secondary',
          'data-focus-key': `log-${main.kind}`,
        }),
      ),
      button('Log another kind…', () => postToHost({ type: 'log' }), { class: 'secondary', 'data-focus-key': 'log-other' }),
    ),
    button('Export brag document', () => postToHost({ type: 'export' }), { class: 'secondary', 'data-focus-key': 'export' }),
  );
}
