import type { CompetencyId } from '../model/taxonomy';

/**
 * A career ladder: the levels of a track in order, each with the expectations a reviewer
 * holds someone at that level to. Built in (builtInLadders.ts) or the user's company's,
 * read from a JSON file (ladderFile.ts) or a spreadsheet's CSV export (ladderCsv.ts); all
 * three end up as this shape, so readiness (evidence.ts) never asks where a ladder came from.
 */

export interface Expectation {
  /** Unique within its ladder: given in the file, or derived from the level and the text (expectationIds.ts). */
  readonly id: string;
  /** The name of the level it belongs to. */
  readonly level: string;
  /** A heading to group expectations under ("Scope", "People"); none when the ladder gives none. */
  readonly area?: string;
  readonly text: string;
  /** At least one. */
  readonly competencies: readonly CompetencyId[];
  /** When given, a matched moment must be of one of these kinds (or carry one of the tags). */
  readonly kinds?: readonly string[];
  /** When given, a matched moment must carry one of these tags (or be of one of the kinds). */
  readonly tags?: readonly string[];
}

export interface LadderLevel {
  readonly name: string;
  readonly expectations: readonly Expectation[];
}

export interface Ladder {
  readonly name: string;
  /** Lowest first. */
  readonly levels: readonly LadderLevel[];
}

/** Level names are matched as a person types them: without regard to case or surrounding spaces. */
export function levelKey(name: string): string {
  return name.trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** The index of the level named `name` in `ladder`, or -1. */
export function levelIndex(ladder: Ladder, name: string): number {
  const key = levelKey(name);
  return ladder.levels.findIndex((level) => levelKey(level.name) === key);
}

/** Every expectation of the ladder, lowest level first. */
export function allExpectations(ladder: Ladder): Expectation[] {
  return ladder.levels.flatMap((level) => level.expectations);
}

/** The levels a readiness is about, by name as typed; each problem says what the ladder holds instead. */
export type LevelChoice =
  | { readonly ok: true; readonly level: LadderLevel | undefined; readonly target: LadderLevel }
  | { readonly ok: false; readonly problem: 'unknown-level' | 'unknown-target'; readonly name: string }
  | { readonly ok: false; readonly problem: 'top-level'; readonly name: string };

/**
 * The current level and the target: the target named, else the level after the current
 * one; without either, the first level and the one after it (a ladder of one level: that
 * level, with no current one).
 */
export function chooseLevels(ladder: Ladder, levelName?: string, targetName?: string): LevelChoice {
  const current = levelName === undefined ? undefined : levelIndex(ladder, levelName);
  if (current === -1) return { ok: false, problem: 'unknown-level', name: levelName as string };
  const target = targetName === undefined ? undefined : levelIndex(ladder, targetName);
  if (target === -1) return { ok: false, problem: 'unknown-target', name: targetName as string };
  if (target !== undefined) {
    const level = current ?? (target > 0 ? target - 1 : undefined);
    return {
      ok: true,
      level: level === undefined ? undefined : ladder.levels[level],
      target: ladder.levels[target] as LadderLevel,
    };
  }
  const from = current ?? 0;
  const next = ladder.levels[from + 1];
  if (next) return { ok: true, level: ladder.levels[from], target: next };
  if (current === undefined) return { ok: true, level: undefined, target: ladder.levels[0] as LadderLevel };
  return { ok: false, problem: 'top-level', name: (ladder.levels[current] as LadderLevel).name };
}
