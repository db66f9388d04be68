/**
 * What Suggest Moments from Git History needs beyond the log: reading the history, the
 * trailers and an exported review history, and the picks that follow. The entry of a
 * bundle of its own (`dist/gitSuggestions.js`), which suggestFromGit.ts loads when the
 * command runs in a trusted workspace, so that activation neither reads nor evaluates it.
 */
export { readGitIdentity, suggestFromRepository } from '../../core/git/gitSuggestions';
export { parseReviewHistory } from '../../core/git/reviewHistory';
export { loggedTraces, momentOfSuggestion } from '../../core/git/suggestionMoments';
export { parseTrailerKinds } from '../../core/git/trailerKinds';
export { addImpacts } from './addImpacts';
export { pickSuggestions } from './pickSuggestions';
