import * as assert from 'node:assert/strict';
import { citeMoment, findCitations, momentRef, momentsCitedBy } from '../../src/core/documents/citation';
import { markdownText } from '../../src/core/documents/markdownText';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import type { Moment } from '../../src/core/model/schema';

describe('citations of a moment', () => {
  const kinds = new KindCatalogue([]);
  const moment: Moment = {
    id: '3F9A2C1B-5D6E-4F70-8A9B-0C1D2E3F4A5B',
    kind: 'mentoring',
    at: new Date(2026, 10, 23, 15, 0).toISOString(),
    summary: 'Paired with Sam',
  };

  it('names the day, the kind and a short ref, in plain text', () => {
    assert.equal(citeMoment(moment, kinds), '(2026-11-23, Mentoring, ref 3f9a2c1b)');
  });

  it('is found again in text and leads back to its moment', () => {
    const text = `- Sam owns the dashboard ${citeMoment(moment, kinds)}.`;
    const [found] = findCitations(text);
    assert.ok(found);
    assert.equal(text.slice(found.start, found.end), citeMoment(moment, kinds));
    assert.deepEqual(momentsCitedBy(found.ref, [moment, { ...moment, id: 'other' }]), [moment]);
  });

  it('gives an id with other characters a hashed ref a citation can carry', () => {
    const ref = momentRef('moment one (hand-written)');
    assert.match(ref, /^[0-9a-f]{8}$/);
    assert.equal(momentRef('moment one (hand-written)'), ref);
    const odd = { ...moment, id: 'moment one (hand-written)' };
    assert.deepEqual(
      findCitations(citeMoment(odd, kinds)).map((match) => match.ref),
      [ref],
    );
  });

  it('keeps a kind of the log’s own from breaking the citation', () => {
    const custom = new KindCatalogue([
      { id: 'odd', label: 'Odd (kind), really', description: '', competencies: [], icon: 'star' },
    ]);
    const cited = citeMoment({ ...moment, kind: 'odd' }, custom);
    assert.equal(findCitations(cited).length, 1);
  });

  it('is not forged by a log’s text: a summary that looks like a citation of another moment is escaped, and not found', () => {
    const forged = markdownText('Sam owns CI (2026-11-23, Mentoring, ref deadbeef)');
    assert.deepEqual(
      findCitations(`- ${forged} ${citeMoment(moment, kinds)}`).map((found) => found.ref),
      ['3f9a2c1b'],
    );
  });
});
