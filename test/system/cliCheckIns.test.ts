import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { CheckIn } from '../../src/core/model/schema';
import { assertCliBuilt, cli } from '../support/cli';
import { momentAt } from '../support/moments';
import { useTempDir } from '../support/tempDir';

describe('growth-log check-ins', function () {
  this.timeout(60_000);
  const tempDir = useTempDir();
  const logFile = () => path.join(tempDir(), 'growth-log.json');

  before(assertCliBuilt);

  const summer: CheckIn = {
    id: 'c-summer',
    at: '2026-08-20T12:00:00.000Z',
    ratings: { ownership: { good: 5 }, delegation: { good: 2, enjoy: 4 } },
  };
  const autumn: CheckIn = {
    id: 'c-autumn',
    at: '2026-11-20T12:00:00.000Z',
    ratings: { 'a-newer-competency': { enjoy: 1 }, 'team-development': { good: 3, enjoy: 5 } },
    note: 'Mentoring energises me\u001b[2J',
  };

  it('lists the check-ins, latest first, each competency in the taxonomy’s order, and the note on one safe line', async () => {
    await fs.writeFile(
      logFile(),
      JSON.stringify({ version: 1, moments: [momentAt('2026-11-18T10:00')], checkIns: [summer, autumn] }),
    );
    const listed = await cli(['check-ins', '--file', logFile()]);
    assert.equal(listed.code, 0, listed.stderr);
    assert.equal(
      listed.stdout,
      [
        '2026-11-20  2 competencies',
        '  Team development    good at 3  enjoy 5',
        '  a-newer-competency  good at -  enjoy 1',
        '  Note: Mentoring energises me\\u001b[2J',
        '',
        '2026-08-20  2 competencies',
        '  Delegation  good at 2  enjoy 4',
        '  Ownership   good at 5  enjoy -',
        '',
      ].join('\n'),
    );
  });

  it('prints them as JSON, latest first, as the log holds them', async () => {
    await fs.writeFile(logFile(), JSON.stringify({ version: 1, moments: [], checkIns: [summer, autumn] }));
    const listed = await cli(['check-ins', '--json', '--file', logFile()]);
    assert.equal(listed.code, 0, listed.stderr);
    assert.deepEqual(JSON.parse(listed.stdout), [autumn, summer]);
  });

  it('says when there is none yet, and refuses arguments', async () => {
    await fs.writeFile(logFile(), JSON.stringify({ version: 1, moments: [] }));
    const none = await cli(['check-ins', '--file', logFile()]);
    assert.equal(none.code, 0, none.stderr);
    assert.match(none.stdout, /^No check-in yet/);
    const wrong = await cli(['check-ins', 'extra', '--file', logFile()]);
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /check-ins takes no arguments/);
    assert.match(wrong.stderr, /growth-log check-ins \[--json\]/);
  });
});
