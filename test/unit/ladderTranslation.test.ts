import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { builtInLadder } from '../../src/core/ladders/builtInLadders';
import { readCsvRecords } from '../../src/core/ladders/csvRecords';
import { allExpectations } from '../../src/core/ladders/ladder';
import { parseCsvLadder } from '../../src/core/ladders/ladderCsv';
import { parseJsonLadder } from '../../src/core/ladders/ladderFile';
import { TRACK_IDS } from '../../src/shared/enums';
import { pseudoTranslate } from '../support/pseudoLocale';

/**
 * The ladders speak the display language: the built-in ladders' texts and a ladder file's
 * problems are translated when read, with a pseudo-translation (each text wrapped in «…»)
 * loaded after the modules, as VS Code loads the extension's bundle.
 */

const english = JSON.parse(readFileSync(path.join(REPO_ROOT, 'l10n', 'bundle.l10n.json'), 'utf8'));

describe('ladders in another language', () => {
  before(() => l10n.config({ contents: pseudoTranslate(english) }));
  after(() => l10n.config({ contents: {} }));

  it('names the built-in ladders, their levels, areas and expectations', () => {
    for (const track of TRACK_IDS) {
      const ladder = builtInLadder(track);
      const texts = [
        ladder.name,
        ...ladder.levels.map((level) => level.name),
        ...allExpectations(ladder).flatMap((expectation) => [
          expectation.level,
          expectation.area ?? '',
          expectation.text,
        ]),
      ];
      for (const text of texts) assert.match(text, /^«.*»$/su, text);
    }
  });

  it('words a ladder file’s problems', () => {
    assert.throws(
      () => parseJsonLadder('{"name": "x", "levels": []}', 'l.json'),
      /^LadderFileError: l\.json: levels: «/u,
    );
    assert.throws(
      () => parseCsvLadder('level,area,expectation,competencies\nStaff,,x,Team growth', 'l.csv', readCsvRecords),
      (error: Error) => error.message.startsWith('l.csv: «') && error.message.includes('"Team growth"'),
    );
  });
});
