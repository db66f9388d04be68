import { momentElements } from './logStore';

/**
 * Where the moment with `id` is written in the text of a log file: its object, from `{`
 * to just after `}`, to show it to the user in an editor. Undefined when the text is not
 * JSON (an edit in progress), holds no moment with that id, or its `moments` cannot be
 * matched one for one to their text (a key named twice).
 */
export function momentPlace(text: string, id: string): { readonly start: number; readonly end: number } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
  const moments = typeof value === 'object' && value !== null ? (value as { moments?: unknown }).moments : undefined;
  if (!Array.isArray(moments) || Array.isArray(value)) return undefined;
  const index = moments.findIndex((moment: unknown) => (moment as { id?: unknown } | null)?.id === id);
  const elements = index < 0 ? undefined : momentElements(text);
  const element = elements?.length === moments.length ? elements[index] : undefined;
  return element && { start: element.valueStart, end: element.end };
}
