import { momentRef, momentsCitedBy } from '../core/documents/citation';
import { dueFollowUps, recordOutcome } from '../core/insights/followUps';
import { KindCatalogue } from '../core/model/kindCatalogue';
import type { LogFile, Moment } from '../core/model/schema';
import { mergeMoments, LogStore } from '../core/storage/logStore';
import { formatLocalDate } from '../core/time/calendar';
import { UsageError } from './cliError';
import { type CommandOutput, type CommonOptions, onFile, readLogFile } from './commands';
import { oneLine, widest } from './terminalText';

/**
 * `growth-log follow-ups` and `growth-log outcome`: the "Did it hold up?" of the sidebar,
 * from the terminal. The log says which moments are due (their `followUpAt`), so the
 * command line needs no settings to list them; a moment is named by the ref documents
 * cite it with, or by its id.
 */

/** Every follow-up due now, the longest waiting first, each with the ref `outcome` takes. */
export async function followUpsCommand(options: CommonOptions & { json: boolean }): Promise<CommandOutput> {
  const log = await readLogFile(options.file);
  const due = dueFollowUps(log.moments, options.now);
  if (options.json) {
    const rows = due.map((moment) => ({
      id: moment.id,
      ref: momentRef(moment.id),
      kind: moment.kind,
      at: moment.at,
      summary: moment.summary,
      followUpAt: moment.followUpAt,
    }));
    return { stdout: `${JSON.stringify(rows, null, 2)}\n` };
  }
  if (due.length === 0) return { stdout: 'No follow-up is due.\n' };
  const kinds = KindCatalogue.ofLog(log);
  const labels = due.map((moment) => kinds.describe(moment.kind).label);
  const width = widest(labels);
  const lines = [
    due.length === 1 ? '1 follow-up is due: did it hold up?' : `${due.length} follow-ups are due: did they hold up?`,
    ...due.map(
      (moment, index) =>
        `  ${momentRef(moment.id)}  ${formatLocalDate(new Date(moment.at))}  ${(labels[index] ?? '').padEnd(width)}  ${moment.summary}`,
    ),
    'Record what came of one with: growth-log outcome <ref> <text...>',
  ];
  return { stdout: `${lines.map(oneLine).join('\n')}\n` };
}

/**
 * Records what came of the moment `refOrId` names as its outcome; its follow-up is then
 * answered. An outcome already recorded is only replaced with --replace: a mistyped ref
 * must not quietly destroy one, so without it the log is left as it was.
 */
export async function outcomeCommand(
  refOrId: string | undefined,
  words: readonly string[],
  options: CommonOptions & { json: boolean; replace: boolean },
): Promise<CommandOutput> {
  if (refOrId === undefined)
    throw new UsageError(
      'outcome needs a moment and what came of it, e.g. growth-log outcome 3f9a2c1b "Sam has run the last three releases alone"',
    );
  const text = words.join(' ').trim();
  if (text === '') throw new UsageError(`outcome needs the text of what came of ${refOrId}, after it`);
  let answered: Moment | undefined;
  let replaced: Moment['outcome'];
  await onFile(options.file, () =>
    new LogStore().update(
      options.file,
      (log) => {
        const moment = findMoment(log, refOrId, options.file);
        // Thrown inside the update, so the log is left exactly as it was.
        if (moment.outcome && !options.replace) throw new UsageError(alreadyAnswered(moment, moment.outcome));
        replaced = moment.outcome;
        answered = recordOutcome(moment, text, options.now);
        return mergeMoments(log, [answered]);
      },
      { timeoutMs: 30_000 },
    ),
  );
  if (!answered) throw new Error('the outcome was not recorded');
  if (options.json) return { stdout: `${JSON.stringify(answered, null, 2)}\n` };
  const lines = [`Recorded what came of ${described(answered)}: ${text}`];
  if (replaced)
    lines.push(`It replaces the outcome recorded ${formatLocalDate(new Date(replaced.at))}: ${replaced.text}`);
  return { stdout: `${lines.map(oneLine).join('\n')}\n` };
}

/** "3f9a2c1b (2026-11-02, Handed the release checklist to Priya)": the moment, to check at a glance. */
function described(moment: Moment): string {
  return `${momentRef(moment.id)} (${formatLocalDate(new Date(moment.at))}, ${moment.summary})`;
}

function alreadyAnswered(moment: Moment, outcome: NonNullable<Moment['outcome']>): string {
  return `${described(moment)} already has an outcome, recorded ${formatLocalDate(new Date(outcome.at))}: "${outcome.text}"; nothing was changed. Check the ref, or pass --replace to replace it`;
}

/** The one moment `refOrId` names: its whole id, or the ref a document or `follow-ups` shows. */
function findMoment(log: LogFile, refOrId: string, file: string): Moment {
  const byId = log.moments.find((moment) => moment.id === refOrId);
  // An id that is also the ref of other moments is as ambiguous as a shared ref: a log can
  // hold a moment whose whole id is another's ref, to catch an outcome meant for that one.
  const cited = [...new Set([...(byId ? [byId] : []), ...momentsCitedBy(refOrId, log.moments)])];
  const [only, ...others] = cited;
  if (only && others.length === 0) return only;
  if (only)
    throw new UsageError(
      `the ref ${refOrId} names ${cited.length} moments in ${file}; give the whole id of one: ${cited.map((moment) => moment.id).join(', ')}`,
    );
  throw new UsageError(
    `no moment in ${file} has the ref or id "${refOrId}"; "growth-log follow-ups" lists the ones due with their refs`,
  );
}
