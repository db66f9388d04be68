import { hostToWebviewSchema, type MomentView, type SidebarSnapshot } from '../protocol';
import { button, element } from './dom';
import { postToHost } from './vscodeApi';

/**
 * The "This Week" sidebar. It draws whatever snapshot the host last sent and turns
 * clicks into messages; it keeps no state of its own.
 */

const app = document.getElementById('app') as HTMLElement;

const MAIN_KINDS = [
  { kind: 'mentoring', label: 'Mentoring' },
  { kind: 'code-review', label: 'Code review' },
  { kind: 'delegation', label: 'Delegation' },
] as const;

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = hostToWebviewSchema.safeParse(event.data);
  if (!parsed.success) {
    console.warn('Growth Log: ignored a malformed message from the extension');
    return;
  }
  render(parsed.data.snapshot);
});

postToHost({ type: 'ready' });

function render(snapshot: SidebarSnapshot): void {
  app.replaceChildren(
    header(snapshot),
    ...(snapshot.problem ? [problem(snapshot.problem)] : body(snapshot)),
    actions(),
  );
  app.setAttribute('aria-busy', 'false');
}

function header(snapshot: SidebarSnapshot): HTMLElement {
  const { week, source } = snapshot;
  const where = source.scope === 'personal' ? 'Personal log (no folder open)' : source.filePath;
  return element(
    'header',
    {},
    element('h2', {}, week.isCurrentWeek ? 'This week' : 'Week'),
    element('p', { class: 'muted', id: 'week-range' }, `${formatDay(week.weekStart)} – ${formatDay(week.weekEnd)}`),
    element('p', { class: 'muted source', title: source.filePath }, where),
  );
}

function problem(message: string): HTMLElement {
  return element(
    'section',
    { class: 'problem', role: 'alert' },
    element('p', {}, 'Growth Log cannot read this log, so it will not write to it until the file is fixed.'),
    element('p', { class: 'problem-detail' }, message),
    button('Open Log File', () => postToHost({ type: 'openLogFile' })),
  );
}

function body(snapshot: SidebarSnapshot): HTMLElement[] {
  if (snapshot.totalMoments === 0) return [emptyState()];
  return [counts(snapshot), momentList(snapshot.week.moments)];
}

function emptyState(): HTMLElement {
  return element(
    'section',
    { class: 'empty', 'aria-labelledby': 'empty-title' },
    element('h3', { id: 'empty-title' }, 'Start your growth log'),
    element(
      'p',
      {},
      'Leadership work leaves no trace in git: log the hour you spent unblocking someone, the review that set a standard, the task you handed off. A sentence is enough, and before your review you can export it all as a brag document.',
    ),
    button('Log your first moment', () => postToHost({ type: 'log' })),
  );
}

function counts(snapshot: SidebarSnapshot): HTMLElement {
  const shown = snapshot.week.byKind.filter(
    (count) => count.count > 0 || MAIN_KINDS.some((main) => main.kind === count.kind),
  );
  return element(
    'section',
    { 'aria-labelledby': 'counts-title' },
    element('h3', { id: 'counts-title' }, `${snapshot.week.total} ${snapshot.week.total === 1 ? 'moment' : 'moments'}`),
    element(
      'ul',
      { class: 'counts' },
      ...shown.map((count) =>
        element('li', { 'data-kind': count.kind }, element('span', {}, count.label), element('span', { class: 'count' }, String(count.count))),
      ),
    ),
  );
}

function momentList(moments: MomentView[]): HTMLElement {
  return element(
    'section',
    { 'aria-labelledby': 'moments-title' },
    element('h3', { id: 'moments-title' }, 'Moments'),
    moments.length === 0
      ? element('p', { class: 'muted' }, 'Nothing logged this week yet.')
      : element('ul', { class: 'moments' }, ...moments.map(momentItem)),
  );
}

function momentItem(moment: MomentView): HTMLElement {
  return element(
    'li',
    { class: 'moment', 'data-id': moment.id },
    element(
      'div',
      { class: 'moment-meta' },
      element('span', { class: 'kind' }, moment.kindLabel),
      moment.starred && element('span', { class: 'star', 'aria-label': 'starred', title: 'Starred' }, '★'),
      element('time', { datetime: moment.at }, formatDay(moment.at)),
    ),
    element('p', { class: 'summary' }, moment.summary),
    moment.people.length > 0 && element('p', { class: 'people' }, `with ${moment.people.join(', ')}`),
    moment.impact && element('p', { class: 'impact' }, `Impact: ${moment.impact}`),
    moment.tags.length > 0 &&
      element('p', { class: 'tags' }, ...moment.tags.map((tag) => element('span', { class: 'tag' }, `#${tag}`))),
  );
}

function actions(): HTMLElement {
  return element(
    'nav',
    { class: 'actions', 'aria-label': 'Log and export' },
    // Secondary style: the one primary button in the view is the empty state's first log.
    ...MAIN_KINDS.map((main) =>
      button(`Log ${main.label.toLowerCase()}`, () => postToHost({ type: 'log', kind: main.kind }), { class: 'secondary' }),
    ),
    button('Log another kind…', () => postToHost({ type: 'log' }), { class: 'secondary' }),
    button('Export brag document', () => postToHost({ type: 'export' }), { class: 'secondary' }),
  );
}

/** "Mon 16 Nov" from an ISO timestamp or a YYYY-MM-DD local date. */
function formatDay(text: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00`) : new Date(text);
  return date.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
}
