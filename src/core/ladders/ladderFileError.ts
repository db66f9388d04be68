import { clipMiddle, QUOTED_PATH_LENGTH } from '../../shared/clipText';

/** Why a ladder file cannot be used: always naming the file, and the field, or the line and column. */
export class LadderFileError extends Error {
  override readonly name = 'LadderFileError';

  constructor(
    readonly filePath: string,
    readonly detail: string,
    /** `levels[1].expectations[3].competencies[0]`, `line 7, column "competencies"` or `3:14`. */
    readonly place?: string,
    /** The line (from 1) the place is on, when the place is one; so an editor can open the file there. */
    readonly line?: number,
  ) {
    // The path as the message quotes it: a setting can name a path of any length.
    const quoted = clipMiddle(filePath, QUOTED_PATH_LENGTH);
    super(place ? `${quoted}: ${place}: ${detail}` : `${quoted}: ${detail}`);
  }
}
