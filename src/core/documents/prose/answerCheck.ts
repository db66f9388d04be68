import type { SentMoment } from './proseRequest';

/**
 * A language model's answer, checked sentence by sentence against the moments it was sent.
 * A sentence is trusted only when it cites at least one moment, every ref it cites was
 * sent, and every number and capitalised name in it appears in a moment it cites (or in
 * the question, or in the user's own words): anything else is marked for the user to
 * check. The check reads words, not meaning: it cannot tell a true sentence from a
 * plausible one, only that the sentence's facts have somewhere to come from. A sentence's
 * first word is capitalised by grammar, so it is not taken for a name; nor is "I".
 */

export type SentenceProblem =
  | { readonly kind: 'uncited' }
  | { readonly kind: 'unknownRef'; readonly refs: readonly string[] }
  | { readonly kind: 'unsupported'; readonly words: readonly string[] };

/** A piece of a sentence: its text, or a citation with the ref it carries. */
export type SentencePiece =
  | { readonly text: string }
  | { readonly citation: string; readonly ref: string; readonly known: boolean };

export interface CheckedSentence {
  readonly pieces: readonly SentencePiece[];
  readonly problems: readonly SentenceProblem[];
}

export interface CheckedParagraph {
  readonly sentences: readonly CheckedSentence[];
}

/** What a sentence's facts may come from, besides the moments it cites. */
export interface CheckContext {
  /** The moments sent for this question (or for the whole request), by ref. */
  readonly sent: ReadonlyMap<string, SentMoment>;
  /** The question's text and the user's own words: a name from them needs no citation. */
  readonly alsoKnown: string;
}

/** A parenthesised citation of the model's, loosely: `(…, ref 3f9a2c1b)`, `(ref 3f9a2c1b; ref 0b1c2d3e)`. */
const CITATION_GROUP = /\((?=[^()\n]{0,300}\bref\b)[^()\n]{1,300}\)/gi;
const REF_IN_GROUP = /\bref\s*[:#]?\s*([A-Za-z0-9_-]{1,40})/gi;
/** A sentence ends after one of these, and any closing quote or bracket, before white space. */
const SENTENCE_END = /[.!?…]["”’)\]]*\s+(?=[^\p{Ll}])/gu;
/** A list item's marker at the start of a line: the model was told to write none, and its items read as sentences. */
const LIST_MARKER = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+/;
const NUMBER = /\d+(?:[.,:/-]\d+)*/g;
/** A word that starts with a capital letter: a name, an acronym, or the first word of a sentence. */
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}\p{N}'’-]*/gu;
/** Capitalised words that are no name: the first person. */
const FIRST_PERSON = /^I(?:['’](?:m|ve|d|ll))?$/;

/** `answer`, the model's text for one question, in paragraphs of checked sentences. */
export function checkAnswer(answer: string, context: CheckContext): CheckedParagraph[] {
  return paragraphsOf(answer).map((paragraph) => ({
    sentences: sentencesOf(paragraph).map((sentence) => checkSentence(sentence, context)),
  }));
}

/** The paragraphs of a text: separated by blank lines, each list item one of its own, lines joined by a space. */
export function paragraphsOf(text: string): string[] {
  const paragraphs: string[][] = [[]];
  for (const line of text.split(/\r\n|\n|\r/)) {
    const current = paragraphs[paragraphs.length - 1] ?? [];
    if (line.trim() === '') {
      if (current.length > 0) paragraphs.push([]);
    } else if (LIST_MARKER.test(line)) {
      if (current.length > 0) paragraphs.push([]);
      paragraphs[paragraphs.length - 1]?.push(line.replace(LIST_MARKER, '').trim());
    } else {
      current.push(line.trim());
    }
  }
  return paragraphs.filter((lines) => lines.length > 0).map((lines) => lines.join(' '));
}

/**
 * The sentences of a paragraph. A citation written after a sentence's full stop belongs to
 * that sentence: "I paired with Sam. (2026-11-23, Mentoring, ref 3f9a2c1b)".
 */
export function sentencesOf(paragraph: string): string[] {
  const sentences: string[] = [];
  const citations = new RegExp(`(?:${CITATION_GROUP.source}[\\s.,;]*)+`, 'iy');
  let start = 0;
  for (const end of paragraph.matchAll(SENTENCE_END)) {
    let stop = end.index + end[0].length;
    // A boundary inside citations already taken into the sentence before.
    if (stop <= start) continue;
    citations.lastIndex = stop;
    stop += citations.exec(paragraph)?.[0].length ?? 0;
    sentences.push(paragraph.slice(start, stop).trim());
    start = stop;
  }
  sentences.push(paragraph.slice(start).trim());
  return sentences.filter((sentence) => sentence !== '');
}

/** One sentence in its pieces, with what is wrong with it. */
export function checkSentence(sentence: string, context: CheckContext): CheckedSentence {
  const pieces: SentencePiece[] = [];
  let from = 0;
  for (const group of sentence.matchAll(CITATION_GROUP)) {
    const refs = [...group[0].matchAll(REF_IN_GROUP)].map((match) => (match[1] ?? '').toLowerCase());
    if (refs.length === 0) continue;
    if (group.index > from) pieces.push({ text: sentence.slice(from, group.index) });
    for (const ref of refs) pieces.push({ citation: group[0], ref, known: context.sent.has(ref) });
    from = group.index + group[0].length;
  }
  if (from < sentence.length) pieces.push({ text: sentence.slice(from) });

  const cited = pieces.flatMap((piece) => ('ref' in piece ? [piece] : []));
  const problems: SentenceProblem[] = [];
  if (cited.length === 0) problems.push({ kind: 'uncited' });
  const unknown = unique(cited.filter((piece) => !piece.known).map((piece) => piece.ref));
  if (unknown.length > 0) problems.push({ kind: 'unknownRef', refs: unknown });
  const support = supportOf(
    cited.flatMap((piece) => context.sent.get(piece.ref) ?? []),
    context.alsoKnown,
  );
  const text = pieces.map((piece) => ('text' in piece ? piece.text : ' ')).join('');
  const unsupported = unique(factsOf(text).filter((word) => !support.has(word.toLowerCase())));
  // A sentence citing nothing has nothing to support its facts: "cites no moment" says it all.
  if (unsupported.length > 0 && cited.length > 0) problems.push({ kind: 'unsupported', words: unsupported });
  return { pieces, problems };
}

/** The numbers and the capitalised words of a sentence (its first word aside, and "I"). */
function factsOf(text: string): string[] {
  const numbers = [...text.matchAll(NUMBER)].map((match) => match[0]);
  const firstWord = /[\p{L}\p{N}]/u.exec(text)?.index ?? 0;
  const names = [...text.matchAll(CAPITALISED)]
    .filter((match) => match.index !== firstWord && !FIRST_PERSON.test(match[0]))
    .map((match) => match[0].replace(/['’]s$/, '').replace(/[-'’]+$/, ''));
  return [...numbers, ...names];
}

/** Every word and number the facts may use, lower-cased: from the moments cited and from what else is known. */
function supportOf(moments: readonly SentMoment[], alsoKnown: string): Set<string> {
  const texts = [
    alsoKnown,
    ...moments.flatMap((moment) => [
      moment.date,
      moment.kind,
      moment.summary,
      moment.impact ?? '',
      moment.outcome ?? '',
      moment.initiative ?? '',
      ...(moment.people ?? []),
    ]),
  ];
  const words = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(NUMBER)) {
      words.add(match[0]);
      for (const part of match[0].split(/[.,:/-]/)) words.add(part);
    }
    for (const match of text.matchAll(/[\p{L}\p{M}\p{N}'’-]+/gu)) {
      const word = match[0].toLowerCase().replace(/^@/, '');
      words.add(word);
      words.add(word.replace(/['’]s$/, ''));
      for (const part of word.split(/[-'’]/)) words.add(part);
    }
  }
  return words;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
