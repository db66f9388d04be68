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
