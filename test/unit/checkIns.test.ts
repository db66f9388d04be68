import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { renderBragDocument } from '../../src/core/documents/bragDocument';
import { checkInSection } from '../../src/core/documents/checkInSection';
import { customPeriod } from '../../src/core/insights/period';
import { Timeline } from '../../src/core/insights/timeline';
import {
  checkInOfferDue,
  checkInsLatestFirst,
  createCheckIn,
  mergeCheckIn,
  removeCheckIn,
} from '../../src/core/ladders/checkIns';
import { latestRatings } from '../../src/core/ladders/selfRatings';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import type { CheckIn, LogFile } from '../../src/core/model/schema';
import { LogStore } from '../../src/core/storage/logStore';
import {
  claimWeek,
  readCheckInOffered,
  readLastShownWeek,
  recordCheckInOffer,
} from '../../src/core/storage/reminderRecord';
import { momentAt } from '../support/moments';
import { useTempDir } from '../support/tempDir';
import { withTimeZone } from '../support/timeZone';

const checkIn = (id: string, at: Date, ratings: CheckIn['ratings'], note?: string): CheckIn => ({
  id,
  at: at.toISOString(),
  ratings,
  ...(note === undefined ? {} : { note }),
});

describe('check-ins', () => {
  withTimeZone('Europe/Berlin');

  describe('when the weekly reminder offers one', () => {
    const now = new Date(2026, 10, 27, 16, 0);
    const weeksOfMoments = [momentAt('2026-10-20T10:00'), momentAt('2026-11-02T10:00'), momentAt('2026-11-20T10:00')];

    it('offers one once the latest check-in is a quarter (91 days) old', () => {
      const log = (at: Date) => ({ moments: weeksOfMoments, checkIns: [checkIn('a', at, {})] });
      assert.equal(checkInOfferDue(now, log(new Date(2026, 7, 29, 9, 0)), undefined), false, '90 days ago');
      assert.equal(checkInOfferDue(now, log(new Date(2026, 7, 28, 9, 0)), undefined), true, '91 days ago');
      // The latest counts, whatever the order of the list.
      const both = {
        moments: weeksOfMoments,
        checkIns: [checkIn('new', new Date(2026, 10, 1), {}), checkIn('old', new Date(2026, 0, 1), {})],
      };
      assert.equal(checkInOfferDue(now, both, undefined), false);
    });

    it('offers a first one only once the log holds a few weeks of moments', () => {
      assert.equal(checkInOfferDue(now, { moments: [] }, undefined), false, 'an empty log');
      assert.equal(checkInOfferDue(now, { moments: weeksOfMoments.slice(0, 2) }, undefined), false, 'two moments');
      const recent = [momentAt('2026-11-10T10:00'), momentAt('2026-11-12T10:00'), momentAt('2026-11-20T10:00')];
      assert.equal(checkInOfferDue(now, { moments: recent }, undefined), false, 'all in the last three weeks');
      assert.equal(checkInOfferDue(now, { moments: weeksOfMoments }, undefined), true);
    });

    it('offers it once a quarter, not every week the user lets it pass', () => {
      const log = { moments: weeksOfMoments };
      assert.equal(checkInOfferDue(now, log, new Date(2026, 10, 20, 16, 0)), false, 'offered last week');
      assert.equal(checkInOfferDue(now, log, new Date(2026, 7, 29, 16, 0)), false, 'offered 90 days ago');
      assert.equal(checkInOfferDue(now, log, new Date(2026, 7, 28, 16, 0)), true, 'offered 91 days ago');
    });
  });

  describe('a new check-in', () => {
    const now = new Date(2026, 10, 27, 16, 0);

    it('keeps the answers given and leaves out what was skipped', () => {
      const made = createCheckIn(
        {
          ratings: { delegation: { good: 2, enjoy: 4 }, communication: { enjoy: 5 }, ownership: {} },
          note: '  Mentoring energises me  ',
        },
        now,
        () => 'c-1',
      );
      assert.deepEqual(made, {
        id: 'c-1',
        at: now.toISOString(),
        ratings: { delegation: { good: 2, enjoy: 4 }, communication: { enjoy: 5 } },
        note: 'Mentoring energises me',
      });
    });

    it('is nothing when every answer was skipped and there is no note', () => {
      assert.equal(createCheckIn({ ratings: { delegation: {} }, note: '  ' }, now), undefined);
      assert.deepEqual(
        createCheckIn({ ratings: { delegation: {} }, note: 'Busy quarter' }, now, () => 'c-2')?.ratings,
        {},
      );
    });

    it('is added by id and removed by id, leaving the others', () => {
      const log: LogFile = { version: 1, moments: [], checkIns: [checkIn('a', now, { delegation: { good: 3 } })] };
      const b = checkIn('b', now, { ownership: { enjoy: 4 } });
      const added = mergeCheckIn(log, b);
      assert.deepEqual(
        added.checkIns?.map((entry) => entry.id),
        ['a', 'b'],
      );
      assert.deepEqual(mergeCheckIn(added, b).checkIns?.length, 2, 'a retry does not duplicate');
      assert.deepEqual(
        removeCheckIn(added, 'b').checkIns?.map((entry) => entry.id),
        ['a'],
      );
      assert.equal(removeCheckIn({ version: 1, moments: [] }, 'b').checkIns, undefined);
      assert.equal('checkIns' in removeCheckIn(removeCheckIn(added, 'b'), 'a'), false, 'an emptied list is dropped');
    });

    it('lists the check-ins latest first', () => {
      const list = [checkIn('old', new Date(2026, 0, 1), {}), checkIn('new', new Date(2026, 10, 1), {})];
      assert.deepEqual(
        checkInsLatestFirst(list).map((entry) => entry.id),
        ['new', 'old'],
      );
    });
  });

  describe('in the log file', () => {
    const tempDir = useTempDir();
    const logPath = () => path.join(tempDir(), 'growth-log.json');

    it('keeps both check-ins when two windows write one each: they merge by id', async () => {
      const [window, otherWindow] = [new LogStore(), new LogStore()];
      await window.append(logPath(), momentAt('2026-11-17T10:00'));
      // The other window read the log before the first wrote its check-in.
      await otherWindow.read(logPath());
      const mine = checkIn('c-mine', new Date(2026, 10, 20), { delegation: { good: 4 } });
      const theirs = checkIn('c-theirs', new Date(2026, 10, 21), { ownership: { enjoy: 2 } }, 'Second window');
      await window.update(logPath(), (log) => mergeCheckIn(log, mine));
      await otherWindow.update(logPath(), (log) => mergeCheckIn(log, theirs));

      const onDisk = JSON.parse(await fs.readFile(logPath(), 'utf8')) as LogFile;
      assert.deepEqual(onDisk.checkIns, [mine, theirs]);
      assert.equal(onDisk.moments.length, 1);
      const ratings = latestRatings((await new LogStore().read(logPath())).checkIns);
      assert.equal(ratings.get('delegation')?.good, 4);
      assert.equal(ratings.get('ownership')?.enjoy, 2);
    });
  });

  describe("in the reminder's record", () => {
    const tempDir = useTempDir();
    const recordPath = () => path.join(tempDir(), 'reminder.json');

    it('remembers when a check-in was offered beside the week last shown, each write keeping the other', async () => {
      assert.equal(await readCheckInOffered(recordPath()), undefined);
      const offered = new Date(2026, 10, 27, 16, 0);
      await recordCheckInOffer(recordPath(), offered);
      assert.equal(await claimWeek(recordPath(), '2026-11-23'), true);
      assert.equal(await claimWeek(recordPath(), '2026-11-23'), false, 'once a week');
      assert.deepEqual(await readCheckInOffered(recordPath()), offered);
      await recordCheckInOffer(recordPath(), new Date(2027, 1, 26, 16, 0));
      assert.equal(await readLastShownWeek(recordPath()), '2026-11-23');
      await fs.writeFile(recordPath(), '{"checkInOfferedAt": "not a date"}');
      assert.equal(
        await readCheckInOffered(recordPath()),
        undefined,
        'unreadable: offered again, at worst once too often',
      );
    });
  });

  describe('the private "Check-in" section', () => {
    const november = customPeriod(new Date(2026, 10, 1), new Date(2026, 10, 30));
    const checkIns = [
      checkIn('q3', new Date(2026, 7, 20), { delegation: { good: 2, enjoy: 4 }, ownership: { good: 5 } }, 'Old note'),
      checkIn(
        'q4',
        new Date(2026, 10, 20),
        { delegation: { good: 3 }, 'a-newer-competency': { enjoy: 1 }, 'team-development': { enjoy: 5 } },
        'Mentoring energises me; *planning* drains me',
      ),
      checkIn('later', new Date(2026, 11, 5), { delegation: { good: 5 } }, 'Said after the period'),
    ];
    const brag = (includePrivateSections: boolean) =>
      renderBragDocument(Timeline.build([momentAt('2026-11-18T10:00', { summary: 'Paired with Sam' })]), november, {
        weekStartsOn: 'monday',
        track: 'management',
        includePrivateSections,
        kinds: new KindCatalogue(),
        checkIns,
      });

    it('lists the latest rating per competency, as of the end of the period, and the latest note', () => {
      assert.deepEqual(checkInSection(checkIns, november), [
        '## Check-in',
        '',
        '_Private: how good you said you are at each competency and how much you enjoy it (1 to 5), from your check-ins; the latest on 2026-11-20._',
        '',
        '| Competency | Good at | Enjoy |',
        '| --- | ---: | ---: |',
        '| Team development | – | 5 |',
        '| Delegation | 3 | 4 |',
        '| Ownership | 5 | – |',
        '| a-newer-competency | – | 1 |',
        '',
        'Note: Mentoring energises me; \\*planning\\* drains me',
      ]);
    });

    it('is empty before the first check-in', () => {
      assert.deepEqual(checkInSection(checkIns, customPeriod(new Date(2026, 0, 1), new Date(2026, 0, 31))), []);
      assert.deepEqual(checkInSection(undefined, november), []);
    });

    it('is in the brag document only with the private sections', () => {
      const shared = brag(false);
      assert.doesNotMatch(shared, /Check-in/);
      assert.doesNotMatch(shared, /Mentoring energises me/);
      const forMe = brag(true);
      assert.match(forMe, /\n## Check-in\n/);
      assert.match(forMe, /\| Delegation \| 3 \| 4 \|/);
      assert.doesNotMatch(forMe, /Said after the period/);
    });
  });
});
