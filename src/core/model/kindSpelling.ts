/**
 * A kind as a person types it on the command line: `Mentoring`, `code review` or
 * `mentorng`. Kinds are ids, so case and spaces are forgiven; a near miss of a kind the
 * user already has is most likely a typo, not a new kind, and is named back to them.
 */

/** `Code Review` and `code_review` are both `code-review`. */
export function normaliseKindWord(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/**
 * The known kind `word` most likely misspells: at most two typed letters away (a letter
 * missing, extra, wrong or two swapped), and fewer than half of the word. None when no kind is that
 * close, or when two are equally close (the guess would be a coin toss).
 */
export function closestKind(word: string, known: readonly string[]): string | undefined {
  return closestWord(word, known, Math.min(2, Math.floor((word.length - 1) / 2)));
}

/**
 * The word of `known` that `word` most likely misspells, at most `limit` typed letters
 * away; none when none is, or when two are equally close. Kinds use it, and so do the
 * command line's commands and options (`ad` for `add`, `--dat` for `--date`).
 */
export function closestWord(word: string, known: readonly string[], limit: number): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tied = false;
  for (const kind of new Set(known)) {
    const distance = editDistance(word, kind);
    if (distance > limit) continue;
    if (distance < bestDistance) [best, bestDistance, tied] = [kind, distance, false];
    else if (distance === bestDistance) tied = true;
  }
  return tied ? undefined : best;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        distance = Math.min(distance, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = distance;
    }
  }
  return at(a.length, b.length);
}
