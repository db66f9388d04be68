/**
 * What the extension does with career ladders, in a bundle of its own (`dist/ladders.js`):
 * the built-in ladders' text, reading a company's ladder and measuring readiness are
 * loaded on first use (the sidebar's readiness line, after its first paint; Choose Your
 * Track…), not at activation. Check In… lives here too: the self-ratings it asks for are
 * read beside the ladder's evidence, and it is run a few times a year, never at start-up.
 */

import { LadderFileCache } from '../../core/ladders/ladderFileCache';

export { checkIn } from '../commands/checkIn';
export { loadLadderChoice } from './ladderChoice';
export { sidebarReadiness } from './sidebarReadiness';

/** A cache of ladders read from files, for a view that refreshes often to hold. */
export function newLadderFileCache(): LadderFileCache {
  return new LadderFileCache();
}
