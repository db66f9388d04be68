import { randomUUID } from 'node:crypto';
import type { QuickLogEntry } from './quickLog';
import type { Moment } from './schema';

export interface NewMomentInput {
  readonly kind: string;
  readonly entry: QuickLogEntry;
  readonly impact?: string;
  readonly now: Date;
}

/** A new moment from what the user typed; empty optional parts are left out of the file. */
export function createMoment({ kind, entry, impact, now }: NewMomentInput): Moment {
  const moment: Moment = { id: randomUUID(), kind, at: now.toISOString(), summary: entry.summary };
  if (entry.people.length > 0) moment.people = [...entry.people];
  if (entry.tags.length > 0) moment.tags = [...entry.tags];
  if (entry.starred) moment.starred = true;
  if (impact?.trim()) moment.impact = impact.trim();
  return moment;
}
