/**
 * The language dates and lists are written in: the extension creates one from VS Code's
 * display language; the command line, which speaks English, one for `en`. Code that
 * writes a date or a list takes it as a parameter.
 */
export class DisplayLanguage {
  private resolved: string | undefined;
  /** Formatters are slow to build and each view uses the same few, many times. */
  private readonly dateFormats = new Map<string, Intl.DateTimeFormat>();

  /** Takes a language tag such as `de` or `pt-br`; checked when first used, so activation stays quick. */
  constructor(private readonly requested: string) {}

  /** The tag in use: the one asked for when this runtime supports it, else `en`. */
  get tag(): string {
    this.resolved ??= supportedOrEnglish(this.requested);
    return this.resolved;
  }

  /** A date formatter for the language. */
  dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    const key = JSON.stringify(options);
    let format = this.dateFormats.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(this.tag, options);
      this.dateFormats.set(key, format);
    }
    return format;
  }

  /** "A, B and C" in the language. */
  formatList(items: readonly string[]): string {
    return new Intl.ListFormat(this.tag, { type: 'conjunction' }).format(items);
  }
}

function supportedOrEnglish(tag: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0 ? tag : 'en';
  } catch {
    // Not a well-formed language tag.
    return 'en';
  }
}
