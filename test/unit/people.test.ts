import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { renderBragDocument } from '../../src/core/documents/bragDocument';
import { customPeriod } from '../../src/core/insights/period';
import { resolveTargets } from '../../src/core/insights/targets';
import { Timeline } from '../../src/core/insights/timeline';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import {
  countPeople,
  everyoneIn,
  mergePeople,
  normalisedName,
  PeopleDirectory,
  peopleResolver,
  resolvedNames,
} from '../../src/core/model/people';
import type { LogFile, Person } from '../../src/core/model/schema';
import { buildSidebarSnapshot } from '../../src/viewModel/sidebarSnapshot';
import { DisplayLanguage } from '../../src/core/time/displayLanguage';
import { parseLocalDate } from '../../src/core/time/calendar';
import { momentAt } from '../support/moments';

const sam: Person = { id: 'p-sam', name: 'Sam Lee', aliases: ['Sam', 'Samuel'] };

describe('people', () => {
  describe('the resolver', () => {
    it('matches names whatever their case, a leading @, underscores or spacing', () => {
      const resolver = peopleResolver([sam]);
      for (const name of ['Sam Lee', 'sam lee', '@Sam_Lee', 'SAM   LEE', ' @sam ', 'samuel']) {
        assert.equal(resolver.personOf(name)?.id, 'p-sam', name);
        assert.equal(resolver.nameOf(name), 'Sam Lee', name);
        assert.equal(resolver.keyOf(name), 'id:p-sam', name);
      }
      assert.equal(resolver.personOf('Sammy'), undefined);
    });

    it('groups names no one lists by their normalised form, showing them as written', () => {
      const resolver = peopleResolver();
      assert.equal(resolver.keyOf('@priya_shah'), resolver.keyOf('Priya Shah'));
      assert.notEqual(resolver.keyOf('Priya'), resolver.keyOf('Priya Shah'));
      assert.equal(resolver.nameOf(' Priya '), 'Priya');
    });

    it("finds a person by their own name even when it is someone else's alias", () => {
      // "Sam" is Sam Lee's alias, and the name of another person: the name wins.
      const otherSam: Person = { id: 'p-sam-k', name: 'sam' };
      for (const people of [
        [sam, otherSam],
        [otherSam, sam],
      ]) {
        const resolver = peopleResolver(people);
        assert.equal(resolver.personOf('Sam')?.id, 'p-sam-k');
        assert.equal(resolver.personOf('Samuel')?.id, 'p-sam');
      }
    });

    it('gives an alias two people list to the one listed first', () => {
      const first: Person = { id: 'a', name: 'Alex Kim', aliases: ['Alex'] };
      const second: Person = { id: 'b', name: 'Alex Ng', aliases: ['alex'] };
      assert.equal(peopleResolver([first, second]).personOf('ALEX')?.id, 'a');
      assert.equal(peopleResolver([second, first]).personOf('ALEX')?.id, 'b');
    });
  });

  it('resolves names as the rules say while people and names are added one at a time', () => {
    const names = ['Sam', 'sam', '@Sam_Lee', 'Sam Lee', 'Ana', 'Priya', 'ana'];
    const name = fc.constantFrom(...names);
    const person = fc.record({ name, aliases: fc.array(name, { maxLength: 2 }) });
    const change = fc.oneof(
      person.map((added) => ({ type: 'add' as const, ...added })),
      fc.record({ type: fc.constant('alias' as const), at: fc.nat(), aliases: fc.array(name, { maxLength: 2 }) }),
    );
    // The rules, read off the list as it stands: the first own name, else the first alias.
    const meant = (list: readonly Person[], written: string) =>
      list.find((entry) => normalisedName(entry.name) === normalisedName(written)) ??
      list.find((entry) => (entry.aliases ?? []).some((alias) => normalisedName(alias) === normalisedName(written)));
    fc.assert(
      fc.property(fc.array(person, { maxLength: 4 }), fc.array(change, { maxLength: 8 }), (start, changes) => {
        const directory = new PeopleDirectory(start.map((entry, index) => ({ id: `s${index}`, ...entry })));
        changes.forEach((step, index) => {
          const list = directory.people;
          if (step.type === 'add') directory.add({ id: `c${index}`, name: step.name, aliases: step.aliases });
          else if (list.length > 0) directory.addAliases(list[step.at % list.length]?.id ?? '', step.aliases);
        });
        for (const written of names) {
          assert.equal(directory.personOf(written), meant(directory.people, written));
          assert.equal(directory.isKnown(written), meant(directory.people, written) !== undefined);
        }
      }),
    );
  });

  it('counts each person once per moment, by their listed name, most first', () => {
    const moments = [
      momentAt('2026-11-16T10:00', { people: ['Sam', 'sam lee'] }),
      momentAt('2026-11-17T10:00', { people: ['@Sam_Lee', 'Priya'] }),
      momentAt('2026-11-18T10:00', { people: ['priya', 'Alex'] }),
      momentAt('2026-11-19T10:00', { people: ['Samuel'] }),
    ];
    const counts = countPeople(moments, peopleResolver([sam]));
    assert.deepEqual(
      counts.map(({ name, count }) => [name, count]),
      [
        ['Sam Lee', 3],
        ['Priya', 2],
        ['Alex', 1],
      ],
    );
    assert.deepEqual(counts[0]?.namesUsed, ['Sam', 'sam lee', '@Sam_Lee', 'Samuel']);
    assert.deepEqual(resolvedNames(['Sam', 'Priya', 'SAM LEE', 'priya'], peopleResolver([sam])), ['Sam Lee', 'Priya']);
  });

  it('lists everyone in a log, listed people no moment names included, at 0', () => {
    const log: LogFile = {
      version: 1,
      moments: [momentAt('2026-11-16T10:00', { people: ['Sam'] })],
      people: [sam, { id: 'p-zoe', name: 'Zoe' }],
    };
    assert.deepEqual(
      everyoneIn(log).map(({ key, name, count }) => [key, name, count]),
      [
        ['id:p-sam', 'Sam Lee', 1],
        ['id:p-zoe', 'Zoe', 0],
      ],
    );
  });

  describe('merging', () => {
    const log = (people?: Person[]): LogFile => ({ version: 1, moments: [], ...(people ? { people } : {}) });

    it('records two unlisted names as one new person, with the other name as an alias', () => {
      const merged = mergePeople(log(), ['Sam Lee', '@Sam', 'sam lee'], 'Sam Lee', () => 'new-id');
      assert.deepEqual(merged.people, [{ id: 'new-id', name: 'Sam Lee', aliases: ['@Sam'] }]);
      assert.equal(peopleResolver(merged.people).nameOf('SAM'), 'Sam Lee');
    });

    it('keeps the id of the first listed person, gathers every name, and leaves the others out, in place', () => {
      const before = [
        { id: 'p-ana', name: 'Ana' },
        sam,
        { id: 'p-sl', name: 'S. Lee', aliases: ['slee'], note: 'kept' },
        { id: 'p-zoe', name: 'Zoe' },
      ];
      const merged = mergePeople(log(before), ['S. Lee', 'Sam', 'sammy'], 'Sammy');
      assert.deepEqual(merged.people, [
        { id: 'p-ana', name: 'Ana' },
        { id: 'p-sl', name: 'Sammy', aliases: ['S. Lee', 'Sam', 'slee', 'Sam Lee', 'Samuel'], note: 'kept' },
        { id: 'p-zoe', name: 'Zoe' },
      ]);
    });

    it('leaves moments as written, and every reader resolves them to the merged person', () => {
      const moments = [
        momentAt('2026-11-17T10:00', { kind: 'mentoring', summary: 'Paired on the cache', people: ['Sam'] }),
        momentAt('2026-11-18T10:00', { kind: 'code-review', summary: 'Reviewed the parser', people: ['Sam Lee'] }),
      ];
      const merged = mergePeople({ version: 1, moments }, ['Sam', 'Sam Lee'], 'Sam Lee');
      assert.equal(merged.moments, moments);
      const resolver = peopleResolver(merged.people);
      const markdown = renderBragDocument(
        Timeline.build(merged.moments),
        customPeriod(parseLocalDate('2026-11-16') as Date, parseLocalDate('2026-11-22') as Date),
        {
          weekStartsOn: 'monday',
          track: 'management',
          includePrivateSections: false,
          kinds: new KindCatalogue(),
          people: resolver,
        },
      );
      assert.match(markdown, / Supported \*\*1\*\* person: Sam Lee\.\n/);
      assert.match(markdown, /- Paired on the cache \(Nov 17\)\\\n {2}_Supported Sam Lee · /);
      const snapshot = buildSidebarSnapshot({
        source: { scope: 'workspace', folderName: 'app', filePath: 'growth-log.json' },
        timeline: Timeline.build(merged.moments),
        now: new Date('2026-11-19T12:00'),
        weekOffset: 0,
        weekStartsOn: 'monday',
        track: 'management',
        targets: resolveTargets('management'),
        kinds: new KindCatalogue(),
        people: resolver,
        language: new DisplayLanguage('en'),
      });
      assert.deepEqual(
        snapshot.week.moments.map((moment) => moment.people),
        [['Sam Lee'], ['Sam Lee']],
      );
    });
  });
});
