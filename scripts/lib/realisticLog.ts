import { randomBytes } from 'node:crypto';
import type { LogFile, Moment } from '../../src/core/model/schema';
import { BUILT_IN_KINDS } from '../../src/core/model/taxonomy';

/**
 * A log of `size` moments as a heavy user builds one: five a day going back in time from
 * `now` (a bigger log is a longer history, not a busier week), every kind, with people,
 * tags, and some impact, stars and energy. For the benchmark and the large-log tests.
 */
export function realisticLog(size: number, now = new Date()): LogFile {
  const names = ['Sam', 'Priya', 'Ana', 'Kim', 'Alex', 'Jo', 'Bo', 'Lee'];
  const moments: Moment[] = [];
  for (let index = 0; index < size; index++) {
    const kind = BUILT_IN_KINDS[index % BUILT_IN_KINDS.length]!;
    const at = new Date(now.getTime() - (size - 1 - index) * (86_400_000 / 5)); // oldest first, as appended
    const moment: Moment = {
      id: `${randomBytes(4).toString('hex')}-${index.toString(16).padStart(4, '0')}-4000-8000-${randomBytes(6).toString('hex')}`,
      kind: kind.id,
      at: at.toISOString(),
      summary: `${kind.label}: worked through the ${index % 7 === 0 ? 'release checklist' : 'flaky retry tests'} with ${names[index % names.length]}`,
      people: [names[index % names.length]!],
      tags: index % 3 === 0 ? ['testing', 'ci'] : ['q4'],
    };
    if (index % 5 === 0) moment.impact = 'They now own it end to end';
    if (index % 9 === 0) moment.starred = true;
    if (index % 4 === 0) moment.energy = index % 8 === 0 ? 'energised' : 'drained';
    moments.push(moment);
  }
  return { version: 1, moments };
}
