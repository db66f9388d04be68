import * as assert from 'node:assert/strict';
import { renderBragDocument } from '../../src/core/bragDocument';
import { parseCustomKinds } from '../../src/core/customKinds';
import { resolvePeriod } from '../../src/core/period';
import { allKinds, describeKind, useCustomKinds } from '../../src/core/taxonomy';

describe('custom kinds (growthLog.kinds)', () => {
  afterEach(() => useCustomKinds([]));

  it('takes well-formed entries, with defaults for what is optional', () => {
    const { kinds, problems } = parseCustomKinds([
      { id: 'hiring', label: 'Hiring', competencies: ['team-development', 'business-acumen'], icon: 'person-add' },
      { id: 'incident-command', label: ' Incident command ' },
    ]);
    assert.deepEqual(problems, []);
    assert.deepEqual(kinds, [
      { id: 'hiring', label: 'Hiring', competencies: ['team-development', 'business-acumen'], icon: 'person-add', description: '' },
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
    useCustomKinds(parseCustomKinds([{ id: 'hiring', label: 'Hiring', competencies: ['business-acumen'] }]).kinds);
    assert.equal(describeKind('hiring').label, 'Hiring');
    assert.equal(allKinds().at(-1)?.id, 'hiring');
    assert.equal(allKinds().length, 11);
    const now = new Date(2026, 10, 20, 12);
    const brag = renderBragDocument(
      [{ id: 'a', kind: 'hiring', at: now.toISOString(), summary: 'Ran the loop for the platform role' }],
      resolvePeriod('this-year', now, 'monday'),
      { weekStartsOn: 'monday', track: 'management', includePrivateSections: false },
    );
    assert.match(brag, /\| Hiring \| 1 \|/);
    assert.match(brag, /## Business acumen\n\n- \*\*2026-11-20\*\* Ran the loop for the platform role/);
  });
});
