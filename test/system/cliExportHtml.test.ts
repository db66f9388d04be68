import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { assertCliBuilt, cli } from '../support/cli';
import { useTempDir } from '../support/tempDir';

/** `growth-log export --format`: the brag document as Markdown (the default) or as a web page. */
describe('growth-log export --format', function () {
  this.timeout(30_000);
  const temp = useTempDir();
  before(assertCliBuilt);
  const log = path.join(REPO_ROOT, 'test', 'fixtures', 'brag', 'log.json');
  const quarter = ['export', '--file', log, '--from', '2026-10-01', '--to', '2026-12-31'];

  it('prints Markdown by default and with --format markdown', async () => {
    const [byDefault, markdown] = await Promise.all([cli(quarter), cli([...quarter, '--format', 'markdown'])]);
    assert.equal(byDefault.code, 0, byDefault.stderr);
    assert.match(byDefault.stdout, /^# Brag document: /);
    assert.equal(markdown.stdout, byDefault.stdout);
  });

  it('prints or writes the same document as one web page with --format html', async () => {
    const out = path.join(temp(), 'brag.html');
    const [printed, written] = await Promise.all([
      cli([...quarter, '--format', 'html']),
      cli([...quarter, '--format', 'html', '--out', out]),
    ]);
    assert.equal(printed.code, 0, printed.stderr);
    assert.match(printed.stdout, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.match(printed.stdout, /<title>Brag document: 2026-10-01 to 2026-12-31<\/title>/);
    assert.match(printed.stdout, /<h2>At a glance<\/h2>/);
    assert.equal(written.code, 0, written.stderr);
    assert.equal(written.stderr, `wrote ${out}\n`);
    assert.equal(readFileSync(out, 'utf8'), printed.stdout);
  });

  it('refuses a format it does not write, naming the ones it does', async () => {
    const result = await cli([...quarter, '--format', 'pdf']);
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /^growth-log: --format takes markdown or html \(got "pdf"\)\nUsage: growth-log export /,
    );
  });
});
