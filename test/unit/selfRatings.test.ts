import * as assert from 'node:assert/strict';
import { disconnectOf, latestCheckIn, latestRatings } from '../../src/core/ladders/selfRatings';
import type { CheckIn } from '../../src/core/model/schema';

const checkIn = (id: string, at: string, ratings: CheckIn['ratings']): CheckIn => ({ id, at, ratings });

describe('self-ratings', () => {
  it('takes each answer from the latest check-in that gave it, whatever the order of the list', () => {
    const ratings = latestRatings([
      checkIn('b', '2026-09-01T10:00:00.000Z', { delegation: { enjoy: 2 } }),
      checkIn('a', '2026-06-01T10:00:00.000Z', { delegation: { good: 4, enjoy: 5 }, communication: { good: 3 } }),
      checkIn('c', '2026-10-01T10:00:00.000Z', { communication: {} }),
    ]);
    assert.deepEqual(ratings.get('delegation'), { good: 4, enjoy: 2, at: '2026-09-01T10:00:00.000Z' });
    assert.deepEqual(ratings.get('communication'), { good: 3, at: '2026-06-01T10:00:00.000Z' });
    assert.equal(ratings.has('ownership'), false);
    assert.equal(latestRatings(undefined).size, 0);
  });

  it('finds the latest check-in', () => {
    const list = [checkIn('a', '2026-06-01T10:00:00.000Z', {}), checkIn('b', '2026-09-01T10:00:00.000Z', {})];
    assert.equal(latestCheckIn(list)?.id, 'b');
    assert.equal(latestCheckIn([]), undefined);
  });

  it('marks only a sharp disagreement between the rating and the evidence', () => {
    assert.equal(disconnectOf(5, 'none'), 'rated-high-little-evidence');
    assert.equal(disconnectOf(4, 'thin'), 'rated-high-little-evidence');
    assert.equal(disconnectOf(4, 'some'), undefined);
    assert.equal(disconnectOf(2, 'strong'), 'rated-low-strong-evidence');
    assert.equal(disconnectOf(1, 'strong'), 'rated-low-strong-evidence');
    assert.equal(disconnectOf(3, 'strong'), undefined);
    assert.equal(disconnectOf(3, 'none'), undefined);
    assert.equal(disconnectOf(undefined, 'none'), undefined);
  });
});
