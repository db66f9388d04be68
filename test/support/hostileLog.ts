import fc from 'fast-check';
import type { BragOptions } from '../../src/core/documents/bragDocument';
import { markdownText } from '../../src/core/documents/markdownText';
import type { Moment } from '../../src/core/model/schema';
import { BUILT_IN_KINDS, type KindDefinition } from '../../src/core/model/taxonomy';
import { TRACK_IDS } from '../../src/shared/enums';
import { hostileText, hostileUrl } from './arbitraries';

/**
 * Hostile logs for the brag document's safety tests (its Markdown in VS Code's preview, its
 * web page): moments whose every field is hostile text, and for each its benign twin, the
 * same moments with plain words in every field.
 */

const CUSTOM_KIND_ID = 'hiring';
const KNOWN_KIND_IDS = new Set<string>([...BUILT_IN_KINDS.map((kind) => kind.id), CUSTOM_KIND_ID]);

/** The elements the brag document writes: in a rendering, any other is one the log's text smuggled in. */
export const TAGS_THE_DOCUMENT_WRITES = new Set([
  'h1',
  'h2',
  'h3',
  'p',
  // The hard break between a moment's sentence and the line beside it.
  'br',
  'ul',
  'li',
  'strong',
  'em',
  'code',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);

/** A moment whose every field is hostile text, in 2026. */
export const hostileMoment: fc.Arbitrary<Moment> = fc
  .record(
    {
      id: fc.uuid(),
      kind: fc.oneof(fc.constantFrom(...KNOWN_KIND_IDS), hostileText),
      at: fc
        .date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2026-12-31T23:59:59Z'), noInvalidDate: true })
        .map((date) => date.toISOString()),
      summary: hostileText,
      notes: hostileText,
      people: fc.array(hostileText, { maxLength: 3 }),
      impact: hostileText,
      tags: fc.array(hostileText, { maxLength: 3 }),
      starred: fc.boolean(),
      energy: fc.constantFrom('energised' as const, 'neutral' as const, 'drained' as const),
      code: fc.record(
        {
          path: hostileText,
          startLine: fc.integer({ min: 1, max: 50 }),
          endLine: fc.integer({ min: 50, max: 99 }),
          commit: hostileText,
          branch: hostileText,
          remote: hostileUrl,
        },
        { requiredKeys: ['path', 'startLine', 'endLine'] },
      ),
      links: fc.array(hostileUrl, { maxLength: 2 }),
      commit: hostileText,
      initiative: fc.oneof(hostileText, fc.constantFrom('payments', 'Payments')),
      outcome: fc.record({ text: hostileText, at: fc.constant('2026-12-31T10:00:00.000Z') }),
    },
    { requiredKeys: ['id', 'kind', 'at', 'summary'] },
  )
  .map((moment) => ({ ...moment }) as Moment);

/** Any choice of the document's options. */
export const hostileOptions: fc.Arbitrary<Omit<BragOptions, 'kinds'>> = fc.record({
  weekStartsOn: fc.constantFrom('monday' as const, 'sunday' as const),
  track: fc.constantFrom(...TRACK_IDS),
  includePrivateSections: fc.boolean(),
});

/** A kind of the user's own named `label`, with the id the hostile moments may use. */
export function customKind(label: string): KindDefinition {
  return { id: CUSTOM_KIND_ID, label, competencies: ['team-development'], icon: 'person-add', description: '' };
}

/**
 * Plain words in place of every text of a moment, one word per distinct text so that what
 * is equal stays equal (people counted once, moments of one kind in one row).
 */
export function benignTwins(): (moment: Moment) => Moment {
  const words = new Map<string, string>();
  const word = (text: string) => words.get(text) ?? words.set(text, `word${words.size + 1}`).get(text)!;
  const address = (url: string) => `https://example.com/${word(url)}`;
  return (moment) => ({
    ...moment,
    kind: KNOWN_KIND_IDS.has(moment.kind) ? moment.kind : word(moment.kind),
    summary: word(moment.summary),
    notes: moment.notes === undefined ? undefined : word(moment.notes),
    people: moment.people?.map(word),
    impact: moment.impact === undefined ? undefined : word(moment.impact),
    tags: moment.tags?.map(word),
    code: moment.code && {
      ...moment.code,
      path: word(moment.code.path),
      commit: moment.code.commit === undefined ? undefined : word(moment.code.commit),
      branch: moment.code.branch === undefined ? undefined : word(moment.code.branch),
      remote: moment.code.remote === undefined ? undefined : address(moment.code.remote),
    },
    links: moment.links?.map(address),
    commit: moment.commit === undefined ? undefined : word(moment.commit),
    // An initiative that shows as nothing groups nothing, in the twin as in the document.
    initiative:
      moment.initiative === undefined || markdownText(moment.initiative) === '' ? undefined : word(moment.initiative),
    outcome: moment.outcome && { ...moment.outcome, text: word(moment.outcome.text) },
  });
}
