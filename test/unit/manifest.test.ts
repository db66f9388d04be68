import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { BUILT_IN_KINDS, COMPETENCY_IDS } from '../../src/core/model/taxonomy';
import { COMMANDS, SETTINGS_SECTION, VIEWS } from '../../src/extension/ids';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { MAX_CYCLE_NAME_LENGTH } from '../../src/core/insights/reviewCycle';
import { REMINDER_DAYS, REVIEW_CYCLE_LENGTHS, TRACK_IDS, WEEK_START_DAYS } from '../../src/shared/enums';
import { CODICON_NAME_PATTERN, KIND_ID_PATTERN, REMINDER_TIME_PATTERN } from '../../src/shared/patterns';
import {
  MAX_FOLLOW_UP_DAYS,
  MAX_KIND_LABEL_LENGTH,
  MAX_WEEKLY_TARGET,
  SETTING_DEFAULTS,
} from '../../src/shared/settingDefaults';

/** A setting's JSON Schema in package.json, as far as these tests read it. */
interface SettingSchema {
  default?: unknown;
  markdownDescription?: string;
  order?: number;
  scope?: string;
  enum?: unknown[];
  enumDescriptions?: string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  items?: SettingSchema;
  properties?: Record<string, SettingSchema>;
  propertyNames?: SettingSchema;
  additionalProperties?: SettingSchema | boolean;
}

interface Manifest {
  activationEvents: string[];
  icon: string;
  galleryBanner?: { color: string };
  categories: string[];
  keywords: string[];
  repository?: { url: string };
  license: string;
  main: string;
  contributes: {
    commands: { command: string; title: string; category: string }[];
    views: Record<string, { id: string; type?: string }[]>;
    viewsContainers: { activitybar: { id: string }[] };
    configuration: {
      properties: Record<string, SettingSchema>;
    };
  };
}

const manifestText = readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8');
const nls = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
/** The manifest as VS Code shows it in English: every %key% replaced from package.nls.json. */
const manifest = JSON.parse(manifestText, (_key, value: unknown) =>
  typeof value === 'string' && /^%[^%]+%$/.test(value) ? (nls[value.slice(1, -1)] ?? value) : value,
) as Manifest;

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
    const menus = (manifest.contributes as unknown as { menus: Record<string, { command: string; when?: string }[]> })
      .menus;
    assert.ok(
      menus['editor/context']?.some(
        (item) => item.command === COMMANDS.logCodeReviewHere && item.when === 'resourceScheme == file',
      ),
    );
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
    assert.deepEqual(manifest.activationEvents, [`workspaceContains:${SETTING_DEFAULTS.logFile}`, 'onStartupFinished']);
    assert.equal(manifest.main, './dist/extension.js');
  });

  it('describes every setting, in order', () => {
    const properties = manifest.contributes.configuration.properties;
    const orders = Object.values(properties).map((property) => property.order);
    assert.deepEqual(
      orders,
      Object.keys(properties).map((_, index) => index + 1),
      'settings are shown in the order listed',
    );
    for (const [key, property] of Object.entries(properties)) {
      assert.ok(property.markdownDescription, `${key} has a markdownDescription`);
      assert.ok(['application', 'window', 'resource'].includes(property.scope ?? ''), `${key} has a scope`);
      if (property.enum)
        assert.equal(property.enumDescriptions?.length, property.enum.length, `${key} describes each choice`);
    }
  });

  it('gives every setting the default the code falls back to, and no setting the code does not know', () => {
    const defaults = Object.fromEntries(Object.entries(settings()).map(([key, property]) => [key, property.default]));
    assert.deepEqual(defaults, SETTING_DEFAULTS);
  });

  it('documents every setting in the README with the same default', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    // A row of the settings table: | `growthLog.key` | `default` | meaning |
    const documented = Object.fromEntries(
      Array.from(
        readme.matchAll(new RegExp(`^\\| \`${SETTINGS_SECTION}\\.([\\w.]+)\` \\| \`([^\`]*)\` \\|`, 'gm')),
        (row) => [row[1], row[2]],
      ),
    );
    const expected = Object.fromEntries(
      Object.entries(SETTING_DEFAULTS).map(([key, value]) => [
        key,
        typeof value === 'string' ? value : JSON.stringify(value),
      ]),
    );
    assert.deepEqual(documented, expected);
  });

  it('checks settings with the patterns, choices and limits the code checks them with', () => {
    const properties = settings();
    const kinds = properties.kinds?.items?.properties ?? {};
    const weeklyTargets = properties.weeklyTargets;
    assert.equal(weeklyTargets?.propertyNames?.pattern, KIND_ID_PATTERN.source, 'a weekly target names a kind id');
    assert.equal(kinds.id?.pattern, KIND_ID_PATTERN.source, "a kind's id");
    assert.equal(kinds.icon?.pattern, CODICON_NAME_PATTERN.source, "a kind's icon");
    assert.equal(properties['reminder.time']?.pattern, REMINDER_TIME_PATTERN.source);
    assert.equal(properties['followUp.kinds']?.items?.pattern, KIND_ID_PATTERN.source, 'a followed-up kind');
    assert.equal(properties['followUp.days']?.maximum, MAX_FOLLOW_UP_DAYS);
    assert.equal(kinds.label?.maxLength, MAX_KIND_LABEL_LENGTH);
    assert.deepEqual(kinds.competencies?.items?.enum, COMPETENCY_IDS);
    assert.deepEqual(properties.weekStartsOn?.enum, WEEK_START_DAYS);
    assert.deepEqual(properties.track?.enum, TRACK_IDS);
    assert.deepEqual(properties['reminder.day']?.enum, REMINDER_DAYS);
    const reviewCycle = properties.reviewCycle?.properties ?? {};
    assert.deepEqual(reviewCycle.length?.enum, REVIEW_CYCLE_LENGTHS);
    assert.deepEqual([reviewCycle.startMonth?.minimum, reviewCycle.startMonth?.maximum], [1, 12]);
    assert.equal(reviewCycle.name?.maxLength, MAX_CYCLE_NAME_LENGTH);
    // Completion for the built-in kinds, and the same bounds for a kind of one's own.
    assert.deepEqual(
      Object.keys(weeklyTargets?.properties ?? {}),
      BUILT_IN_KINDS.map((kind) => kind.id),
    );
    for (const target of [...Object.values(weeklyTargets?.properties ?? {}), weeklyTargets?.additionalProperties]) {
      assert.deepEqual(target, { type: 'integer', minimum: 0, maximum: MAX_WEEKLY_TARGET });
    }
  });

  it('takes every string a person reads from package.nls.json, and package.nls.json holds nothing unused', () => {
    const raw = JSON.parse(manifestText) as Record<string, unknown>;
    const readable = new Set([
      'displayName',
      'description',
      'title',
      'category',
      'name',
      'contextualTitle',
      'markdownDescription',
      'patternErrorMessage',
      'altText',
    ]);
    const used = new Set<string>();
    const visit = (value: unknown, key: string, where: string): void => {
      if (typeof value === 'string') {
        const placeholder = /^%([^%]+)%$/.exec(value)?.[1];
        if (placeholder) {
          assert.ok(placeholder in nls, `${where}: ${placeholder} is not in package.nls.json`);
          used.add(placeholder);
        } else {
          assert.ok(!readable.has(key) && key !== 'enumDescriptions', `${where} is not localisable: "${value}"`);
        }
      } else if (Array.isArray(value)) {
        for (const [index, item] of value.entries()) visit(item, key, `${where}[${index}]`);
      } else if (typeof value === 'object' && value !== null) {
        // A setting's or schema's description is text; a package's own "description" too.
        for (const [child, inner] of Object.entries(value))
          visit(inner, child === 'description' ? 'title' : child, `${where}.${child}`);
      }
    };
    visit({ displayName: raw.displayName, description: raw.description }, '', 'package.json');
    visit(raw.contributes, '', 'contributes');
    visit(raw.capabilities, '', 'capabilities');
    assert.deepEqual(
      Object.keys(nls).filter((key) => !used.has(key)),
      [],
    );
  });

  it('is packaged with an icon, a banner, categories, keywords, a repository and a licence', () => {
    assert.equal(manifest.icon, 'media/icon.png');
    const png = readFileSync(path.join(REPO_ROOT, 'media', 'icon.png'));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128], 'the icon is 128×128');
    assert.ok(manifest.galleryBanner?.color);
    assert.ok(manifest.categories.length > 0 && manifest.keywords.length > 0 && manifest.keywords.length <= 30);
    assert.match(manifest.repository?.url ?? '', /^https:\/\//);
    assert.equal(manifest.license, 'MIT');
  });

  it('declares what VS Code reads at the top level of the manifest there, and only contribution points under contributes', () => {
    const raw = JSON.parse(manifestText) as Record<string, unknown> & { contributes: Record<string, unknown> };
    // VS Code reads these only at the top level: under "contributes" they are ignored
    // silently, and an extension without a top-level "capabilities" is disabled in
    // Restricted Mode rather than limited.
    for (const key of TOP_LEVEL_ONLY)
      assert.ok(!(key in raw.contributes), `"${key}" belongs at the top level of package.json, not under contributes`);
    for (const key of Object.keys(raw.contributes))
      assert.ok(CONTRIBUTION_POINTS.has(key), `contributes.${key} is not a contribution point VS Code reads`);
    const capabilities = raw.capabilities as {
      untrustedWorkspaces?: { supported?: unknown; restrictedConfigurations?: unknown };
      virtualWorkspaces?: { supported?: unknown };
    };
    assert.equal(
      capabilities?.untrustedWorkspaces?.supported,
      'limited',
      'Growth Log runs, limited, in Restricted Mode',
    );
    assert.equal(capabilities.virtualWorkspaces?.supported, false, 'the log is a file on disk');
  });

  it('makes every setting that names a file or folder, or lets git run, a restricted configuration', () => {
    const raw = JSON.parse(manifestText) as {
      capabilities: { untrustedWorkspaces: { restrictedConfigurations: string[] } };
    };
    const restricted = new Set(raw.capabilities.untrustedWorkspaces.restrictedConfigurations);
    const properties = manifest.contributes.configuration.properties;
    const namesAPlace = (key: string, property: SettingSchema) =>
      /(file|folder|path|dir|ladder|form)/i.test(key) ||
      (typeof property.default === 'string' && /[/\\]/.test(property.default)) ||
      /\b(file|folder|path)\b/i.test(property.markdownDescription ?? '');
    const expected = Object.entries(properties)
      .filter(([key, property]) => namesAPlace(key, property) || key === 'growthLog.keepOutOfGit')
      .map(([key]) => key);
    assert.ok(expected.includes('growthLog.logFile'));
    for (const key of expected)
      assert.ok(restricted.has(key), `${key} names a place on disk or runs git: list it in restrictedConfigurations`);
    for (const key of restricted)
      assert.ok(key in properties, `restrictedConfigurations names ${key}, which is not a setting`);
  });
});

/** The settings package.json contributes, by their key under `growthLog.`. */
function settings(): Record<string, SettingSchema> {
  const prefix = `${SETTINGS_SECTION}.`;
  return Object.fromEntries(
    Object.entries(manifest.contributes.configuration.properties).map(([key, property]) => {
      assert.ok(key.startsWith(prefix), `${key} is under ${prefix}`);
      return [key.slice(prefix.length), property];
    }),
  );
}

/** Manifest fields VS Code reads only at the top level. */
const TOP_LEVEL_ONLY = [
  'capabilities',
  'activationEvents',
  'main',
  'browser',
  'engines',
  'extensionKind',
  'extensionDependencies',
  'extensionPack',
  'enabledApiProposals',
  'l10n',
  'icon',
];

/** The contribution points of VS Code's extension manifest (code.visualstudio.com/api/references/contribution-points). */
const CONTRIBUTION_POINTS = new Set([
  'authentication',
  'breakpoints',
  'colors',
  'commands',
  'configuration',
  'configurationDefaults',
  'customEditors',
  'debuggers',
  'grammars',
  'icons',
  'iconThemes',
  'jsonValidation',
  'keybindings',
  'languages',
  'menus',
  'problemMatchers',
  'problemPatterns',
  'productIconThemes',
  'resourceLabelFormatters',
  'semanticTokenModifiers',
  'semanticTokenScopes',
  'semanticTokenTypes',
  'snippets',
  'submenus',
  'taskDefinitions',
  'terminal',
  'themes',
  'typescriptServerPlugins',
  'views',
  'viewsContainers',
  'viewsWelcome',
  'walkthroughs',
  'languageModelTools',
  'chatParticipants',
  'languageModelChatProviders',
  'notebooks',
  'notebookRenderer',
  'codeActions',
  'documentation',
  'mcpServerDefinitionProviders',
]);
