import type { ProseRequest } from './proseRequest';

/**
 * The messages sent to the language model for a request: first the instructions, then the
 * material as JSON, so that nothing in a summary or a name can pass for an instruction's
 * wording. Written in English whatever the display language: models follow English
 * instructions best, and they are told to answer in the language of the material.
 */

/** The line that opens each answer in the model's reply; the id between the marks says which question. */
export const ANSWER_SEPARATOR = /^ {0,3}=== ?([A-Za-z0-9_-]+) ?===[ \t]*$/;

export function answerSeparator(id: string): string {
  return `=== ${id} ===`;
}

export interface ProsePrompt {
  readonly instructions: string;
  readonly material: string;
}

export function prosePrompt(request: ProseRequest): ProsePrompt {
  const instructions = [
    'You turn the evidence of a self-review draft into the answers of a self-review, written by its author.',
    '',
    'Rules:',
    '- Write in the first person ("I"), as the author, plainly and without superlatives.',
    '- Answer every question of the material, in its order. Begin each answer with a line holding only',
    `  ${answerSeparator('<question id>')} (the question's id), then the answer's paragraphs. Write nothing before the first such line.`,
    '- Use only the facts of the moments listed under the question (and its own words, if any). Invent no',
    '  number, name, date or result that is not in them.',
    "- End every sentence with the citation of each moment it rests on, written exactly as the moment's",
    '  "citation" field gives it, for example (2026-11-23, Mentoring, ref 3f9a2c1b). Cite no other ref.',
    '- Stay within the question\'s "limit" in characters, citations and the own words included. No limit: a short paragraph or two.',
    '- Where a question has "ownWords", the author already wrote them and they stay as they are, at the start',
    '  of the answer: do not repeat them; continue after them.',
    '- A question with no moments: write nothing after its line.',
    '- Plain sentences only: no headings, lists, links, tables, HTML or code.',
    '- Write in the language of the material.',
  ].join('\n');
  const material = JSON.stringify(
    {
      form: request.formName,
      questions: request.questions.map((question) => ({
        id: question.id,
        question: question.text,
        ...(question.limit === undefined ? {} : { limit: question.limit }),
        ...(question.ownWords === '' ? {} : { ownWords: question.ownWords }),
        moments: question.refs.flatMap((ref) => {
          const moment = request.moments.find((candidate) => candidate.ref === ref);
          return moment ? [{ citation: citationText(moment), ...moment }] : [];
        }),
      })),
    },
    null,
    2,
  );
  return { instructions, material };
}

/** A moment's citation as plain text: what the model is to write after a sentence. */
function citationText(moment: { readonly date: string; readonly kind: string; readonly ref: string }): string {
  return `(${moment.date}, ${moment.kind.replace(/[(),]/g, ' ')}, ref ${moment.ref})`;
}
