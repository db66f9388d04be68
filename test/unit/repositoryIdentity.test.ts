import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { commitLink, permalink } from '../../src/core/git/forgeLinks';
import { findRepositoryFolder, remoteKey, repositoryOf, shareableRemote } from '../../src/core/git/repositoryIdentity';
import { resolveLogFilePath, namesFileOutsideFolder } from '../../src/core/storage/logFileTarget';

describe('a moment’s code knows its repository', () => {
  describe('the remote written to the log', () => {
    it('never keeps a token or password from a web remote', () => {
      const stored = shareableRemote('https://sam:ghp_s3cr3tT0ken@github.com/acme/api.git');
      assert.equal(stored, 'https://github.com/acme/api.git');
      assert.doesNotMatch(stored ?? '', /ghp_|sam/);
      assert.equal(
        shareableRemote('https://x-access-token:abc@gitlab.com/a/b?private_token=abc#x'),
        'https://gitlab.com/a/b',
      );
      assert.equal(shareableRemote('https://oauth2@dev.azure.com/org/p/_git/r'), 'https://dev.azure.com/org/p/_git/r');
    });

    it('keeps an ssh remote’s user, drops its password', () => {
      assert.equal(shareableRemote('git@github.com:acme/api.git'), 'git@github.com:acme/api.git');
      assert.equal(
        shareableRemote('ssh://git:pw@example.com:2222/acme/api.git'),
        'ssh://git@example.com:2222/acme/api.git',
      );
    });

    describe('never keeps a token in any form git accepts', () => {
      // Each remote, and what is written to the log for it.
      const forms: [string, string | undefined][] = [
        ['https::https://x-access-token:ghp_SECRET123@github.com/acme/api.git', 'https://github.com/acme/api.git'],
        ['git+https://ghp_SECRET123@github.com/acme/api.git', 'git+https://github.com/acme/api.git'],
        ['persistent-https://ghp_SECRET123@github.com/acme/api', 'persistent-https://github.com/acme/api'],
        ['sso::persistent-https://ghp_SECRET123@github.com/acme/api', 'persistent-https://github.com/acme/api'],
        ['ssh://ghp_SECRET123@github.com/acme/api.git', 'ssh://github.com/acme/api.git'],
        ['git+ssh://ghp_SECRET123:pw@github.com/acme/api.git', 'git+ssh://github.com/acme/api.git'],
        ['ghp_SECRET123@github.com:acme/api.git', 'github.com:acme/api.git'],
        ['x-access-token:ghp_SECRET123@github.com:acme/api.git', 'github.com:acme/api.git'],
        ['ext::ssh -i /keys/ghp_SECRET123 github.com %S acme/api', undefined],
      ];
      for (const [remote, written] of forms) {
        it(`${remote} is written as ${written}`, () => {
          assert.equal(shareableRemote(remote), written);
          assert.deepEqual(
            repositoryOf('/work/api', remote),
            written ? { remote: written, name: 'api' } : { name: 'api' },
          );
        });
        if (written === undefined) continue;
        it(`${remote} is github.com/acme/api, with links that carry no token`, () => {
          assert.equal(remoteKey(remote), 'github.com/acme/api');
          assert.equal(
            permalink(remote, 'abc1234', { path: 'src/a.ts', startLine: 3, endLine: 3 }),
            'https://github.com/acme/api/blob/abc1234/src/a.ts#L3',
          );
          assert.equal(commitLink(remote, 'abc1234'), 'https://github.com/acme/api/commit/abc1234');
        });
      }
    });

    it('keeps the user of an ssh remote only when it is git', () => {
      assert.equal(shareableRemote('ssh://git@github.com/acme/api'), 'ssh://git@github.com/acme/api');
      assert.equal(shareableRemote('https://git@github.com/acme/api'), 'https://github.com/acme/api');
      assert.equal(shareableRemote('deploy@example.com:api.git'), 'example.com:api.git');
    });

    it('refuses what cannot be read safely', () => {
      assert.equal(shareableRemote(''), undefined);
      assert.equal(shareableRemote('https://github.com/a/b\nsecret'), undefined);
      assert.equal(shareableRemote('https://[bad'), undefined);
    });

    it('records the repository folder’s name, and the remote only when there is one', () => {
      assert.deepEqual(repositoryOf(path.join('/work', 'api'), 'https://t:k@github.com/acme/api'), {
        remote: 'https://github.com/acme/api',
        name: 'api',
      });
      assert.deepEqual(repositoryOf(path.join('/work', 'notes'), undefined), { name: 'notes' });
    });
  });

  describe('one key for every spelling of a remote', () => {
    const github = [
      'git@github.com:Acme/API.git',
      'ssh://git@github.com/acme/api',
      'ssh://git@github.com:22/acme/api.git',
      'https://github.com/acme/api',
      'https://github.com/acme/api.git',
      'https://sam:token@github.com/acme/api/',
      'git+ssh://git@github.com/acme/api.git',
    ];
    for (const remote of github) {
      it(`${remote} is github.com/acme/api`, () => assert.equal(remoteKey(remote), 'github.com/acme/api'));
    }

    it('tells other repositories and hosts apart', () => {
      assert.notEqual(remoteKey('git@github.com:acme/api.git'), remoteKey('git@github.com:acme/web.git'));
      assert.notEqual(remoteKey('git@github.com:acme/api.git'), remoteKey('git@gitlab.com:acme/api.git'));
      assert.notEqual(remoteKey('git@github.com:acme/api.git'), remoteKey('git@github.com:fork/api.git'));
    });

    it('keeps a local path a path', () => {
      assert.equal(remoteKey('/srv/git/api.git'), 'srv/git/api');
      assert.equal(remoteKey('file:///srv/git/api.git'), 'srv/git/api');
      assert.equal(remoteKey('C:\\repos\\api.git'), 'c:/repos/api');
    });
  });

  describe('finding the open folder that is the repository', () => {
    const folders = [
      { folder: 'web', name: 'web', remoteUrl: 'git@github.com:acme/web.git' },
      { folder: 'api-clone', name: 'api-renamed', remoteUrl: 'https://github.com/acme/api' },
      { folder: 'notes', name: 'notes' },
      { folder: 'fork', name: 'tools', remoteUrl: 'git@github.com:someone/tools.git' },
    ];

    it('matches by remote first, in whatever form either was written', () => {
      assert.equal(findRepositoryFolder({ remote: 'git@github.com:acme/api.git', name: 'api' }, folders), 'api-clone');
    });

    it('else by the folder’s name', () => {
      assert.equal(findRepositoryFolder({ name: 'notes' }, folders), 'notes');
      assert.equal(findRepositoryFolder({ remote: 'https://example.com/x/notes', name: 'notes' }, folders), 'notes');
      assert.equal(findRepositoryFolder({ name: 'web' }, folders), 'web');
    });

    it('not a folder of the same name whose remote says it is another repository', () => {
      assert.equal(
        findRepositoryFolder({ remote: 'git@github.com:acme/tools.git', name: 'tools' }, folders),
        undefined,
      );
    });

    it('none when the repository is not open', () => {
      assert.equal(
        findRepositoryFolder({ remote: 'git@github.com:acme/billing.git', name: 'billing' }, folders),
        undefined,
      );
    });
  });
});

describe('growthLog.logFile: ~ is the home folder', () => {
  const home = path.resolve('/home/sam');
  const folder = path.resolve('/work/api');

  it('expands ~ and ~/… to the home folder', () => {
    assert.equal(resolveLogFilePath('~', folder, home), home);
    assert.equal(resolveLogFilePath('~/growth-log.json', folder, home), path.join(home, 'growth-log.json'));
    assert.equal(resolveLogFilePath('~\\growth-log.json', folder, home), path.join(home, 'growth-log.json'));
  });

  it('keeps a relative path relative to the workspace folder, and ~name a name', () => {
    assert.equal(
      resolveLogFilePath('.vscode/growth-log.json', folder, home),
      path.join(folder, '.vscode', 'growth-log.json'),
    );
    assert.equal(resolveLogFilePath('~sam/log.json', folder, home), path.join(folder, '~sam', 'log.json'));
    assert.equal(resolveLogFilePath('notes/~/log.json', folder, home), path.join(folder, 'notes', '~', 'log.json'));
  });

  it('an absolute path is itself', () => {
    assert.equal(resolveLogFilePath(path.resolve('/data/log.json'), folder, home), path.resolve('/data/log.json'));
  });

  it('knows which values name one file for every folder', () => {
    assert.equal(namesFileOutsideFolder('~/growth-log.json'), true);
    assert.equal(namesFileOutsideFolder(path.resolve('/data/log.json')), true);
    assert.equal(namesFileOutsideFolder('.vscode/growth-log.json'), false);
    assert.equal(namesFileOutsideFolder('~sam/log.json'), false);
  });
});
