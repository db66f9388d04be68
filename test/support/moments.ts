import type { Moment } from '../../src/core/model/schema';

let counter = 0;

/** A valid moment for tests; `at` is a local date-time such as `2026-11-18T10:00`. */
export function momentAt(at: Date | string, overrides: Partial<Moment> = {}): Moment {
  counter++;
  const instant = typeof at === 'string' ? new Date(at) : at;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    kind: 'mentoring',
    at: instant.toISOString(),
    summary: `Moment ${counter}`,
    ...overrides,
  };
}

/** What the quick log and `growth-log add` record of a moment, for comparing with what was typed. */
export function loggedFields(moment: Partial<Moment> | undefined) {
  return {
    kind: moment?.kind,
    summary: moment?.summary,
    people: moment?.people,
    tags: moment?.tags,
    starred: moment?.starred,
    impact: moment?.impact,
  };
}
