import * as assert from 'node:assert/strict';
import { decodeLogFile, encodeLogFile, logFileText } from '../../src/core/model/logFileCodec';
import { LogFileError } from '../../src/core/model/logFileError';

const FILE = '/work/.vscode/growth-log.json';

function decodeError(text: string): LogFileError {
  try {
    decodeLogFile(text, FILE);
  } catch (error) {
    assert.ok(error instanceof LogFileError, `expected a LogFileError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the file to be refused');
}

const validMoment = {
  id: 'a1',
  kind: 'mentoring',
  at: '2026-11-20T14:03:00.000Z',
  summary: 'Paired with Sam',
};

describe('decodeLogFile', () => {
  it('reads a valid file', () => {
    const log = decodeLogFile(JSON.stringify({ version: 1, moments: [validMoment] }), FILE);
    assert.equal(log.moments[0]?.summary, 'Paired with Sam');
  });

  it('reads the full shape from the design', () => {
    const full = {
      ...validMoment,
      notes: 'longer text',
      people: ['Sam'],
      impact: 'Sam owns the CI dashboard',
      tags: ['testing'],
      starred: false,
      energy: 'energised',
      code: { path: 'src/ci/retry.ts', startLine: 10, endLine: 42, commit: 'abc123', remote: 'https://example.com/r' },
      links: ['https://example.com/pull/12'],
    };
    assert.deepEqual(decodeLogFile(JSON.stringify({ version: 1, moments: [full] }), FILE).moments[0], full);
  });

  it('names line and column of a syntax error', () => {
    const error = decodeError('{\n  "version": 1,\n  "moments": [\n    {"id": "a" "kind": "x"}\n  ]\n}');
    assert.equal(error.problem, 'syntax');
    assert.deepEqual(error.position, { line: 4, column: 16 });
    assert.match(error.message, /^\/work\/\.vscode\/growth-log\.json:4:16: invalid JSON: comma expected/);
  });

  it('names the end of a truncated file', () => {
    const error = decodeError('{"version": 1, "moments": [');
    assert.equal(error.problem, 'syntax');
    assert.equal(error.position?.line, 1);
  });

  it('explains an empty file', () => {
    assert.match(decodeError('').message, /empty/);
  });

  it('names the field path and its line when a value has the wrong type', () => {
    const text = JSON.stringify(
      { version: 1, moments: [validMoment, { ...validMoment, id: 'b', starred: 'yes' }] },
      null,
      2,
    );
    const error = decodeError(text);
    assert.equal(error.problem, 'schema');
    assert.equal(error.fieldPath, 'moments[1].starred');
    const expectedLine = text.split('\n').findIndex((line) => line.includes('"starred"')) + 1;
    assert.equal(error.position?.line, expectedLine);
    assert.match(error.message, /moments\[1\]\.starred/);
  });

  it('points at the parent object when a required field is missing', () => {
    const text = JSON.stringify({ version: 1, moments: [{ id: 'a', kind: 'mentoring', at: validMoment.at }] }, null, 2);
    const error = decodeError(text);
    assert.equal(error.fieldPath, 'moments[0].summary');
    assert.equal(error.position?.line, 4); // the moment's opening brace
  });

  it('refuses a bad date, a bad kind id and a bad link', () => {
    assert.equal(
      decodeError(JSON.stringify({ version: 1, moments: [{ ...validMoment, at: 'yesterday' }] })).fieldPath,
      'moments[0].at',
    );
    assert.equal(
      decodeError(JSON.stringify({ version: 1, moments: [{ ...validMoment, kind: 'Code Review' }] })).fieldPath,
      'moments[0].kind',
    );
    assert.equal(
      decodeError(JSON.stringify({ version: 1, moments: [{ ...validMoment, links: ['not a url'] }] })).fieldPath,
      'moments[0].links[0]',
    );
  });

  it('refuses a top-level array or a missing version', () => {
    assert.equal(decodeError('[]').problem, 'schema');
    assert.equal(decodeError('{"moments": []}').fieldPath, 'version');
  });

  it('refuses a newer version, saying to update', () => {
    const error = decodeError('{"version": 2, "moments": []}');
    assert.equal(error.problem, 'newer-version');
    assert.match(error.message, /version 2/);
    assert.match(error.message, /Update Growth Log/);
  });

  it('accepts a byte order mark and CRLF line endings', () => {
    const text = `\uFEFF${JSON.stringify({ version: 1, moments: [validMoment] }, null, 2).replace(/\n/g, '\r\n')}`;
    assert.equal(decodeLogFile(text, FILE).moments.length, 1);
  });

  it('keeps fields it does not know, so a rewrite preserves them', () => {
    const text = JSON.stringify({ version: 1, owner: 'me', moments: [{ ...validMoment, mood: 'great' }] });
    const reencoded = JSON.parse(encodeLogFile(decodeLogFile(text, FILE)));
    assert.equal(reencoded.owner, 'me');
    assert.equal(reencoded.moments[0].mood, 'great');
  });
});

describe('logFileText', () => {
  function textError(bytes: Uint8Array): LogFileError {
    try {
      logFileText(bytes, FILE);
    } catch (error) {
      assert.ok(error instanceof LogFileError, `expected a LogFileError, got ${String(error)}`);
      return error;
    }
    assert.fail('expected the bytes to be refused');
  }

  it('refuses bytes that are not UTF-8, naming the byte, its line and its column', () => {
    // "José" saved as Latin-1: é is the single byte 0xE9.
    const text = `{\n  "version": 1,\n  "moments": [{"id": "a", "kind": "mentoring", "at": "2026-11-20T14:03:00.000Z", "summary": "Jos\u00e9"}]\n}\n`;
    const bytes = Buffer.from(text, 'latin1');
    const error = textError(bytes);
    assert.equal(error.problem, 'syntax');
    const offset = bytes.indexOf(0xe9);
    assert.match(error.message, new RegExp(`byte ${offset} is not UTF-8`));
    assert.deepEqual(error.position, { line: 3, column: (text.split('\n')[2] ?? '').indexOf('\u00e9') + 1 });
  });

  it('refuses a truncated sequence at the end, an overlong form and an encoded surrogate', () => {
    for (const bytes of [
      [0x7b, 0xe2, 0x82],
      [0x7b, 0xc0, 0xaf],
      [0x7b, 0xed, 0xa0, 0x80],
    ]) {
      const error = textError(Uint8Array.from(bytes));
      assert.match(error.message, /byte 1 is not UTF-8/);
      assert.deepEqual(error.position, { line: 1, column: 2 });
    }
  });

  it('counts the column after a byte order mark as the text does', () => {
    const error = textError(Uint8Array.from([0xef, 0xbb, 0xbf, 0x7b, 0xff]));
    assert.match(error.message, /byte 4 is not UTF-8/);
    assert.deepEqual(error.position, { line: 1, column: 2 });
  });

  it('keeps a byte order mark in the text, and reads any valid UTF-8', () => {
    const text = '\uFEFF{"summary": "Jos\u00e9 \u{1F600} \u4E2D"}';
    assert.equal(logFileText(Buffer.from(text, 'utf8'), FILE), text);
  });

  it('still recognises UTF-16 and binary files as such', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"version": 1, "moments": []}', 'utf16le')]);
    assert.match(textError(utf16).message, /UTF-16/);
    assert.match(textError(Uint8Array.from([0x00, 0xff, 0x10, 0x80])).message, /binary data/);
  });
});
