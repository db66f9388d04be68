import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { renderSelfReviewDraft } from '../../src/core/documents/selfReview/draftDocument';
import { loadForms } from '../../src/core/documents/selfReview/formFile';
import { builtInForm, type ReviewForm } from '../../src/core/documents/selfReview/forms';
import { customPeriod, resolvePeriod } from '../../src/core/insights/period';
import { Timeline } from '../../src/core/insights/timeline';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import { peopleOf } from '../../src/core/model/people';
import { decodeLogFile } from '../../src/core/model/logFileCodec';
import { DisplayLanguage } from '../../src/core/time/displayLanguage';
import { withTimeZone } from '../support/timeZone';
import { promotionCaseForm } from '../../src/core/documents/selfReview/promotionCase';
import { builtInLadder } from '../../src/core/ladders/builtInLadders';

/**
 * The self-review draft, byte for byte, against golden files in test/fixtures/draft, made
 * from the brag document's fixture log. After a deliberate change to the draft,
 * regenerate them with UPDATE_GOLDEN=1 and read the diff before committing.
 */

const DRAFTS = path.join(REPO_ROOT, 'test', 'fixtures', 'draft');
const logPath = path.join(REPO_ROOT, 'test', 'fixtures', 'brag', 'log.json');

function matchesGolden(name: string, actual: string): void {
  const goldenPath = path.join(DRAFTS, name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(goldenPath, actual);
  assert.equal(actual, readFileSync(goldenPath, 'utf8'), `${name} differs from the golden file`);
}

function form(id: string): ReviewForm {
  const found = builtInForm(id);
  assert.ok(found, `no built-in form ${id}`);
  return found;
}

describe('self-review draft golden files', () => {
  withTimeZone('UTC');
  const log = () => decodeLogFile(readFileSync(logPath, 'utf8'), logPath);
  const timeline = () => Timeline.build(log().moments);
  // The log's own kinds and people, as the editor and the command line read them.
  const options = { kinds: KindCatalogue.ofLog(log()), people: peopleOf(log()) };

  it('answers the built-in self-review for a quarter', () => {
    const quarter = resolvePeriod('this-quarter', new Date(2026, 10, 23), 'monday', new DisplayLanguage('en'));
    matchesGolden('self-review-q4-2026.md', renderSelfReviewDraft(timeline(), quarter, form('self-review'), options));
  });

  it('answers the weekly update for a week, saying what no moment answers', () => {
    const week = customPeriod(new Date(2026, 10, 9), new Date(2026, 10, 15));
    matchesGolden(
      'weekly-update-2026-11-09.md',
      renderSelfReviewDraft(timeline(), week, form('weekly-update'), options),
    );
  });

  it('marks the private section, so that it is never sent or copied with an answer', () => {
    const quarter = resolvePeriod('this-quarter', new Date(2026, 10, 23), 'monday', new DisplayLanguage('en'));
    matchesGolden(
      'self-review-q4-2026-private.md',
      renderSelfReviewDraft(timeline(), quarter, form('self-review'), { ...options, includePrivateSections: true }),
    );
  });

  it('makes the promotion case for Staff, the moments linked to an expectation under it', () => {
    const quarter = resolvePeriod('this-quarter', new Date(2026, 10, 23), 'monday', new DisplayLanguage('en'));
    const staff = builtInLadder('staff-ic').levels[1];
    assert.ok(staff);
    matchesGolden(
      'promotion-case-staff-q4-2026.md',
      renderSelfReviewDraft(timeline(), quarter, promotionCaseForm(staff), options),
    );
  });

  it('answers a form of the user’s own, with a catch-all question', async () => {
    const [own] = await loadForms(path.join(REPO_ROOT, 'test', 'fixtures', 'forms', 'valid', 'mid-year.json'));
    assert.ok(own);
    const half = customPeriod(new Date(2026, 6, 1), new Date(2026, 11, 31));
    matchesGolden('mid-year-h2-2026.md', renderSelfReviewDraft(timeline(), half, own, options));
  });
});
