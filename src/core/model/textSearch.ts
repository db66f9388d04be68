/**
 * Searching text from a log or from git in time linear in its length, whatever it holds.
 * `indexOf` from every position is quadratic when the text and what is looked for are long
 * runs of one letter, and a log or a commit can hold such runs.
 */

/**
 * Every index where `pattern` starts in `text`, overlapping ones too, in order; none for
 * an empty pattern. Knuth–Morris–Pratt: each character of `text` is compared a bounded
 * number of times, so the whole search takes O(|text| + |pattern|).
 */
export function* occurrencesOf(text: string, pattern: string): Generator<number> {
  if (pattern === '') return;
  const fallback = borders(pattern);
  let matched = 0;
  for (let index = 0; index < text.length; index++) {
    const character = text.charCodeAt(index);
    while (matched > 0 && pattern.charCodeAt(matched) !== character) matched = fallback[matched - 1] ?? 0;
    if (pattern.charCodeAt(matched) === character) matched++;
    if (matched === pattern.length) {
      yield index - pattern.length + 1;
      matched = fallback[matched - 1] ?? 0;
    }
  }
}

/** For each prefix of `pattern`, the length of its longest proper prefix that is also its suffix. */
function borders(pattern: string): Int32Array {
  const result = new Int32Array(pattern.length);
  let length = 0;
  for (let index = 1; index < pattern.length; index++) {
    const character = pattern.charCodeAt(index);
    while (length > 0 && pattern.charCodeAt(length) !== character) length = result[length - 1] ?? 0;
    if (pattern.charCodeAt(length) === character) length++;
    result[index] = length;
  }
  return result;
}

/** `text` without the run of characters at its end that `belongs` accepts: one pass from the end, never a `…+$` pattern. */
export function trimEndWhile(text: string, belongs: (character: string) => boolean): string {
  let end = text.length;
  while (end > 0 && belongs(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
