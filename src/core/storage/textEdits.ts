import * as l10n from '@vscode/l10n';

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
    if (edit.start < copiedTo || edit.end < edit.start) {
      // A mistake in Growth Log, reported rather than written.
      throw new Error(
        l10n.t('Growth Log planned two changes at character {0} of the file; nothing was written', edit.start),
      );
    }
    parts.push(text.slice(copiedTo, edit.start), edit.text);
    copiedTo = edit.end;
  }
  parts.push(text.slice(copiedTo));
  return parts.join('');
}
