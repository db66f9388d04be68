import type { SidebarSnapshot, TargetRow, WebviewStrings } from '../protocol';
import { button, codicon, element, fill, iconButton, section } from './dom';
import { postToHost } from './vscodeApi';

/** The parts of the sidebar, each drawn from the snapshot alone. */

const GAPS_SHOWN = 3;

const MAIN_KINDS = [
  { kind: 'mentoring', label: 'logMentoring' },
  { kind: 'code-review', label: 'logCodeReview' },
  { kind: 'delegation', label: 'logDelegation' },
] as const satisfies readonly { kind: string; label: keyof WebviewStrings }[];

export function header(snapshot: SidebarSnapshot): HTMLElement {
  const { week, source, strings } = snapshot;
  const where = source.scope === 'personal' ? strings.personalLog : source.filePath;
  const isCurrent = week.offset === 0;
  const nav = element(
    'nav',
    { class: 'week-nav', 'aria-label': strings.chooseWeek },
    iconButton('chevron-left', strings.previousWeek, () => postToHost({ type: 'showWeek', offset: week.offset - 1 }), {
      'data-focus-key': 'previous-week',
    }),
    iconButton('chevron-right', strings.nextWeek, () => postToHost({ type: 'showWeek', offset: week.offset + 1 }), {
      'data-focus-key': 'next-week',
      ...(isCurrent ? { disabled: '' } : {}),
    }),
    isCurrent
      ? null
      : button(strings.thisWeek, () => postToHost({ type: 'showWeek', offset: 0 }), {
          class: 'link',
          'data-focus-key': 'this-week',
        }),
  );
  return element(
    'header',
    {},
    element('div', { class: 'title-row' }, element('h2', { id: 'week-title' }, week.title), nav),
    element('p', { class: 'muted', id: 'week-range' }, week.range),
    snapshot.streak > 0 &&
      element('p', { class: 'streak', id: 'streak' }, codicon('flame'), ` ${fill(strings.streak, snapshot.streak)}`),
    element('p', { class: 'muted source', title: source.filePath }, where),
  );
}

export function problemSection(message: string, strings: WebviewStrings): HTMLElement {
  return element(
    'section',
    { class: 'problem', role: 'alert' },
    element('p', {}, strings.problemIntro),
    element('p', { class: 'problem-detail' }, message),
    button(strings.openLogFile, () => postToHost({ type: 'openLogFile' })),
  );
}

export function emptyState(strings: WebviewStrings): HTMLElement {
  return element(
    'section',
    { class: 'empty', 'aria-labelledby': 'empty-title' },
    element('h3', { id: 'empty-title' }, strings.emptyTitle),
    element('p', {}, strings.emptyText),
    button(strings.logFirstMoment, () => postToHost({ type: 'log' }), { 'data-focus-key': 'first-log' }),
  );
}

export function targetsSection(snapshot: SidebarSnapshot): HTMLElement {
  const { week, strings } = snapshot;
  return section(
    'targets',
    week.total === 1 ? strings.targetsOne : fill(strings.targetsMany, week.total),
    element('ul', { class: 'targets' }, ...week.targets.map((row) => targetRow(row, strings))),
  );
}

function targetRow(row: TargetRow, strings: WebviewStrings): HTMLElement {
  const text = row.target > 0 ? `${row.count} / ${row.target}` : String(row.count);
  const met = row.target > 0 && row.count >= row.target;
  const bar = element('div', {
    class: `bar${met ? ' met' : ''}`,
    role: 'progressbar',
    'aria-label': fill(strings.targetProgress, row.label, row.count, row.target),
    'aria-valuemin': '0',
    'aria-valuemax': String(Math.max(row.target, row.count)),
    'aria-valuenow': String(row.count),
  });
  const barFill = element('div', { class: 'bar-fill' });
  barFill.style.width = `${row.target > 0 ? Math.min(100, (row.count / row.target) * 100) : 100}%`;
  bar.append(barFill);
  return element(
    'li',
    { 'data-kind': row.kind },
    element(
      'div',
      { class: 'target-label' },
      codicon(row.icon),
      element('span', {}, row.label),
      element('span', { class: 'count' }, text),
    ),
    bar,
  );
}

export function gapsSection(gaps: SidebarSnapshot['gaps'], strings: WebviewStrings): HTMLElement {
  if (gaps.length === 0) {
    return section('gaps', strings.gaps, element('p', { class: 'muted' }, strings.noGaps));
  }
  // A few suggestions are a plan for the week; the rest wait behind a disclosure.
  const gapItem = (gap: SidebarSnapshot['gaps'][number]) =>
    element('li', {}, element('strong', {}, gap.label), element('p', {}, gap.suggestion));
  const first = gaps.slice(0, GAPS_SHOWN);
  const rest = gaps.slice(GAPS_SHOWN);
  return section(
    'gaps',
    strings.gapsTitle,
    element('ul', { class: 'gaps' }, ...first.map(gapItem)),
    rest.length > 0 &&
      element(
        'details',
        { class: 'more-gaps' },
        element('summary', {}, rest.length === 1 ? strings.moreGapsOne : fill(strings.moreGapsMany, rest.length)),
        element('ul', { class: 'gaps' }, ...rest.map(gapItem)),
      ),
  );
}

export function energySection(energy: SidebarSnapshot['energy'], strings: WebviewStrings): HTMLElement {
  if (energy.rated === 0) {
    return section('energy', strings.energy, element('p', { class: 'muted' }, strings.energyUnrated));
  }
  // Each kind named with how many ratings it rests on, so a verdict shows its weight.
  const line = (template: string, verdicts: SidebarSnapshot['energy']['energises']) =>
    verdicts.length > 0 &&
    element(
      'p',
      {},
      fill(
        template,
        verdicts.map((verdict) => fill(strings.energyBasedOnMany, verdict.label, verdict.rated)).join(', '),
      ),
    );
  const hasVerdict = energy.energises.length > 0 || energy.drains.length > 0;
  return section(
    'energy',
    strings.energyTitle,
    line(strings.energises, energy.energises),
    line(strings.drains, energy.drains),
    !hasVerdict && element('p', {}, strings.energyTooFew),
    element(
      'p',
      { class: 'muted' },
      energy.rated === 1 ? strings.energyFromOne : fill(strings.energyFromMany, energy.rated),
    ),
  );
}

export function actionsSection(strings: WebviewStrings): HTMLElement {
  return element(
    'nav',
    { class: 'actions', 'aria-label': strings.logAndExport },
    element(
      'div',
      { class: 'log-buttons' },
      ...MAIN_KINDS.map((main) =>
        button(strings[main.label], () => postToHost({ type: 'log', kind: main.kind }), {
          class: 'secondary',
          'data-focus-key': `log-${main.kind}`,
        }),
      ),
      button(strings.logOther, () => postToHost({ type: 'log' }), {
        class: 'secondary',
        'data-focus-key': 'log-other',
      }),
    ),
    button(strings.exportBragDocument, () => postToHost({ type: 'export' }), {
      class: 'secondary',
      'data-focus-key': 'export',
    }),
  );
}
