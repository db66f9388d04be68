/**
 * The quick-log line: one sentence with light inline syntax, so two keystrokes and a
 * sentence are enough to log a moment.
 *
 *   "Paired with @Sam on flaky tests #testing !"
 *   → summary "Paired with Sam on flaky tests", people ["Sam"], tags ["testing"], starred
 *
 * - `@Name` names a person (underscores stand for spaces: `@Sam_Lee` is "Sam Lee"); the
 *   name stays in the summary, without the `@`.
 * - `#tag` adds a tag and is taken out of the summary.
 * - a lone `!` stars the moment.
 */

export interface QuickLogEntry {
  readonly summary: string;
  readonly people: string[];
  readonly tags: string[];
  readonly starred: boolean;
}

export type QuickLogResult = { readonly ok: true; readonly entry: QuickLogEntry } | { readonly ok: false; readonly error: string };

export const QUICK_LOG_HINT = 'Name people with @Sam, add tags with #testing, star it with !';

const PERSON = /^@([\p{L}\p{N}][\p{L}\p{N}_.-]*)(.*)$/u;
const TAG = /^#([\p{L}\p{N}][\p{L}\p{N}_/.-]*)$/u;
const TRAILING_PUNCTUATION = /[.,;:!?)'"-]+$/u;

export function parseQuickLog(line: string): QuickLogResult {
  const words: string[] = [];
  const people: string[] = [];
  const tags: string[] = [];
  let starred = false;

  for (const token of line.split(/\s+/u).filter(Boolean)) {
    if (token === '!') {
      starred = true;
      continue;
    }
    const tag = TAG.exec(token.replace(TRAILING_PUNCTUATION, ''));
    if (tag?.[1]) {
      addUnique(tags, tag[1]);
      continue;
    }
    const person = PERSON.exec(token);
    if (person?.[1]) {
      // "@Sam," names Sam; the comma belongs to the sentence.
      const rawName = person[1].replace(TRAILING_PUNCTUATION, '');
      const name = rawName.replace(/_/gu, ' ');
      addUnique(people, name);
      words.push(name + person[1].slice(rawName.length) + (person[2] ?? ''));
      continue;
    }
    words.push(token);
  }

  const summary = words.join(' ').trim();
  if (!summary) {
    return { ok: false, error: `Describe the moment in a few words. ${QUICK_LOG_HINT}.` };
  }
  return { ok: true, entry: { summary, people, tags, starred } };
}

function addUnique(list: string[], value: string): void {
  const lower = value.toLocaleLowerCase();
  if (!list.some((existing) => existing.toLocaleLowerCase() === lower)) list.push(value);
}
