import * as l10n from '@vscode/l10n';
import { derivedExpectationId, firstDuplicateId } from './expectationIds';
import type { Expectation, Ladder, LadderLevel } from './ladder';
import { levelKey } from './ladder';
import { LadderFileError } from './ladderFileError';
import { clipEnd } from '../../shared/clipText';

/** How large a ladder may be, whichever format it is written in: a real one is far smaller. */
export const LADDER_LIMITS = {
  levels: 30,
  expectationsPerLevel: 100,
  /** A level's name, an area, a tag. */
  nameLength: 80,
  expectationLength: 1000,
  ladderNameLength: 120,
} as const;

/**
 * The one way from rows read out of a file (JSON or CSV) to a ladder: levels in the order
 * they first appear, ids given or derived, and no id twice. Each reader says where a row
 * came from (`levels[1].expectations[3]`, `line 7`), so a problem names the file and the place.
 */

/** An expectation as a file gives it: its id may be left to derive. */
export interface ExpectationDraft extends Omit<Expectation, 'id'> {
  readonly id?: string;
  /** Where the row is, as its reader names places. */
  readonly place: string;
  /** Where its id is (the `id` field or column) when the file gave one. */
  readonly idPlace?: string;
  /** The line (from 1) the row is on, when its reader knows it. */
  readonly line?: number;
}

/** The ladder the rows of `filePath` make; a LadderFileError naming the file and the place when two share an id. */
export function buildLadder(name: string, drafts: readonly ExpectationDraft[], filePath: string): Ladder {
  const withIds = drafts.map((draft) => ({
    draft,
    id: draft.id ?? derivedExpectationId(draft.level, draft.text),
  }));
  const duplicate = firstDuplicateId(withIds);
  if (duplicate) {
    const { first, second, id } = duplicate;
    throw second.draft.id === undefined && first.draft.id === undefined
      ? new LadderFileError(
          filePath,
          l10n.t(
            'the same expectation as {0} (both get the id "{1}"); remove one, or give each an id',
            first.draft.place,
            id,
          ),
          second.draft.place,
          second.draft.line,
        )
      : new LadderFileError(
          filePath,
          l10n.t(
            'the id "{0}" is used by {1} too; every expectation needs an id of its own',
            id,
            first.draft.idPlace ?? first.draft.place,
          ),
          second.draft.idPlace ?? second.draft.place,
          second.draft.line,
        );
  }
  const levels = new Map<string, { name: string; expectations: Expectation[] }>();
  for (const { draft, id } of withIds) {
    const key = levelKey(draft.level);
    let level = levels.get(key);
    if (!level) {
      if (levels.size === LADDER_LIMITS.levels)
        throw new LadderFileError(
          filePath,
          l10n.t('a ladder holds {0} levels at most, and this is one more', LADDER_LIMITS.levels),
          draft.place,
          draft.line,
        );
      level = { name: draft.level.trim(), expectations: [] };
      levels.set(key, level);
    }
    if (level.expectations.length === LADDER_LIMITS.expectationsPerLevel)
      throw new LadderFileError(
        filePath,
        l10n.t(
          'a level holds {0} expectations at most, and this is one more for “{1}”',
          LADDER_LIMITS.expectationsPerLevel,
          clipEnd(level.name),
        ),
        draft.place,
        draft.line,
      );
    level.expectations.push(expectationOf(draft, id, level.name));
  }
  return { name: name.trim(), levels: [...levels.values()] satisfies LadderLevel[] };
}

function expectationOf(draft: ExpectationDraft, id: string, level: string): Expectation {
  const area = draft.area?.trim();
  return {
    id,
    level,
    ...(area ? { area } : {}),
    text: draft.text.trim(),
    competencies: [...new Set(draft.competencies)],
    ...(draft.kinds && draft.kinds.length > 0 ? { kinds: draft.kinds } : {}),
    ...(draft.tags && draft.tags.length > 0 ? { tags: draft.tags.map((tag) => tag.trim()) } : {}),
  };
}
