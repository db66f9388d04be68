/** An http or https address, written without spaces or control characters. */
const WEB_URL_PATTERN = /^https?:\/\/[^\s\p{Cc}]+$/iu;

/**
 * Whether `text` is a web address: the only kind of address a moment's link is followed
 * to (the brag document links it, the quick-log line picks it out of a sentence). Any
 * other scheme — `command:`, `file:`, `javascript:`, `vscode:` — is kept as text, since
 * the log is foreign input. The address must also parse, with a host, so that `https://`
 * alone or `http://:80` is not taken for one.
 */
export function isWebUrl(text: string): boolean {
  if (!WEB_URL_PATTERN.test(text)) return false;
  try {
    return new URL(text).hostname !== '';
  } catch {
    return false;
  }
}
