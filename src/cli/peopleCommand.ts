import { type Colleague, colleaguesOf } from '../core/insights/colleagues';
import { lastDayOf, type Period } from '../core/insights/period';
import { Timeline } from '../core/insights/timeline';
import { KindCatalogue } from '../core/model/kindCatalogue';
import { peopleOf } from '../core/model/people';
import { competencyLabel } from '../core/model/taxonomy';
import { formatLocalDate } from '../core/time/calendar';
import type { WeekStartDay } from '../shared/enums';
import { type CommandOutput, type CommonOptions, choosePeriod, readLogFile } from './commands';
import { describePeriod, type PeriodArguments } from './periodOptions';
import { oneLine, widest } from './terminalText';

/**
 * `growth-log people`: who can speak to your work in a period — the colleagues who
 * shared the most moments, with the competencies those moments show — to nominate peer
 * reviewers from. Reads the log only.
 */

export interface PeopleOptions extends CommonOptions, PeriodArguments {
  readonly json: boolean;
  readonly weekStartsOn: WeekStartDay;
}

export async function peopleCommand(options: PeopleOptions): Promise<CommandOutput> {
  const period = choosePeriod(options);
  const log = await readLogFile(options.file);
  const moments = Timeline.build(log.moments).between(period.from, period.to);
  const colleagues = colleaguesOf(moments, { kinds: KindCatalogue.ofLog(log), people: peopleOf(log) });
  if (options.json) return { stdout: `${JSON.stringify(asJson(period, colleagues), null, 2)}\n` };
  const span = describePeriod(period);
  if (colleagues.length === 0) return { stdout: '', stderr: `${oneLine(`no moment names anyone in ${span}`)}\n` };
  return { stdout: `${[oneLine(`Who can speak to your work, ${span}:`), ...table(colleagues)].join('\n')}\n` };
}

/** The fields the JSON output promises, in a fixed order; `to` is the last day included, as --to takes it. */
function asJson(period: Period, colleagues: readonly Colleague[]) {
  return {
    period: { from: formatLocalDate(period.from), to: formatLocalDate(lastDayOf(period)) },
    people: colleagues.map((colleague) => ({
      name: colleague.name,
      moments: colleague.moments.length,
      competencies: colleague.competencies.map((shared) => ({
        id: shared.competency,
        label: competencyLabel(shared.competency),
        moments: shared.moments.length,
      })),
      latest: colleague.latest,
      momentIds: colleague.moments.map((moment) => moment.id),
    })),
  };
}

/** A header and a row per colleague, columns padded; a name from the log is folded onto its line. */
function table(colleagues: readonly Colleague[]): string[] {
  const rows = colleagues.map((colleague) => [
    oneLine(colleague.name),
    String(colleague.moments.length),
    formatLocalDate(new Date(colleague.latest)),
    colleague.competencies.map((shared) => `${competencyLabel(shared.competency)} ${shared.moments.length}`).join(', '),
  ]);
  const header = ['Name', 'Moments', 'Latest', 'Competencies'];
  const widths = header.map((title, column) => widest([title, ...rows.map((row) => row[column] ?? '')]));
  // The count right-aligned, the last column left unpadded.
  const pad = (cell: string, column: number) =>
    column === 1 ? cell.padStart(widths[column] ?? 0) : column === 3 ? cell : cell.padEnd(widths[column] ?? 0);
  const line = (cells: readonly string[]) => `  ${cells.map(pad).join('  ')}`.trimEnd();
  return [line(header), ...rows.map(line)];
}
