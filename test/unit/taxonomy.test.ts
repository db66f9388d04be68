import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import { logFileJsonSchema } from '../../src/core/model/jsonSchema';
import { BUILT_IN_KINDS, COMPETENCIES, competencyLabel, TRACKS } from '../../src/core/model/taxonomy';
import { TRACK_IDS } from '../../src/shared/enums';
import { KIND_ID_PATTERN } from '../../src/shared/patterns';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';

/** The settings' schemas in package.json, which list the taxonomy again for the Settings editor to offer. */
interface ManifestSettings {
  readonly 'growthLog.weeklyTargets': { readonly properties: Record<string, unknown> };
  readonly 'growthLog.kinds': {
    readonly items: { readonly properties: { readonly competencies: { readonly items: { readonly enum: string[] } } } };
  };
  readonly 'growthLog.track': { readonly enum: string[] };
}

describe('taxonomy', () => {
  it('is what the settings in package.json offer: a target per kind, the competencies of a custom kind, the tracks', () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      contributes: { configuration: { properties: ManifestSettings } };
    };
    const settings = manifest.contributes.configuration.properties;
    assert.deepEqual(
      Object.keys(settings['growthLog.weeklyTargets'].properties),
      BUILT_IN_KINDS.map((kind) => kind.id),
    );
    assert.deepEqual(
      settings['growthLog.kinds'].items.properties.competencies.items.enum,
      COMPETENCIES.map((competency) => competency.id),
    );
    assert.deepEqual(
      settings['growthLog.track'].enum,
      TRACKS.map((track) => track.id),
    );
    assert.deepEqual(
      TRACKS.map((track) => track.id),
      TRACK_IDS,
      'one description per track, in the order of the shared ids',
    );
  });

  it('gives every kind a valid id of its own and at least one competency', () => {
    for (const kind of BUILT_IN_KINDS) {
      assert.match(kind.id, KIND_ID_PATTERN);
      assert.ok(kind.competencies.length > 0, kind.id);
    }
    assert.equal(new Set(BUILT_IN_KINDS.map((kind) => kind.id)).size, BUILT_IN_KINDS.length, 'no kind id twice');
  });

  it('lets every competency be evidenced by some kind', () => {
    for (const competency of COMPETENCIES) {
      assert.ok(
        BUILT_IN_KINDS.some((kind) => (kind.competencies as readonly string[]).includes(competency.id)),
        competency.id,
      );
    }
  });

  it("is the README's table of kinds: each built-in kind, what counts and its competencies, in order", () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| ([a-z-]+) \| (.+) \| (.+) \|$/gmu)].filter(([, id]) =>
      BUILT_IN_KINDS.some((kind) => kind.id === id),
    );
    assert.deepEqual(
      rows.map(([, id]) => id),
      BUILT_IN_KINDS.map((kind) => kind.id),
    );
    for (const [, id, counts, competencies] of rows) {
      const kind = new KindCatalogue().describe(id as string);
      assert.equal(counts, lowerFirst(kind.description), id);
      const labels = kind.competencies.map((competency) => competencyLabel(competency).toLowerCase());
      assert.ok(competencies?.startsWith(labels.join(', ')), `${id}: ${competencies}`);
    }
  });

  it("names every built-in kind in the log schema's description of a moment's kind", () => {
    const described = JSON.stringify(logFileJsonSchema()).match(/"description":"(mentoring, [^"]*)"/u)?.[1] ?? '';
    for (const kind of BUILT_IN_KINDS) assert.match(described, new RegExp(`\\b${kind.id},`), kind.id);
  });

  it('describes an unknown kind by its id, feeding no competency', () => {
    const unknown = new KindCatalogue().describe('hiring');
    assert.deepEqual(unknown.competencies, []);
    assert.equal(unknown.label, 'hiring');
  });
});

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
