import type { Moment } from '../model/schema';

/**
 * What a reader should learn first about a moment, as plain text (escape it for the
 * document it goes into): the outcome recorded later, else the impact written at the
 * time, else the summary. A leader's work is judged by what it changed.
 */
export function momentLead(moment: Pick<Moment, 'summary' | 'impact' | 'outcome'>): string {
  const result = moment.outcome?.text.trim() || moment.impact?.trim();
  return result ? `${result} — ${moment.summary.trim()}` : moment.summary.trim();
}
