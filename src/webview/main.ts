import { hostToWebviewSchema, type SidebarSnapshot } from '../protocol';
import {
  actionsSection,
  emptyState,
  energySection,
  gapsSection,
  header,
  problemSection,
  targetsSection,
} from './sections';
import { focusAfterFollowUp, followUpsSection } from './followUps';
import { momentsSection, type OpenKeys } from './moments';
import { peopleSection } from './people';
import { readinessLines } from './readiness';
import { trendSection } from './trendChart';
import { undoOffer } from './undoOffer';
import { postToHost, rememberWeekOffset, restoredWeekOffset } from './vscodeApi';

/**
 * The "This Week" sidebar. It draws whatever snapshot the host last sent and turns
 * clicks into messages; the only thing it remembers is which week it shows, so that the
 * same week comes back after the view is hidden and shown again.
 */

const app = document.getElementById('app') as HTMLElement;
const FIRST_RENDER_MARK = 'growth-log-first-render';

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = hostToWebviewSchema.safeParse(event.data);
  if (!parsed.success) {
    console.warn('Growth Log: ignored a malformed message from the extension');
    return;
  }
  render(parsed.data.snapshot);
});

postToHost({ type: 'ready', weekOffset: restoredWeekOffset() });

function render(snapshot: SidebarSnapshot): void {
  rememberWeekOffset(snapshot.week.offset);
  // Redrawing replaces every element; put keyboard focus back on the same control.
  const focusKey = document.activeElement?.getAttribute('data-focus-key');
  // …and keep open what was open: a moment's details, a person's moments.
  const open = openKeys();
  // A new user gets one clear first step rather than every button at once.
  const isNewUser = !snapshot.problem && snapshot.totalMoments === 0;
  app.replaceChildren(
    header(snapshot),
    ...body(snapshot, open),
    ...(isNewUser ? [] : [actionsSection(snapshot.strings)]),
  );
  // First in the view, whatever its layout: an Undo after a deletion is the one thing to see at once.
  app.prepend(...undoOffer(snapshot));
  if (app.getAttribute('aria-busy') !== 'false') {
    // How long the view took from its document loading to showing the log (read by the benchmark).
    performance.mark(FIRST_RENDER_MARK);
    app.setAttribute('aria-busy', 'false');
  }
  const afterFollowUp = focusAfterFollowUp(app, focusKey ?? undefined);
  const again = focusKey ? app.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`) : null;
  (again ?? afterFollowUp)?.focus();
}

function openKeys(): OpenKeys {
  const disclosures = app.querySelectorAll<HTMLElement>('[data-open-key]');
  return new Set(
    [...disclosures]
      .filter((node) => node.getAttribute('aria-expanded') === 'true' || node.hasAttribute('open'))
      .map((node) => node.getAttribute('data-open-key') ?? ''),
  );
}

function body(snapshot: SidebarSnapshot, open: OpenKeys): HTMLElement[] {
  // A log that cannot be written may still be readable (a newer version's): show both.
  if (snapshot.problem && snapshot.totalMoments === 0) return [problemSection(snapshot.problem, snapshot.strings)];
  if (snapshot.totalMoments === 0) return [emptyState(snapshot.strings)];
  return [
    ...(snapshot.problem ? [problemSection(snapshot.problem, snapshot.strings)] : []),
    // Before the week: a question due now is the one thing here that waits for an answer.
    ...followUpsSection(snapshot),
    targetsSection(snapshot),
    // Under the week's targets: the longer view, a line that opens the readiness view.
    ...readinessLines(snapshot),
    momentsSection(snapshot.week, snapshot.strings, open),
    peopleSection(snapshot, open),
    trendSection(snapshot.trend, snapshot.strings),
    gapsSection(snapshot.gaps, snapshot.strings),
    energySection(snapshot.energy, snapshot.strings),
  ];
}
