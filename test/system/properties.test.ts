import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseTree } from 'jsonc-parser';
import {
  decodeLogFile,
  detectTextFormat,
  encodeLogFile,
  firstMalformedSequence,
} from '../../src/core/model/logFileCodec';
import { logFileEdits } from '../../src/core/storage/logFileEdits';
import { mergeMoments, removeMoments } from '../../src/core/storage/logStore';
import { formatQuickLog, parseQuickLog } from '../../src/core/model/quickLog';
import type { LogFile, Moment } from '../../src/core/model/schema';
import { applyTextEdits } from '../../src/core/storage/textEdits';
import { formatArbitrary, logArbitrary, momentArbitrary, nonBlank, word } from '../support/arbitraries';
import { handFormattedLog } from '../support/handFormatted';
import { useLogStore } from '../support/logStore';
import { useTempDir } from '../support/tempDir';

/** Properties that must hold for any input, checked on many generated ones (fast-check; seed in arbitraries.ts). */

/** A change the user makes from the extension or the command line. */
type UserChange =
  | { readonly kind: 'add'; readonly moment: Moment }
  | {
      readonly kind: 'edit';
      readonly pick: number;
      readonly summary: string;
      readonly drop: string | undefined;
      readonly energy: boolean;
    }
  | { readonly kind: 'delete'; readonly pick: number };

const userChange: fc.Arbitrary<UserChange> = fc.oneof(
  momentArbitrary.map((moment) => ({ kind: 'add' as const, moment })),
  fc.record({
    kind: fc.constant('edit' as const),
    pick: fc.nat(),
    summary: nonBlank,
    drop: fc.constantFrom(undefined, 'notes', 'people', 'tags', 'starred', 'energy', 'code', 'links', 'extra', 'mood'),
    energy: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
);

/** The index of the moment `change` touches in `log`, if any. */
function touchedIndex(log: LogFile, change: UserChange): number | undefined {
  return change.kind === 'add' || log.moments.length === 0 ? undefined : change.pick % log.moments.length;
}

function applyChange(log: LogFile, change: UserChange): LogFile {
  const index = touchedIndex(log, change);
  if (change.kind === 'add') return mergeMoments(log, [change.moment]);
  const moment = index === undefined ? undefined : log.moments[index];
  if (!moment) return log;
  if (change.kind === 'delete') return removeMoments(log, [moment.id]);
  const edited: Record<string, unknown> = { ...moment, summary: change.summary };
  if (change.drop) delete edited[change.drop];
  if (change.energy) edited.energy = 'drained';
  return mergeMoments(log, [edited as Moment]);
}

/** The ranges of the moments array and of each moment in `text`, found by jsonc-parser (not by the code under test). */
function momentRanges(text: string): { readonly array: [number, number]; readonly moments: [number, number][] } {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const root = parseTree(text.slice(bom));
  const property = root?.children?.filter((child) => child.children?.[0]?.value === 'moments').at(-1);
  const array = property?.children?.[1];
  assert.ok(array?.children, 'a moments array');
  const range = (node: { offset: number; length: number }): [number, number] => [
    node.offset + bom,
    node.offset + node.length + bom,
  ];
  return { array: range(array), moments: array.children.map(range) };
}

/** Asserts `after` is `before` with bytes changed only where `change` touched a moment. */
function assertOnlyTouched(before: string, after: string, log: LogFile, change: UserChange): void {
  const old = momentRanges(before);
  const now = momentRanges(after);
  const index = touchedIndex(log, change);
  const count = old.moments.length;
  if (change.kind !== 'add' && index === undefined) {
    assert.equal(after, before, 'nothing to change: not a byte changes');
  } else if (change.kind === 'add' && count > 0) {
    const [, lastEnd] = old.moments[count - 1] as [number, number];
    assert.ok(after.startsWith(before.slice(0, lastEnd)), 'everything up to the last moment kept');
    assert.ok(after.endsWith(before.slice(lastEnd)), 'everything after the last moment kept');
  } else if ((change.kind === 'add' && count === 0) || (change.kind === 'delete' && count === 1)) {
    // The array goes from empty or to empty: it is written anew, and nothing else.
    assert.equal(after.slice(0, now.array[0]), before.slice(0, old.array[0]));
    assert.equal(after.slice(now.array[1]), before.slice(old.array[1]));
  } else if (change.kind === 'delete' && index !== undefined) {
    // The moment goes with one separator: the one before it, or for the first, the one after.
    const [start, end] = old.moments[index] as [number, number];
    const expected =
      index > 0
        ? before.slice(0, (old.moments[index - 1] as [number, number])[1]) + before.slice(end)
        : before.slice(0, start) + before.slice((old.moments[1] as [number, number])[0]);
    assert.equal(after, expected);
  } else if (change.kind === 'edit' && index !== undefined) {
    const [start, end] = old.moments[index] as [number, number];
    const [newStart, newEnd] = now.moments[index] as [number, number];
    assert.equal(after.slice(0, newStart), before.slice(0, start), 'everything before the edited moment kept');
    assert.equal(after.slice(newEnd), before.slice(end), 'everything after the edited moment kept');
    // Inside it, the fields not edited keep their text too.
    const element = parseTree(before.slice(start, end));
    const edited = after.slice(newStart, newEnd);
    for (const property of element?.children ?? []) {
      const key = property.children?.[0]?.value as string;
      if (['summary', 'energy', change.drop].includes(key)) continue;
      const [keyNode, valueNode] = property.children ?? [];
      if (!keyNode || !valueNode) continue;
      const text = before.slice(start + valueNode.offset, start + valueNode.offset + valueNode.length);
      assert.ok(edited.includes(text), `field ${key} keeps its text ${text}`);
    }
  }
}

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
        assert.deepEqual(
          { ...again.entry, people: [...again.entry.people].sort() },
          { ...first.entry, people: [...first.entry.people].sort() },
        );
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
    const store = useLogStore();
    it('any valid log survives a write and a read unchanged', async () => {
      await fc.assert(
        fc.asyncProperty(logArbitrary, async (log) => {
          const file = path.join(tempDir(), `${Math.random().toString(36).slice(2)}.json`);
          await store().update(file, () => log);
          assert.deepEqual(await store().read(file), log);
        }),
        { numRuns: 100 },
      );
    });
  });

  it('finds a malformed UTF-8 sequence exactly when a strict decoder refuses the bytes', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    // Mostly text with a few high bytes, so both well-formed and malformed sequences come up.
    const bytes = fc.array(fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x80, max: 0xff })), {
      maxLength: 24,
    });
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

  describe('byte for byte', () => {
    const tempDir = useTempDir();
    const store = useLogStore();

    it('an add, an edit or a delete in a hand-formatted file changes only the bytes of the moment it touches', async () => {
      await fc.assert(
        fc.asyncProperty(handFormattedLog, userChange, async ({ text, log }, change) => {
          const file = path.join(tempDir(), `${Math.random().toString(36).slice(2)}.json`);
          await fs.writeFile(file, text);
          const expected = applyChange(log, change);
          await store().update(file, (current) => applyChange(current, change));
          const after = await fs.readFile(file, 'utf8');
          assertOnlyTouched(text, after, log, change);
          assert.deepEqual(decodeLogFile(after, file), expected, 'reads back as the changed log');
          assert.deepEqual(await store().read(file), expected);
          // An append splices the tail; every other change applies edits: both write the same bytes.
          assert.equal(applyTextEdits(text, logFileEdits(text, log, expected, detectTextFormat(text))), after);
        }),
        { numRuns: 400 },
      );
    });
  });

  it('merging by id is idempotent, and commutative for different moments', () => {
    fc.assert(
      fc.property(
        logArbitrary,
        fc.uniqueArray(momentArbitrary, { selector: (m) => m.id, maxLength: 6 }),
        (log, incoming) => {
          const once = mergeMoments(log, incoming);
          assert.deepEqual(mergeMoments(once, incoming), once, 'idempotent');
          const [a, b] = [incoming.slice(0, 3), incoming.slice(3)];
          const byId = (l: LogFile) => [...l.moments].sort((x, y) => x.id.localeCompare(y.id));
          assert.deepEqual(
            byId(mergeMoments(mergeMoments(log, a), b)),
            byId(mergeMoments(mergeMoments(log, b), a)),
            'commutative',
          );
          assert.equal(new Set(once.moments.map((m) => m.id)).size, once.moments.length, 'one moment per id');
        },
      ),
      { numRuns: 500 },
    );
  });
});
