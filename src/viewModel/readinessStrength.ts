import * as l10n from '@vscode/l10n';
import { STRONG_MOMENTS, STRONG_SPREAD, type Strength } from '../core/ladders/evidence';

/** Strength in words: each expectation's and each competency's, and the rule they follow. */

/** The rule every strength follows, in words (the CLI prints the same rule). */
export function strengthRule(): string {
  return l10n.t(
    'None: no moment. Thin: one. Some: two or three. Strong: {0} or more, shared with at least {1} people or spread over at least {1} calendar months (otherwise some). A moment you linked to expectations counts for those only; any other counts for each expectation its kind shares a competency with.',
    STRONG_MOMENTS,
    STRONG_SPREAD,
  );
}

export function strengthLabel(strength: Strength): string {
  switch (strength) {
    case 'none':
      return l10n.t('No evidence');
    case 'thin':
      return l10n.t('Thin');
    case 'some':
      return l10n.t('Some');
    case 'strong':
      return l10n.t('Strong');
  }
}
