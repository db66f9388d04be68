import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { hostileText } from '../support/arbitraries';
import { findCitations } from '../../src/core/documents/citation';
import { markdownText } from '../../src/core/documents/markdownText';
import {
  answerPlainText,
  fitToLimit,
  formCharacterCount,
  parseDraftQuestions,
} from '../../src/core/documents/selfReview/draftAnswers';

const DRAFT = [
  '# Self-review draft: Self-review',
  '',
  '_This quarter: 2026-10-01 to 2026-12-31 · 3 moments_',
  '',
  '## What impact did you have?',
  '',
  '<!-- growth-log:question id="impact" limit="1500" -->',
  '',
  '- Sam now owns the CI dashboard — Paired with Sam on flaky test triage (2026-11-23, Mentoring, ref 3f9a2c1b)',
  '- Chose Postgres over Dynamo for billing (2026-11-20, Decision, ref 9b1c2d3e)',
  '',
  '## How did you grow others?',
  '',
  '<!-- growth-log:question id="growing-others" limit="none" -->',
  '',
  '- Handed the release checklist to Priya (2026-11-18, Delegation, ref 0a1b2c3d)',
  '',
].join('\n');

describe('a self-review draft, read back', () => {
  it('finds each question: its id, limit, heading and answer', () => {
    const questions = parseDraftQuestions(DRAFT);
    assert.deepEqual(
      questions.map(({ id, limit, headingLine, markerLine }) => ({ id, limit, headingLine, markerLine })),
      [
        { id: 'impact', limit: 1500, headingLine: 4, markerLine: 6 },
        { id: 'growing-others', limit: undefined, headingLine: 11, markerLine: 13 },
      ],
    );
    const [impact, others] = questions;
    assert.ok(impact && others);
    assert.equal(DRAFT.slice(impact.answerRange.start, impact.answerRange.end), impact.answerText);
    assert.match(impact.answerText, /^\n- Sam now owns[\s\S]*ref 9b1c2d3e\)\n\n$/);
    assert.match(others.answerText, /^\n- Handed the release checklist to Priya .*\n$/);
    assert.equal(others.answerRange.end, DRAFT.length);
  });

  it('reads a CRLF document the same way, with offsets into its own text', () => {
    const crlf = DRAFT.replace(/\n/g, '\r\n');
    const lf = parseDraftQuestions(DRAFT);
    const questions = parseDraftQuestions(crlf);
    assert.deepEqual(
      questions.map((question) => [question.id, question.headingLine, question.markerLine]),
      lf.map((question) => [question.id, question.headingLine, question.markerLine]),
    );
    for (const question of questions) {
      assert.equal(crlf.slice(question.answerRange.start, question.answerRange.end), question.answerText);
      assert.equal(
        answerPlainText(question.answerText),
        answerPlainText(lf[questions.indexOf(question)]?.answerText ?? ''),
      );
    }
  });

  it('ends an answer at the next heading of level one or two, not at a smaller one or one inside code', () => {
    const text = [
      '## Q',
      '<!-- growth-log:question id="q" limit="none" -->',
      '### A part of my answer',
      '```',
      '## not a heading',
      '<!-- growth-log:question id="fake" limit="1" -->',
      '```',
      'end of answer',
      '# Next',
      'not in it',
    ].join('\n');
    const [question, ...others] = parseDraftQuestions(text);
    assert.equal(others.length, 0, 'a marker inside a code block is not a question');
    assert.match(question?.answerText ?? '', /A part of my answer[\s\S]*end of answer\n$/);
    assert.doesNotMatch(question?.answerText ?? '', /not in it/);
  });

  it('still finds a question whose heading the user removed, at its marker', () => {
    const text =
      '## One\n<!-- growth-log:question id="one" limit="10" -->\nfirst\n<!-- growth-log:question id="two" limit="20" -->\nsecond\n';
    const questions = parseDraftQuestions(text);
    assert.deepEqual(
      questions.map((question) => [question.id, question.headingLine, question.answerText]),
      [
        ['one', 0, 'first\n'],
        ['two', 3, 'second\n'],
      ],
    );
  });

  it('ends an answer at a private section’s marker, so Copy Answer and the count leave the section out with its heading removed', () => {
    const text =
      '## One\n<!-- growth-log:question id="one" limit="10" -->\nfirst\n\n<!-- growth-log:private -->\n\n- **Sam**, 2 moments shared\n';
    const [one, ...others] = parseDraftQuestions(text);
    assert.deepEqual(others, []);
    assert.equal(one?.answerText, 'first\n\n');
    assert.equal(text.slice(one?.answerRange.start, one?.answerRange.end), 'first\n\n');
    assert.equal(formCharacterCount(answerPlainText(one?.answerText ?? '')), 'first'.length);
  });

  it('leaves HTML comments out of an answer, and finds nothing in a document without markers', () => {
    const text = '## Q\n<!-- growth-log:question id="q" limit="none" -->\nkept <!-- a note\nto self --> too\n';
    assert.equal(parseDraftQuestions(text)[0]?.answerText, 'kept  too\n');
    assert.deepEqual(parseDraftQuestions('# Notes\n\n## Q\n\n- a bullet\n'), []);
    assert.deepEqual(parseDraftQuestions(''), []);
  });
});

describe('an answer as plain text for a web form', () => {
  it('turns bullets into • lines and keeps the citations', () => {
    const [impact] = parseDraftQuestions(DRAFT);
    assert.equal(
      answerPlainText(impact?.answerText ?? ''),
      [
        '• Sam now owns the CI dashboard — Paired with Sam on flaky test triage (2026-11-23, Mentoring, ref 3f9a2c1b)',
        '• Chose Postgres over Dynamo for billing (2026-11-20, Decision, ref 9b1c2d3e)',
      ].join('\n'),
    );
    assert.equal(findCitations(answerPlainText(impact?.answerText ?? '')).length, 2);
  });

  it('undoes the escapes the draft wrote, so a log text reads as it was typed', () => {
    for (const typed of [
      'Cut p99 by 30% — *not* a guess, see_the_graph [v2] <b> `x` $5 @sam 1. #1 ~ | & &amp;',
      '- leading dash, + plus, # hash',
      '3. a numbered start',
      'snake_case_name and __dunder__ and 2*3*4',
      'back\\slash \\\\ double',
    ]) {
      assert.equal(answerPlainText(`- ${markdownText(typed)}`), `• ${typed}`, typed);
    }
  });

  it('gives back any text of the log exactly as typed, once the draft escaped it into a bullet', () => {
    const typed = fc
      .tuple(hostileText, fc.string({ unit: 'grapheme-ascii', maxLength: 30 }))
      .map(([a, b]) => `${a}${b}`.replace(/[\s\p{Cc}\u0085\u2028\u2029]+/gu, ' ').trim())
      // A web address in it is written as an autolink, which percent-encodes `<`, `>` and `|`.
      .filter((text) => !/https?:\/\//i.test(text));
    fc.assert(
      fc.property(typed, (text) => {
        assert.equal(answerPlainText(`- ${markdownText(text)}`), `• ${text}`.trimEnd());
      }),
      { numRuns: 2000 },
    );
  });

  it('writes a web address as the address, and a web link as its label and address', () => {
    assert.equal(
      answerPlainText(`- ${markdownText('See https://example.com/pr/12?a=1&b=2 today')}`),
      '• See https://example.com/pr/12?a=1&b=2 today',
    );
    assert.equal(answerPlainText('[the RFC](https://example.com/rfc)'), 'the RFC (https://example.com/rfc)');
    assert.equal(answerPlainText('[https://example.com](https://example.com)'), 'https://example.com');
  });

  it('leaves command:, file: and other links exactly as written, as text', () => {
    for (const hostile of [
      '[Open](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D)',
      '[x](file:///etc/passwd)',
      '[y](javascript:alert(1))',
      '![img](command:x)',
      '<command:x>',
    ]) {
      assert.equal(answerPlainText(hostile), hostile, hostile);
    }
  });

  it('removes emphasis, strikethrough, code and heading syntax, and joins a paragraph’s lines', () => {
    assert.equal(
      answerPlainText(
        [
          '### Highlights',
          '',
          'I **led** the _migration_ and ~~almost~~ finished',
          'it in `two` weeks.',
          '',
          '> quoted line',
          '',
          '1. first',
          '   continued',
          '2) second',
          '  - nested',
        ].join('\n'),
      ),
      [
        'Highlights',
        '',
        'I led the migration and almost finished it in two weeks.',
        '',
        'quoted line',
        '',
        '1. first continued',
        '2) second',
        '  • nested',
      ].join('\n'),
    );
  });

  it('keeps a hard line break and a fenced block as lines', () => {
    assert.equal(answerPlainText('one  \ntwo\\\nthree'), 'one\ntwo\nthree');
    assert.equal(answerPlainText('```\n**raw** `x`\n```\nafter'), '**raw** `x`\nafter');
  });

  it('keeps what is not emphasis as it is', () => {
    for (const text of ['2 * 3 * 4', 'a * b', 'an _ alone', 'file_name_here', '* ']) {
      assert.equal(answerPlainText(`x ${text}`), `x ${text}`.trimEnd(), text);
    }
  });

  it('is a pure function of the answer: LF and CRLF read the same', () => {
    const text = '- one\n- two\n\npara\nline';
    assert.equal(answerPlainText(text.replace(/\n/g, '\r\n')), answerPlainText(text));
    assert.equal(answerPlainText(text), '• one\n• two\n\npara line');
  });
});

describe('a draft of any size is read in linear time', () => {
  /** Long runs of what opens syntax, where a search that starts over at each position would take minutes. */
  const RUNS = [
    '<!--',
    '[',
    '*',
    '_',
    '`',
    '<',
    '\\',
    '[a](',
    '`a``',
    '<a@b',
    '(2026-01-01, ',
    '## q\n',
    '<!-- growth-log:question id="q" limit="1" -->\n',
  ];

  for (const run of RUNS) {
    it(`reads 200,000 characters of ${JSON.stringify(run)}`, function () {
      this.timeout(5000);
      const text = run.repeat(Math.ceil(200_000 / run.length));
      const questions = parseDraftQuestions(text);
      const plain = answerPlainText(text);
      assert.ok(plain.length <= text.length + 1);
      fitToLimit(plain, 1000);
      assert.ok(questions.length <= text.length);
    });
  }
});

describe('an answer within its limit', () => {
  const answer = ['• first point (2026-11-23, Mentoring, ref 3f9a2c1b)', '• second point', '• third point'].join('\n');

  it('counts characters as a web form does: UTF-16 code units, a line break as one', () => {
    assert.equal(formCharacterCount('a\nb'), 3);
    assert.equal(formCharacterCount('🎉'), 2);
  });

  it('keeps everything when it fits, or when there is no limit', () => {
    assert.deepEqual(fitToLimit(answer, answer.length), { text: answer, omitted: [] });
    assert.deepEqual(fitToLimit(answer, undefined), { text: answer, omitted: [] });
  });

  it('cuts at a whole line and says which lines were left out', () => {
    const fitted = fitToLimit(answer, answer.length - 1);
    assert.equal(fitted.text, '• first point (2026-11-23, Mentoring, ref 3f9a2c1b)\n• second point');
    assert.deepEqual(fitted.omitted, ['• third point']);
    assert.ok(formCharacterCount(fitted.text) <= answer.length - 1);
  });

  it('drops a paragraph break left at the end, and does not count blank lines as left out', () => {
    const fitted = fitToLimit('para one\n\npara two is long', 12);
    assert.deepEqual(fitted, { text: 'para one', omitted: ['para two is long'] });
  });

  it('cuts the first line at a sentence, else a word, when not even it fits', () => {
    assert.deepEqual(fitToLimit('One sentence. Another one here.\nnext', 20), {
      text: 'One sentence.',
      omitted: ['Another one here.', 'next'],
    });
    assert.deepEqual(fitToLimit('words without any stop', 12), { text: 'words', omitted: ['without any stop'] });
    assert.deepEqual(fitToLimit('abcdefghij', 4), { text: 'abcd', omitted: ['efghij'] });
    assert.deepEqual(fitToLimit('word ends here', 10), { text: 'word ends', omitted: ['here'] });
  });
});
