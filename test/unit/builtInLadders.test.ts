import * as assert from 'node:assert/strict';
import { builtInLadder } from '../../src/core/ladders/builtInLadders';
import { competencyNamed, ENGLISH_COMPETENCY_NAMES } from '../../src/core/ladders/competencyNames';
import { EXPECTATION_ID_PATTERN } from '../../src/core/ladders/expectationIds';
import { allExpectations, chooseLevels, type Ladder } from '../../src/core/ladders/ladder';
import { COMPETENCIES, TRACKS } from '../../src/core/model/taxonomy';
import { TRACK_IDS } from '../../src/shared/enums';

/** The built-in ladders: one per track, the track's levels, each level covering every competency. */
describe('built-in ladders', () => {
  for (const track of TRACK_IDS) {
    describe(track, () => {
      const ladder = builtInLadder(track);

      it('has the levels of the track, lowest first, named as the track names them', () => {
        const definition = TRACKS.find((candidate) => candidate.id === track);
        assert.equal(ladder.name, definition?.label);
        assert.deepEqual(
          ladder.levels.map((level) => level.name),
          definition?.ladder,
        );
      });

      for (const level of ladder.levels) {
        it(`${level.name}: 6 to 10 expectations that together name every competency`, () => {
          assert.ok(level.expectations.length >= 6 && level.expectations.length <= 10, `${level.expectations.length}`);
          const named = new Set(level.expectations.flatMap((expectation) => expectation.competencies));
          assert.deepEqual(
            COMPETENCIES.map((competency) => competency.id).filter((id) => !named.has(id)),
            [],
            'competencies no expectation names',
          );
        });

        it(`${level.name}: each expectation one sentence, with an area, its level, and competencies`, () => {
          for (const expectation of level.expectations) {
            assert.equal(expectation.level, level.name);
            assert.ok(expectation.area, expectation.id);
            assert.ok(expectation.competencies.length >= 1 && expectation.competencies.length <= 3, expectation.id);
            assert.match(expectation.text, /^[A-Z][^.]*\.$/u, `one sentence: ${expectation.text}`);
            assert.ok(expectation.text.length <= 120, `short enough to read in a row: ${expectation.text}`);
          }
        });
      }

      it('has ids that are unique, valid in a ladder file, and start with their level', () => {
        const ids = allExpectations(ladder).map((expectation) => expectation.id);
        assert.equal(new Set(ids).size, ids.length);
        for (const expectation of allExpectations(ladder)) {
          assert.match(expectation.id, EXPECTATION_ID_PATTERN);
          const slug = expectation.level.toLowerCase().replace(/ /g, '-');
          assert.ok(expectation.id.startsWith(`${slug}.`), expectation.id);
        }
      });
    });
  }

  it('keeps the ids moments link to: the first of each track, as released', () => {
    // Moments link to these ids: changing one silently unlinks them. Add ids; never rename.
    const ids = (ladder: Ladder) => ladder.levels.map((level) => level.expectations[0]?.id);
    assert.deepEqual(ids(builtInLadder('management')), [
      'technical-expert.reviews-that-teach',
      'team-lead.grows-each-person',
      'leader.builds-leaders',
    ]);
    assert.deepEqual(ids(builtInLadder('staff-ic')), [
      'senior.sets-the-bar',
      'staff.cross-team-design',
      'principal.sets-technical-direction',
    ]);
  });
});

describe('competency names in a ladder file', () => {
  it('are the taxonomy’s English labels', () => {
    // Outside VS Code, l10n gives the English source text.
    for (const competency of COMPETENCIES)
      assert.equal(ENGLISH_COMPETENCY_NAMES[competency.id], competency.label, competency.id);
  });

  it('are read by id or by name, in any case and spacing', () => {
    assert.equal(competencyNamed('team-development'), 'team-development');
    assert.equal(competencyNamed('  Team   Development '), 'team-development');
    assert.equal(competencyNamed('COMMUNICATION & INFLUENCE'), 'communication');
    assert.equal(competencyNamed('Communication'), 'communication', 'the id, read in any case');
    assert.equal(competencyNamed('Team growth'), undefined);
    assert.equal(competencyNamed('team_development'), undefined);
  });
});

describe('choosing the levels', () => {
  const ladder = builtInLadder('staff-ic');
  const names = (choice: ReturnType<typeof chooseLevels>) =>
    choice.ok ? [choice.level?.name, choice.target.name] : [choice.problem, choice.name];

  it('targets the level after the current one, matched without regard to case', () => {
    assert.deepEqual(names(chooseLevels(ladder, ' senior ')), ['Senior', 'Staff']);
    assert.deepEqual(names(chooseLevels(ladder, 'STAFF')), ['Staff', 'Principal']);
  });

  it('takes a target as given, current level or not', () => {
    assert.deepEqual(names(chooseLevels(ladder, 'senior', 'principal')), ['Senior', 'Principal']);
    assert.deepEqual(names(chooseLevels(ladder, undefined, 'principal')), ['Staff', 'Principal']);
    assert.deepEqual(names(chooseLevels(ladder, undefined, 'senior')), [undefined, 'Senior']);
  });

  it('starts from the first level when none is named', () => {
    assert.deepEqual(names(chooseLevels(ladder)), ['Senior', 'Staff']);
  });

  it('names what it cannot find, and the top level, which has no next', () => {
    assert.deepEqual(names(chooseLevels(ladder, 'Distinguished')), ['unknown-level', 'Distinguished']);
    assert.deepEqual(names(chooseLevels(ladder, 'senior', 'Fellow')), ['unknown-target', 'Fellow']);
    assert.deepEqual(names(chooseLevels(ladder, 'principal')), ['top-level', 'Principal']);
  });
});
