import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { GrowthLogTestApi } from '../../src/extension/extension';
import type { ReadinessPanel } from '../../src/extension/readiness/readinessPanel';
import { COMMANDS, SETTINGS_SECTION } from '../../src/extension/ids';
import type { ReadinessSnapshot } from '../../src/readinessProtocol';
import { eventually } from '../support/eventually';
import { activateExtension, answerPrompts, logFilePath, readLogFileJson, removeLogFile } from './helpers';

/** Show Readiness… in a real VS Code: the view opens once, and its links change the log's `expectations`, undoably. */
describe('the readiness view in VS Code', () => {
  let api: GrowthLogTestApi;
  // The management track's built-in ladder: from Technical Expert, Team Lead is the target.
  const grows = 'team-lead.grows-each-person';
  const delegates = 'team-lead.delegates-ownership';
  const matched = {
    id: '7d3c1a52-0000-4000-8000-00000000e001',
    kind: 'mentoring',
    at: new Date().toISOString(),
    summary: 'Paired with Sam on flaky tests',
    people: ['Sam'],
  };
  const linked = {
    id: '7d3c1a52-0000-4000-8000-00000000e002',
    kind: 'delegation',
    at: new Date().toISOString(),
    summary: 'Handed the release checklist to Priya',
    expectations: [delegates, 'team-lead.reworded-long-ago'],
  };

  before(async () => {
    api = await activateExtension();
  });

  beforeEach(async () => {
    await removeLogFile();
    await fs.mkdir(path.dirname(logFilePath()), { recursive: true });
    await fs.writeFile(logFilePath(), JSON.stringify({ version: 1, moments: [matched, linked] }, null, 2));
  });

  afterEach(() => {
    api.readiness.current?.dispose();
  });

  /** The next snapshot `panel` draws that `matches`; subscribe before causing it. */
  function nextDrawn(
    panel: ReadinessPanel,
    matches: (snapshot: ReadinessSnapshot) => boolean = () => true,
  ): Promise<ReadinessSnapshot> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        subscription.dispose();
        reject(new Error(`the readiness view drew no matching snapshot: ${matches.toString()}`));
      }, 10_000);
      const subscription = panel.onDidPostSnapshot((snapshot) => {
        if (!matches(snapshot)) return;
        clearTimeout(timer);
        subscription.dispose();
        resolve(snapshot);
      });
    });
  }

  /** Opens the view (closed before each test) and waits for its first drawing, which follows its page loading. */
  async function openView(): Promise<{ panel: ReadinessPanel; snapshot: ReadinessSnapshot }> {
    await vscode.commands.executeCommand(COMMANDS.showReadiness);
    const panel = api.readiness.current;
    assert.ok(panel, 'Show Readiness… opens the view');
    return { panel, snapshot: await nextDrawn(panel) };
  }

  function expectationOf(snapshot: ReadinessSnapshot, id: string) {
    return snapshot.target.areas.flatMap((area) => area.expectations).find((entry) => entry.id === id);
  }

  const linksOf = async (id: string) =>
    (await readLogFileJson()).moments.find((moment) => moment.id === id)?.expectations as string[] | undefined;

  it('opens one view: the target level’s summary on top, the moments linked and matched, and a second run reveals it', async () => {
    const { panel, snapshot } = await openView();
    assert.match(snapshot.headline, /^Team Lead: \d+ of \d+ expectations with evidence, \d+ strong — Last 6 months$/);
    assert.equal(snapshot.current?.name, 'Technical Expert');
    assert.deepEqual(
      expectationOf(snapshot, grows)?.moments.map((moment) => [moment.id, moment.linked]),
      [[matched.id, false]],
    );
    assert.deepEqual(
      expectationOf(snapshot, delegates)?.moments.map((moment) => [moment.id, moment.linked]),
      [
        [linked.id, true],
        [matched.id, false],
      ],
    );
    assert.deepEqual(
      snapshot.staleLinks.map((stale) => stale.expectationId),
      ['team-lead.reworded-long-ago'],
      'a link to an id the ladder no longer has is shown',
    );
    await vscode.commands.executeCommand(COMMANDS.showReadiness);
    assert.equal(api.readiness.current, panel, 'the same view, revealed');
  });

  it('Confirm links a matched moment, and Undo takes the link back', async () => {
    const { panel } = await openView();
    const redrawn = nextDrawn(panel, (drawn) => expectationOf(drawn, grows)?.moments[0]?.linked === true);
    await panel.receive({ type: 'confirm', momentId: matched.id, expectationId: grows });
    assert.deepEqual(await linksOf(matched.id), [grows]);
    const snapshot = await redrawn;
    assert.equal(
      expectationOf(snapshot, delegates)?.moments.some((moment) => moment.id === matched.id),
      false,
      'a linked moment counts for its links only',
    );

    assert.equal(await vscode.commands.executeCommand(COMMANDS.undo), true);
    assert.equal(await linksOf(matched.id), undefined, 'the moment is matched by its kind again');
  });

  it('Unlink removes one link and keeps the others, and Undo puts it back', async () => {
    const { panel } = await openView();
    await panel.receive({ type: 'unlink', momentId: linked.id, expectationId: delegates });
    assert.deepEqual(await linksOf(linked.id), ['team-lead.reworded-long-ago']);
    assert.equal(await vscode.commands.executeCommand(COMMANDS.undo), true);
    assert.deepEqual(await linksOf(linked.id), [delegates, 'team-lead.reworded-long-ago']);
  });

  it('Link a Moment… links the moment chosen from the period', async () => {
    const { panel } = await openView();
    const answered = answerPrompts(api, [{ pick: matched.summary }]);
    await panel.receive({ type: 'linkMoment', expectationId: 'team-lead.keeps-learning' });
    await answered;
    assert.deepEqual(await linksOf(matched.id), ['team-lead.keeps-learning']);
  });

  it('Log a Moment for This starts from the expectation and logs a moment already linked to it', async () => {
    const { panel } = await openView();
    const answered = answerPrompts(api, [
      'accept',
      { type: 'Handed the on-call rota to @Kim' },
      { type: '' },
      { pick: 'Skip' },
    ]);
    await panel.receive({ type: 'logFor', expectationId: delegates });
    const [kindPick] = await answered;
    const pick = kindPick?.input as vscode.QuickPick<vscode.QuickPickItem>;
    assert.match(pick.title ?? '', /^Log a Moment for “Delegates whole areas of ownership[^”]*…”$/);
    assert.match(pick.items[0]?.label ?? '', /Delegation$/, 'the kind matching the expectation first');
    const saved = await eventually(async () => {
      const moment = (await readLogFileJson()).moments.find(
        (candidate) => candidate.summary === 'Handed the on-call rota to Kim',
      );
      assert.ok(moment);
      return moment;
    });
    assert.equal(saved.kind, 'delegation', 'Enter takes the kind highlighted');
    assert.deepEqual(saved.expectations, [delegates]);
  });

  it('follows the period chosen in the view', async () => {
    const { panel } = await openView();
    const redrawn = nextDrawn(panel, (drawn) => drawn.period.selected === 'this-week');
    await panel.receive({ type: 'choosePeriod', period: 'this-week' });
    const snapshot = await redrawn;
    assert.match(snapshot.headline, /— This week$/);
    assert.equal(snapshot.period.options.find((option) => option.id === snapshot.period.selected)?.label, 'This week');
  });

  it('says when the ladder file cannot be used, and shows the built-in ladder meanwhile', async () => {
    const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
    await config.update('ladder', 'no-such.ladder.json', vscode.ConfigurationTarget.Workspace);
    try {
      const { snapshot } = await openView();
      assert.match(
        snapshot.ladderProblem ?? '',
        /no-such\.ladder\.json.*the built-in Management ladder is used meanwhile/,
      );
      assert.equal(snapshot.target.name, 'Team Lead');
    } finally {
      await config.update('ladder', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('draws a hostile log against a level name of 25,000 characters: the newest moments, every text clipped', async () => {
    const at = new Date().toISOString();
    const moments = Array.from({ length: 30 }, (_, index) => ({
      id: `7d3c1a52-0000-4000-8000-0000000f${String(index).padStart(4, '0')}`,
      kind: 'mentoring',
      at,
      summary: index === 0 ? 's'.repeat(25_000) : `Mentoring ${index}`,
      links: Array.from({ length: 2000 }, (_, link) => `https://example.com/pr/${index}/${link}`),
    }));
    moments.push({ ...(moments[1] as (typeof moments)[number]), id: 'm'.repeat(10_001) });
    await fs.writeFile(logFilePath(), JSON.stringify({ version: 1, moments }));
    const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
    await config.update('level', 'L'.repeat(25_000), vscode.ConfigurationTarget.Workspace);
    try {
      const { snapshot } = await openView();
      assert.match(snapshot.ladderProblem ?? '', /^growthLog\.level “L+…” is not a level/);
      assert.ok((snapshot.ladderProblem?.length ?? 0) < 1000, `${snapshot.ladderProblem?.length} characters`);
      const evidence = expectationOf(snapshot, grows);
      assert.equal(evidence?.moments.length, 20);
      assert.equal(evidence?.earlierMoments, 'and 11 earlier moments');
      assert.ok(evidence?.moments.every((moment) => moment.links.length <= 10 && moment.summary.length <= 20_000));
    } finally {
      await config.update('level', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('drops a malformed message from the view without writing the log', async () => {
    const { panel } = await openView();
    const before = await fs.readFile(logFilePath(), 'utf8');
    await panel.receive({ type: 'confirm', momentId: matched.id });
    await panel.receive({ type: 'openLink', url: 'command:workbench.action.terminal.new' });
    assert.equal(await fs.readFile(logFilePath(), 'utf8'), before);
  });
});
