/**
 * What is written for a reader and the editor features around it: the entry of a bundle
 * of their own (`dist/documents.js`), which the extension loads the first time a brag
 * document is exported, a Markdown document holds a citation or a question, or a
 * self-review command runs (see loadDocumentFeatures.ts), so that activation neither
 * reads nor evaluates them. The two share the document modules of `src/core/documents`,
 * and the ladder they measure against (documentLadder.ts).
 */
export { renderBragDocument } from '../core/documents/bragDocument';
export { documentLadder } from './ladders/documentLadder';
export { provideAnswerLenses } from './selfReview/answerLenses';
export { provideCitationLinks } from './selfReview/citationLinks';
export { copyAnswer } from './selfReview/copyAnswer';
export { draftSelfReview } from './selfReview/draftSelfReview';
export { draftWithLanguageModel } from './selfReview/draftWithLanguageModel';
export { openCitedMoment } from './selfReview/openCitedMoment';
