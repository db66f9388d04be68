import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { isWebUrl } from '../../src/shared/webUrl';

const SHARED = path.resolve(__dirname, '..', '..', '..', 'src', 'shared');

describe('src/shared', () => {
  it('imports nothing, so every bundle (the webview, the command line) can use it without zod or l10n', () => {
    for (const name of readdirSync(SHARED).filter((file) => file.endsWith('.ts'))) {
      const source = ts.createSourceFile(name, readFileSync(path.join(SHARED, name), 'utf8'), ts.ScriptTarget.ES2023);
      const imports = source.statements.filter(
        (statement) => ts.isImportDeclaration(statement) || ts.isImportEqualsDeclaration(statement),
      );
      assert.deepEqual(
        imports.map((statement) => statement.getText(source)),
        [],
        name,
      );
    }
  });

  it('takes only http and https addresses with a host for web addresses', () => {
    for (const url of [
      'https://example.com',
      'HTTP://example.com/a?b=c#d',
      'https://example.com/a)[x](command:y)<img>',
    ])
      assert.ok(isWebUrl(url), url);
    for (const url of [
      'https://',
      'http://:80',
      'https://exa mple.com',
      ' https://example.com',
      'https://example.com/\u0007',
      'ftp://example.com',
      'command:x',
    ]) {
      assert.ok(!isWebUrl(url), url);
    }
  });
});
