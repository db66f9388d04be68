import * as assert from 'node:assert/strict';
import { type BragOptions, renderBragDocument } from '../../src/core/documents/bragDocument';
import { customPeriod } from '../../src/core/insights/period';
import { Timeline } from '../../src/core/insights/timeline';
import type { Expectation, Ladder, LadderLevel } from '../../src/core/ladders/ladder';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import type { Moment } from '../../src/core/model/schema';
import { previewStructure } from '../support/markdownPreview';
import { momentAt } from '../support/moments';
import { withTimeZone } from '../support/timeZone';

/** The brag document against a ladder level: "Against the … expectations" and the level's private gaps. */

function expectation(id: string, text: string, overrides: Partial<Expectation> = {}): Expectation {
  return { id, level: 'Staff', text, competencies: ['team-development'], ...overrides };
}

const mentors = expectation('mentors', 'Grows other engineers.', { competencies: ['team-development'] });
const decides = expectation('decides', 'Makes and records decisions others can follow.', {
  competencies: ['decision-making'],
});
const roadmap = expectation('roadmap', 'Shapes the roadmap from the business goals.', {
  competencies: ['strategic-vision', 'business-acumen'],
});
const learns = expectation('learns', 'Keeps learning.', { competencies: ['continuous-learning'] });

const staff: LadderLevel = { name: 'Staff', expectations: [mentors, decides, roadmap, learns] };
const ladder: Ladder = { name: 'Acme ladder', levels: [{ name: 'Senior', expectations: [] }, staff] };
const kinds = new KindCatalogue();

const NOVEMBER = customPeriod(new Date(2026, 10, 1), new Date(2026, 10, 30));

function brag(moments: readonly Moment[], options: Partial<BragOptions> = {}): string {
  return renderBragDocument(Timeline.build(moments), NOVEMBER, {
    weekStartsOn: 'monday',
    track: 'staff-ic',
    includePrivateSections: false,
    kinds,
    ladder: { ladder, target: staff },
    ...options,
  });
}

/** The lines under a `## ` heading, up to the next one. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`${heading}\n`);
  assert.ok(start >= 0, `no ${heading} in\n${markdown}`);
  const body = markdown.slice(start + heading.length + 1);
  const end = body.search(/^## /m);
  return end < 0 ? body : body.slice(0, end);
}

/** Eight mentoring moments, one a week of November, with two people between them. */
function mentoringNovember(): Moment[] {
  return Array.from({ length: 8 }, (_, index) =>
    momentAt(`2026-11-${String(2 + index * 3).padStart(2, '0')}T10:00`, {
      kind: 'mentoring',
      summary: `Paired with Sam, session ${index + 1}`,
      people: [index % 2 === 0 ? 'Sam' : 'Priya'],
    }),
  );
}

describe('the brag document against a ladder level', () => {
  withTimeZone('Europe/Berlin');

  it('lists each expectation with evidence, in ladder order, with its strength and its moments named', () => {
    const decision = momentAt('2026-11-20T09:00', { kind: 'decision', summary: 'Chose Postgres' });
    const moments = [...mentoringNovember(), decision];
    const markdown = brag(moments);
    const ladderPart = section(markdown, '## Against the Staff expectations');
    assert.match(ladderPart, /Acme ladder: 2 of 4 expectations with evidence in this period, 1 strong\./);
    const grows = ladderPart.indexOf('**Grows other engineers.**');
    const records = ladderPart.indexOf('**Makes and records decisions others can follow.**');
    assert.ok(grows >= 0 && records > grows, 'in ladder order');
    assert.match(ladderPart, /_Strong evidence · 8 moments with 2 people_/);
    assert.match(ladderPart, /_Thin evidence · 1 moment_/);
    assert.match(ladderPart, /\n {2}- Chose Postgres \(Nov 20\)\n/);
    assert.match(ladderPart, /Under each, the most recent moments that show it, by their first words and day/);
    // Expectations without evidence are not in the reader's section.
    assert.doesNotMatch(ladderPart, /Shapes the roadmap|Keeps learning/);
  });

  it('writes each moment once, in the body, and names it in the ladder section as the body shows it', () => {
    const moments = mentoringNovember();
    const markdown = brag(moments);
    const ladderPart = section(markdown, '## Against the Staff expectations');
    const body = markdown.slice(0, markdown.indexOf('## Against the Staff expectations'));
    for (const moment of moments.slice(3)) {
      const day = `(Nov ${new Date(moment.at).getDate()})`;
      assert.equal(body.split(`- ${moment.summary} ${day}`).length - 1, 1, `${moment.summary} once, in the body`);
      assert.ok(ladderPart.includes(`${moment.summary} ${day}`), `${moment.summary} named as the body shows it`);
    }
    assert.doesNotMatch(markdown, /\bref [0-9a-f]{8}\b/, 'no ref the reader cannot look up');
  });

  it('names a long lead by its first words, cut between words, as the body starts it', () => {
    const long = momentAt('2026-11-27T10:00', {
      kind: 'delegation',
      summary:
        'Handed the release checklist to Priya and stayed on call for her first two releases to answer questions',
      people: ['Priya'],
    });
    const markdown = brag([long]);
    const ladderPart = section(markdown, '## Against the Staff expectations');
    const mention = /\n {2}- (.+)… \(Nov 27\)\n/.exec(ladderPart);
    assert.ok(mention?.[1], ladderPart);
    assert.ok(mention[1].length <= 60 && !mention[1].endsWith(' '), mention[1]);
    assert.ok(long.summary.startsWith(`${mention[1]} `), 'cut at a word boundary');
    assert.ok(markdown.includes(`- ${mention[1]}`), 'the body line starts the same way');
  });

  it('leaves no dash hanging where a lead is cut just after its result', () => {
    const moment = momentAt('2026-11-12T10:00', {
      kind: 'mentoring',
      summary: 'Paired with Sam on the flaky test triage of the billing service',
      outcome: { text: 'Every billing error now names the field and the fix', at: '2026-11-20T10:00:00Z' },
    });
    const ladderPart = section(brag([moment]), '## Against the Staff expectations');
    assert.match(ladderPart, /- Every billing error now names the field and the fix… \(Nov 12\)\n/);
  });

  it('names the five most recent moments of an expectation and says how many earlier', () => {
    const moments = mentoringNovember();
    const ladderPart = section(brag(moments), '## Against the Staff expectations');
    for (const moment of moments.slice(0, 3)) assert.ok(!ladderPart.includes(`${moment.summary} (`), moment.summary);
    for (const moment of moments.slice(3)) assert.ok(ladderPart.includes(`${moment.summary} (`), moment.summary);
    assert.match(
      ladderPart,
      /Paired with Sam, session 7 \(Nov 20\); Paired with Sam, session 8 \(Nov 23\); and 3 earlier moments\n/,
    );
  });

  it('cites a moment linked to an expectation under it alone, not where its kind would match', () => {
    const linked = momentAt('2026-11-10T10:00', {
      kind: 'mentoring',
      summary: 'Wrote the ADR',
      expectations: ['decides'],
    });
    const ladderPart = section(brag([linked]), '## Against the Staff expectations');
    assert.doesNotMatch(ladderPart, /Grows other engineers/);
    assert.match(
      ladderPart,
      /\*\*Makes and records decisions others can follow\.\*\*\\\n {2}_Thin evidence · 1 moment_/,
    );
  });

  it('puts the headline at a glance', () => {
    const markdown = brag(mentoringNovember());
    assert.match(
      section(markdown, '## At a glance'),
      /Evidence for \*\*1\*\* of the 4 Staff expectations, \*\*1\*\* of them strong\./,
    );
  });

  it('adds nothing without a ladder target', () => {
    const markdown = brag(mentoringNovember(), { ladder: undefined, includePrivateSections: true });
    assert.doesNotMatch(markdown, /Against the|expectations/);
  });

  it('moves the expectations with no or thin evidence to the private gaps, each with one next step, never twice', () => {
    const decision = momentAt('2026-11-20T09:00', { kind: 'decision', summary: 'Chose Postgres' });
    const markdown = brag([...mentoringNovember(), decision], { includePrivateSections: true });
    const gaps = section(markdown, '## Gaps and next focus');
    assert.equal(markdown.split('## Gaps and next focus').length - 1, 1, 'one gaps section');
    assert.match(gaps, /the Staff expectations with no or thin evidence in this period and the competencies with none/);
    assert.match(
      gaps,
      /- \*\*Makes and records decisions others can follow\.\*\* One moment in this period: Chose Postgres \(Nov 20\)\. Next: Record a recent technical decision as an ADR/,
    );
    assert.match(
      gaps,
      /- \*\*Shapes the roadmap from the business goals\.\*\* No evidence in this period\. Next: Sketch where/,
    );
    assert.match(gaps, /- \*\*Keeps learning\.\*\* No evidence in this period\. Next: /);
    assert.doesNotMatch(gaps, /Grows other engineers/);
    // The competency gaps follow, without the steps the expectations already gave.
    assert.doesNotMatch(gaps, /\*\*Strategic vision\*\*|\*\*Continuous learning\*\*/);
    assert.match(gaps, /- \*\*Business acumen\*\*: /);
    const steps = gaps.split('\n').filter((line) => line.startsWith('- '));
    const suggestions = steps.map((line) => line.replace(/^.*?(Next: |\*\*: )/, ''));
    assert.equal(new Set(suggestions).size, suggestions.length, 'no step twice');
    assert.ok(markdown.indexOf('## Gaps and next focus') > markdown.indexOf('## Against the Staff expectations'));
  });

  it('keeps the gaps private', () => {
    assert.doesNotMatch(brag(mentoringNovember()), /Gaps and next focus|No evidence in this period/);
  });

  it('lists every expectation of the level as a gap when the period holds nothing', () => {
    const markdown = brag([], { includePrivateSections: true });
    assert.doesNotMatch(markdown, /## Against the/);
    const gaps = section(markdown, '## Gaps and next focus');
    for (const entry of staff.expectations) assert.ok(gaps.includes(`**${entry.text}** No evidence in this period.`));
  });

  it('renders a company ladder’s text as written, adding no structure of its own', () => {
    const hostile = expectation('hostile', '# Owns *everything* <b>now</b> [x](https://evil.example)', {
      competencies: ['team-development'],
    });
    const level: LadderLevel = { name: '## Staff <i>', expectations: [hostile] };
    const markdown = brag(mentoringNovember().slice(0, 1), {
      ladder: { ladder: { name: '[Acme](https://evil.example)', levels: [level] }, target: level },
      includePrivateSections: false,
    });
    const structure = previewStructure(markdown);
    const headings = markdown.split('\n').filter((line) => line.startsWith('#')).length;
    assert.equal(structure.elements.get('heading_open'), headings);
    // A bare address may become a link, as in any text of the log; a Markdown link or HTML may not.
    assert.doesNotMatch(structure.html, /<b>|<i>|>x<\/a>|>Acme<\/a>/);
  });
});
