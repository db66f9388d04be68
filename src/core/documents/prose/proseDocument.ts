import * as l10n from '@vscode/l10n';
import { markdownText } from '../markdownText';
import { answerPlainText, formCharacterCount } from '../selfReview/draftAnswers';
import { questionMarker } from '../selfReview/draftDocument';
import { type CheckedSentence, checkAnswer, type SentenceProblem } from './answerCheck';
import { ANSWER_SEPARATOR } from './prosePrompt';
import type { ProseQuestion, ProseRequest, SentMoment } from './proseRequest';

/**
 * The self-review in prose: the model's answers, checked, as a Markdown document with the
 * draft's structure (a heading and a marker per question, so character counts and Copy
 * Answer work on it as on the draft). The model's text is foreign: every piece of it goes
 * through markdownText.ts, so a heading, a link, a `command:` link or HTML it wrote shows
 * as text. A citation of a moment that was sent is written as the draft writes it; any
 * other is text, and marked.
 *
 * Each sentence with a problem ends in a numbered mark, ` **⚠ 1 — cites no moment**`, and
 * every mark is listed again under "To check" at the end, with the answers over their limit.
 */

/** The reply cut into each question's answer, by the separator lines the model was asked to write. */
export interface SplitReply {
  readonly answers: ReadonlyMap<string, string>;
  /** Text the model wrote under an id that is no question of the draft. */
  readonly stray: string;
  /** Whether the reply had no separator at all, so everything was taken as the first question's answer. */
  readonly unseparated: boolean;
}

export function splitReply(reply: string, questions: readonly Pick<ProseQuestion, 'id'>[]): SplitReply {
  const ids = new Set(questions.map((question) => question.id));
  const answers = new Map<string, string[]>();
  const stray: string[] = [];
  let current: string[] | undefined;
  let separated = false;
  const preamble: string[] = [];
  for (const line of reply.split(/\r\n|\n|\r/)) {
    const separator = ANSWER_SEPARATOR.exec(line);
    if (separator) {
      separated = true;
      const id = separator[1] ?? '';
      if (ids.has(id)) {
        current = answers.get(id) ?? [];
        answers.set(id, current);
      } else {
        current = stray;
      }
      continue;
    }
    (current ?? preamble).push(line);
  }
  const first = questions[0];
  if (!separated && first) answers.set(first.id, preamble);
  else stray.unshift(...preamble);
  return {
    answers: new Map([...answers].map(([id, lines]) => [id, lines.join('\n').trim()])),
    stray: stray.join('\n').trim(),
    unseparated: !separated && first !== undefined,
  };
}

export interface ProseDocumentOptions {
  /** Which model wrote it, as the user chose it: "GPT-4o (Copilot)". */
  readonly modelName: string;
}

interface ToCheck {
  readonly number: number;
  readonly text: string;
}

/** The checked document for `reply`, the model's whole answer to `request`. */
export function renderProseDocument(request: ProseRequest, reply: string, options: ProseDocumentOptions): string {
  const split = splitReply(reply, request.questions);
  const byRef = new Map(request.moments.map((moment) => [moment.ref, moment]));
  const toCheck: ToCheck[] = [];
  const sections: string[][] = [
    [
      `# ${
        request.formName === ''
          ? l10n.t('Self-review in prose')
          : l10n.t('Self-review in prose: {0}', markdownText(request.formName))
      }`,
    ],
    [
      `> ${l10n.t(
        'Written by {0} from the moments your draft cites. Each sentence was checked against the moments it cites: a sentence marked ⚠ cites none, cites a moment that was not sent, or holds a number or a name found in none of its moments. Check them before you use the text.',
        markdownText(options.modelName),
      )}`,
    ],
  ];
  if (split.unseparated && request.questions.length > 1)
    toCheck.push({
      number: 0,
      text: l10n.t('The model did not say which answer was which: its whole reply is under the first question.'),
    });
  for (const question of request.questions) {
    const answer = split.answers.get(question.id) ?? '';
    const sent = new Map(
      question.refs.flatMap((ref) => {
        const moment = byRef.get(ref);
        return moment ? [[ref, moment] as const] : [];
      }),
    );
    const written = renderAnswer(answer, question, sent, request, toCheck);
    sections.push([`## ${markdownText(question.text)}`, '', questionMarker(question), '', ...written]);
  }
  if (split.stray !== '')
    toCheck.push({
      number: 0,
      text: l10n.t('The model wrote text under no question of the draft; it was left out: {0}', quoted(split.stray)),
    });
  if (toCheck.length > 0)
    sections.push([
      `## ${l10n.t('To check')}`,
      '',
      ...toCheck.map((item) => (item.number > 0 ? `- **⚠ ${item.number}** ${item.text}` : `- ${item.text}`)),
    ]);
  return `${sections.map((section) => section.join('\n')).join('\n\n')}\n`;
}

/** One question's answer: the user's own words as they wrote them, then the model's paragraphs, marked. */
function renderAnswer(
  answer: string,
  question: ProseQuestion,
  sent: ReadonlyMap<string, SentMoment>,
  request: ProseRequest,
  toCheck: ToCheck[],
): string[] {
  const paragraphs = checkAnswer(answer, { sent, alsoKnown: `${question.text}\n${question.ownWords}` });
  const blocks: string[] = question.ownWords === '' ? [] : [question.ownWords];
  const plain: string[] = question.ownWords === '' ? [] : [answerPlainText(question.ownWords)];
  for (const paragraph of paragraphs) {
    const sentences = paragraph.sentences.map((sentence) => {
      plain.push(sentencePlainText(sentence, request));
      if (sentence.problems.length === 0) return sentenceMarkdown(sentence, request);
      const number = toCheck.filter((item) => item.number > 0).length + 1;
      const reasons = sentence.problems.map(describeProblem).join('; ');
      toCheck.push({
        number,
        text: l10n.t('{0}: {1}', quoted(sentencePlainText(sentence, request)), reasons),
      });
      return `${sentenceMarkdown(sentence, request)} **⚠ ${number} — ${reasons}**`;
    });
    blocks.push(sentences.join(' '));
  }
  if (paragraphs.length === 0 && question.ownWords === '')
    blocks.push(`_${l10n.t('The model wrote nothing for this question.')}_`);
  const count = formCharacterCount(plain.join('\n\n'));
  if (question.limit !== undefined && count > question.limit)
    toCheck.push({
      number: 0,
      text: l10n.t(
        '{0}: {1} characters, {2} over its limit of {3}.',
        quoted(question.text),
        count,
        count - question.limit,
        question.limit,
      ),
    });
  return blocks.flatMap((block, index) => (index === 0 ? [block] : ['', block]));
}

/** A sentence in Markdown: its text escaped, a citation of a sent moment as the draft writes it, any other as text. */
function sentenceMarkdown(sentence: CheckedSentence, request: ProseRequest): string {
  let written = '';
  let lastCitation: string | undefined;
  for (const piece of sentence.pieces) {
    if ('text' in piece) {
      const text = piece.text.trim();
      if (text === '') continue;
      written += joiner(written, text) + markdownText(text);
      lastCitation = undefined;
    } else if (piece.citation !== lastCitation || piece.known) {
      // A group citing several refs is one piece of text when written as the model wrote it.
      const text = piece.known ? (request.citations.get(piece.ref) ?? '') : markdownText(piece.citation);
      written += joiner(written, text) + text;
      lastCitation = piece.citation;
    }
  }
  return written;
}

/** What the sentence reads as, for "To check" and the character count. */
function sentencePlainText(sentence: CheckedSentence, request: ProseRequest): string {
  return answerPlainText(sentenceMarkdown(sentence, request));
}

/** No space before punctuation that closes what came before. */
function joiner(before: string, next: string): string {
  return before === '' || /^[.,;:!?…)]/.test(next) ? '' : ' ';
}

function describeProblem(problem: SentenceProblem): string {
  switch (problem.kind) {
    case 'uncited':
      return l10n.t('cites no moment');
    case 'unknownRef':
      return l10n.t('cites {0}, which was not sent', problem.refs.map((ref) => `ref ${markdownText(ref)}`).join(', '));
    case 'unsupported': {
      const words = problem.words.map((word) => `“${markdownText(word)}”`).join(', ');
      return problem.words.length === 1
        ? l10n.t('{0} appears in none of the moments it cites', words)
        : l10n.t('{0} appear in none of the moments it cites', words);
    }
  }
}

/** The start of a text, quoted, as one line of escaped Markdown. */
function quoted(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const short = line.length > QUOTED_LENGTH ? `${line.slice(0, QUOTED_LENGTH - 1)}…` : line;
  return `“${markdownText(short)}”`;
}

const QUOTED_LENGTH = 80;
