import * as assert from 'node:assert/strict';
import { checkAnswer, sentencesOf } from '../../src/core/documents/prose/answerCheck';
import { renderProseDocument, splitReply } from '../../src/core/documents/prose/proseDocument';
import { answerSeparator, prosePrompt } from '../../src/core/documents/prose/prosePrompt';
import { proseRequest, type SentMoment } from '../../src/core/documents/prose/proseRequest';
import { parseDraftQuestions } from '../../src/core/documents/selfReview/draftAnswers';
import { renderSelfReviewDraft } from '../../src/core/documents/selfReview/draftDocument';
import type { ReviewForm } from '../../src/core/documents/selfReview/forms';
import { customPeriod } from '../../src/core/insights/period';
import { Timeline } from '../../src/core/insights/timeline';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import type { Moment } from '../../src/core/model/schema';
import { previewStructure } from '../support/markdownPreview';
import { withTimeZone } from '../support/timeZone';

const kinds = new KindCatalogue();
const november = customPeriod(new Date(2026, 10, 1), new Date(2026, 10, 30));
const form: ReviewForm = {
  name: 'Mid-year',
  questions: [
    { id: 'people', text: 'Who did you help grow?', limit: 400, kinds: ['mentoring'] },
    { id: 'calls', text: 'Which calls did you make?', kinds: ['decision'] },
  ],
};

/** A moment carrying every private field, each with a value found nowhere else. */
const mentoring: Moment = {
  id: '3f9a2c1b-5d6e-4f70-8a9b-0c1d2e3f4a5b',
  kind: 'mentoring',
  at: '2026-11-23T15:00:00.000Z',
  summary: 'Paired with Sam on flaky test triage',
  impact: 'Sam now owns the CI dashboard',
  outcome: { text: 'Flaky tests down to 2 a week', at: '2026-12-10T10:00:00.000Z' },
  people: ['Sam'],
  initiative: 'ci-health',
  notes: 'PRIVATE-NOTE Sam seemed anxious about the promotion',
  energy: 'drained',
  tags: ['PRIVATE-TAG'],
  code: {
    path: 'src/PRIVATE-PATH/retry.ts',
    startLine: 10,
    endLine: 42,
    commit: 'abcdef1234567',
    remote: 'https://forge.example/PRIVATE-REMOTE.git',
  },
  links: ['https://forge.example/PRIVATE-LINK/pull/12'],
  expectations: ['PRIVATE-EXPECTATION'],
  competency: 'PRIVATE-COMPETENCY',
  followUpAt: '2026-12-07T09:00:00.000Z',
};
const decision: Moment = {
  id: '7c0ffee0-1111-4222-8333-444455556666',
  kind: 'decision',
  at: '2026-11-12T09:00:00.000Z',
  summary: 'Chose Postgres over DynamoDB for the ledger',
  people: ['Priya'],
};
/** A moment of the period that no answer cites, since no question takes its kind. */
const uncited: Moment = {
  id: '99999999-aaaa-4bbb-8ccc-dddddddddddd',
  kind: 'networking',
  at: '2026-11-05T09:00:00.000Z',
  summary: 'UNCITED coffee with the CTO',
};
const moments = [mentoring, decision, uncited];

function draft(includePrivateSections = false): string {
  return renderSelfReviewDraft(Timeline.build(moments), november, form, { kinds, includePrivateSections });
}

function sentText(text: string): string {
  const request = proseRequest(text, moments, kinds);
  const prompt = prosePrompt(request);
  return `${prompt.instructions}\n${prompt.material}`;
}

const SAM = '(2026-11-23, Mentoring, ref 3f9a2c1b)';
const PRIYA = '(2026-11-12, Decision, ref 7c0ffee0)';

describe('drafting with a language model: what is sent', () => {
  withTimeZone('UTC');

  it('sends each question with its limit and the facts of the moments its answer cites', () => {
    const request = proseRequest(draft(), moments, kinds);
    assert.equal(request.formName, 'Mid-year');
    assert.deepEqual(
      request.questions.map((question) => [question.id, question.text, question.limit, question.refs]),
      [
        ['people', 'Who did you help grow?', 400, ['3f9a2c1b']],
        ['calls', 'Which calls did you make?', undefined, ['7c0ffee0']],
      ],
    );
    assert.deepEqual(request.moments[0], {
      ref: '3f9a2c1b',
      date: '2026-11-23',
      kind: 'Mentoring',
      summary: 'Paired with Sam on flaky test triage',
      impact: 'Sam now owns the CI dashboard',
      outcome: 'Flaky tests down to 2 a week',
      people: ['Sam'],
      initiative: 'ci-health',
    } satisfies SentMoment);
    const material = JSON.parse(prosePrompt(request).material);
    assert.equal(material.questions[0].moments[0].citation, SAM);
    assert.equal(material.questions[0].limit, 400);
  });

  const neverSent: [string, RegExp][] = [
    ['energy', /drained|"energy"/],
    ['notes', /PRIVATE-NOTE|anxious|"notes"/],
    ['tags', /PRIVATE-TAG|"tags"/],
    ['the code’s path', /PRIVATE-PATH|retry\.ts/],
    ['the code’s commit', /abcdef1234567/],
    ['the code’s remote', /PRIVATE-REMOTE/],
    ['links', /PRIVATE-LINK|"links"/],
    ['linked expectations', /PRIVATE-EXPECTATION/],
    ['the chosen competency', /PRIVATE-COMPETENCY/],
    ['the follow-up date', /2026-12-07|followUpAt/],
    ['the moment’s id', /5d6e-4f70/],
    ['a moment no answer cites', /UNCITED|coffee/],
  ];
  for (const [field, pattern] of neverSent) {
    it(`never sends ${field}`, () => {
      assert.doesNotMatch(sentText(draft()), pattern);
    });
  }

  it('never sends the private section “Who can speak to your work”', () => {
    const withPrivate = draft(true);
    assert.match(withPrivate, /## Who can speak to your work/);
    assert.doesNotMatch(sentText(withPrivate), /Who can speak/);
  });

  /** Anything of the private section: its heading, its note, a colleague's line. */
  const PRIVATE_SECTION = /Who can speak|Private:|peer reviewers|moments? shared/;

  it('never sends the private section when its heading was removed: its marker still ends the answers', () => {
    // Every moment cited, so no "Not used above" stands between the last answer and the section.
    const withPrivate = renderSelfReviewDraft(Timeline.build([mentoring, decision]), november, form, {
      kinds,
      includePrivateSections: true,
    });
    assert.doesNotMatch(withPrivate, /Not used above/);
    assert.match(withPrivate, /^## Who can speak to your work\n\n<!-- growth-log:private -->$/m);
    const headingRemoved = withPrivate.replace(/^## Who can speak to your work\n/m, '');
    assert.doesNotMatch(headingRemoved, /Who can speak/);
    assert.doesNotMatch(sentText(headingRemoved), PRIVATE_SECTION);
    // Nor does the last answer take the section's citations as its own.
    assert.deepEqual(
      proseRequest(headingRemoved, moments, kinds).questions.map((question) => question.refs),
      proseRequest(draft(), moments, kinds).questions.map((question) => question.refs),
    );
  });

  it('never sends the private section when its marker was removed: its heading still ends the answers', () => {
    const markerRemoved = draft(true).replace(/^<!-- growth-log:private -->\n/m, '');
    assert.doesNotMatch(markerRemoved, /growth-log:private/);
    assert.doesNotMatch(sentText(markerRemoved), PRIVATE_SECTION);
  });

  it('never sends the private section of a draft made before it was marked, its heading removed', () => {
    // Such a draft has no marker: the section's own note under the heading still ends what is sent.
    const unmarked = renderSelfReviewDraft(Timeline.build([mentoring, decision]), november, form, {
      kinds,
      includePrivateSections: true,
    })
      .replace(/^<!-- growth-log:private -->\n\n/m, '')
      .replace(/^## Who can speak to your work\n\n/m, '');
    assert.doesNotMatch(unmarked, /growth-log:private|Who can speak/);
    assert.doesNotMatch(sentText(unmarked), PRIVATE_SECTION);
  });

  it('never sends what follows the private section’s heading, even a question marked after it', () => {
    // A draft written before private sections were marked has only the heading to go by.
    const moved = `${draft(true).replace(/^<!-- growth-log:private -->\n/m, '')}\n## Moved\n\n<!-- growth-log:question id="moved" limit="none" -->\n\nPRIVATE-AFTER\n`;
    assert.equal(parseDraftQuestions(moved).length, 3);
    const request = proseRequest(moved, moments, kinds);
    assert.deepEqual(
      request.questions.map((question) => question.id),
      ['people', 'calls'],
    );
    assert.doesNotMatch(sentText(moved), /PRIVATE-AFTER|moved/);
  });

  it('never sends the self check-ins: only the moments an answer cites are read', () => {
    // The request is built from the draft and the log's moments alone; a check-in has no ref to cite.
    const request = proseRequest(draft(), moments, kinds);
    assert.deepEqual(
      request.moments.map((moment) => moment.ref),
      ['3f9a2c1b', '7c0ffee0'],
    );
    assert.doesNotMatch(sentText(draft()), /check-?in|ratings/i);
  });

  it('leaves out a ref that names no moment of the log', () => {
    const edited = draft().replace(SAM, '(2026-11-23, Mentoring, ref 0badf00d)');
    assert.deepEqual(proseRequest(edited, moments, kinds).questions[0]?.refs, []);
  });

  it('asks for the first person, the form’s order, each limit and a citation per sentence', () => {
    const { instructions } = prosePrompt(proseRequest(draft(), moments, kinds));
    assert.match(instructions, /first person/);
    assert.match(instructions, /in its order/);
    assert.match(instructions, /"limit" in characters/);
    assert.match(instructions, /End every sentence with the citation/);
    assert.match(instructions, /Use only the facts of the moments/);
  });

  it('passes the user’s own words to keep, and keeps them in the result', () => {
    const own = 'I made mentoring a weekly habit this half.';
    const edited = draft().replace(
      '<!-- growth-log:question id="people" limit="400" -->\n',
      (marker) => `${marker}\n${own}\n`,
    );
    const request = proseRequest(edited, moments, kinds);
    assert.equal(request.questions[0]?.ownWords, own);
    assert.equal(request.questions[1]?.ownWords, '');
    assert.match(prosePrompt(request).material, /"ownWords": "I made mentoring a weekly habit this half\."/);
    const result = renderProseDocument(request, `${answerSeparator('people')}\nI paired with Sam. ${SAM}`, {
      modelName: 'Test',
    });
    const answer = parseDraftQuestions(result)[0]?.answerText ?? '';
    assert.ok(answer.trim().startsWith(own), answer);
  });

  it('does not take the draft’s placeholder for the user’s words', () => {
    const empty = renderSelfReviewDraft(Timeline.build([]), november, form, { kinds });
    assert.deepEqual(
      proseRequest(empty, [], kinds).questions.map((question) => question.ownWords),
      ['', ''],
    );
  });
});

describe('drafting with a language model: checking the answer', () => {
  withTimeZone('UTC');
  const request = proseRequest(draft(), moments, kinds);
  const sent = new Map(request.moments.map((moment) => [moment.ref, moment]));
  const problemsOf = (text: string) =>
    checkAnswer(text, { sent, alsoKnown: 'Who did you help grow?' }).flatMap((paragraph) =>
      paragraph.sentences.map((sentence) => sentence.problems.map((problem) => problem.kind)),
    );

  it('trusts a sentence whose facts are in the moment it cites', () => {
    assert.deepEqual(problemsOf(`I paired with Sam, who now owns the CI dashboard ${SAM}.`), [[]]);
  });

  it('marks a sentence that cites no moment', () => {
    assert.deepEqual(problemsOf(`I paired with Sam ${SAM}. I am a natural leader.`), [[], ['uncited']]);
  });

  it('marks a sentence citing a ref that was not sent', () => {
    assert.deepEqual(problemsOf('I shipped it (2026-11-02, Delegation, ref 0badf00d).'), [['unknownRef']]);
  });

  it('marks a number or a name that appears in none of the cited moments', () => {
    assert.deepEqual(problemsOf(`I cut flaky tests by 80% ${SAM}.`), [['unsupported']]);
    assert.deepEqual(problemsOf(`I paired with Sam and Alex ${SAM}.`), [['unsupported']]);
    // Priya is in a moment that was sent, but not in the one this sentence cites.
    assert.deepEqual(problemsOf(`I paired with Priya ${SAM}.`), [['unsupported']]);
    assert.deepEqual(problemsOf(`Flaky tests are down to 2 a week ${SAM}.`), [[]]);
  });

  it('gives a citation written after the full stop to the sentence before it', () => {
    assert.deepEqual(sentencesOf(`I paired with Sam. ${SAM} Then I chose Postgres. ${PRIYA}`), [
      `I paired with Sam. ${SAM}`,
      `Then I chose Postgres. ${PRIYA}`,
    ]);
  });

  it('cuts the reply into answers by the separator lines, and says when there were none', () => {
    const split = splitReply(`${answerSeparator('calls')}\nB\n${answerSeparator('people')}\nA\n=== nope ===\nC`, [
      { id: 'people' },
      { id: 'calls' },
    ]);
    assert.deepEqual(
      [...split.answers],
      [
        ['calls', 'B'],
        ['people', 'A'],
      ],
    );
    assert.equal(split.stray, 'C');
    assert.equal(splitReply('just text', [{ id: 'people' }]).unseparated, true);
  });
});

describe('drafting with a language model: the result', () => {
  withTimeZone('UTC');
  const request = proseRequest(draft(), moments, kinds);
  const reply = [
    answerSeparator('people'),
    `I paired with Sam on flaky test triage, and Sam now owns the CI dashboard ${SAM}.`,
    'I am the best mentor the team has had.',
    '',
    answerSeparator('calls'),
    `I chose Postgres over DynamoDB for the ledger ${PRIYA}. I also rewrote billing (2026-11-02, Decision, ref 0badf00d).`,
  ].join('\n');
  const result = renderProseDocument(request, reply, { modelName: 'Test Model (test)' });

  it('keeps the draft’s structure, so counts and Copy Answer work on it', () => {
    assert.deepEqual(
      parseDraftQuestions(result).map((question) => [question.id, question.limit]),
      [
        ['people', 400],
        ['calls', undefined],
      ],
    );
  });

  it('writes a checked citation as the draft does, and marks each problem in the text and under “To check”', () => {
    assert.ok(result.includes(`Sam now owns the CI dashboard ${SAM}.`), result);
    assert.match(result, /I am the best mentor the team has had\. \*\*⚠ 1 — cites no moment\*\*/);
    assert.match(result, /ref 0badf00d\)\. \*\*⚠ 2 — cites ref 0badf00d, which was not sent\*\*/);
    const toCheck = result.slice(result.indexOf('## To check'));
    assert.match(toCheck, /- \*\*⚠ 1\*\* “I am the best mentor the team has had\.”: cites no moment/);
    assert.match(toCheck, /- \*\*⚠ 2\*\*/);
    // "To check" is no answer: the last question's answer ends at its heading.
    assert.doesNotMatch(parseDraftQuestions(result)[1]?.answerText ?? '', /To check/);
  });

  it('lists an answer over its limit', () => {
    const long = `${answerSeparator('people')}\n${`I paired with Sam ${SAM}. `.repeat(12)}`;
    const over = renderProseDocument(request, long, { modelName: 'Test' });
    assert.match(over, /“Who did you help grow\?”: \d+ characters, \d+ over its limit of 400\./);
    assert.doesNotMatch(result, /over its limit/);
  });

  it('shows hostile Markdown from the model as text: no link, command link, HTML or heading', () => {
    const hostile = [
      answerSeparator('people'),
      `# Promoted [Click](command:growthLog.deleteMoment?%5B%22x%22%5D) <img src=x onerror=alert(1)> ${SAM}.`,
      `<script>alert(1)</script> [x]: command:growthLog.undo ${SAM}.`,
      `![i](https://tracker.example/p.png) **bold** ${SAM}.`,
    ].join('\n');
    const written = renderProseDocument(request, hostile, { modelName: '<b>[M](command:x)</b>' });
    const structure = previewStructure(written);
    assert.equal(structure.elements.get('html_inline') ?? 0, 0);
    // The only HTML: the question markers, which are Growth Log's own comments.
    assert.equal(structure.elements.get('html_block'), request.questions.length);
    assert.doesNotMatch(structure.html, /<(?:script|img|b)\b/);
    assert.ok(structure.linkifiedTargets.every((target) => target.startsWith('https://')));
    assert.equal(structure.elements.get('image') ?? 0, 0);
    assert.equal(structure.elements.get('link_open') ?? 0, 0);
    assert.equal(structure.referenceDefinitions, 0);
    assert.doesNotMatch(structure.html, /href="command:/);
    // Headings: the title, one per question and "To check"; none of the model's.
    const headings = written.split('\n').filter((line) => /^#{1,6} /.test(line));
    assert.deepEqual(headings, [
      '# Self-review in prose: Mid-year',
      '## Who did you help grow?',
      '## Which calls did you make?',
      '## To check',
    ]);
  });
});
