import * as assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import type { GrowthLogTestApi } from '../../src/extension/extension';
import { COMMANDS, SETTINGS_SECTION } from '../../src/extension/ids';
import type { Output } from '../../src/extension/ui/output';
import { eventually } from '../support/eventually';
import { nextSnapshot } from '../support/nextSnapshot';
import { activateExtension, answerPrompts, EXTENSION_ID, logFilePath, settle, workspaceFolder } from './helpers';

/**
 * The ladder the extension measures against, as the settings choose it, read by the
 * extension's own bundles (dist/ladders.js, and dist/ladderCsv.js for a CSV file); what a
 * ladder that cannot be used does to the sidebar; and Choose Your Track… setting the levels.
 */

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'ladders');
const LADDER_SETTINGS = ['ladder', 'level', 'targetLevel', 'track'] as const;

const settings = () => vscode.workspace.getConfiguration(SETTINGS_SECTION);
const folder = () => vscode.workspace.workspaceFolders?.[0];

/** A real log channel whose lines are also kept, to check what was written to it. */
function recordingOutput(): { output: Output; lines: string[] } {
  const channel = vscode.window.createOutputChannel('Growth Log ladder test', { log: true });
  const lines: string[] = [];
  const recorded = new Set(['trace', 'debug', 'info', 'warn', 'error']);
  const output = new Proxy(channel, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof property === 'string' && recorded.has(property))
        return (message: string | Error, ...args: unknown[]) => {
          lines.push(`${property}: ${String(message)}`);
          return (value as (...all: unknown[]) => void).call(target, message, ...args);
        };
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { output, lines };
}

async function setLadderSettings(values: Partial<Record<(typeof LADDER_SETTINGS)[number], string>>): Promise<void> {
  for (const key of LADDER_SETTINGS) await settings().update(key, values[key], vscode.ConfigurationTarget.Global);
}

/** The ladder files copied into the workspace, removed when the suite ends. */
const copied = new Set<string>();

/** Copies a fixture into the workspace's .vscode folder, and returns the path as a setting names it from there. */
async function ladderInWorkspace(fixture: string, name = path.basename(fixture)): Promise<string> {
  copied.add(name);
  const target = path.join(workspaceFolder(), '.vscode', name);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.copyFile(path.join(FIXTURES, fixture), target);
  return `.vscode/${name}`;
}

describe('ladders in VS Code', () => {
  let api: GrowthLogTestApi;

  before(async () => {
    api = await activateExtension();
  });

  afterEach(async () => {
    await setLadderSettings({});
  });

  after(async () => {
    for (const name of copied) await fs.rm(path.join(workspaceFolder(), '.vscode', name), { force: true });
  });

  describe('the ladder the settings choose', () => {
    it('is the track’s built-in ladder without growthLog.ladder, from its first level to the next', async () => {
      const { output, lines } = recordingOutput();
      await setLadderSettings({ track: 'management' });
      const management = await api.ladders().loadLadderChoice(output, folder());
      assert.deepEqual(
        management.ladder.levels.map((level) => level.name),
        ['Technical Expert', 'Team Lead', 'Leader'],
      );
      assert.equal(management.level?.name, 'Technical Expert');
      assert.equal(management.target.name, 'Team Lead');
      assert.equal(management.file, undefined);
      assert.equal(management.problem, undefined);

      await setLadderSettings({ track: 'staff-ic', level: 'staff' });
      const staff = await api.ladders().loadLadderChoice(output, folder());
      assert.deepEqual(
        staff.ladder.levels.map((level) => level.name),
        ['Senior', 'Staff', 'Principal'],
      );
      assert.equal(staff.level?.name, 'Staff', 'a level is matched however it is capitalised');
      assert.equal(staff.target.name, 'Principal');
      assert.equal(staff.track, 'staff-ic');
      assert.deepEqual(lines, []);
    });

    it('reads a JSON ladder named relative to the workspace folder', async () => {
      const relative = await ladderInWorkspace('company.ladder.json');
      await setLadderSettings({ ladder: relative, level: 'Engineer II' });
      const choice = await api.ladders().loadLadderChoice(recordingOutput().output, folder());
      assert.equal(choice.ladder.name, 'Acme engineering');
      assert.equal(choice.file, path.join(workspaceFolder(), relative));
      assert.equal(choice.level?.name, 'Engineer II');
      assert.equal(choice.target.name, choice.ladder.levels[1]?.name);
      assert.equal(choice.problem, undefined);
    });

    it('reads a ladder named from the home folder with ~', async () => {
      const name = `.growth-log-ladder-${randomUUID()}.json`;
      const file = path.join(homedir(), name);
      await fs.copyFile(path.join(FIXTURES, 'company.ladder.json'), file);
      try {
        await setLadderSettings({ ladder: `~/${name}` });
        const choice = await api.ladders().loadLadderChoice(recordingOutput().output, folder());
        assert.equal(choice.ladder.name, 'Acme engineering');
        assert.equal(choice.file, file);
      } finally {
        await fs.rm(file, { force: true });
      }
    });

    it('reads a CSV ladder with the parser of its own bundle', async () => {
      const relative = await ladderInWorkspace('company.csv');
      await setLadderSettings({ ladder: relative });
      const choice = await api.ladders().loadLadderChoice(recordingOutput().output, folder());
      assert.equal(choice.problem, undefined);
      assert.equal(choice.file, path.join(workspaceFolder(), relative));
      assert.equal(choice.ladder.levels[0]?.name, 'Engineer II');
      assert.equal(choice.ladder.levels[0]?.expectations[0]?.id, 'e2-ships');
    });

    it('falls back to the built-in ladder for a malformed file, naming the file and the place, with a line in the output channel', async () => {
      const relative = await ladderInWorkspace('malformed/short-row.csv', 'broken-ladder.csv');
      await setLadderSettings({ ladder: relative, track: 'staff-ic' });
      const { output, lines } = recordingOutput();
      const choice = await api.ladders().loadLadderChoice(output, folder());
      assert.equal(choice.ladder.levels[1]?.name, 'Staff', 'the built-in staff-IC ladder');
      assert.equal(choice.file, undefined);
      assert.match(choice.problem ?? '', /broken-ladder\.csv/);
      assert.match(choice.problem ?? '', /line \d+/);
      assert.match(choice.problem ?? '', /built-in Staff \/ Principal IC ladder/);
      // short-row.csv: "line 2, column "competencies": must not be blank", so the file opens at line 2.
      assert.deepEqual(choice.problemSource, {
        setting: 'ladder',
        file: path.join(workspaceFolder(), relative),
        line: 2,
      });
      assert.ok(
        lines.some((line) => line.startsWith('error: ') && line.includes('broken-ladder.csv')),
        lines.join('\n'),
      );
    });

    it('falls back to a JSON file’s first levels for a level name not on it, and says which setting', async () => {
      const relative = await ladderInWorkspace('company.ladder.json');
      await setLadderSettings({ ladder: relative, level: 'Wizard' });
      const unknownLevel = await api.ladders().loadLadderChoice(recordingOutput().output, folder());
      assert.equal(unknownLevel.ladder.name, 'Acme engineering', 'the ladder itself is fine');
      assert.equal(unknownLevel.level?.name, 'Engineer II');
      assert.match(
        unknownLevel.problem ?? '',
        /growthLog\.level “Wizard” is not a level of the ladder “Acme engineering”/,
      );
      assert.deepEqual(unknownLevel.problemSource, { setting: 'level' });

      await setLadderSettings({ ladder: relative, targetLevel: 'Archmage' });
      const unknownTarget = await api.ladders().loadLadderChoice(recordingOutput().output, folder());
      assert.match(unknownTarget.problem ?? '', /growthLog\.targetLevel “Archmage”/);
      assert.deepEqual(unknownTarget.problemSource, { setting: 'targetLevel' });
    });

    it('is declared a restricted configuration where VS Code reads it, beside the other settings that name files', () => {
      const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as {
        capabilities: { untrustedWorkspaces: { supported: string; restrictedConfigurations: string[] } };
      };
      assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
      for (const key of ['growthLog.logFile', 'growthLog.reviewForms', 'growthLog.ladder'])
        assert.ok(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations.includes(key), key);
    });
  });

  describe('in the sidebar', () => {
    beforeEach(async () => {
      await fs.mkdir(path.dirname(logFilePath()), { recursive: true });
      const at = new Date().toISOString();
      const moments = ['mentoring', 'decision', 'code-review'].map((kind, index) => ({
        id: `8d3c1a52-0000-4000-8000-00000000000${index}`,
        kind,
        at,
        summary: `A ${kind} moment`,
      }));
      await fs.writeFile(logFilePath(), JSON.stringify({ version: 1, moments }, null, 2));
    });

    it('shows the readiness line after the week, and the command it runs is Show Readiness', async () => {
      await setLadderSettings({ track: 'staff-ic' });
      // Measured for this track: a line measured earlier is sent again until then.
      const measured = nextSnapshot(api, (snapshot) => snapshot.readiness?.text.startsWith('Staff:') === true, 20_000);
      await api.sidebar.showWeek(0);
      const snapshot = await measured;
      assert.match(snapshot.readiness?.text ?? '', /^Staff: [1-9]\d* of \d+ expectations with evidence, \d+ strong$/);
      assert.match(snapshot.readiness?.label ?? '', /^Show Readiness — Staff: .* in the last 6 months$/);
      assert.equal(snapshot.ladderProblem, undefined);

      // The line runs Show Readiness…, which opens the readiness view.
      try {
        assert.equal(api.readiness.current, undefined, 'no readiness view before');
        await api.sidebar.receive({ type: 'showReadiness' });
        await eventually(() => assert.ok(api.readiness.current, 'the line opened the readiness view'));
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await eventually(() => assert.equal(api.readiness.current, undefined));
        await api.sidebar.receive({ type: 'showReadiness ' });
        assert.equal(api.readiness.current, undefined, 'an unknown type is refused');
        await api.sidebar.receive({ type: 'showReadiness', extra: '<script>' });
        await eventually(() => assert.ok(api.readiness.current, 'an extra field is dropped by the schema'));
      } finally {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      }
    });

    it('says a ladder file that cannot be used once, and shows a line that opens it at the line at fault', async () => {
      const relative = await ladderInWorkspace('malformed/unclosed-quote.csv', 'unreadable-ladder.csv');
      const said: string[] = [];
      const listening = api.ladderProblems.onDidSay((problem) => said.push(problem));
      try {
        const withProblem = nextSnapshot(api, (snapshot) => snapshot.ladderProblem !== undefined, 20_000);
        await setLadderSettings({ ladder: relative });
        await api.sidebar.showWeek(0);
        const snapshot = await withProblem;
        assert.equal(snapshot.ladderProblem?.text, 'Your ladder file cannot be used: the built-in ladder is used');
        assert.match(snapshot.ladderProblem?.label ?? '', /unreadable-ladder\.csv$/);
        assert.match(snapshot.readiness?.text ?? '', /^Team Lead: /, 'measured against the built-in ladder meanwhile');

        // Each refresh measures again; the problem is said once.
        for (let refresh = 0; refresh < 3; refresh++) {
          const refreshed = nextSnapshot(api, () => true);
          await api.sidebar.showWeek(0);
          await refreshed;
        }
        await settle(500);
        assert.equal(said.length, 1, said.join('\n'));
        assert.match(said[0] ?? '', /unreadable-ladder\.csv/);

        await api.sidebar.receive({ type: 'openLadderProblem' });
        await eventually(() =>
          assert.equal(
            vscode.window.activeTextEditor?.document.uri.fsPath,
            path.join(workspaceFolder(), relative),
            'the ladder file is opened',
          ),
        );
        // "line 3: the file ends inside a quoted cell": opened with that line selected.
        await eventually(() => {
          const selection = vscode.window.activeTextEditor?.selection;
          assert.deepEqual([selection?.start.line, selection?.start.character, selection?.end.line], [2, 0, 2]);
          assert.ok(selection?.isEmpty === false, 'the whole line is selected');
        });

        // A change of the setting is heard: the same problem is said again.
        await setLadderSettings({ ladder: relative, level: 'Team Lead' });
        await api.sidebar.showWeek(0);
        await eventually(() => assert.equal(said.length, 2));

        // Mended, the line goes.
        const mended = nextSnapshot(api, (next) => next.ladderProblem === undefined && next.readiness !== undefined);
        await setLadderSettings({});
        await api.sidebar.showWeek(0);
        await mended;
      } finally {
        listening.dispose();
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      }
    });

    it('shows a level that is not on the ladder, and opens its setting', async () => {
      const withProblem = nextSnapshot(api, (snapshot) => snapshot.ladderProblem !== undefined, 20_000);
      await setLadderSettings({ track: 'management', level: 'Staff' });
      await api.sidebar.showWeek(0);
      const snapshot = await withProblem;
      assert.equal(snapshot.ladderProblem?.text, 'Your level is not on the ladder “Management”: Team Lead is measured');
      assert.match(snapshot.ladderProblem?.label ?? '', /Open the setting growthLog\.level$/);
      await api.sidebar.receive({ type: 'openLadderProblem' });
      await eventually(() =>
        assert.ok(
          vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => /Settings/.test(tab.label))),
          'the Settings editor is open',
        ),
      );
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });
    it('keeps updating with a level name of 25,000 characters, or a ladder path of 4,000', async () => {
      const said: string[] = [];
      const listening = api.ladderProblems.onDidSay((problem) => said.push(problem));
      try {
        const withLevel = nextSnapshot(api, (snapshot) => snapshot.ladderProblem !== undefined, 20_000);
        await setLadderSettings({ track: 'management', level: 'L'.repeat(25_000) });
        await api.sidebar.showWeek(0);
        assert.match((await withLevel).ladderProblem?.text ?? '', /^Your level is not on the ladder/);
        await eventually(() => assert.ok(said.some((problem) => problem.includes('growthLog.level'))));
        for (const problem of said) assert.ok(problem.length < 1000, `a notification of ${problem.length} characters`);

        const file = `${'deep/'.repeat(800)}hostile.ladder.json`;
        const withPath = nextSnapshot(
          api,
          (snapshot) => /Open .*hostile\.ladder\.json$/.test(snapshot.ladderProblem?.label ?? ''),
          20_000,
        );
        await setLadderSettings({ ladder: file });
        await api.sidebar.showWeek(0);
        assert.ok(((await withPath).ladderProblem?.label.length ?? 0) < 1000);

        // Every later refresh is still sent.
        for (let refresh = 0; refresh < 2; refresh++) {
          const refreshed = nextSnapshot(api, () => true);
          await api.sidebar.showWeek(0);
          await refreshed;
        }
      } finally {
        listening.dispose();
      }
    });
  });

  describe('Choose Your Track…', () => {
    it('asks the level and the target, the next level highlighted, and writes both for the user', async () => {
      await setLadderSettings({ track: 'management' });
      const answered = answerPrompts(api, [{ pick: 'Staff / Principal IC' }, { pick: 'Staff' }, 'accept']);
      assert.equal(await vscode.commands.executeCommand(COMMANDS.chooseTrack), 'staff-ic');
      const prompts = await answered;
      const [, levelPick, targetPick] = prompts.map((prompt) => prompt.input as vscode.QuickPick<vscode.QuickPickItem>);
      assert.equal(levelPick?.title, 'Growth Log: Your Level');
      assert.deepEqual(
        levelPick?.items.map((item) => item.label),
        ['Senior', 'Staff', 'Principal'],
      );
      assert.equal(targetPick?.title, 'Growth Log: Your Target Level');
      assert.equal(targetPick?.step, 3);
      assert.deepEqual(
        targetPick?.items.map((item) => item.label),
        ['Principal'],
        'only the levels above the current one',
      );
      const written = (key: string) => settings().inspect(key)?.globalValue;
      assert.equal(written('track'), 'staff-ic');
      assert.equal(written('level'), 'Staff');
      assert.equal(written('targetLevel'), 'Principal', 'the level after the current one, by Enter alone');
    });

    it('offers the top level itself as the target at the top of the ladder', async () => {
      const answered = answerPrompts(api, [{ pick: 'Management' }, { pick: 'Leader' }, 'accept']);
      await vscode.commands.executeCommand(COMMANDS.chooseTrack);
      const [, , targetPick] = (await answered).map((prompt) => prompt.input as vscode.QuickPick<vscode.QuickPickItem>);
      assert.deepEqual(
        targetPick?.items.map((item) => item.label),
        ['Leader'],
      );
      assert.equal(settings().inspect('level')?.globalValue, 'Leader');
      assert.equal(settings().inspect('targetLevel')?.globalValue, 'Leader');
    });

    it('keeps the track chosen and the levels as they were on Escape at the level', async () => {
      await setLadderSettings({ track: 'management', level: 'Team Lead', targetLevel: 'Leader' });
      const answered = answerPrompts(api, [{ pick: 'Staff / Principal IC' }, 'escape']);
      await vscode.commands.executeCommand(COMMANDS.chooseTrack);
      await answered;
      await eventually(() => assert.equal(settings().inspect('track')?.globalValue, 'staff-ic'));
      assert.equal(settings().inspect('level')?.globalValue, 'Team Lead');
      assert.equal(settings().inspect('targetLevel')?.globalValue, 'Leader');
    });

    it('names a company’s ladder in the level picks, and offers its levels', async () => {
      const relative = await ladderInWorkspace('company.ladder.json');
      await setLadderSettings({ ladder: relative });
      const answered = answerPrompts(api, [{ pick: 'Management' }, 'accept', 'accept']);
      await vscode.commands.executeCommand(COMMANDS.chooseTrack);
      const [trackPick, levelPick, targetPick] = (await answered).map(
        (prompt) => prompt.input as vscode.QuickPick<vscode.QuickPickItem>,
      );
      assert.match(trackPick?.placeholder ?? '', /Your levels come from the company ladder “Acme engineering”/);
      assert.equal(levelPick?.title, 'Growth Log: Your Level on “Acme engineering”');
      assert.equal(targetPick?.title, 'Growth Log: Your Target Level on “Acme engineering”');
      assert.equal(levelPick?.items[0]?.label, 'Engineer II');
      assert.equal(settings().inspect('level')?.globalValue, 'Engineer II');
      assert.equal(settings().inspect('targetLevel')?.globalValue, levelPick?.items[1]?.label);
      assert.deepEqual(
        targetPick?.items.map((item) => item.label),
        levelPick?.items.slice(1).map((item) => item.label),
      );
    });
  });
});
