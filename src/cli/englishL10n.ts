import { fillTemplate } from '../shared/textTemplate';

/**
 * What `@vscode/l10n` means inside the command line's bundle: the English source texts,
 * filled in. The command line speaks English (its usage text and errors are written
 * here), and the library's loader, which can fetch translations over HTTP, never ships
 * (esbuild.config.mjs aliases the import here).
 */
export function t(message: string, ...args: (string | number | boolean)[]): string {
  return fillTemplate(message, args.map(String));
}
