import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import fc from 'fast-check';
import { DEFAULT_TEXT_FORMAT, decodeLogFile, encodeLogFile, firstMalformedSequence } from '../../src/core/logFileCodec';
import { mergeMoments, readLog, updateLog } from '../../src/core/logStore';
import { formatQuickLog, parseQuickLog } from '../../src/core/quickLog';
import type { LogFile } from '../../src/core/schema';
import { formatArbitrary, logArbitrary, momentArbitrary, word } from '../support/arbitraries';
import { useTempDir } from '../support/tempDir';

/** Properties that must hold for any input, checked on many generated ones (fast-check; seed in arbitraries.ts). */

describe('properties', function () {
  this.timeout(120_000);

  it('the quick-log parser never throws, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (line) => {
        const result = parseQuickLog(line);
        if (result.ok) assert.ok(result.entry.summary.trim().length > 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('a parsed line written back and parsed again gives the same entry', () => {
    const token = fc.oneof(
      word,
      word.map((name) => `@${name}`),
      fc.tuple(word, word).map(([first, last]) => `@${first}_${last}`),
      word.map((tag) => `#${tag}`),
      fc.constant('!'),
      word.map((slug) => `https://example.com/${slug}`),
      fc.constantFrom(',', '.', 'and', 'with', 'e-mail@example.com', '#', '@'),
    );
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 12 }), (tokens) => {
        const first = parseQuickLog(tokens.join(' '));
        if (!first.ok) return;
        const again = parseQuickLog(formatQuickLog(first.entry).line);
        assert.ok(again.ok);
        assert.deepEqual({ ...again.entry, people: [...again.entry.people].sort() }, { ...first.entry, people: [...first.entry.people].sort() });
      }),
      { numRuns: 2000 },
    );
  });

  it('any valid log survives encode and decode unchanged, in any layout', () => {
    fc.assert(
      fc.property(logArbitrary, formatArbitrary, (log, format) => {
        assert.deepEqual(decodeLogFile(encodeLogFile(log, format), 'log.json'), log);
      }),
      { numRuns: 500 },
    );
  });

  describe('on disk', () => {
    const tempDir = useTempDir();
    it('any valid log survives a write and a read unchanged', async () => {
      await fc.assert(
        fc.asyncProperty(logArbitrary, async (log) => {
          const file = path.join(tempDir(), `${Math.random().toString(36).slice(2)}.json`);
          await updateLog(file, () => log);
          assert.deepEqual(await readLog(file), log);
        }),
        { numRuns: 100 },
      );
    });
  });

  it('finds a malformed UTF-8 sequence exactly when a strict decoder refuses the bytes', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    // Mostly text with a few high bytes, so both well-formed and malformed sequences come up.
    const bytes = fc.array(fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x80, max: 0xff })), { maxLength: 24 });
    fc.assert(
      fc.property(
        fc.oneof(
          bytes,
          fc.string({ unit: 'binary' }).map((text) => [...Buffer.from(text, 'utf8')]),
        ),
        (list) => {
          const array = Uint8Array.from(list);
          const offset = firstMalformedSequence(array);
          let refused = false;
          try {
            strict.decode(array);
          } catch {
            refused = true;
          }
          assert.equal(offset >= 0, refused, `${Buffer.from(array).toString('hex')}: ${offset}`);
          // Everything before the malformed sequence decodes.
          if (offset >= 0) strict.decode(array.subarray(0, offset));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('merging by id is idempotent, and commutative for different moments', () => {
    fc.assert(
      fc.property(logArbitrary, fc.uniqueArray(momentArbitrary, { selector: (m) => m.id, maxLength: 6 }), (log, incoming) => {
        const once = mergeMoments(log, incoming);
        assert.deepEqual(mergeMoments(once, incoming), once, 'idempotent');
        const [a, b] = [incoming.slice(0, 3), incoming.slice(3)];
        const byId = (l: LogFile) => [...l.moments].sort((x, y) => x.id.localeCompare(y.id));
        assert.deepEqual(byId(mergeMoments(mergeMoments(log, a), b)), byId(mergeMoments(mergeMoments(log, b), a)), 'commutative');
        assert.equal(new Set(once.moments.map((m) => m.id)).size, once.moments.length, 'one moment per id');
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the default layout two-space, LF, no byte order mark', () => {
    assert.deepEqual(DEFAULT_TEXT_FORMAT, { byteOrderMark: false, lineEnding: '\n', indent: '  ' });
  });
});
