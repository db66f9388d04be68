import type * as documentFeatures from './documentFeatures';
import { loadLazyBundle } from './lazyBundle';

export type DocumentFeatures = typeof documentFeatures;

/**
 * The brag document's renderer and the self-review draft's features, from their own bundle
 * beside the extension's (`dist/documents.js`): read from disk when first needed rather
 * than at activation.
 */
export function loadDocumentFeatures(): DocumentFeatures {
  return loadLazyBundle<DocumentFeatures>('documents', [
    'renderBragDocument',
    'documentLadder',
    'provideAnswerLenses',
    'provideCitationLinks',
    'copyAnswer',
    'draftSelfReview',
    'draftWithLanguageModel',
    'openCitedMoment',
  ]);
}
