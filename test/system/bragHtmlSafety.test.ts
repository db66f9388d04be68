import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { type BragOptions, renderBragDocument } from '../../src/core/documents/bragDocument';
import { renderHtmlDocument } from '../../src/core/documents/html/htmlDocument';
import { customPeriod } from '../../src/core/insights/period';
import { Timeline } from '../../src/core/insights/timeline';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import type { Moment } from '../../src/core/model/schema';
import { hostileText } from '../support/arbitraries';
import { withTimeZone } from '../support/timeZone';
import {
  TAGS_THE_DOCUMENT_WRITES,
  benignTwins,
  customKind,
  hostileMoment,
  hostileOptions,
} from '../support/hostileLog';

/**
 * The brag document's guarantee for a hostile log (bragDocumentSafety.test.ts), carried over
 * to its web page: rendered from the same hostile logs, the page holds no tag, attribute,
 * script or link the document did not write — every `<` in it opens a tag of the document's
 * own with only the attributes the renderer writes, no more elements than the page of a
 * benign log of the same shape, and links only to the web. Property test (fast-check).
 */

/** What the page writes around the document: its head, one style sheet, the body's frame. */
const PAGE_TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'main']);

/** The attributes the renderer writes, by tag: a link's target and mark, a table cell's alignment. */
const ATTRIBUTES: Record<string, (name: string, value: string) => boolean> = {
  a: (name, value) =>
    (name === 'href' && /^https?:\/\/[^\s"<>]+$/i.test(value)) || (name === 'class' && value === 'address'),
  th: (name, value) => name === 'class' && /^align-(left|center|right)$/.test(value),
  td: (name, value) => name === 'class' && /^align-(left|center|right)$/.test(value),
};

/** A tag as the renderer writes one: a lower-case name and double-quoted attributes. */
const WELL_FORMED_TAG = /^<\/?([a-z][a-z0-9]*)((?: [a-z-]+="[^"<>]*")*)>$/;

/** The page of the document for `moments`, with `label` as the custom kind's name and in the title. */
function page(moments: Moment[], label: string, options: Omit<BragOptions, 'kinds'>): string {
  const year = customPeriod(new Date(2026, 0, 1), new Date(2026, 11, 31));
  const markdown = renderBragDocument(Timeline.build(moments), year, {
    ...options,
    kinds: new KindCatalogue([customKind(label)]),
  });
  return renderHtmlDocument(markdown, { title: label, language: 'en' });
}

/** The page's tags by name, after checking each is well formed and carries only the renderer's attributes. */
function tagsOf(html: string): Map<string, number> {
  const counts = new Map<string, number>();
  const body = html.slice(html.indexOf('<main>'));
  const tags = body.match(/<[^>]*>?/g) ?? [];
  for (const tag of tags) {
    const match = WELL_FORMED_TAG.exec(tag);
    assert.ok(match, `${tag} is not a tag the renderer writes, in\n\n${body}`);
    const [, name = '', attributes = ''] = match;
    assert.ok(TAGS_THE_DOCUMENT_WRITES.has(name) || PAGE_TAGS.has(name), `<${name}> in\n\n${body}`);
    for (const [, attribute = '', value = ''] of attributes.matchAll(/ ([a-z-]+)="([^"]*)"/g))
      assert.ok(ATTRIBUTES[name]?.(attribute, value), `${attribute}="${value}" on <${name}> in\n\n${body}`);
    // Counted as structure: not code, which shows text as it is (a link of another scheme shows
    // so), nor a link that shows its own address (from a web address in the text, where the
    // benign twin has a word): both checked above.
    if (!tag.startsWith('</') && name !== 'code' && !/class="address"/.test(tag))
      counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

const headOf = (html: string) => html.slice(0, html.indexOf('<body>'));
const titleOf = (html: string) => /<title>([\s\S]*)<\/title>/.exec(headOf(html))?.[1] ?? '';
const headWithoutTitle = (html: string) => headOf(html).replace(/<title>[\s\S]*<\/title>/, '<title></title>');

describe('brag document as a web page from a hostile log', function () {
  this.timeout(120_000);
  withTimeZone('UTC');

  it('holds no tag, attribute, script or link the document did not write', () => {
    fc.assert(
      fc.property(fc.array(hostileMoment, { maxLength: 6 }), hostileText, hostileOptions, (moments, label, options) => {
        const hostile = page(moments, label, options);
        const benignPage = page(moments.map(benignTwins()), 'Hiring', options);
        assert.equal(
          headWithoutTitle(hostile),
          headWithoutTitle(benignPage),
          'the head holds only the page’s own tags',
        );
        assert.doesNotMatch(titleOf(hostile), /</);

        const benign = tagsOf(benignPage);
        for (const [name, count] of tagsOf(hostile)) {
          const allowed = benign.get(name) ?? 0;
          assert.ok(count <= allowed, `${count} <${name}> where a benign log of the same shape gives ${allowed}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});
