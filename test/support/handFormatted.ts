import fc from 'fast-check';
import type { LogFile } from '../../src/core/model/schema';
import { logArbitrary } from './arbitraries';

/**
 * Log files as people and other tools lay them out: any indentation, key order and line
 * ending, a byte order mark or not, containers on one line below some depth, and fields
 * Growth Log does not know — at the top, in moments, in their code — holding number
 * literals `JSON.parse` cannot give back as written (1e309, -0, 1.0,
 * 12345678901234567890123) and nested objects and arrays of them.
 */

/** A JSON value as written: a literal keeps its exact text. */
type Written =
  | { readonly literal: string }
  | { readonly items: readonly Written[] }
  | { readonly entries: readonly (readonly [string, Written])[] };

interface Style {
  readonly indent: string;
  readonly lineEnding: '\n' | '\r\n';
  readonly byteOrderMark: boolean;
  /** Between a key and its value. */
  readonly colon: string;
  /** After a comma between items on one line. */
  readonly commaSpace: string;
  /** Containers this deep and deeper are written on one line. */
  readonly oneLineFrom: number;
  readonly finalLineEnding: boolean;
}

const ODD_LITERALS = [
  '1e309',
  '-0',
  '1.0',
  '12345678901234567890123',
  '1E+2',
  '-1e-400',
  '0.10000000000000000555',
  '"\\u00e9\\/\\ud83d\\ude00"',
  'null',
  'true',
];

const literal = fc.constantFrom(...ODD_LITERALS).map((text): Written => ({ literal: text }));
const unknownValue: fc.Arbitrary<Written> = fc.letrec<{ value: Written }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    literal,
    fc.array(tie('value'), { maxLength: 3 }).map((items): Written => ({ items })),
    fc
      .array(fc.tuple(fc.constantFrom('deep', 'n', 'list', 'x'), tie('value')), { maxLength: 3 })
      .map((entries): Written => ({ entries: dedupe(entries) })),
  ),
})).value;
const unknownFields = fc
  .array(fc.tuple(fc.constantFrom('mood', 'owner', 'big', 'nested', 'zz'), unknownValue), { maxLength: 3 })
  .map(dedupe);

const style: fc.Arbitrary<Style> = fc.record({
  indent: fc.constantFrom('  ', '    ', '\t', ' ', '   '),
  lineEnding: fc.constantFrom('\n' as const, '\r\n' as const),
  byteOrderMark: fc.boolean(),
  colon: fc.constantFrom(': ', ':', ' : '),
  commaSpace: fc.constantFrom(' ', ''),
  oneLineFrom: fc.integer({ min: 0, max: 5 }),
  finalLineEnding: fc.boolean(),
});

export interface HandFormattedLog {
  readonly text: string;
  /** What reading it gives. */
  readonly log: LogFile;
}

/** A valid log file written by hand (in the sense above). */
export const handFormattedLog: fc.Arbitrary<HandFormattedLog> = fc
  .tuple(logArbitrary, style, unknownFields, fc.array(unknownFields, { minLength: 12, maxLength: 12 }), fc.integer())
  .map(([log, chosenStyle, topLevelExtras, momentExtras, seed]) => {
    const shuffle = seededShuffle(seed);
    const moments: Written = {
      items: log.moments.map((moment, index) => {
        const entries = Object.entries(moment).map(([key, value]): [string, Written] => [key, writtenOf(value)]);
        return {
          entries: shuffle(
            [...entries, ...(momentExtras[index] ?? [])].filter(
              ([key], at, all) => all.findIndex(([other]) => other === key) === at,
            ),
          ),
        };
      }),
    };
    const root: Written = {
      entries: shuffle([['version', { literal: '1' }], ['moments', moments], ...topLevelExtras]),
    };
    const body = print(root, chosenStyle, 0);
    const text = `${chosenStyle.byteOrderMark ? '\uFEFF' : ''}${body}${chosenStyle.finalLineEnding ? chosenStyle.lineEnding : ''}`;
    return { text, log: JSON.parse(body) as LogFile };
  });

function writtenOf(value: unknown): Written {
  if (Array.isArray(value)) return { items: value.map(writtenOf) };
  if (typeof value === 'object' && value !== null)
    return { entries: Object.entries(value).map(([key, item]) => [key, writtenOf(item)] as const) };
  return { literal: JSON.stringify(value) };
}

function print(value: Written, style: Style, depth: number): string {
  if ('literal' in value) return value.literal;
  const [open, close, parts] =
    'items' in value
      ? ['[', ']', value.items.map((item) => print(item, style, depth + 1))]
      : [
          '{',
          '}',
          value.entries.map(([key, item]) => `${JSON.stringify(key)}${style.colon}${print(item, style, depth + 1)}`),
        ];
  if (parts.length === 0) return `${open}${close}`;
  if (depth >= style.oneLineFrom) return `${open}${parts.join(`,${style.commaSpace}`)}${close}`;
  const inner = `${style.lineEnding}${style.indent.repeat(depth + 1)}`;
  return `${open}${inner}${parts.join(`,${inner}`)}${style.lineEnding}${style.indent.repeat(depth)}${close}`;
}

function dedupe<T>(entries: readonly (readonly [string, T])[]): (readonly [string, T])[] {
  return entries.filter(([key], index) => entries.findIndex(([other]) => other === key) === index);
}

/** A shuffle drawn from `seed`, so fast-check can replay it. */
function seededShuffle(seed: number): <T>(items: T[]) => T[] {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return (items) => {
    for (let index = items.length - 1; index > 0; index--) {
      const other = Math.floor(next() * (index + 1));
      [items[index], items[other]] = [items[other] as (typeof items)[number], items[index] as (typeof items)[number]];
    }
    return items;
  };
}
