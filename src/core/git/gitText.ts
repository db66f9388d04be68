/**
 * How much of one piece of text from git (a subject, a name, a trailer's value) or from an
 * exported review history is read. A suggestion shows a few dozen characters of it, and
 * anyone who can push a commit chooses what it holds: past this bound, text is cut, so no
 * history can keep the extension busy on one field, whatever the cost of reading it.
 */
export const MAX_GIT_TEXT_LENGTH = 1000;

/** `text` cut to MAX_GIT_TEXT_LENGTH characters, never between the two halves of a surrogate pair. */
export function boundedGitText(text: string): string {
  if (text.length <= MAX_GIT_TEXT_LENGTH) return text;
  const lastKept = text.charCodeAt(MAX_GIT_TEXT_LENGTH - 1);
  const splitsPair = lastKept >= 0xd800 && lastKept <= 0xdbff;
  return text.slice(0, splitsPair ? MAX_GIT_TEXT_LENGTH - 1 : MAX_GIT_TEXT_LENGTH);
}
