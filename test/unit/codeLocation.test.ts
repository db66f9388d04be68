import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { resolveInsideFolder } from '../../src/core/git/codeLocation';

describe('a moment’s code path stays inside its workspace folder', () => {
  const folder = path.resolve('/work/repo');

  it('resolves a relative path inside the folder', () => {
    assert.equal(resolveInsideFolder(folder, 'src/retry.ts'), path.join(folder, 'src', 'retry.ts'));
    assert.equal(resolveInsideFolder(folder, 'src\\win\\path.ts'), path.join(folder, 'src', 'win', 'path.ts'));
    assert.equal(resolveInsideFolder(folder, 'src/../README.md'), path.join(folder, 'README.md'));
  });

  for (const hostile of [
    '/etc/passwd',
    '../outside.txt',
    'src/../../outside.txt',
    'C:\\Windows\\win.ini',
    'C:relative',
    '\\\\server\\share\\x',
    '//server/share/x',
    'a\0b',
    '',
  ]) {
    it(`refuses ${JSON.stringify(hostile)}`, () => {
      assert.equal(resolveInsideFolder(folder, hostile), undefined);
    });
  }
});
