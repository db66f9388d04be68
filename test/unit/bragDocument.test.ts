import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { type BragOptions, renderBragDocument } from '../../src/core/documents/bragDocument';
import { momentLead } from '../../src/core/documents/momentProse';
import { namesOnMoments, peopleNotNamedInText } from '../../src/core/documents/peopleWording';
import { peopleNotNamedIn } from '../../src/core/model/quickLog';
import { customPeriod } from '../../src/core/insights/period';
import { peopleResolver } from '../../src/core/model/people';
import { parseCustomKinds } from '../../src/core/model/customKinds';
import { BUILT_IN_KINDS } from '../../src/core/model/taxonomy';
import { resolvePeriod } from '../../src/core/insights/period';
import { formatLocalDate } from '../../src/core/time/calendar';
import type { Moment } from '../../src/core/model/schema';
import { previewStructure } from '../support/markdownPreview';
import { momentAt } from '../support/moments';
import { withTimeZone } from '../support/timeZone';
import { Timeline } from '../../src/core/insights/timeline';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import { DisplayLanguage } from '../../src/core/time/displayLanguage';

const english = new DisplayLanguage('en');

const OPTIONS = {
  weekStartsOn: 'monday',
  track: 'management',
  includePrivateSections: false,
  kinds: new KindCatalogue(),
} as const;

/** November 2026, in which every moment below falls. */
const NOVEMBER = customPeriod(new Date(2026, 10, 1), new Date(2026, 10, 30));

function brag(moments: readonly Moment[], options: Partial<BragOptions> = {}): string {
  return renderBragDocument(Timeline.build(moments), NOVEMBER, { ...OPTIONS, ...options });
}

/** The lines under a heading, up to the next heading of any level. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`${heading}\n`);
  assert.ok(start >= 0, `no ${heading} in\n${markdown}`);
  const body = markdown.slice(start + heading.length + 1);
  const end = body.search(/^#/m);
  return end < 0 ? body : body.slice(0, end);
}

/** How many times `text` is in `markdown`. */
function occurrences(markdown: string, text: string): number {
  return markdown.split(text).length - 1;
}

describe('renderBragDocument', () => {
  withTimeZone('Europe/Berlin');

  it('says so when the period holds nothing', () => {
    const markdown = renderBragDocument(
      Timeline.build([]),
      resolvePeriod('last-quarter', new Date(2026, 10, 23), 'monday', english),
      OPTIONS,
    );
    assert.match(markdown, /^# Brag document: Q3 2026\n/);
    assert.match(markdown, /No moments were logged in this period/);
    assert.doesNotMatch(markdown, /At a glance/);
  });

  it('escapes user text so it renders as written', () => {
    const markdown = renderBragDocument(
      Timeline.build([momentAt('2026-11-20T10:00', { summary: 'Line one\nLine two <b> *bold* [link](x) `code`' })]),
      resolvePeriod('this-year', new Date(2026, 10, 23), 'monday', english),
      OPTIONS,
    );
    assert.match(markdown, /Line one Line two \\<b\\> \\\*bold\\\* \\\[link\\\]\(x\) \\`code\\`/);
  });

  describe("from a hostile log, in VS Code's preview", () => {
    const render = (overrides: Partial<Moment>) =>
      renderBragDocument(
        Timeline.build([momentAt('2026-11-20T10:00', overrides)]),
        resolvePeriod('this-year', new Date(2026, 10, 23), 'monday', english),
        OPTIONS,
      );
    const code = { startLine: 1, endLine: 2 };

    it('shows a path that closes its code span as code, with no HTML and no command link', () => {
      for (const path of ['a.ts` <img src=x onerror=alert(1)> `', 'a.ts`[Open the review](command:growthLog.undo)`']) {
        const preview = previewStructure(render({ code: { ...code, path } }));
        assert.doesNotMatch(preview.html, /<img|href=/, path);
        assert.equal(preview.elements.get('html_inline'), undefined, path);
      }
    });

    it('shows a commit that closes its code span as code, with no HTML', () => {
      const preview = previewStructure(render({ code: { ...code, path: 'a.ts', commit: 'x`<img>' } }));
      assert.doesNotMatch(preview.html, /<img/);
      assert.equal(preview.elements.get('html_inline'), undefined);
    });

    it('starts no heading or list at a lone carriage return or a Unicode line separator', () => {
      const benign = previewStructure(render({ summary: 'Shipped', impact: 'Impact' })).elements;
      for (const lineBreak of ['\r', '\r\n', '\u2028', '\u2029', '\u0085', '\v', '\f']) {
        const markdown = render({
          summary: `Shipped${lineBreak}# Promoted${lineBreak}- item`,
          impact: `Impact${lineBreak}1. first`,
        });
        assert.deepEqual(previewStructure(markdown).elements, benign, JSON.stringify(lineBreak));
        assert.doesNotMatch(markdown, /[\r\v\f\u0085\u2028\u2029]/, JSON.stringify(lineBreak));
      }
    });

    it('keeps a file name with a newline on its line', () => {
      const benign = previewStructure(render({ code: { ...code, path: 'src/name.ts' } })).elements;
      const preview = previewStructure(render({ code: { ...code, path: 'src/odd\n# name.ts' } }));
      assert.deepEqual(preview.elements, benign);
      assert.match(preview.html, /<code>src\/odd # name\.ts:1-2<\/code>/);
    });

    it('links only web addresses', () => {
      const preview = previewStructure(
        render({
          links: ['https://example.com/pull/1', 'command:growthLog.undo', 'javascript:alert(1)', 'file:///etc/passwd'],
        }),
      );
      const targets = new Set(Array.from(preview.html.matchAll(/href="([^"]*)"/g), (match) => match[1]));
      assert.deepEqual(targets, new Set(['https://example.com/pull/1']));
    });
  });
});

describe('the brag document, for its reader', () => {
  withTimeZone('Europe/Berlin');
  const day = (date: number) => `2026-11-${String(date).padStart(2, '0')}T10:00`;
  const settingsKinds = new KindCatalogue(
    parseCustomKinds([
      { id: 'hiring', label: 'Hiring', competencies: ['business-acumen', 'team-development'] },
      { id: 'oncall', label: 'On-call' },
    ]).kinds,
  );

  describe('lists each moment of the period exactly once', () => {
    it('whatever its initiative, star, kind (built-in, of your own, unknown or misspelt) and people', () => {
      const logKinds = KindCatalogue.ofLog({ kinds: [{ id: 'pairing', label: 'Pairing' }] });
      const kinds = settingsKinds.withKindsOf({ kinds: [{ id: 'pairing', label: 'Pairing' }] });
      assert.equal(logKinds.describe('pairing').label, 'Pairing');
      const kindIds = [...BUILT_IN_KINDS.map((kind) => kind.id), 'hiring', 'oncall', 'pairing', 'mentorign', 'typo'];
      const momentShape = fc.record({
        kind: fc.constantFrom(...kindIds),
        date: fc.integer({ min: 1, max: 30 }),
        initiative: fc.constantFrom(undefined, 'payments', 'Payments', ' payments ', 'Release process'),
        starred: fc.boolean(),
        people: fc.subarray(['Sam', '@sam', 'Priya', 'Sam Lee']),
        impact: fc.constantFrom(undefined, 'They own it now'),
        outcome: fc.constantFrom(undefined, { text: 'It held up', at: '2026-11-30T10:00:00.000Z' }),
        tags: fc.subarray(['testing', 'ci']),
      });
      fc.assert(
        fc.property(fc.array(momentShape, { maxLength: 25 }), (shapes) => {
          // A token no other summary, heading or word of the document contains.
          const moments = shapes.map(({ date, ...shape }, index) =>
            momentAt(day(date), { ...shape, summary: `Handed Sam item q${index}z over` }),
          );
          const outside = momentAt('2026-12-02T10:00', { summary: 'Handed Sam item qoutsidez over' });
          const markdown = brag([...moments, outside], {
            kinds,
            people: peopleResolver([{ id: 'p', name: 'Sam Lee', aliases: ['Sam'] }]),
          });
          moments.forEach((_, index) => {
            assert.equal(occurrences(markdown, ` item q${index}z over`), 1, `moment ${index} in\n${markdown}`);
          });
          assert.equal(occurrences(markdown, 'qoutsidez'), 0);
          assert.equal(
            occurrences(markdown, '★'),
            moments.filter((moment) => moment.starred).length + (moments.some((moment) => moment.starred) ? 1 : 0),
          );
          assert.doesNotMatch(markdown, /mentorign|typo/, 'an unknown kind is never named');
          assert.doesNotMatch(markdown, /Highlights\n/, 'no second list of highlights');
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('groups', () => {
    const moments = [
      momentAt(day(2), { kind: 'code-review', summary: 'Reviewed the ledger schema', initiative: 'Payments' }),
      momentAt(day(3), { kind: 'decision', summary: 'Chose idempotency keys', initiative: 'payments ', starred: true }),
      momentAt(day(4), { kind: 'mentoring', summary: 'Taught retries', tags: ['testing', 'ci'] }),
      momentAt(day(5), { kind: 'code-review', summary: 'Set the naming standard' }),
      momentAt(day(6), { kind: 'releng', summary: 'Cut the release' }),
      momentAt(day(7), { kind: 'oncall', summary: 'Ran the outage call' }),
      momentAt(day(8), { kind: 'hiring', summary: 'Ran the debrief' }),
      momentAt(day(9), { kind: 'delegation', summary: 'Delegated the runbook', initiative: 'Release process' }),
      momentAt(day(10), { kind: 'mentoring', summary: 'Unblocked Kim', starred: true }),
    ];
    const markdown = brag(moments, { kinds: settingsKinds });

    it('by initiative first, the largest first, names compared without regard to case or spaces', () => {
      assert.match(markdown, /## Initiatives\n\n### Payments\n\n[^#]*\n### Release process\n/);
      assert.match(
        section(markdown, '### Payments'),
        /^\n- ★ Chose idempotency keys \(Nov 3\)\\\n {2}_Decision-making & problem-solving_\n- Reviewed the ledger schema \(Nov 2\)\\\n {2}_Technical leadership, Communication & influence_\n\n$/,
      );
    });

    it('then by the main competency, with the others and the tags beside the moment', () => {
      assert.equal(
        section(markdown, '## Team development'),
        '\n- ★ Unblocked Kim (Nov 10)\\\n  _Communication & influence_\n- Taught retries (Nov 4)\\\n  _Communication & influence · #testing #ci_\n\n',
      );
      assert.equal(
        section(markdown, '## Technical leadership'),
        '\n- Set the naming standard (Nov 5)\\\n  _Communication & influence_\n\n',
      );
      assert.match(section(markdown, '## Business acumen'), /- Ran the debrief \(Nov 8\)\\\n {2}_Team development_/);
    });

    it('gives a kind of your own with no competency its own heading, and puts an unknown kind under "Other work"', () => {
      assert.equal(section(markdown, '## On-call'), '\n- Ran the outage call (Nov 7)\n\n');
      assert.equal(section(markdown, '## Other work'), '\n- Cut the release (Nov 6)\n');
      assert.doesNotMatch(markdown, /releng/);
      const withoutTheSetting = brag(moments);
      assert.match(
        section(withoutTheSetting, '## Other work'),
        /Cut the release[\s\S]*Ran the outage call[\s\S]*Ran the debrief/,
      );
      assert.doesNotMatch(withoutTheSetting, /oncall|hiring|On-call/);
    });

    it('orders the competencies as the taxonomy does, and kinds of your own and other work after them', () => {
      const headings = [...markdown.matchAll(/^## (.*)$/gm)].map((match) => match[1]);
      assert.deepEqual(headings, [
        'At a glance',
        'Initiatives',
        'Team development',
        'Technical leadership',
        'Business acumen',
        'On-call',
        'Other work',
      ]);
    });
  });

  describe('leads with what changed', () => {
    it('the outcome, else the impact, else the summary; the impact of the time kept under an outcome', () => {
      const markdown = brag([
        momentAt(day(2), {
          summary: 'Paired with Sam on flaky-test triage',
          people: ['Sam'],
          impact: 'Sam can triage alone',
          outcome: { text: 'Sam now owns the CI dashboard', at: '2026-11-20T10:00:00.000Z' },
        }),
        momentAt(day(3), {
          kind: 'delegation',
          summary: 'Handed the checklist to Priya',
          impact: 'Priya ran the release',
        }),
        momentAt(day(4), {
          kind: 'delegation',
          summary: 'Sam and I split the on-call runbook',
          impact: 'Half the pages',
        }),
      ]);
      assert.match(
        markdown,
        /- \*\*Sam now owns the CI dashboard\*\* — paired with Sam on flaky-test triage \(Nov 2\)\\\n {2}_Communication & influence_\n {2}- At the time: Sam can triage alone\n/,
      );
      assert.match(markdown, /- \*\*Priya ran the release\*\* — handed the checklist to Priya \(Nov 3\)\\?\n/);
      assert.match(markdown, /- \*\*Half the pages\*\* — Sam and I split the on-call runbook \(Nov 4\)\\?\n/);
    });
  });

  describe('names people in the words the work calls for', () => {
    const people = peopleResolver([
      { id: 'sam', name: 'Sam Lee', aliases: ['sammy'] },
      { id: 'jo', name: 'Jo Park', aliases: ['jo'] },
    ]);

    it('does not repeat a person the text already names, by name or alias, in any case, with or without @', () => {
      const markdown = brag(
        [
          momentAt(day(2), { summary: 'Paired with SAMMY on the cache', people: ['Sam Lee'] }),
          momentAt(day(3), { summary: 'Paired with @sam_lee on the queue', people: ['@Sam_Lee'] }),
          momentAt(day(4), { summary: 'Reviewed the cache', impact: 'Jo ships it alone', people: ['Jo Park'] }),
          momentAt(day(5), { summary: 'Paired on the parser', people: ['sammy', 'Priya'] }),
        ],
        { people },
      );
      assert.doesNotMatch(markdown, /Paired with SAMMY on the cache \(Nov 2\)\\\n {2}_Supported/);
      assert.doesNotMatch(markdown, /on the queue \(Nov 3\)\\\n {2}_Supported/);
      assert.doesNotMatch(markdown, /Reviewed the cache \(Nov 4\)\\\n {2}_Supported/);
      assert.match(markdown, /Paired on the parser \(Nov 5\)\\\n {2}_Supported Sam Lee and Priya · /);
    });

    it('supports only in kinds that develop someone, mediates a conflict, learns from a mentor, works with everyone else', () => {
      const markdown = brag([
        momentAt(day(2), { kind: 'mentoring', summary: 'Ran a testing workshop', people: ['Kim'] }),
        momentAt(day(3), { kind: 'delegation', summary: 'Handed over the runbook', people: ['Lou'] }),
        momentAt(day(4), { kind: 'conflict', summary: 'Settled the naming dispute', people: ['Ana', 'Bo'] }),
        momentAt(day(5), { kind: 'conflict', summary: 'Gave hard feedback on estimates', people: ['Cy'] }),
        momentAt(day(6), { kind: 'code-review', summary: 'Reviewed the ledger', people: ['Di'] }),
        momentAt(day(7), { kind: 'learning', summary: 'Got feedback on my RFC', people: ['Eve'] }),
        momentAt(day(8), { kind: 'mystery', summary: 'Did something', people: ['Flo'] }),
      ]);
      assert.match(markdown, /Ran a testing workshop \(Nov 2\)\\\n {2}_Supported Kim · /);
      assert.match(markdown, /Handed over the runbook \(Nov 3\)\\\n {2}_Supported Lou · /);
      assert.match(markdown, /Settled the naming dispute \(Nov 4\)\\\n {2}_Mediated between Ana and Bo_/);
      assert.match(markdown, /Gave hard feedback on estimates \(Nov 5\)\\\n {2}_With Cy_/);
      assert.match(markdown, /Reviewed the ledger \(Nov 6\)\\\n {2}_Worked with Di · /);
      assert.match(markdown, /Got feedback on my RFC \(Nov 7\)\\\n {2}_Learned from Eve_/);
      assert.match(markdown, /Did something \(Nov 8\)\\\n {2}_Worked with Flo_/);
      assert.match(
        markdown,
        / Supported \*\*2\*\* people: Kim and Lou\. Also worked with \*\*6\*\* people: Ana, Bo, Cy, Di, Eve, and Flo\.\n/,
      );
    });

    it('counts a person supported once and not again among those worked with', () => {
      const markdown = brag([
        momentAt(day(2), { kind: 'mentoring', summary: 'Coached', people: ['Kim'] }),
        momentAt(day(3), { kind: 'code-review', summary: 'Reviewed', people: ['kim'] }),
      ]);
      assert.match(markdown, / Supported \*\*1\*\* person: Kim\.\n/);
      const onlyWorkedWith = brag([momentAt(day(3), { kind: 'code-review', summary: 'Reviewed', people: ['Kim'] })]);
      assert.match(onlyWorkedWith, / Worked with \*\*1\*\* person: Kim\.\n/);
    });
  });

  describe('at a glance', () => {
    it('is one factual paragraph: period, moments over active weeks, highlights, strongest competencies, initiatives', () => {
      const markdown = brag([
        momentAt(day(2), { kind: 'mentoring', summary: 'A', initiative: 'payments', starred: true }),
        momentAt(day(3), { kind: 'mentoring', summary: 'B', initiative: 'payments' }),
        momentAt(day(10), { kind: 'delegation', summary: 'C', initiative: 'release' }),
        momentAt(day(24), { kind: 'code-review', summary: 'D' }),
        momentAt(day(25), { kind: 'mystery', summary: 'E' }),
      ]);
      assert.equal(
        section(markdown, '## At a glance'),
        '\nNov 1\u2009–\u200930, 2026: **5** moments over **3** active weeks. **1** highlight, marked ★ and listed first in its section. ' +
          'Strongest competencies: Team development (3), Communication & influence (3), and Technical leadership (1). ' +
          'Initiatives: payments (2) and release (1).\n\n',
      );
      assert.doesNotMatch(markdown, /\| Kind \|/, 'no table by kind');
    });

    it('writes one moment and one initiative in the singular, and counts initiatives beyond five', () => {
      assert.match(
        brag([momentAt(day(2), { summary: 'A', initiative: 'x' })]),
        /: \*\*1\*\* moment in \*\*1\*\* active week\. Strongest competencies: Team development \(1\) and Communication & influence \(1\)\. Initiative: x \(1\)\.\n/,
      );
      const many = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((name, index) =>
        momentAt(day(index + 2), { summary: name.toUpperCase(), initiative: name }),
      );
      assert.match(brag(many), /Initiatives: a \(1\), b \(1\), c \(1\), d \(1\), e \(1\), and 2 more initiatives\./);
    });

    it('dates moments with the year when the period spans two', () => {
      const markdown = renderBragDocument(
        Timeline.build([momentAt('2026-12-30T10:00', { summary: 'A' })]),
        customPeriod(new Date(2026, 11, 1), new Date(2027, 0, 31)),
        OPTIONS,
      );
      assert.match(markdown, /- A \(Dec 30, 2026\)\\?\n/);
      assert.match(markdown, /Dec 1, 2026\u2009–\u2009Jan 31, 2027: /);
    });
  });
});

describe('peopleNotNamedInText', () => {
  it('finds a name where the quick-log parser would, whatever the words around it', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'B', 'é', '1', '.', '-', '_', ' ', '@'), maxLength: 6 });
    fc.assert(
      fc.property(word, word, (summary, name) => {
        const nameOf = namesOnMoments(peopleResolver());
        const unnamed = peopleNotNamedInText(summary, { people: [name] }, nameOf);
        if (nameOf(name) === undefined) return assert.deepEqual(unnamed, [], 'a blank name names no one');
        // As written without its @, or with spaces for its underscores; a name that is only "@" is never found.
        const spellings = [
          ...new Set([name.trim().replace(/^@/u, ''), name.trim().replace(/^@/u, '').replace(/_/gu, ' ')]),
        ];
        const found = spellings.some(
          (spelling) => spelling.trim() !== '' && peopleNotNamedIn(summary, [spelling]).length === 0,
        );
        assert.equal(unnamed.length === 0, found, JSON.stringify({ summary, name }));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('momentLead', () => {
  it('leads with the outcome, else the impact, else the summary', () => {
    const moment = { summary: 'Paired with Sam on triage', people: ['Sam'] };
    assert.equal(momentLead(moment), 'Paired with Sam on triage');
    assert.equal(momentLead({ ...moment, impact: ' ' }), 'Paired with Sam on triage');
    assert.equal(momentLead({ ...moment, impact: 'Sam owns CI' }), 'Sam owns CI — paired with Sam on triage');
    assert.equal(
      momentLead({
        ...moment,
        impact: 'Sam owns CI',
        outcome: { text: 'Sam still owns CI', at: '2026-12-01T00:00:00Z' },
      }),
      'Sam still owns CI — paired with Sam on triage',
    );
  });

  it('lower-cases only a leading verb in the past tense, never a name, an acronym or a noun', () => {
    const lead = (summary: string, people?: string[]) => momentLead({ summary, impact: 'It shipped', people });
    assert.equal(lead('Ran the retro'), 'It shipped — ran the retro');
    assert.equal(lead('Handed off the runbook'), 'It shipped — handed off the runbook');
    assert.equal(lead('Review that set the standard'), 'It shipped — Review that set the standard');
    assert.equal(lead('Postgres chosen for billing'), 'It shipped — Postgres chosen for billing');
    assert.equal(lead('CI fixed'), 'It shipped — CI fixed');
    assert.equal(lead('I paired with Sam'), 'It shipped — I paired with Sam');
    assert.equal(lead('Ahmed paired with me', ['Ahmed Ali']), 'It shipped — Ahmed paired with me');
    const people = peopleResolver([{ id: 'f', name: 'Frederick', aliases: ['Alfred'] }]);
    assert.equal(
      momentLead({ summary: 'Alfred reviewed it', impact: 'Merged' }, people),
      'Merged — Alfred reviewed it',
    );
  });
});

describe('resolvePeriod', () => {
  withTimeZone('Europe/Berlin');

  const span = (id: Parameters<typeof resolvePeriod>[0], now: Date) => {
    const period = resolvePeriod(id, now, 'monday', english);
    return [formatLocalDate(period.from), formatLocalDate(period.to), period.label];
  };

  it('resolves each preset from "now"', () => {
    const now = new Date(2026, 10, 23, 12); // Mon 23 Nov 2026
    assert.deepEqual(span('this-week', now), ['2026-11-23', '2026-11-30', 'This week']);
    assert.deepEqual(span('this-week', new Date(2026, 10, 29, 23)), ['2026-11-23', '2026-11-30', 'This week']);
    assert.deepEqual(span('last-week', now), ['2026-11-16', '2026-11-23', 'Last week']);
    assert.deepEqual(span('last-month', now), ['2026-10-01', '2026-11-01', 'October 2026']);
    assert.deepEqual(span('this-quarter', now), ['2026-10-01', '2027-01-01', 'Q4 2026']);
    assert.deepEqual(span('last-quarter', now), ['2026-07-01', '2026-10-01', 'Q3 2026']);
    assert.deepEqual(span('last-6-months', now), ['2026-05-24', '2026-11-24', 'Last 6 months']);
    assert.deepEqual(span('this-year', now), ['2026-01-01', '2027-01-01', '2026']);
  });

  it('crosses the year boundary in January', () => {
    const now = new Date(2027, 0, 10);
    assert.deepEqual(span('last-month', now), ['2026-12-01', '2027-01-01', 'December 2026']);
    assert.deepEqual(span('last-quarter', now), ['2026-10-01', '2027-01-01', 'Q4 2026']);
  });
});
