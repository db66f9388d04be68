import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * A pseudo-translation: every text wrapped in «…», placeholders kept. A screen or a
 * document in it shows at a glance which words went through l10n (wrapped) and which did
 * not (bare English).
 */
export const PSEUDO_LOCALE = 'qps-ploc';

export function pseudoTranslate(messages: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, `«${message}»`]));
}

/** The English texts a translator would start from, read from a folder holding the extension's files. */
function english(extensionDir: string, file: string): Record<string, string> {
  return JSON.parse(readFileSync(path.join(extensionDir, file), 'utf8')) as Record<string, string>;
}

/**
 * Makes a code-server profile run in the pseudo locale with Growth Log translated into it:
 * a language bundle and manifest strings for the installed extension, and the record VS
 * Code keeps of installed language packs, naming an (empty) translation of VS Code itself,
 * which is what makes the server resolve the locale instead of falling back to English.
 */
export function installPseudoLocale(profile: { readonly extensionsDir: string; readonly userDataDir: string }): void {
  const extension = readdirSync(profile.extensionsDir).find((name) => name.startsWith('growth-log.growth-log-'));
  if (!extension) throw new Error(`Growth Log is not installed in ${profile.extensionsDir}`);
  const extensionDir = path.join(profile.extensionsDir, extension);
  writeFileSync(
    path.join(extensionDir, 'l10n', `bundle.l10n.${PSEUDO_LOCALE}.json`),
    JSON.stringify(pseudoTranslate(english(extensionDir, path.join('l10n', 'bundle.l10n.json')))),
  );
  writeFileSync(
    path.join(extensionDir, `package.nls.${PSEUDO_LOCALE}.json`),
    JSON.stringify(pseudoTranslate(english(extensionDir, 'package.nls.json'))),
  );

  const vscodeTranslations = path.join(profile.userDataDir, 'pseudo-vscode.i18n.json');
  writeFileSync(vscodeTranslations, JSON.stringify({ version: '1.0.0', contents: {} }));
  writeFileSync(
    path.join(profile.userDataDir, 'languagepacks.json'),
    JSON.stringify({
      [PSEUDO_LOCALE]: {
        hash: 'pseudo-1',
        extensions: [{ extensionIdentifier: { id: 'growth-log-tests.pseudo-language-pack' }, version: '1.0.0' }],
        translations: { vscode: vscodeTranslations },
        label: 'Pseudo',
      },
    }),
  );
}
