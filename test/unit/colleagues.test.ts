import * as assert from 'node:assert/strict';
import { citeMoment, findCitations, momentsCitedBy } from '../../src/core/documents/citation';
import { whoCanSpeakSection } from '../../src/core/documents/whoCanSpeakSection';
import { momentOfSuggestion } from '../../src/core/git/suggestionMoments';
import { colleaguesOf } from '../../src/core/insights/colleagues';
import { customPeriod } from '../../src/core/insights/period';
import { Timeline } from '../../src/core/insights/timeline';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import { peopleResolver } from '../../src/core/model/people';
import type { Moment, Person } from '../../src/core/model/schema';
import { previewStructure } from '../support/markdownPreview';
import { momentAt } from '../support/moments';
import { withTimeZone } from '../support/timeZone';

const kinds = new KindCatalogue();
const SAM_LEE: Person = { id: 'p-sam', name: 'Sam Lee', aliases: ['Sam', 'sam.lee'] };
/** Made when a test runs, in its time zone. */
const november = () => customPeriod(new Date(2026, 10, 1), new Date(2026, 10, 30));

/** Per colleague: name, moments shared, competencies shown with their counts. */
function ranked(moments: readonly Moment[], people: readonly Person[] = []) {
  return colleaguesOf(moments, { kinds, people: peopleResolver(people) }).map((colleague) => ({
    name: colleague.name,
    moments: colleague.moments.length,
    competencies: colleague.competencies.map((shared) => `${shared.competency} ${shared.moments.length}`),
  }));
}

/** The names of the colleagues a section lists, as written in the Markdown. */
function listedNames(lines: readonly string[]): string[] {
  return lines.flatMap((line) => /^- \*\*(.+?)\*\*/.exec(line)?.[1] ?? []);
}

describe('who can speak to your work', () => {
  withTimeZone('Europe/Berlin');

  describe('colleaguesOf', () => {
    it('counts a person once under every name the people list gives them, listed name shown', () => {
      const moments = [
        momentAt('2026-11-02T10:00', { people: ['Sam'] }),
        momentAt('2026-11-03T10:00', { people: ['@sam_lee'] }),
        momentAt('2026-11-04T10:00', { people: ['sam.lee'] }),
        // One moment naming one person twice shares one moment with them.
        momentAt('2026-11-05T10:00', { people: ['Sam', 'Sam Lee'] }),
      ];
      const [sam, ...others] = ranked(moments, [SAM_LEE]);
      assert.deepEqual(others, []);
      assert.equal(sam?.name, 'Sam Lee');
      assert.equal(sam?.moments, 4);
      assert.deepEqual(
        ranked(moments).map((colleague) => colleague.name),
        ['Sam', 'Sam Lee', 'sam.lee'],
        'without the people list, only spellings of one name are one person',
      );
    });

    it('ranks by moments shared, then competencies shown, then the most recent, then name', () => {
      const moments = [
        momentAt('2026-11-02T10:00', { kind: 'mentoring', people: ['Bo', 'Cy', 'Di', 'Ed'] }),
        momentAt('2026-11-03T10:00', { kind: 'mentoring', people: ['Ed'] }),
        momentAt('2026-11-04T10:00', { kind: 'code-review', people: ['Cy'] }),
        momentAt('2026-11-05T10:00', { kind: 'mentoring', people: ['Di'] }),
        momentAt('2026-11-06T10:00', { kind: 'mentoring', people: ['Ab'] }),
        momentAt('2026-11-06T11:00', { kind: 'mentoring', people: ['Aa'] }),
        momentAt('2026-11-06T11:00', { kind: 'mentoring', people: ['Ac'] }),
        momentAt('2026-10-30T10:00', { kind: 'conflict', people: ['Fy'] }),
        momentAt('2026-10-31T10:00', { kind: 'conflict', people: ['Fy'] }),
      ];
      assert.deepEqual(
        ranked(moments).map((colleague) => colleague.name),
        // Cy: 2 moments, 3 competencies; Di and Ed: 2 moments, 2 competencies, Di more recent;
        // Fy: 2 moments, 1 competency; the rest 1 moment, 2 competencies: Aa and Ac at the
        // same time, by name; Ab earlier; Bo earliest.
        ['Cy', 'Di', 'Ed', 'Fy', 'Aa', 'Ac', 'Ab', 'Bo'],
      );
    });

    it('says which competencies the shared moments show, the most shown first', () => {
      const [priya] = ranked([
        momentAt('2026-11-02T10:00', { kind: 'delegation', people: ['Priya'] }),
        momentAt('2026-11-03T10:00', { kind: 'mentoring', people: ['Priya'] }),
        momentAt('2026-11-04T10:00', { kind: 'conflict', people: ['Priya'] }),
      ]);
      assert.deepEqual(priya?.competencies, [
        'team-development 2',
        'delegation 1',
        'communication 1',
        'emotional-intelligence 1',
      ]);
    });

    it('invents no one from a summary: only the people a moment names are colleagues', () => {
      assert.deepEqual(ranked([momentAt('2026-11-02T10:00', { summary: 'Paired with Sam on flaky tests' })]), []);
    });

    it('counts the co-authors and reviewers a git suggestion puts on a moment, merged with names typed', () => {
      const fromGit = momentOfSuggestion(
        {
          work: 'commit:abc',
          commits: ['a'.repeat(40)],
          kind: 'mentoring',
          summary: 'Paired with Sam Lee to fix the flaky retry test',
          people: ['Sam Lee'],
          at: new Date(2026, 10, 3, 10).toISOString(),
          reason: 'co-authored commit',
          links: [],
        },
        { id: 'from-git' },
      );
      const [sam] = ranked([momentAt('2026-11-02T10:00', { people: ['@Sam'] }), fromGit], [SAM_LEE]);
      assert.deepEqual(sam, { name: 'Sam Lee', moments: 2, competencies: ['team-development 2', 'communication 2'] });
    });
  });

  describe('whoCanSpeakSection', () => {
    const options = { kinds, people: peopleResolver([SAM_LEE]) };

    it('is a private section: each colleague with the competencies shown and the moments shared cited, not repeated', () => {
      // Ids whose refs differ (the helper's ids all start alike).
      const pairing = momentAt('2026-11-02T10:00', {
        id: '3f9a2c1b-0000-4000-8000-000000000001',
        kind: 'mentoring',
        summary: 'Paired on triage',
        people: ['Sam'],
      });
      const handover = momentAt('2026-11-09T10:00', {
        id: '7d0e4b2a-0000-4000-8000-000000000002',
        kind: 'delegation',
        summary: 'Handed over',
        people: ['Sam Lee'],
      });
      const lines = whoCanSpeakSection(Timeline.build([pairing, handover]), november(), options);
      assert.deepEqual(lines, [
        '## Who can speak to your work',
        '',
        '_Private: the colleagues who shared the most of your moments in this period, the people to nominate as peer reviewers._',
        '',
        '- **Sam Lee**, 2 moments shared: Team development (2), Delegation (1), Communication & influence (1)',
        `  - ${citeMoment(pairing, kinds)} ${citeMoment(handover, kinds)}`,
      ]);
      const markdown = lines.join('\n');
      assert.doesNotMatch(markdown, /Paired on triage|Handed over/, 'cited, not repeated');
      assert.deepEqual(
        findCitations(markdown).flatMap((citation) => momentsCitedBy(citation.ref, [pairing, handover])),
        [pairing, handover],
        'every citation leads back to its moment',
      );
    });

    it('takes the moments as a list too, and keeps to the period', () => {
      const moments = [
        momentAt('2026-10-31T10:00', { people: ['Before'] }),
        momentAt('2026-11-30T23:00', { people: ['Inside'] }),
        momentAt('2026-12-01T00:00', { people: ['After'] }),
      ];
      assert.deepEqual(listedNames(whoCanSpeakSection(moments, november(), options)), ['Inside']);
    });

    it('is no lines at all when no moment of the period names anyone', () => {
      assert.deepEqual(
        whoCanSpeakSection([momentAt('2026-11-02T10:00', { summary: 'Alone with Sam' })], november(), options),
        [],
      );
      assert.deepEqual(
        whoCanSpeakSection([momentAt('2026-10-02T10:00', { people: ['Sam'] })], november(), options),
        [],
      );
    });

    it('lists at most `limit` colleagues and says how many more there are', () => {
      const moments = ['Ana', 'Bo', 'Cy', 'Di'].map((name, index) =>
        momentAt(`2026-11-0${index + 2}T10:00`, { people: [name] }),
      );
      const lines = whoCanSpeakSection(moments, november(), { ...options, limit: 2 });
      assert.deepEqual(listedNames(lines), ['Di', 'Cy']);
      assert.equal(lines.at(-1), '_And 2 more colleagues._');
      assert.equal(whoCanSpeakSection(moments, november(), { ...options, limit: 3 }).at(-1), '_And 1 more colleague._');
    });

    it('cites the five most recent moments shared with a colleague, and says how many earlier ones there are', () => {
      const moments = Array.from({ length: 8 }, (_, index) =>
        momentAt(`2026-11-${String(index + 2).padStart(2, '0')}T10:00`, {
          id: `m${index}-aaaaaaaa`,
          kind: 'hiring',
          people: ['Kim'],
        }),
      );
      const [, citations] = whoCanSpeakSection(moments, november(), options).slice(4);
      assert.equal(
        citations,
        `  - ${moments
          .slice(3)
          .map((moment) => citeMoment(moment, kinds))
          .join(' ')} and 3 earlier moments`,
      );
    });

    it('cites a moment of a kind that shows no competency too', () => {
      const unknown = momentAt('2026-11-02T10:00', { kind: 'hiring', people: ['Kim'] });
      assert.deepEqual(whoCanSpeakSection([unknown], november(), options).slice(4), [
        '- **Kim**, 1 moment shared',
        `  - ${citeMoment(unknown, kinds)}`,
      ]);
    });

    it("renders a hostile name as text in VS Code's preview: no heading, link, HTML or emphasis of its own", () => {
      const hostile = [
        '<img src=x onerror=alert(1)>',
        '[Open](command:growthLog.undo)',
        '**bold** _it_',
        '# Heading',
        'Line\n## Forged heading',
        'Sam\u2028- forged item',
        '1. numbered',
        '`code',
      ];
      const moments = hostile.map((name, index) =>
        momentAt(`2026-11-${String(index + 2).padStart(2, '0')}T10:00`, { kind: 'hiring', people: [name] }),
      );
      const markdown = whoCanSpeakSection(moments, november(), options).join('\n');
      const preview = previewStructure(markdown);
      assert.equal(preview.elements.get('heading_open'), 1, 'the section heading alone');
      assert.equal(preview.elements.get('html_inline'), undefined);
      assert.equal(preview.elements.get('link_open'), undefined);
      assert.equal(preview.elements.get('em_open'), 1, 'the private note alone');
      assert.equal(preview.elements.get('strong_open'), hostile.length, 'each name in bold, nothing more');
      assert.equal(preview.elements.get('list_item_open'), hostile.length * 2, 'a name and its citations each');
      assert.doesNotMatch(preview.html, /<img|href=/);
      for (const text of ['&lt;img src=x onerror=alert(1)&gt;', '[Open](command:growthLog.undo)', '**bold** _it_'])
        assert.ok(preview.html.includes(text), `${text} is shown as written`);
    });
  });
});
