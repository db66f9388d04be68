import * as l10n from '@vscode/l10n';
import type { Moment } from '../model/schema';
import { commitLink, parseRemote, pullRequestLink } from './forgeLinks';
import { pullRequestOfWork } from './pieceOfWork';
import type { SuggestedMoment } from './gitSuggestions';

/**
 * Between suggestions and the log: what the log already holds (so nothing is proposed
 * twice) and the moment a picked suggestion becomes.
 */

const FULL_SHA = /\b[0-9a-f]{40}(?:[0-9a-f]{24})?\b/g;

/**
 * The commits and links of logged moments: a moment's own `commit`, every link, and every
 * full SHA its links and notes name (a group logged as one moment keeps each of its
 * commits there).
 */
export function loggedTraces(moments: readonly Moment[]): Set<string> {
  const traces = new Set<string>();
  for (const moment of moments) {
    if (moment.commit) traces.add(moment.commit);
    for (const link of moment.links ?? []) {
      traces.add(link);
      for (const sha of link.match(FULL_SHA) ?? []) traces.add(sha);
    }
    for (const sha of moment.notes?.match(FULL_SHA) ?? []) traces.add(sha);
  }
  return traces;
}

/**
 * The moment `suggestion` becomes: its newest commit as `commit`, and its pull request and
 * every commit as links when the remote is a known forge, else its commits listed by SHA
 * in the notes.
 */
export function momentOfSuggestion(
  suggestion: SuggestedMoment,
  options: { readonly id: string; readonly remoteUrl?: string; readonly impact?: string },
): Moment {
  const moment: Moment = { id: options.id, kind: suggestion.kind, at: suggestion.at, summary: suggestion.summary };
  const [newest] = suggestion.commits;
  if (newest) moment.commit = newest;
  if (suggestion.people.length > 0) moment.people = [...suggestion.people];
  if (options.impact?.trim()) moment.impact = options.impact.trim();
  const links = suggestionLinks(suggestion, options.remoteUrl);
  if (links.length > 0) moment.links = links;
  const onForge = options.remoteUrl !== undefined && parseRemote(options.remoteUrl) !== undefined;
  if (suggestion.commits.length > 1 && !onForge) moment.notes = l10n.t('Commits: {0}', suggestion.commits.join(', '));
  return moment;
}

/**
 * The web addresses of a suggestion on the forge its remote points at: the links it has
 * (an imported review's pull request), its pull request when it is one of this
 * repository's, then each of its commits. Only the links it has when the remote is not a
 * known forge. The palette command logs these, and `growth-log suggest` prints them.
 */
export function suggestionLinks(suggestion: SuggestedMoment, remoteUrl: string | undefined): string[] {
  if (!remoteUrl) return [...suggestion.links];
  const pullRequest = pullRequestOfWork(suggestion.work);
  const forgeLinks = [
    pullRequest === undefined ? undefined : pullRequestLink(remoteUrl, pullRequest),
    ...suggestion.commits.map((sha) => commitLink(remoteUrl, sha)),
  ].filter((link): link is string => link !== undefined);
  return [...new Set([...suggestion.links, ...forgeLinks])];
}
