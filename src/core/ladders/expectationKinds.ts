import type { KindDefinition } from '../model/taxonomy';
import type { Expectation } from './ladder';

/**
 * The kinds to offer when logging a moment for `expectation`, the likeliest first: the
 * kinds it lists, in its order; else the kinds whose competencies include its first
 * competency, then those sharing any of its competencies. The other kinds follow, each
 * group in the catalogue's order, so every kind stays one pick away.
 */
export function kindsForExpectation(
  kinds: readonly KindDefinition[],
  expectation: Pick<Expectation, 'competencies' | 'kinds'>,
): KindDefinition[] {
  const listed = expectation.kinds ?? [];
  const [first] = expectation.competencies;
  const rankOf = (kind: KindDefinition): number => {
    const place = listed.indexOf(kind.id);
    if (place >= 0) return place;
    if (listed.length > 0) return listed.length;
    if (first !== undefined && kind.competencies.includes(first)) return 0;
    return kind.competencies.some((competency) => expectation.competencies.includes(competency)) ? 1 : 2;
  };
  return kinds
    .map((kind, index) => ({ kind, index, rank: rankOf(kind) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ kind }) => kind);
}
