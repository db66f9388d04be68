import { checkInsLatestFirst } from '../core/ladders/checkIns';
import type { CheckIn } from '../core/model/schema';
import { COMPETENCIES } from '../core/model/taxonomy';
import { formatLocalDate } from '../core/time/calendar';
import { type CommandOutput, type CommonOptions, readLogFile } from './commands';
import { oneLine } from './terminalText';

/**
 * `growth-log check-ins`: the check-ins made with Check In… in the editor, latest first —
 * what the user said they are good at and enjoy, per competency, and their note. Private
 * like the rest of the log: printed here for the user, never written anywhere else.
 */
export async function checkInsCommand(options: CommonOptions & { json: boolean }): Promise<CommandOutput> {
  const log = await readLogFile(options.file);
  const checkIns = checkInsLatestFirst(log.checkIns);
  if (options.json) return { stdout: `${JSON.stringify(checkIns, null, 2)}\n` };
  if (checkIns.length === 0) return { stdout: 'No check-in yet: run Growth Log: Check In… in the editor.\n' };
  const lines = checkIns.flatMap((checkIn, index) => [...(index > 0 ? [''] : []), ...checkInLines(checkIn)]);
  return { stdout: `${lines.map(oneLine).join('\n')}\n` };
}

/** "2026-11-20  3 competencies", then one line per competency rated, and the note. */
function checkInLines(checkIn: CheckIn): string[] {
  const rated = ratedInTaxonomyOrder(checkIn);
  const width = Math.max(0, ...rated.map(([label]) => label.length));
  return [
    `${formatLocalDate(new Date(checkIn.at))}  ${rated.length === 1 ? '1 competency' : `${rated.length} competencies`}`,
    ...rated.map(
      ([label, rating]) => `  ${label.padEnd(width)}  good at ${answer(rating.good)}  enjoy ${answer(rating.enjoy)}`,
    ),
    ...(checkIn.note?.trim() ? [`  Note: ${checkIn.note.trim()}`] : []),
  ];
}

/** The check-in's ratings by English competency name, in the taxonomy's order; ids this version does not know after them. */
function ratedInTaxonomyOrder(checkIn: CheckIn): [string, CheckIn['ratings'][string]][] {
  const entries = Object.entries(checkIn.ratings);
  const order = (id: string) => {
    const index = COMPETENCIES.findIndex((competency) => competency.id === id);
    return index < 0 ? COMPETENCIES.length : index;
  };
  return entries
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([id, rating]) => [COMPETENCIES.find((competency) => competency.id === id)?.label ?? id, rating]);
}

function answer(value: number | undefined): string {
  return value === undefined ? '-' : String(value);
}
