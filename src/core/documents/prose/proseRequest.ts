import { formatLocalDate } from '../../time/calendar';
import type { KindCatalogue } from '../../model/kindCatalogue';
import type { Moment } from '../../model/schema';
import { citeMoment, findCitations, momentRef, momentsCitedBy } from '../citation';
import { answerPlainText, beforePrivateSections, parseDraftQuestions } from '../selfReview/draftAnswers';
import { whoCanSpeakHeading, whoCanSpeakNote } from '../whoCanSpeakSection';

/**
 * What a language model is given to turn a self-review draft into prose: built from the
 * draft as the user left it and from the log, and nothing else. Only the moments the
 * draft's answers cite are included, and of each only what a reviewer would read anyway:
 *
 * - sent: its ref, date and kind, its summary, impact and outcome, the people it names and
 *   the piece of work (initiative) it belongs to;
 * - never sent: how it felt (energy), its notes, its code location (file, lines, commit,
 *   repository), its links, tags, follow-up date, linked expectations and competency, the
 *   moments no answer cites, the self check-ins, the private sections of the draft (who
 *   can speak to your work) and where the log lives.
 *
 * The model never sees a moment's id, only its ref, so the answer can be checked against
 * exactly what was sent (answerCheck.ts).
 */

/** A moment as the model sees it. Every field here is sent; nothing else of the moment is. */
export interface SentMoment {
  readonly ref: string;
  /** The day, as the draft's citations write it (YYYY-MM-DD). */
  readonly date: string;
  /** The kind's label. */
  readonly kind: string;
  readonly summary: string;
  readonly impact?: string;
  readonly outcome?: string;
  readonly people?: readonly string[];
  readonly initiative?: string;
}

export interface ProseQuestion {
  /** The form's id of the question, as its marker in the draft holds it. */
  readonly id: string;
  /** The question as a reader sees it (its heading, without Markdown). */
  readonly text: string;
  readonly limit: number | undefined;
  /** The refs its answer cites, in the order the draft cites them, each once. */
  readonly refs: readonly string[];
  /**
   * What the user already wrote in the answer in their own words (the lines that cite no
   * moment), as they wrote it; empty when they wrote nothing. It is kept as it is, ahead
   * of the model's prose.
   */
  readonly ownWords: string;
}

export interface ProseRequest {
  /** The form's name, from the draft's title; empty when the title was removed. */
  readonly formName: string;
  readonly questions: readonly ProseQuestion[];
  /** Every moment some question cites, each once, in order of first citation. */
  readonly moments: readonly SentMoment[];
  /** Each sent moment's citation as the draft writes it, by ref: what the result writes for a checked citation. */
  readonly citations: ReadonlyMap<string, string>;
}

/** The draft's title: `# Self-review draft: <form>`; the form's name is what follows the first colon. */
const TITLE = /^ {0,3}# (.*)$/m;
/** The italic line the draft writes in an answer no moment went to: the draft's, not the user's. */
const PLACEHOLDER = /^_[^\n]*_$/;

/**
 * The request for `whole`, a self-review draft's text, with the moments of `moments` (the
 * log's) that its answers cite. A ref that names no moment of the log is left out.
 */
export function proseRequest(whole: string, moments: readonly Moment[], kinds: KindCatalogue): ProseRequest {
  // The private sections are cut off first, at their marker, their heading or their note:
  // whichever the user removed, the others still keep the section from the model.
  const draft = beforePrivateSections(whole, [whoCanSpeakHeading(), whoCanSpeakNote()]);
  const lines = draft.split(/\r\n|\n|\r/);
  const sent = new Map<string, SentMoment>();
  const citations = new Map<string, string>();
  const questions = parseDraftQuestions(draft).map((question): ProseQuestion => {
    const refs: string[] = [];
    for (const citation of findCitations(question.answerText)) {
      const moment = momentsCitedBy(citation.ref, moments)[0];
      if (!moment || refs.includes(citation.ref)) continue;
      refs.push(citation.ref);
      if (!sent.has(citation.ref)) {
        sent.set(citation.ref, sentMoment(moment, kinds));
        citations.set(citation.ref, citeMoment(moment, kinds));
      }
    }
    const heading = question.headingLine === question.markerLine ? undefined : lines[question.headingLine];
    return {
      id: question.id,
      text: heading === undefined ? question.id : answerPlainText(heading),
      limit: question.limit,
      refs,
      ownWords: ownWordsOf(question.answerText),
    };
  });
  const title = TITLE.exec(draft)?.[1];
  const formName = title === undefined ? '' : answerPlainText(title.slice(title.indexOf(':') + 1)).trim();
  return { formName, questions, moments: [...sent.values()], citations };
}

/** What of a moment is sent: see the list above. Written field by field, so that nothing else can slip in. */
function sentMoment(moment: Moment, kinds: KindCatalogue): SentMoment {
  const impact = moment.impact?.trim();
  const outcome = moment.outcome?.text.trim();
  return {
    ref: momentRef(moment.id),
    date: formatLocalDate(new Date(moment.at)),
    kind: kinds.describe(moment.kind).label,
    summary: moment.summary.trim(),
    ...(impact ? { impact } : {}),
    ...(outcome ? { outcome } : {}),
    ...(moment.people && moment.people.length > 0 ? { people: [...moment.people] } : {}),
    ...(moment.initiative ? { initiative: moment.initiative } : {}),
  };
}

/** The lines of an answer that cite no moment and are not the draft's own placeholder, as written. */
function ownWordsOf(answer: string): string {
  return answer
    .split(/\r\n|\n|\r/)
    .filter((line) => line.trim() !== '' && findCitations(line).length === 0 && !PLACEHOLDER.test(line.trim()))
    .join('\n');
}

/** How many moments and questions a request sends, for the consent the user gives first. */
export function requestCounts(request: ProseRequest): { readonly moments: number; readonly questions: number } {
  return { moments: request.moments.length, questions: request.questions.length };
}
