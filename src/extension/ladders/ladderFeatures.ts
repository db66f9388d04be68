/**
 * What the extension does with career ladders, in a bundle of its own (`dist/ladders.js`):
 * the built-in ladders' text, reading a company's ladder and measuring readiness are
 * loaded on first use (the sidebar's readiness line, after its first paint; Choose Your
 * Track…), not at activation.
 */

export { loadLadderChoice } from './ladderChoice';
export { sidebarReadiness } from './sidebarReadiness';
