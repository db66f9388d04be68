import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { runGit } from '../../src/core/git/gitRepository';

/**
 * Arms the repository in `folder` as a hostile one could be: HEAD is a signed commit, and
 * its config names a program for git to run when it reads the index (`core.fsmonitor`)
 * and when it shows a signed commit (`log.showSignature` with `gpg.program`). The program
 * only leaves a mark, so a test can tell whether git ran it. POSIX shells only.
 */
export async function armRepository(folder: string): Promise<{ ran(): Promise<boolean> }> {
  const program = path.join(folder, '.git', 'hostile-program');
  const mark = `${program}-ran`;
  await fs.writeFile(
    program,
    [
      '#!/bin/sh',
      // Called as gpg (options first), reads what git sends so git sees no broken pipe;
      // called as the fsmonitor hook, it may have nothing to read, so it reads nothing.
      'case "$1" in --*) cat > /dev/null ;; esac',
      `echo "$*" >> '${mark}'`,
      "printf '\\n[GNUPG:] SIG_CREATED \\n' >&2",
      "printf -- '-----BEGIN PGP SIGNATURE-----\\n\\nx\\n-----END PGP SIGNATURE-----\\n'",
      '',
    ].join('\n'),
    { mode: 0o755 },
  );
  const signer = {
    GIT_AUTHOR_NAME: 'Signer',
    GIT_AUTHOR_EMAIL: 'signer@example.com',
    GIT_COMMITTER_NAME: 'Signer',
    GIT_COMMITTER_EMAIL: 'signer@example.com',
  };
  await runGit(
    folder,
    ['-c', `gpg.program=${program}`, 'commit', '--quiet', '--allow-empty', '-S', '-m', 'Signed commit'],
    signer,
  );
  await runGit(folder, ['config', 'core.fsmonitor', program]);
  await runGit(folder, ['config', 'log.showSignature', 'true']);
  await runGit(folder, ['config', 'gpg.program', program]);
  await fs.rm(mark, { force: true });
  return {
    ran: () =>
      fs.stat(mark).then(
        () => true,
        () => false,
      ),
  };
}
