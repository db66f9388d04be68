/**
 * The self-review draft's editor features: the entry of a bundle of their own
 * (`dist/selfReview.js`), which the extension loads the first time a Markdown document
 * holds a citation or a question, or a draft command runs (see loadDraftFeatures.ts), so
 * that activation neither reads nor evaluates them.
 */
export { provideAnswerLenses } from './answerLenses';
export { provideCitationLinks } from './citationLinks';
export { copyAnswer } from './copyAnswer';
export { draftSelfReview } from './draftSelfReview';
export { openCitedMoment } from './openCitedMoment';
