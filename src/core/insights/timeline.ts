import type { Moment } from '../model/schema';

/**
 * The log's moments in time order with their times parsed once, so a question about a
 * period (a week, a quarter, a year) costs a binary search plus the moments in it rather
 * than a pass over years of history.
 *
 * Whoever holds the log builds its timeline, once per version of the log, through a
 * TimelineCache (below), and passes it to what asks questions about periods.
 */

/** Up to this many moments added at the end are inserted one by one; more, and sorting everything is cheaper. */
const MAX_INSERTED = 64;

export class Timeline {
  private constructor(
    /** Oldest first; moments with the same time keep their order in the file. */
    private readonly sorted: readonly Moment[],
    private readonly times: Float64Array,
  ) {}

  /** A timeline built from scratch, sharing nothing. */
  static build(moments: readonly Moment[]): Timeline {
    const times = moments.map((moment) => Date.parse(moment.at));
    const order = moments.map((_, index) => index);
    // Most logs are already in time order (moments are appended as they happen).
    if (!times.every((time, index) => index === 0 || time >= times[index - 1]!)) {
      order.sort((a, b) => times[a]! - times[b]! || a - b);
    }
    return new Timeline(
      order.map((index) => moments[index]!),
      Float64Array.from(order, (index) => times[index]!),
    );
  }

  /** This timeline with `added` (moments appended to the log after those it holds) put in time order. */
  extendedWith(added: readonly Moment[]): Timeline {
    const sorted = [...this.sorted];
    const times = new Float64Array(this.times.length + added.length);
    times.set(this.times);
    let length = this.times.length;
    for (const moment of added) {
      const time = Date.parse(moment.at);
      // After every moment at or before this time, so equal times keep file order.
      const at = upperBound(times, length, time);
      times.copyWithin(at + 1, at, length);
      times[at] = time;
      sorted.splice(at, 0, moment);
      length++;
    }
    return new Timeline(sorted, times);
  }

  /** The moments in [from, to), oldest first. */
  between(from: Date, to: Date): Moment[] {
    return this.sorted.slice(
      lowerBound(this.times, this.times.length, from.getTime()),
      lowerBound(this.times, this.times.length, to.getTime()),
    );
  }

  /** How many moments it holds. */
  get size(): number {
    return this.sorted.length;
  }

  /** The `count` most recent moments, newest first. */
  latest(count: number): Moment[] {
    return this.sorted.slice(-count).reverse();
  }

  /** Every moment, oldest first. */
  [Symbol.iterator](): Iterator<Moment> {
    return this.sorted[Symbol.iterator]();
  }

  /** Whether any moment falls in [from, to). */
  hasAnyBetween(from: Date, to: Date): boolean {
    const first = lowerBound(this.times, this.times.length, from.getTime());
    return first < this.times.length && this.times[first]! < to.getTime();
  }
}

/**
 * The timelines of the versions of one log: one per moments array, shared by every view
 * of that version. A log that only grew at the end (the usual change: a moment was
 * logged) extends the previous timeline instead of sorting everything again.
 */
export class TimelineCache {
  private readonly built = new WeakMap<readonly Moment[], Timeline>();
  private latest: { readonly source: WeakRef<readonly Moment[]>; readonly timeline: Timeline } | undefined;

  of(moments: readonly Moment[]): Timeline {
    let timeline = this.built.get(moments);
    if (timeline) return timeline;
    const latest = this.latest;
    const previous = latest?.source.deref();
    timeline =
      latest && previous && moments.length - previous.length <= MAX_INSERTED && isPrefix(previous, moments)
        ? latest.timeline.extendedWith(moments.slice(previous.length))
        : Timeline.build(moments);
    this.built.set(moments, timeline);
    this.latest = { source: new WeakRef(moments), timeline };
    return timeline;
  }
}

function isPrefix(prefix: readonly Moment[], moments: readonly Moment[]): boolean {
  if (prefix.length > moments.length) return false;
  for (let index = 0; index < prefix.length; index++) {
    if (prefix[index] !== moments[index]) return false;
  }
  return true;
}

/** The first index in `times[0, length)` (sorted) whose time does not belong before: a binary search. */
function firstIndex(times: Float64Array, length: number, belongsBefore: (time: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (belongsBefore(times[middle]!)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first index whose time is at or after `time`. */
function lowerBound(times: Float64Array, length: number, time: number): number {
  return firstIndex(times, length, (candidate) => candidate < time);
}

/** The first index whose time is after `time`. */
function upperBound(times: Float64Array, length: number, time: number): number {
  return firstIndex(times, length, (candidate) => candidate <= time);
}
