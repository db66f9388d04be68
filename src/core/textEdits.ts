/** A replacement of the text from `start` to `end` (an insertion when they are equal). */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * `text` with `edits` applied. Edits must not overlap; insertions at one offset keep their
 * order, and an insertion at the start of a replaced range goes before it.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  // Array.prototype.sort is stable, which keeps insertions at one offset in order.
  const ordered = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let copiedTo = 0;
  for (const edit of ordered) {
    if (edit.start < copiedTo || edit.end < edit.start) throw new RangeError(`overlapping edits at offset ${edit.start}`);
    parts.push(text.slice(copiedTo, edit.start), edit.text);
    copiedTo = edit.end;
  }
  parts.push(text.slice(copiedTo));
  return parts.join('');
}
