import * as assert from 'node:assert/strict';
import { summariseWeek } from '../../src/core/insights/summary';
import { Timeline } from '../../src/core/insights/timeline';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import { recordKindsUsed } from '../../src/core/model/kindRecords';
import type { LogFile } from '../../src/core/model/schema';
import { validateLog } from '../../src/core/model/logValidation';
import { momentAt } from '../support/moments';

describe('kinds of your own, recorded in the log', () => {
  const hiring = {
    id: 'hiring',
    label: 'Hiring',
    competencies: ['team-development' as const],
    icon: 'person-add',
    description: 'Interviews and debriefs',
  };
  const catalogue = new KindCatalogue([hiring, { ...hiring, id: 'oncall', label: 'On-call' }]);

  it('records the definition of each kind of your own a moment uses, and nothing for built-in kinds', () => {
    const log: LogFile = {
      version: 1,
      moments: [
        momentAt('2026-11-17T10:00', { kind: 'hiring' }),
        momentAt('2026-11-17T11:00'),
        momentAt('2026-11-17T12:00', { kind: 'unknown-kind' }),
      ],
    };
    const recorded = recordKindsUsed(log, catalogue);
    assert.deepEqual(recorded.kinds, [
      {
        id: 'hiring',
        label: 'Hiring',
        competencies: ['team-development'],
        icon: 'person-add',
        description: 'Interviews and debriefs',
      },
    ]);
    assert.ok(validateLog(recorded).success);
    assert.equal(
      recordKindsUsed(recorded, catalogue),
      recorded,
      'recorded already: the same log, so an append stays an append',
    );
  });

  it('brings a changed definition up to date, keeping fields it does not know', () => {
    const log: LogFile = {
      version: 1,
      moments: [momentAt('2026-11-17T10:00', { kind: 'hiring' })],
      kinds: [
        { id: 'hiring', label: 'Hiring loops', colour: 'teal' },
        { id: 'gone', label: 'Gone' },
      ],
    };
    assert.deepEqual(recordKindsUsed(log, catalogue).kinds, [
      {
        id: 'hiring',
        label: 'Hiring',
        competencies: ['team-development'],
        icon: 'person-add',
        description: 'Interviews and debriefs',
        colour: 'teal',
      },
      { id: 'gone', label: 'Gone' },
    ]);
  });

  it('reads a log with the kinds it records, as the command line does', () => {
    const log: LogFile = {
      version: 1,
      moments: [momentAt('2026-11-17T10:00', { kind: 'hiring' })],
      kinds: [
        { id: 'hiring', label: 'Hiring', competencies: ['team-development', 'a-future-competency'], icon: '$(bad)' },
      ],
    };
    const kinds = KindCatalogue.ofLog(log);
    assert.deepEqual(kinds.describe('hiring'), {
      id: 'hiring',
      label: 'Hiring',
      description: '',
      competencies: ['team-development'],
      icon: 'circle-outline',
    });
    const summary = summariseWeek(
      Timeline.build(log.moments),
      new Date('2026-11-16T00:00'),
      new Date('2026-11-18T00:00'),
      kinds,
    );
    assert.deepEqual(
      summary.byKind.filter((row) => row.count > 0).map((row) => [row.label, row.count]),
      [['Hiring', 1]],
    );
  });

  it("fills in the kinds the setting lacks from the log, the setting's own definitions winning", () => {
    const log = {
      kinds: [
        { id: 'hiring', label: 'Hiring (from the log)' },
        { id: 'oncall-rota', label: 'On-call rota' },
      ],
    };
    const kinds = catalogue.withKindsOf(log);
    assert.equal(kinds.describe('hiring').label, 'Hiring');
    assert.equal(kinds.describe('oncall-rota').label, 'On-call rota');
    assert.equal(kinds.describe('oncall').label, 'On-call');
    assert.equal(catalogue.withKindsOf({ kinds: [{ id: 'hiring', label: 'Hiring' }] }), catalogue);
  });

  it('never lets a recorded kind replace a built-in one', () => {
    const kinds = KindCatalogue.ofLog({ kinds: [{ id: 'mentoring', label: 'Not mentoring' }] });
    assert.notEqual(kinds.describe('mentoring').label, 'Not mentoring');
    assert.equal(kinds.custom('mentoring'), undefined);
  });
});
