/**
 * The language dates and lists are written in: VS Code's display language once the
 * extension passes it on, English until then (and in the command line, which is English).
 */

let requested = 'en';
let resolved: string | undefined = 'en';
/** Formatters are slow to build and each view uses the same few, many times. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Takes a language tag such as `de` or `pt-br`; checked when first used, so activation stays quick. */
export function useDisplayLanguage(tag: string): void {
  requested = tag;
  resolved = undefined;
  dateFormats.clear();
}

export function displayLanguage(): string {
  resolved ??= supportedOrEnglish(requested);
  return resolved;
}

/** A date formatter for the display language. */
export function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(displayLanguage(), options);
    dateFormats.set(key, format);
  }
  return format;
}

/** "A, B and C" in the display language. */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(displayLanguage(), { type: 'conjunction' }).format(items);
}

function supportedOrEnglish(tag: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0 ? tag : 'en';
  } catch {
    // Not a well-formed language tag.
    return 'en';
  }
}
