/**
 * How far back the sidebar's sections look, in weeks ending with the current one. The
 * sections' titles state these lengths, so they are filled in from here (see
 * webviewStrings.ts) rather than spelled out beside them. The gaps' window is the core's
 * own: GAP_WINDOW_WEEKS in competencyGaps.ts.
 */

/** The trend chart's weeks, ending with the week shown. */
export const TREND_WEEKS = 8;

/** The energy section's window: a quarter of a year, so each kind has had time to come up. */
export const ENERGY_WINDOW_WEEKS = 13;
