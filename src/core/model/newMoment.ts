import { randomUUID } from 'node:crypto';
import type { QuickLogEntry } from './quickLog';
import type { EnergyLevel } from '../../shared/enums';
import type { Moment } from './schema';
import type { CompetencyId } from './taxonomy';
import { formatLocalDate } from '../time/calendar';
import { instantOnDay } from '../time/dayWords';

export interface NewMomentInput {
  readonly kind: string;
  readonly entry: QuickLogEntry;
  readonly impact?: string;
  readonly energy?: EnergyLevel;
  /** The competency chosen when logging (what feedback received was about). */
  readonly competency?: CompetencyId;
  readonly now: Date;
}

/** A new moment from what the user typed; empty optional parts are left out of the file. */
export function createMoment({ kind, entry, impact, energy, competency, now }: NewMomentInput): Moment {
  const moment = applyQuickLogEntry(
    { id: randomUUID(), kind, at: now.toISOString(), summary: entry.summary },
    { entry, impact, energy },
    now,
  );
  return competency === undefined ? moment : { ...moment, competency };
}

export interface MomentEdit {
  readonly entry: QuickLogEntry;
  readonly impact?: string;
  readonly energy?: EnergyLevel;
}

/**
 * `moment` with what the user typed in place of its summary, people, tags, star,
 * initiative, impact, energy and (when the line names one) day; everything else it holds (notes, code, links, fields this version does not
 * know) is kept.
 */
export function applyQuickLogEntry(
  moment: Moment,
  { entry, impact, energy }: MomentEdit,
  now: Date = new Date(),
): Moment {
  const {
    people: _people,
    tags: _tags,
    starred: _starred,
    impact: _impact,
    energy: _energy,
    links: _links,
    initiative: _initiative,
    ...kept
  } = moment;
  const updated: Moment = { ...kept, summary: entry.summary };
  if (entry.people.length > 0) updated.people = [...entry.people];
  if (entry.tags.length > 0) updated.tags = [...entry.tags];
  if (entry.starred) updated.starred = true;
  if (entry.links.length > 0) updated.links = [...entry.links];
  if (entry.initiative?.trim()) updated.initiative = entry.initiative.trim();
  if (impact?.trim()) updated.impact = impact.trim();
  if (energy) updated.energy = energy;
  // A day named in the line moves the moment there; the same day leaves its time alone.
  if (entry.day !== undefined && entry.day !== formatLocalDate(new Date(moment.at))) {
    updated.at = instantOnDay(entry.day, now).toISOString();
  }
  return updated;
}
