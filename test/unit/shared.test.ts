import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const SHARED = path.resolve(__dirname, '..', '..', '..', 'src', 'shared');

describe('src/shared', () => {
  it('imports nothing, so every bundle (the webview, the command line) can use it without zod or l10n', () => {
    for (const name of readdirSync(SHARED).filter((file) => file.endsWith('.ts'))) {
      const source = ts.createSourceFile(name, readFileSync(path.join(SHARED, name), 'utf8'), ts.ScriptTarget.ES2023);
      const imports = source.statements.filter((statement) => ts.isImportDeclaration(statement) || ts.isImportEqualsDeclaration(statement));
      assert.deepEqual(
        imports.map((statement) => statement.getText(source)),
        [],
        name,
      );
    }
  });
});
