import * as assert from 'node:assert/strict';
import { KindCatalogue } from '../../src/core/kindCatalogue';
import { BUILT_IN_KINDS, COMPETENCIES, TRACKS } from '../../src/core/taxonomy';
import { TRACK_IDS } from '../../src/shared/enums';
import { KIND_ID_PATTERN } from '../../src/shared/patterns';

describe('taxonomy', () => {
  it('has the ten kinds and eleven competencies of the design', () => {
    assert.deepEqual(
      BUILT_IN_KINDS.map((kind) => kind.id),
      ['mentoring', 'code-review', 'delegation', 'communication', 'decision', 'strategy', 'conflict', 'initiative', 'networking', 'learning'],
    );
    assert.equal(COMPETENCIES.length, 11);
    assert.deepEqual(
      TRACKS.map((track) => track.id),
      TRACK_IDS,
      'one description per track, in the order of the shared ids',
    );
  });

  it('maps every kind to known competencies, with a valid id', () => {
    const competencyIds = new Set<string>(COMPETENCIES.map((competency) => competency.id));
    for (const kind of BUILT_IN_KINDS) {
      assert.match(kind.id, KIND_ID_PATTERN);
      assert.ok(kind.competencies.length > 0, kind.id);
      for (const competency of kind.competencies) assert.ok(competencyIds.has(competency), `${kind.id} → ${competency}`);
    }
  });

  it('lets every competency be evidenced by some kind', () => {
    for (const competency of COMPETENCIES) {
      assert.ok(
        BUILT_IN_KINDS.some((kind) => (kind.competencies as readonly string[]).includes(competency.id)),
        competency.id,
      );
    }
  });

  it('describes an unknown kind by its id, feeding no competency', () => {
    const unknown = new KindCatalogue().describe('hiring');
    assert.deepEqual(unknown.competencies, []);
    assert.equal(unknown.label, 'hiring');
  });
});
