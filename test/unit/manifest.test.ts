import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { COMMANDS, VIEWS } from '../../src/extension/ids';

interface Manifest {
  activationEvents: string[];
  main: string;
  contributes: {
    commands: { command: string; title: string; category: string }[];
    views: Record<string, { id: string; type?: string }[]>;
    viewsContainers: { activitybar: { id: string }[] };
    configuration: { properties: Record<string, { default: unknown; markdownDescription?: string }> };
  };
}

const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as Manifest;

describe('package.json and the code agree', () => {
  it('contributes exactly the commands the code registers, each in the Growth Log category', () => {
    const contributed = manifest.contributes.commands.map((command) => command.command).sort();
    assert.deepEqual(contributed, Object.values(COMMANDS).sort());
    for (const command of manifest.contributes.commands) {
      assert.equal(command.category, 'Growth Log', command.command);
      assert.ok(command.title.length > 0, command.command);
    }
  });

  it('offers Log Code Review Here in the editor context menu, for files', () => {
    const menus = (manifest.contributes as unknown as { menus: Record<string, { command: string; when?: string }[]> }).menus;
    assert.ok(menus['editor/context']?.some((item) => item.command === COMMANDS.logCodeReviewHere && item.when === 'resourceScheme == file'));
  });

  it('contributes the sidebar container and the This Week webview view', () => {
    assert.ok(manifest.contributes.viewsContainers.activitybar.some((container) => container.id === VIEWS.container));
    const views = manifest.contributes.views[VIEWS.container] ?? [];
    assert.deepEqual(
      views.map((view) => [view.id, view.type]),
      [[VIEWS.thisWeek, 'webview']],
    );
  });

  it('activates early where a log exists (for the status bar), and otherwise after start-up (for the weekly reminder)', () => {
    assert.deepEqual(manifest.activationEvents, ['workspaceContains:.vscode/growth-log.json', 'onStartupFinished']);
    assert.equal(manifest.main, './dist/extension.js');
  });

  it('describes every setting, with the documented defaults', () => {
    const properties = manifest.contributes.configuration.properties;
    assert.equal(properties['growthLog.logFile']?.default, '.vscode/growth-log.json');
    assert.equal(properties['growthLog.weekStartsOn']?.default, 'monday');
    assert.equal(properties['growthLog.track']?.default, 'management');
    assert.deepEqual(properties['growthLog.weeklyTargets']?.default, {});
    assert.equal(properties['growthLog.statusBar.enabled']?.default, true);
    for (const [key, property] of Object.entries(properties)) assert.ok(property.markdownDescription, key);
  });
});
