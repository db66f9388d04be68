import * as l10n from '@vscode/l10n';
import { type KindCatalogue, momentCompetencies } from '../model/kindCatalogue';
import type { Moment } from '../model/schema';
import { COMPETENCIES, type CompetencyId } from '../model/taxonomy';
import { markdownText } from './markdownText';
import { remembered } from './remembered';

/**
 * The body of the brag document: every moment of the period in exactly one group, the way
 * work is discussed. A moment with an initiative goes to that initiative; one without, to
 * its kind's main (first) competency; one of the user's own kinds that names no competency,
 * to a group of that kind; one whose kind nobody defined (a typo, a kind from a newer
 * version) to "Other work", so a misspelt id never reads as a category of work.
 */
export interface MomentGroup {
  /** Plain text: a competency's or kind's label, an initiative as first written, or "Other work". */
  readonly title: string;
  /** Highlights (starred) first, then oldest first. */
  readonly moments: readonly Moment[];
  /** The competency the title names, which a moment in the group need not repeat beside it. */
  readonly competency?: CompetencyId;
}

export interface BragGroups {
  /** One group per initiative, the largest first (then by name). */
  readonly initiatives: readonly MomentGroup[];
  /** Competencies in the taxonomy's order, then the user's kinds with no competency, then "Other work". */
  readonly others: readonly MomentGroup[];
}

/** Groups `moments` (oldest first) as described above; empty groups are left out. */
export function groupMoments(moments: readonly Moment[], kinds: KindCatalogue): BragGroups {
  const known = new Set(kinds.all().map((kind) => kind.id));
  const initiatives = new Map<string, { title: string; moments: Moment[] }>();
  const byCompetency = new Map<CompetencyId, Moment[]>();
  const byOwnKind = new Map<string, Moment[]>();
  const otherWork: Moment[] = [];
  const initiativeOf = remembered(initiativeKey);
  for (const moment of moments) {
    const initiative = moment.initiative === undefined ? undefined : initiativeOf(moment.initiative);
    if (initiative) {
      const group = initiatives.get(initiative.key) ?? { title: initiative.title, moments: [] };
      if (group.moments.length === 0) initiatives.set(initiative.key, group);
      group.moments.push(moment);
    } else if (!known.has(moment.kind)) {
      otherWork.push(moment);
    } else {
      const main = momentCompetencies(moment, kinds)[0];
      if (main) pushTo(byCompetency, main, moment);
      else pushTo(byOwnKind, moment.kind, moment);
    }
  }
  return {
    initiatives: [...initiatives.values()]
      .sort((a, b) => b.moments.length - a.moments.length || a.title.localeCompare(b.title))
      .map((group) => ({ title: group.title, moments: highlightsFirst(group.moments) })),
    others: [
      ...COMPETENCIES.flatMap((competency) => {
        const evidence = byCompetency.get(competency.id);
        return evidence
          ? [{ title: competency.label, moments: highlightsFirst(evidence), competency: competency.id }]
          : [];
      }),
      ...[...byOwnKind].map(([kind, evidence]) => ({
        title: kinds.describe(kind).label,
        moments: highlightsFirst(evidence),
      })),
      ...(otherWork.length > 0 ? [{ title: l10n.t('Other work'), moments: highlightsFirst(otherWork) }] : []),
    ],
  };
}

/**
 * "Payments", "payments" and " payments " are one initiative, shown as first written. One
 * that would show as nothing (only line breaks, say) is no initiative: its moments join the others.
 */
function initiativeKey(initiative: string): { key: string; title: string } | undefined {
  const title = initiative.trim();
  if (markdownText(title) === '') return undefined;
  return { key: title.replace(/\s+/gu, ' ').toLocaleLowerCase(), title };
}

function pushTo<K>(groups: Map<K, Moment[]>, key: K, moment: Moment): void {
  const group = groups.get(key);
  if (group) group.push(moment);
  else groups.set(key, [moment]);
}

/** Starred moments first, each part oldest first as given (the sort is stable). */
function highlightsFirst(moments: readonly Moment[]): Moment[] {
  return [...moments].sort((a, b) => Number(b.starred === true) - Number(a.starred === true));
}
