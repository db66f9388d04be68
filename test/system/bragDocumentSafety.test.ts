import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { type BragOptions, renderBragDocument } from '../../src/core/documents/bragDocument';
import { customPeriod } from '../../src/core/insights/period';
import { markdownText } from '../../src/core/documents/markdownText';
import type { Moment } from '../../src/core/model/schema';
import { BUILT_IN_KINDS, type KindDefinition } from '../../src/core/model/taxonomy';
import { TRACK_IDS } from '../../src/shared/enums';
import { hostileText, hostileUrl } from '../support/arbitraries';
import { type PreviewStructure, previewStructure } from '../support/markdownPreview';
import { withTimeZone } from '../support/timeZone';
import { Timeline } from '../../src/core/insights/timeline';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';

/**
 * A log is foreign input: a cloned repository can hold one. Whatever its text, the brag
 * document shows it as text. Each hostile log is rendered next to its benign twin (the same
 * moments with plain words in every field), and in VS Code's preview the hostile one may
 * hold no more headings, lists, tables, quotes, code blocks, images, links or HTML than the
 * twin. Property test (fast-check; seed in arbitraries.ts).
 */

const CUSTOM_KIND_ID = 'hiring';
const KNOWN_KIND_IDS = new Set<string>([...BUILT_IN_KINDS.map((kind) => kind.id), CUSTOM_KIND_ID]);

/** Elements only the browser of the preview would add: all the document writes is in this list. */
const TAGS_THE_DOCUMENT_WRITES = new Set([
  'h1',
  'h2',
  'h3',
  'p',
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
const SAFE_LINK_TARGET = /^https?:\/\//i;

const hostileMoment: fc.Arbitrary<Moment> = fc
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

const hostileOptions: fc.Arbitrary<Omit<BragOptions, 'kinds'>> = fc.record({
  weekStartsOn: fc.constantFrom('monday' as const, 'sunday' as const),
  track: fc.constantFrom(...TRACK_IDS),
  includePrivateSections: fc.boolean(),
});

describe('brag document from a hostile log', function () {
  this.timeout(120_000);
  withTimeZone('UTC');

  it('adds no structure, link or HTML beyond what it writes for a benign log of the same shape', () => {
    const year = customPeriod(new Date(2026, 0, 1), new Date(2026, 11, 31));
    fc.assert(
      fc.property(
        fc.array(hostileMoment, { maxLength: 6 }),
        hostileText,
        hostileOptions,
        (moments, customKindLabel, options) => {
          const hostileKinds = new KindCatalogue([customKind(customKindLabel)]);
          const hostile = previewStructure(
            renderBragDocument(Timeline.build(moments), year, { ...options, kinds: hostileKinds }),
          );
          const benignKinds = new KindCatalogue([customKind('Hiring')]);
          const twinOf = benignTwins();
          const benign = previewStructure(
            renderBragDocument(Timeline.build(moments.map(twinOf)), year, { ...options, kinds: benignKinds }),
          );

          assertNoMoreStructure(hostile, benign);
          assertOnlyWrittenTags(hostile);
          assert.equal(hostile.referenceDefinitions, 0, 'reference definitions');
          for (const target of hostile.linkifiedTargets)
            assert.match(target, SAFE_LINK_TARGET, 'a bare address linked by the preview');
        },
      ),
      { numRuns: 400 },
    );
  });
});

function customKind(label: string): KindDefinition {
  return { id: CUSTOM_KIND_ID, label, competencies: ['team-development'], icon: 'person-add', description: '' };
}

/**
 * Plain words in place of every text of a moment, one word per distinct text so that what
 * is equal stays equal (people counted once, moments of one kind in one row).
 */
function benignTwins(): (moment: Moment) => Moment {
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

function assertNoMoreStructure(hostile: PreviewStructure, benign: PreviewStructure): void {
  for (const [type, count] of hostile.elements) {
    const allowed = benign.elements.get(type) ?? 0;
    assert.ok(
      count <= allowed,
      `${count} ${type} where a benign log of the same shape gives ${allowed}\n\n${hostile.html}`,
    );
  }
}

function assertOnlyWrittenTags(structure: PreviewStructure): void {
  for (const [, tag] of structure.html.matchAll(/<\/?([a-z][a-z0-9-]*)/gi)) {
    assert.ok(TAGS_THE_DOCUMENT_WRITES.has(tag!.toLowerCase()), `<${tag}> in\n\n${structure.html}`);
  }
  for (const [, target] of structure.html.matchAll(/<a href="([^"]*)"/g)) {
    assert.match(target!, SAFE_LINK_TARGET, 'a link in the rendered document');
  }
}
