import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { renderBragDocument, type BragOptions } from '../../src/core/documents/bragDocument';
import { decodeLogFile } from '../../src/core/model/logFileCodec';
import { customPeriod, resolvePeriod } from '../../src/core/insights/period';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { withTimeZone } from '../support/timeZone';
import { Timeline } from '../../src/core/insights/timeline';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import { peopleOf } from '../../src/core/model/people';
import { DisplayLanguage } from '../../src/core/time/displayLanguage';
import { builtInLadder } from '../../src/core/ladders/builtInLadders';
import { levelIndex } from '../../src/core/ladders/ladder';

const english = new DisplayLanguage('en');

/**
 * The brag document, byte for byte, against golden files in test/fixtures/brag. After a
 * deliberate change to the document, regenerate them with UPDATE_GOLDEN=1 and read the
 * diff before committing.
 */

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'brag');
const logPath = path.join(FIXTURES, 'log.json');

function matchesGolden(name: string, actual: string): void {
  const goldenPath = path.join(FIXTURES, name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(goldenPath, actual);
  assert.equal(actual, readFileSync(goldenPath, 'utf8'), `${name} differs from the golden file`);
}

describe('brag document golden files', () => {
  withTimeZone('UTC');
  const log = () => decodeLogFile(readFileSync(logPath, 'utf8'), logPath);
  const moments = () => log().moments;
  // As the command line reads it: the kinds and the people the log records.
  const options: BragOptions = {
    weekStartsOn: 'monday',
    track: 'management',
    includePrivateSections: false,
    kinds: KindCatalogue.ofLog(log()),
    people: peopleOf(log()),
  };

  it('renders a quarter for a reviewer', () => {
    matchesGolden(
      'q4-2026.md',
      renderBragDocument(
        Timeline.build(moments()),
        resolvePeriod('this-quarter', new Date(2026, 10, 23), 'monday', english),
        options,
      ),
    );
  });

  it('adds the private sections only when asked, worded for the track', () => {
    const period = resolvePeriod('this-quarter', new Date(2026, 10, 23), 'monday', english);
    matchesGolden(
      'q4-2026-private-staff-ic.md',
      renderBragDocument(Timeline.build(moments()), period, {
        ...options,
        track: 'staff-ic',
        includePrivateSections: true,
      }),
    );
  });

  it('measures the quarter against the Staff expectations, with the level’s gaps in private', () => {
    const period = resolvePeriod('this-quarter', new Date(2026, 10, 23), 'monday', english);
    const ladder = builtInLadder('staff-ic');
    const target = ladder.levels[levelIndex(ladder, 'Staff')];
    assert.ok(target);
    matchesGolden(
      'q4-2026-staff-ladder-private.md',
      renderBragDocument(Timeline.build(moments()), period, {
        ...options,
        track: 'staff-ic',
        includePrivateSections: true,
        ladder: { ladder, target },
      }),
    );
  });

  it('says so when nothing was logged in the period', () => {
    matchesGolden(
      'empty.md',
      renderBragDocument(Timeline.build(moments()), customPeriod(new Date(2025, 0, 1), new Date(2025, 0, 31)), options),
    );
  });
});
