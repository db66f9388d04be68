import { loadLazyBundle } from '../lazyBundle';
import type * as ladderFeatures from './ladderFeatures';

export type LadderFeatures = typeof ladderFeatures;

/** The ladders and readiness, from their own bundle beside the extension's (`dist/ladders.js`), read from disk when first needed. */
export function loadLadderFeatures(): LadderFeatures {
  return loadLazyBundle<LadderFeatures>('ladders', [
    'loadLadderChoice',
    'sidebarReadiness',
    'newLadderFileCache',
    'checkIn',
  ]);
}
