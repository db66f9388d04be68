import * as assert from 'node:assert/strict';
import { renderBragDocument } from '../../src/core/documents/bragDocument';
import { parseCustomKinds } from '../../src/core/model/customKinds';
import { BUILT_IN_KINDS } from '../../src/core/model/taxonomy';
import { resolvePeriod } from '../../src/core/insights/period';
import { Timeline } from '../../src/core/insights/timeline';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import { DisplayLanguage } from '../../src/core/time/displayLanguage';

const english = new DisplayLanguage('en');

describe('custom kinds (growthLog.kinds)', () => {
  it('takes well-formed entries, with defaults for what is optional', () => {
    const { kinds, problems } = parseCustomKinds([
      { id: 'hiring', label: 'Hiring', competencies: ['team-development', 'business-acumen'], icon: 'person-add' },
      { id: 'incident-command', label: ' Incident command ' },
    ]);
    assert.deepEqual(problems, []);
    assert.deepEqual(kinds, [
      {
        id: 'hiring',
        label: 'Hiring',
        competencies: ['team-development', 'business-acumen'],
        icon: 'person-add',
        description: '',
      },
      { id: 'incident-command', label: 'Incident command', competencies: [], icon: 'circle-outline', description: '' },
    ]);
  });

  it('leaves out each entry that does not fit, saying where and why, and keeps the rest', () => {
    const { kinds, problems } = parseCustomKinds([
      { id: 'Hiring', label: 'Hiring' },
      { id: 'hiring', label: 'Hiring', competencies: ['charisma'] },
      { id: 'mentoring', label: 'My mentoring' },
      { id: 'hiring', label: '   ' },
      { id: 'hiring', label: 'Hiring', icon: '$(person-add)' },
      'hiring',
      { id: 'oncall', label: 'On-call' },
      { id: 'oncall', label: 'On-call again' },
    ]);
    assert.deepEqual(
      kinds.map((kind) => kind.id),
      ['oncall'],
    );
    assert.equal(problems.length, 7);
    assert.match(problems[0]!, /^growthLog\.kinds\[0\]\.id: a kind id is lower-case letters/);
    assert.match(problems[1]!, /^growthLog\.kinds\[1\]\.competencies\[0\]: /);
    assert.equal(problems[2], 'growthLog.kinds[2].id: "mentoring" is a built-in kind; choose another id');
    assert.equal(problems[3], 'growthLog.kinds[3].label: must not be blank');
    assert.match(problems[4]!, /^growthLog\.kinds\[4\]\.icon: is a codicon name/);
    assert.match(problems[5]!, /^growthLog\.kinds\[5\]: /);
    assert.equal(problems[6], 'growthLog.kinds[7].id: "oncall" is already defined above');
    assert.deepEqual(parseCustomKinds({ id: 'x' }).problems, ['growthLog.kinds: must be a list of kinds']);
  });

  it('are described, offered after the built-in kinds, and count toward their competencies in the brag document', () => {
    const kinds = new KindCatalogue(
      parseCustomKinds([{ id: 'hiring', label: 'Hiring', competencies: ['business-acumen'] }]).kinds,
    );
    assert.equal(kinds.describe('hiring').label, 'Hiring');
    assert.equal(kinds.all().at(-1)?.id, 'hiring');
    assert.equal(kinds.all().length, BUILT_IN_KINDS.length + 1);
    const now = new Date(2026, 10, 20, 12);
    const brag = renderBragDocument(
      Timeline.build([
        { id: 'a', kind: 'hiring', at: now.toISOString(), summary: 'Ran the loop for the platform role' },
      ]),
      resolvePeriod('this-year', now, 'monday', english),
      { weekStartsOn: 'monday', track: 'management', includePrivateSections: false, kinds },
    );
    assert.match(brag, /Strongest competency: Business acumen \(1\)\./);
    assert.match(brag, /## Business acumen\n\n- Ran the loop for the platform role \(Nov 20\)\n/);
  });

  it('replace those given before, and are known only to the catalogue they were given to', () => {
    const kinds = new KindCatalogue(parseCustomKinds([{ id: 'hiring', label: 'Hiring' }]).kinds);
    kinds.replaceCustomKinds(parseCustomKinds([{ id: 'oncall', label: 'On-call' }]).kinds);
    assert.equal(kinds.describe('oncall').label, 'On-call');
    assert.equal(kinds.describe('hiring').label, 'hiring', 'no longer known');
    assert.deepEqual(
      new KindCatalogue().all().map((kind) => kind.id),
      BUILT_IN_KINDS.map((kind) => kind.id),
    );
  });
});
