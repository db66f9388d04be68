import * as path from 'node:path';
import type { Period } from '../../core/insights/period';
import { peopleOf } from '../../core/model/people';
import { loadDocumentFeatures } from '../loadDocumentFeatures';
import type { LogLocation } from '../logLocation';
import { readSettings } from '../settings';
import { reportLogFileError } from '../ui/problemReports';
import type { CommandContext } from './commandContext';
import { pickPeriod } from './pickPeriod';

/** A brag document as Markdown, the period it covers and the log it was made from. */
export interface BragDocumentForPeriod {
  readonly markdown: string;
  readonly period: Period;
  readonly location: LogLocation;
}

/**
 * What every export of the brag document starts with: asks for a period (under `title`),
 * reads the log and renders the document for it with the user's settings. Resolves to
 * undefined if the user cancelled or the log could not be read (the user is told why).
 */
export async function bragDocumentForPeriod(
  context: CommandContext,
  title: string,
): Promise<BragDocumentForPeriod | undefined> {
  const location = context.logs.locateAndFollow();
  const settings = readSettings(location.folder);
  const period = await pickPeriod(context, title, settings.weekStartsOn);
  if (!period) return undefined;

  const loaded = await context.logs.load();
  // A log from a newer version can still be exported: it is only read.
  const log = loaded.ok ? loaded.log : loaded.error.readOnlyLog;
  if (!log) {
    if (!loaded.ok) void reportLogFileError(loaded.error);
    return undefined;
  }
  // The renderer lives in the documents bundle, loaded on the first export; so does reading the ladder.
  const documents = loadDocumentFeatures();
  const ladder = await documents.documentLadder(context.output, location.folder);
  const markdown = documents.renderBragDocument(context.logs.timelineOf(log), period, {
    ...settings,
    kinds: context.kinds.withKindsOf(log),
    people: peopleOf(log),
    checkIns: log.checkIns,
    language: context.language,
    ladder,
  });
  // For "Since my last export": whichever form it is made in, a document was made now.
  await context.exports.record(location.filePath, context.now());
  return { markdown, period, location };
}

/** The brag document's usual file name beside the log: `brag-2026-Q4.md`, `brag-2026-Q4.html`. */
export function besideLog(document: BragDocumentForPeriod, extension: 'md' | 'html'): string {
  return path.join(path.dirname(document.location.filePath), `brag-${document.period.slug}.${extension}`);
}
