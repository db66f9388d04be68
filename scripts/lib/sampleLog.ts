import { randomUUID } from 'node:crypto';
import type { LogFile, Moment } from '../../src/core/model/schema';

/**
 * A believable few weeks of a new tech lead's log, ending `now`, for screenshots and
 * for trying the extension by hand.
 */
export function sampleLog(now: Date): LogFile {
  const daysAgo = (days: number, hour = 10) => {
    const at = new Date(now);
    at.setDate(at.getDate() - days);
    at.setHours(hour, 0, 0, 0);
    return at.toISOString();
  };
  const moment = (days: number, fields: Pick<Moment, 'kind' | 'summary'> & Partial<Moment>): Moment => ({
    ...fields,
    id: randomUUID(),
    at: daysAgo(days),
  });
  return {
    version: 1,
    moments: [
      moment(0, {
        kind: 'mentoring',
        summary: 'Paired with Sam on flaky test triage',
        people: ['Sam'],
        tags: ['testing'],
        impact: 'Sam now owns the CI dashboard',
        starred: true,
        energy: 'energised',
      }),
      moment(1, {
        kind: 'code-review',
        summary: 'Review on the retry helper: explained idempotency keys',
        people: ['Priya'],
        initiative: 'payments',
        tags: ['reliability'],
        energy: 'energised',
      }),
      moment(2, {
        kind: 'delegation',
        summary: 'Handed the release checklist to Priya',
        people: ['Priya'],
        impact: 'First release she ran end to end',
        followUpAt: daysAgo(-12),
        energy: 'neutral',
      }),
      moment(8, {
        kind: 'conflict',
        summary: 'Hard conversation with Alex about missed reviews',
        people: ['Alex'],
        energy: 'drained',
      }),
      moment(9, {
        kind: 'mentoring',
        summary: 'Career chat with Kim about the staff track',
        people: ['Kim'],
        expectations: ['team-lead.grows-each-person'],
        energy: 'energised',
      }),
      moment(10, {
        kind: 'craft',
        summary: 'Tracked the checkout memory leak to a cache that never evicted',
        initiative: 'payments',
        tags: ['performance'],
        starred: true,
        energy: 'energised',
      }),
      moment(12, {
        kind: 'feedback-received',
        summary: 'Asked Dana how I hand work off: too much detail up front, let Priya find her own way',
        people: ['Dana'],
        competency: 'delegation',
        energy: 'neutral',
      }),
      moment(15, {
        kind: 'communication',
        summary: 'Presented the migration plan to support',
        tags: ['migration'],
        initiative: 'billing-migration',
      }),
      moment(16, { kind: 'code-review', summary: 'Set a standard for error messages in reviews' }),
      moment(22, {
        kind: 'decision',
        summary: 'Chose Postgres over a document store for billing',
        tags: ['adr'],
        energy: 'neutral',
        initiative: 'billing-migration',
        // Two weeks on, "Did it hold up?" asks.
        followUpAt: daysAgo(8),
        // Linked by hand in the readiness view, as evidence a Team Lead decides and records.
        expectations: ['team-lead.decides-and-records'],
      }),
      moment(29, { kind: 'mentoring', summary: 'Unblocked Ana on the flaky deploy', people: ['Ana'] }),
      moment(31, {
        kind: 'delegation',
        summary: 'Handed the payments retry queue to Ana',
        people: ['Ana'],
        initiative: 'payments',
        outcome: { text: 'Ana has run the retry queue alone since, through two incidents', at: daysAgo(10) },
        expectations: ['team-lead.delegates-ownership'],
      }),
      moment(36, { kind: 'initiative', summary: 'Took ownership of the on-call rota' }),
      moment(43, { kind: 'code-review', summary: 'Caught a race in the cache invalidation' }),
    ],
  };
}
