import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { renderBragDocument } from '../../src/core/documents/bragDocument';
import { customPeriod } from '../../src/core/insights/period';
import { hostileText } from '../support/arbitraries';
import {
  TAGS_THE_DOCUMENT_WRITES,
  benignTwins,
  customKind,
  hostileMoment,
  hostileOptions,
} from '../support/hostileLog';
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

const SAFE_LINK_TARGET = /^https?:\/\//i;

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
