import * as path from 'node:path';
import * as vscode from 'vscode';
import type * as draftFeatures from './draftFeatures';

export type DraftFeatures = typeof draftFeatures;

/**
 * The self-review draft's features, from their own bundle beside the extension's
 * (`dist/selfReview.js`): read from disk when first needed rather than at activation, and
 * kept loaded by Node from then on.
 */
export function loadDraftFeatures(): DraftFeatures {
  const bundle = path.join(__dirname, 'selfReview.js');
  // A computed path, which esbuild leaves to run time rather than bundling the features in.
  const loaded = require(bundle) as Partial<DraftFeatures> | undefined;
  if (typeof loaded?.draftSelfReview !== 'function')
    throw new Error(vscode.l10n.t('{0} holds no self-review features: reinstall Growth Log', bundle));
  return loaded as DraftFeatures;
}
