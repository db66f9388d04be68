import * as path from 'node:path';

/**
 * The repository's root folder. Every TypeScript file here compiles to `out/<its path>.js`,
 * so this module runs from `out/scripts/lib/`, three levels below the root.
 */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
