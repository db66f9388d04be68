import fc from 'fast-check';
import type { TextFormat } from '../../src/core/model/logFileCodec';
import type { LogFile, Moment } from '../../src/core/model/schema';
import { BUILT_IN_KINDS } from '../../src/core/model/taxonomy';

/**
 * Generators of valid log data for the property tests (fast-check). The seed is fixed so a
 * run is repeatable; set FC_SEED to explore other inputs.
 */
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261123) });

export const nonBlank = fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }).filter((text) => /\S/.test(text));
export const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,8}$/);

export const momentArbitrary: fc.Arbitrary<Moment> = fc
  .record(
    {
      id: fc.uuid(),
      kind: fc.constantFrom(...BUILT_IN_KINDS.map((kind) => kind.id), 'hiring'),
      at: fc
        .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
        .map((date) => date.toISOString()),
      summary: nonBlank,
      notes: fc.string({ unit: 'grapheme' }),
      people: fc.array(nonBlank, { maxLength: 3 }),
      impact: fc.string({ unit: 'grapheme' }),
      tags: fc.array(nonBlank, { maxLength: 3 }),
      starred: fc.boolean(),
      energy: fc.constantFrom('energised' as const, 'neutral' as const, 'drained' as const),
      code: fc
        .record({
          path: nonBlank,
          startLine: fc.integer({ min: 1, max: 5000 }),
          span: fc.integer({ min: 0, max: 100 }),
        })
        .map(({ path: file, startLine, span }) => ({ path: file, startLine, endLine: startLine + span })),
      links: fc.array(fc.constantFrom('https://example.com/pull/12', 'http://intranet.example/wiki?page=1#x'), {
        maxLength: 2,
      }),
      // After links, as in the schema: zod writes a moment it checks (one with links) in the schema's order.
      expectations: fc.array(nonBlank, { maxLength: 2 }),
      // JSON has no -0: normalise what fast-check generates to what JSON can hold.
      extra: fc.jsonValue().map((value) => JSON.parse(JSON.stringify(value)) as unknown),
    },
    { requiredKeys: ['id', 'kind', 'at', 'summary'] },
  )
  // fast-check builds records without a prototype; a log read back has plain objects.
  .map((moment) => ({ ...moment }) as Moment);

export const logArbitrary: fc.Arbitrary<LogFile> = fc
  .uniqueArray(momentArbitrary, { selector: (moment) => moment.id, maxLength: 12 })
  .map((moments) => ({ version: 1 as const, moments }));

export const formatArbitrary: fc.Arbitrary<TextFormat> = fc.record({
  byteOrderMark: fc.boolean(),
  lineEnding: fc.constantFrom('\n' as const, '\r\n' as const),
  indent: fc.constantFrom('  ', '    ', '\t'),
});

/**
 * Pieces of Markdown, HTML and link syntax, and every line break, that text from a hostile
 * log may carry: each can end a code span, start a block or form a tag or a link.
 */
const HOSTILE_FRAGMENTS = [
  '`',
  '``',
  '```',
  '~~~',
  '](',
  '[',
  ']',
  ')',
  '![x](https://example.com/x.png)',
  '[Open the review](command:growthLog.undo)',
  '<img src=x onerror=alert(1)>',
  '<a href="command:growthLog.undo">',
  '</a>',
  '<script>',
  '<iframe src=x>',
  '<!--',
  '<https://example.com>',
  'command:growthLog.undo',
  'javascript:alert(1)',
  'vscode://file/etc/passwd',
  'file:///etc/passwd',
  '//evil.com',
  'ftp://evil.com',
  'https://example.com',
  'example.com',
  'someone@example.com',
  'mailto:attacker@evil.com',
  '$x^{999}$',
  '[x]: https://example.com',
  '[x]',
  '#',
  '# ',
  '-',
  '- ',
  '---',
  '===',
  '+ ',
  '1. ',
  '1) ',
  '>',
  '> ',
  '|',
  '| --- |',
  '*',
  '**',
  '_',
  '__',
  '~',
  '~~',
  '\\',
  '&amp;',
  '&#60;',
  '&lt;img&gt;',
  ' ',
  '    ',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\v',
  '\f',
  '\u0085',
  '\u2028',
  '\u2029',
  '\u001e',
];

export const hostileText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...HOSTILE_FRAGMENTS),
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 12,
});

/** Addresses a hostile log may hold: web ones with hostile tails, other schemes, and any text at all. */
export const hostileUrl = fc.oneof(
  hostileText.map((tail) => `https://example.com/${tail}`),
  hostileText.map((tail) => `http://${tail}`),
  fc.constantFrom(
    'command:growthLog.undo',
    'javascript:alert(1)',
    'vscode://file/etc/passwd',
    'file:///etc/passwd',
    'https://example.com/a) [x](command:y',
  ),
  hostileText,
);
