import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { builtInLadder } from '../../src/core/ladders/builtInLadders';
import { assertCliBuilt, cli } from '../support/cli';

/**
 * `growth-log export` and `growth-log draft` against a ladder level: the brag document's
 * "Against the … expectations" and the promotion case, from the options `readiness` takes.
 */

const LOG = path.join(REPO_ROOT, 'test', 'fixtures', 'brag', 'log.json');
const LADDERS = path.join(REPO_ROOT, 'test', 'fixtures', 'ladders');
const QUARTER = ['--from', '2026-10-01', '--to', '2026-12-31', '--file', LOG];
// The fixture's golden files are written in UTC; so is this.
const UTC = { env: { TZ: 'UTC' } };

/** The lines of the golden brag document from `heading` to the next `## `. */
function goldenSection(heading: string): string {
  const golden = readFileSync(
    path.join(REPO_ROOT, 'test', 'fixtures', 'brag', 'q4-2026-staff-ladder-private.md'),
    'utf8',
  );
  return sectionOf(golden, heading);
}

function sectionOf(markdown: string, heading: string): string {
  const start = markdown.indexOf(`${heading}\n`);
  assert.ok(start >= 0, `no ${heading} in\n${markdown}`);
  const rest = markdown.slice(start + heading.length + 1);
  const end = rest.search(/^## /m);
  return `${heading}\n${end < 0 ? rest : rest.slice(0, end)}`;
}

describe('growth-log export and draft against a ladder level', function () {
  this.timeout(60_000);

  before(assertCliBuilt);

  it('adds "Against the Staff expectations" to the brag document with --target Staff', async () => {
    const result = await cli(['export', '--track', 'staff-ic', '--target', 'Staff', '--private', ...QUARTER], UTC);
    assert.equal(result.code, 0, result.stderr);
    const heading = '## Against the Staff expectations';
    assert.equal(sectionOf(result.stdout, heading), goldenSection(heading));
    const gaps = '## Gaps and next focus';
    assert.equal(sectionOf(result.stdout, gaps), goldenSection(gaps));
  });

  it('leaves the brag document as it was without a ladder option, --track included', async () => {
    const result = await cli(['export', '--track', 'staff-ic', '--private', ...QUARTER], UTC);
    assert.equal(result.code, 0, result.stderr);
    assert.doesNotMatch(result.stdout, /Against the|expectations/);
  });

  it('measures against a company ladder file, with --track still wording the gaps', async () => {
    const ladder = path.join(LADDERS, 'company.ladder.json');
    const result = await cli(['export', '--ladder', ladder, '--track', 'staff-ic', '--private', ...QUARTER], UTC);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^## Against the .+ expectations$/m);
    assert.match(result.stdout, /^## Gaps and next focus$/m);
  });

  it('puts the ladder section in the HTML export too', async () => {
    const result = await cli(
      ['export', '--format', 'html', '--track', 'staff-ic', '--target', 'Staff', ...QUARTER],
      UTC,
    );
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /<h2[^>]*>Against the Staff expectations<\/h2>/);
  });

  it('refuses a level the ladder does not have, naming the ladder’s levels', async () => {
    const result = await cli(['export', '--level', 'Boss', ...QUARTER], UTC);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.match(
      result.stderr,
      /^growth-log: --level Boss: the ladder "Management" has no such level; its levels are "Technical Expert", "Team Lead", "Leader"\nUsage: growth-log export /,
    );
  });

  it('drafts the promotion case for Staff, one question per expectation', async () => {
    const result = await cli(
      ['draft', '--form', 'promotion-case', '--track', 'staff-ic', '--target', 'Staff', ...QUARTER],
      UTC,
    );
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^# Self-review draft: Promotion case: Staff\n/);
    const staff = builtInLadder('staff-ic').levels.find((level) => level.name === 'Staff');
    assert.equal(result.stdout.split('<!-- growth-log:question id="staff-').length - 1, staff?.expectations.length);
    // The golden draft's answers, over the same quarter.
    const golden = readFileSync(
      path.join(REPO_ROOT, 'test', 'fixtures', 'draft', 'promotion-case-staff-q4-2026.md'),
      'utf8',
    );
    const answers = (text: string) => text.slice(text.indexOf('\n## '));
    assert.equal(answers(result.stdout), answers(golden));
  });

  it('refuses ladder options with a form that takes none, and a bad --target for the promotion case', async () => {
    const other = await cli(['draft', '--form', 'self-review', '--target', 'Staff', ...QUARTER], UTC);
    assert.equal(other.code, 1);
    assert.match(other.stderr, /--form self-review takes no ladder/);
    const bad = await cli(['draft', '--form', 'promotion-case', '--track', 'staff-ic', '--target', 'CTO', ...QUARTER]);
    assert.equal(bad.code, 1);
    assert.match(
      bad.stderr,
      /--target CTO: the ladder "[^"]+" has no such level; its levels are "Senior", "Staff", "Principal"/,
    );
  });
});
