import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { findCitations, momentRef } from '../../src/core/documents/citation';
import {
  QUESTION_MARKER_PATTERN,
  questionMarker,
  renderSelfReviewDraft,
} from '../../src/core/documents/selfReview/draftDocument';
import { BUILT_IN_FORMS, type ReviewForm } from '../../src/core/documents/selfReview/forms';
import { customPeriod } from '../../src/core/insights/period';
import { Timeline } from '../../src/core/insights/timeline';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import type { Moment } from '../../src/core/model/schema';
import { hostileText, momentArbitrary } from '../support/arbitraries';
import { previewStructure } from '../support/markdownPreview';
import { momentAt } from '../support/moments';
import { withTimeZone } from '../support/timeZone';

const kinds = new KindCatalogue();
const november = customPeriod(new Date(2026, 10, 1), new Date(2026, 10, 30));

function draft(moments: readonly Moment[], form: ReviewForm): string {
  return renderSelfReviewDraft(Timeline.build(moments), november, form, { kinds });
}

/** The answers as the editor reads them: each marker's id, and the lines up to the next `## ` heading. */
function answersOf(markdown: string): Map<string, string[]> {
  const answers = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of markdown.split('\n')) {
    const marker = QUESTION_MARKER_PATTERN.exec(line);
    if (marker) {
      current = [];
      answers.set(marker[1] ?? '', current);
    } else if (line.startsWith('## ')) current = undefined;
    else if (line.trim() !== '') current?.push(line);
  }
  return answers;
}

describe('self-review draft', () => {
  withTimeZone('UTC');
  const form: ReviewForm = {
    name: 'Mid-year',
    questions: [
      { id: 'people', text: 'Who did you help?', limit: 800, kinds: ['mentoring'] },
      { id: 'else', text: 'Anything else?' },
    ],
  };

  it('puts one marker with the id and limit directly under each question’s heading', () => {
    const lines = draft([], form).split('\n');
    const headings = lines.flatMap((line, index) => (line.startsWith('## ') ? [index] : []));
    assert.deepEqual(
      headings.map((index) => [lines[index], lines[index + 1], lines[index + 2]]),
      [
        ['## Who did you help?', '', '<!-- growth-log:question id="people" limit="800" -->'],
        ['## Anything else?', '', '<!-- growth-log:question id="else" limit="none" -->'],
      ],
    );
  });

  it('cites each moment of the period exactly once, and none outside it', () => {
    fc.assert(
      fc.property(fc.uniqueArray(momentArbitrary, { selector: (moment) => moment.id, maxLength: 25 }), (moments) => {
        for (const builtIn of BUILT_IN_FORMS) {
          const markdown = draft(moments, builtIn);
          const cited = findCitations(markdown).map((citation) => citation.ref);
          const inPeriod = Timeline.build(moments).between(november.from, november.to);
          assert.deepEqual(
            cited.sort(),
            inPeriod.map((moment) => momentRef(moment.id)).sort(),
            `${builtIn.id}: each moment of the period once`,
          );
        }
      }),
    );
  });

  it('leads each bullet with the outcome, else the impact, and keeps the unused moments under "Not used above"', () => {
    const moments = [
      momentAt('2026-11-02T10:00', {
        id: 'aaaa1111-0000-4000-8000-000000000001',
        summary: 'Paired with Sam',
        impact: 'Sam unblocked',
        outcome: { text: 'Sam owns CI', at: '2026-11-20T10:00:00.000Z' },
      }),
      momentAt('2026-11-03T10:00', { id: 'bbbb2222-0000-4000-8000-000000000002', kind: 'karaoke', summary: 'Sang' }),
    ];
    const markdown = draft(moments, { name: 'Only people', questions: [form.questions[0]!] });
    assert.deepEqual(answersOf(markdown).get('people'), [
      '- Sam owns CI — paired with Sam (2026-11-02, Mentoring, ref aaaa1111)',
    ]);
    assert.match(markdown, /\n## Not used above\n\n_[^\n]+_\n\n- Sang \(2026-11-03, karaoke, ref bbbb2222\)\n$/);
  });

  it('says in an empty answer which kinds would answer it, and that a question no moment answers is the user’s to write', () => {
    const answers = answersOf(
      draft([], {
        name: 'Form',
        questions: [
          { id: 'people', text: 'People', competencies: ['delegation'], kinds: ['mentoring', 'hiring'] },
          { id: 'asks', text: 'Asks', kinds: [], competencies: [] },
          { id: 'else', text: 'Else' },
        ],
      }),
    );
    assert.deepEqual(Object.fromEntries(answers), {
      people: ['_No moment of this period answers this question. Kinds that would: Mentoring, hiring, Delegation._'],
      asks: ['_The log holds no evidence for this question: write it yourself._'],
      else: ['_Every moment of this period answers another question._'],
    });
  });

  it('renders hostile text in the form and the log as text: no heading, marker, HTML or link of its own', () => {
    const benignForm: ReviewForm = { name: 'Form', questions: [{ id: 'q', text: 'Question', kinds: ['mentoring'] }] };
    const benignMoment = momentAt('2026-11-02T10:00', { summary: 'Summary', impact: 'Impact' });
    const benign = previewStructure(draft([benignMoment], benignForm)).elements;
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, hostileText, (name, question, summary, impact) => {
        const hostileForm: ReviewForm = {
          name: `${name}x`,
          questions: [{ id: 'q', text: `${question}x`, kinds: ['mentoring'] }],
        };
        const moment = { ...benignMoment, summary: `${summary}x`, impact: `${impact}x` };
        const markdown = draft([moment], hostileForm);
        assert.deepEqual(previewStructure(markdown).elements, benign, markdown);
        assert.equal(markdown.split('\n').filter((line) => QUESTION_MARKER_PATTERN.test(line)).length, 1);
      }),
    );
    const forged = draft([{ ...benignMoment, summary: 'a\n## Fake\n<!-- growth-log:question id="x" limit="1" -->' }], {
      name: 'Form',
      questions: [{ id: 'q', text: 'Q\n<!-- growth-log:question id="y" limit="none" -->', kinds: ['mentoring'] }],
    });
    assert.deepEqual([...answersOf(forged).keys()], ['q']);
  });

  it('refuses a question id that could end the marker comment, whoever built the form', () => {
    assert.throws(() => questionMarker({ id: 'x" --><img src=x>' }), /may hold only letters, digits/);
    assert.equal(questionMarker({ id: 'a_B-9', limit: 1500 }), '<!-- growth-log:question id="a_B-9" limit="1500" -->');
  });

  it('adds who can speak to your work only when the private sections are asked for, after every answer', () => {
    const moments = [
      momentAt(new Date(2026, 10, 3, 10), { id: 'aaaa1111-x', kind: 'mentoring', summary: 'Paired', people: ['Sam'] }),
      momentAt(new Date(2026, 10, 4, 10), {
        id: 'bbbb2222-x',
        kind: 'delegation',
        summary: 'Handed',
        people: ['@sam'],
      }),
    ];
    const form = BUILT_IN_FORMS[0] as ReviewForm;
    const timeline = Timeline.build(moments);
    const without = renderSelfReviewDraft(timeline, november, form, { kinds });
    const withPrivate = renderSelfReviewDraft(timeline, november, form, { kinds, includePrivateSections: true });
    assert.doesNotMatch(without, /Who can speak to your work/);
    const section = withPrivate.slice(withPrivate.indexOf('## Who can speak to your work'));
    assert.match(section, /\*\*Sam\*\*, 2 moments shared/);
    assert.deepEqual(
      findCitations(section).map((citation) => citation.ref),
      [momentRef('aaaa1111-x'), momentRef('bbbb2222-x')],
    );
    // Not inside an answer: every marker comes before it.
    assert.ok(withPrivate.lastIndexOf('growth-log:question') < withPrivate.indexOf('## Who can speak'));
  });
});
