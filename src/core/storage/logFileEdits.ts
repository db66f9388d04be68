import { type JsonContainer, type JsonItem, rootValueStart, scanContainer } from './jsonLayout';
import { colonOf, encodeJson, lineStartLike, separatorOf } from './jsonStyle';
import type { TextFormat } from '../model/logFileCodec';
import { LISTS_BY_ID, type LogFile } from '../model/schema';
import { sameJson } from '../model/sameJson';
import type { TextEdit } from './textEdits';

/**
 * The edits that turn the text of a log file into the text of a changed log, touching
 * only the bytes of what changed. Everything else — fields Growth Log does not know,
 * number literals `JSON.parse` cannot hold exactly (`1e309`, `12345678901234567890123`),
 * key order, white space, line endings, a byte order mark — stays byte for byte as it was.
 *
 * Moments, and the other lists merged by id (people, kinds), are matched by id: a removed
 * entry loses its text (and one separator), an added one is written after the entry it
 * follows, and a changed one has only its changed fields rewritten (objects are compared
 * field by field, all the way down; any other value that changed is written anew). Other
 * top-level fields are compared the same way.
 */

/** Where a value sits in the text, and how a value written there starts its lines (undefined: on one line). */
interface Slot {
  readonly start: number;
  readonly end: number;
  readonly lineStart: string | undefined;
  /** The value's items, when already scanned. */
  readonly container?: JsonContainer;
}

/** Compares the value at an item by a rule of its own; true when it did (edits included). */
type CompareItem = (item: JsonItem, container: JsonContainer, before: unknown, after: unknown) => boolean;

/**
 * The text a moment being put back had in this file before it was taken out (an Undo of
 * a delete), so it returns byte for byte — numbers JSON cannot hold exactly, such as
 * `1e309`, included; undefined for a moment to be written anew.
 */
export type EarlierMomentText = (moment: unknown) => string | undefined;

/** An object to change names a key twice; `offset` is where the second one stands. */
export class RepeatedKeyError extends Error {
  override readonly name = 'RepeatedKeyError';
  constructor(
    readonly key: string,
    readonly offset: number,
  ) {
    super(key);
  }
}

/** The edits from `text` (whose value is `before`) to a text whose value is `after`. */
export function logFileEdits(
  text: string,
  before: LogFile,
  after: LogFile,
  format: TextFormat,
  earlierText?: EarlierMomentText,
): TextEdit[] {
  const planner = new EditPlanner(text, format, earlierText);
  const root = scanContainer(text, rootValueStart(text), isListById);
  planner.compare(planner.slotOfContainer(root), before, after, (item, container, beforeValue, afterValue) =>
    isListById(item.key as string) && Array.isArray(beforeValue) && Array.isArray(afterValue)
      ? planner.compareById(item, container, beforeValue, afterValue)
      : false,
  );
  return planner.edits;
}

/** The top-level lists whose entries are matched by id: moments, people, kinds, check-ins. */
function isListById(key: string): boolean {
  return (LISTS_BY_ID as readonly string[]).includes(key);
}

/** The edit that writes `log` in place of the whole top-level value: for a log whose format was upgraded on reading. */
export function rootRewrite(text: string, log: LogFile, format: TextFormat): TextEdit {
  const planner = new EditPlanner(text, format);
  const slot = planner.slotOfContainer(scanContainer(text, rootValueStart(text)));
  return { start: slot.start, end: slot.end, text: encodeJson(log, format, slot.lineStart) };
}

class EditPlanner {
  readonly edits: TextEdit[] = [];

  constructor(
    private readonly text: string,
    private readonly format: TextFormat,
    private readonly earlierText?: EarlierMomentText,
  ) {}

  slotOfContainer(container: JsonContainer): Slot {
    return {
      start: container.start,
      end: container.end,
      lineStart: lineStartLike(
        this.text,
        this.format,
        { start: container.start, valueStart: container.start, end: container.end },
        container,
      ),
      container,
    };
  }

  /** Edits the value in `slot` from `before` to `after`, as little as it can. */
  compare(slot: Slot, before: unknown, after: unknown, compareItem?: CompareItem): void {
    if (sameJson(before, after)) return;
    if (
      isPlainObject(before) &&
      isPlainObject(after) &&
      this.compareObjects(slot.container ?? scanContainer(this.text, slot.start), before, after, compareItem)
    ) {
      return;
    }
    this.replace(slot, after);
  }

  /**
   * Edits an object property by property. Returns false, having edited nothing, when
   * every property goes; throws `RepeatedKeyError` when a key repeats (only the last
   * counts when the file is read, so what a change to it means is ambiguous).
   */
  private compareObjects(
    object: JsonContainer,
    before: Record<string, unknown>,
    after: Record<string, unknown>,
    compareItem?: CompareItem,
  ): boolean {
    const keys = object.items.map((item) => item.key as string);
    const repeated = object.items.find((item, index) => keys.indexOf(item.key as string) !== index);
    // Writing the object anew would drop the first of the two and re-encode everything
    // else in it: for the top level, the whole log. Better to say so and write nothing.
    if (repeated) throw new RepeatedKeyError(repeated.key as string, repeated.start);
    const removed = new Set<number>();
    object.items.forEach((item, index) => {
      if (ownValue(after, item.key as string) === undefined) removed.add(index);
    });
    if (removed.size === object.items.length) return false;
    object.items.forEach((item, index) => {
      if (removed.has(index)) return;
      const key = item.key as string;
      const [beforeValue, afterValue] = [ownValue(before, key), ownValue(after, key)];
      if (!compareItem?.(item, object, beforeValue, afterValue))
        this.compare(this.slotOf(item, object), beforeValue, afterValue);
    });
    this.remove(object, removed);
    const present = new Set(keys);
    const added = Object.keys(after).filter((key) => after[key] !== undefined && !present.has(key));
    const last = object.items.at(-1) as JsonItem;
    const lineStart = lineStartLike(this.text, this.format, last, object);
    const colon = colonOf(this.text, object);
    this.insert(
      object,
      object.items.length - 1,
      'after',
      added.map((key) => `${JSON.stringify(key)}${colon}${encodeJson(after[key], this.format, lineStart)}`),
    );
    return true;
  }

  /**
   * Edits a list of moments (or people, kinds, check-ins) entry by entry, matching them by id.
   * When the entries kept are no longer in their order, or none is kept, the list is
   * written anew.
   */
  compareById(
    item: JsonItem,
    container: JsonContainer,
    before: readonly unknown[],
    after: readonly unknown[],
  ): boolean {
    const array = item.inner ?? scanContainer(this.text, item.valueStart);
    if (array.items.length !== before.length) return false;
    const slot = this.slotOf(item, container);
    const matched = matchById(before, after);
    if (!matched) return this.replaced(slot, after);
    const kept = new Uint8Array(before.length);
    /** New moments by the index of the kept moment they follow (-1: before the first kept one). */
    const added = new Map<number, unknown[]>();
    let previous = -1;
    after.forEach((moment, position) => {
      const index = matched[position] as number;
      if (index < 0) {
        const following = added.get(previous);
        if (following) following.push(moment);
        else added.set(previous, [moment]);
        return;
      }
      kept[index] = 1;
      previous = index;
      // Unchanged moments are the same objects: the deep comparison is for the few that are not.
      if (before[index] !== moment)
        this.compare(this.slotOf(array.items[index] as JsonItem, array), before[index], moment);
    });
    const firstKept = kept.indexOf(1);
    if (firstKept < 0) return this.replaced(slot, after);
    const removed = new Set<number>();
    kept.forEach((isKept, index) => {
      if (!isKept) removed.add(index);
    });
    this.remove(array, removed);
    for (const [anchor, moments] of added) {
      const [at, side] = anchor < 0 ? [firstKept, 'before' as const] : [anchor, 'after' as const];
      const lineStart = lineStartLike(this.text, this.format, array.items[at] as JsonItem, array);
      this.insert(
        array,
        at,
        side,
        moments.map((moment) => this.earlierText?.(moment) ?? encodeJson(moment, this.format, lineStart)),
      );
    }
    return true;
  }

  private slotOf(item: JsonItem, container: JsonContainer): Slot {
    return { start: item.valueStart, end: item.end, lineStart: lineStartLike(this.text, this.format, item, container) };
  }

  private replace(slot: Slot, value: unknown): void {
    this.edits.push({ start: slot.start, end: slot.end, text: encodeJson(value, this.format, slot.lineStart) });
  }

  private replaced(slot: Slot, value: unknown): true {
    this.replace(slot, value);
    return true;
  }

  /**
   * Removes the items at `indexes`, each with one separator: the one before it, or for
   * items before the first kept one, the one after. At least one item must be kept.
   */
  private remove(container: JsonContainer, indexes: ReadonlySet<number>): void {
    if (indexes.size === 0) return;
    const { items } = container;
    const firstKept = items.findIndex((_, index) => !indexes.has(index));
    const first = items[0] as JsonItem;
    if (firstKept > 0) this.edits.push({ start: first.start, end: (items[firstKept] as JsonItem).start, text: '' });
    for (let index = firstKept + 1; index < items.length; index++) {
      if (indexes.has(index))
        this.edits.push({ start: (items[index - 1] as JsonItem).end, end: (items[index] as JsonItem).end, text: '' });
    }
  }

  /** Inserts items (their text) before or after the item at `at`, separated as the container's items are. */
  private insert(container: JsonContainer, at: number, side: 'before' | 'after', texts: readonly string[]): void {
    if (texts.length === 0) return;
    const separator = separatorOf(this.text, container);
    const item = container.items[at] as JsonItem;
    this.edits.push(
      side === 'after'
        ? { start: item.end, end: item.end, text: texts.map((text) => `${separator}${text}`).join('') }
        : { start: item.start, end: item.start, text: texts.map((text) => `${text}${separator}`).join('') },
    );
  }
}

/**
 * For each moment of `after`, the index of the moment of `before` with its id (-1 for a
 * new one); undefined when the moments both have are not in the same order. Most moments
 * sit where they were, so a map of the ids is built only when one does not.
 */
function matchById(before: readonly unknown[], after: readonly unknown[]): Int32Array | undefined {
  const matched = new Int32Array(after.length);
  let indexById: Map<unknown, number> | undefined;
  let previous = -1;
  for (let position = 0; position < after.length; position++) {
    const id = idOf(after[position]);
    let index: number | undefined = previous + 1;
    if (index >= before.length || idOf(before[index]) !== id) {
      indexById ??= new Map(before.map((moment, at) => [idOf(moment), at]));
      index = indexById.get(id);
    }
    if (index === undefined) {
      matched[position] = -1;
      continue;
    }
    if (index <= previous) return undefined;
    matched[position] = index;
    previous = index;
  }
  return matched;
}

function idOf(moment: unknown): unknown {
  return (moment as { id?: unknown }).id;
}

/** A field's value, undefined for a field the object does not have itself (`constructor`, say). */
function ownValue(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
