import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { runGit } from '../../src/core/git/gitRepository';
import { ME, REMOTE } from './gitFixture';

/**
 * A maintainer's history in `folder`: `merges` pull requests from `people` contributors,
 * spread evenly over the `weeks` before `now`, each a branch commit by its author merged by
 * ME as GitHub writes it (`Merge pull request #N from login/topic-N`). Written with one
 * `git fast-import`, so hundreds of merges take a moment rather than a minute.
 */
export interface LargeHistory {
  readonly merges: number;
  readonly people: number;
  /** The SHAs of the merge commits, oldest first. */
  readonly mergeCommits: readonly string[];
}

export async function buildLargeHistory(
  folder: string,
  options: { merges: number; people: number; weeks: number; now?: Date },
): Promise<LargeHistory> {
  const now = options.now ?? new Date();
  const start = now.getTime() - options.weeks * 7 * 86_400_000;
  const step = (options.weeks * 7 * 86_400_000 - 3_600_000) / options.merges;
  await runGit(folder, ['init', '--quiet', '--initial-branch=main']);
  await runGit(folder, ['config', 'user.name', ME.name]);
  await runGit(folder, ['config', 'user.email', ME.email]);
  await runGit(folder, ['remote', 'add', 'origin', REMOTE]);

  const lines: string[] = [];
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}`;
  const stamp = (person: { name: string; email: string }, at: number) =>
    `${person.name} <${person.email}> ${Math.floor(at / 1000)} +0000`;
  lines.push('commit refs/heads/main', 'mark :1', `author ${stamp(ME, start)}`, `committer ${stamp(ME, start)}`);
  lines.push(data('Initial commit\n'), 'M 644 inline README.md', data('sample\n'), '');
  let main = 1;
  for (let index = 0; index < options.merges; index++) {
    const number = index + 1;
    const at = start + (index + 1) * step;
    const author = {
      name: `Person${index % options.people} Contributor`,
      email: `p${index % options.people}@example.com`,
    };
    const branch = 2 * number;
    const merge = branch + 1;
    lines.push(`commit refs/heads/topic`, `mark :${branch}`, `author ${stamp(author, at - 60_000)}`);
    lines.push(`committer ${stamp(author, at - 60_000)}`, data(`Change number ${number}\n`), `from :${main}`);
    lines.push(`M 644 inline src/file${number}.txt`, data(`${number}\n`), '');
    lines.push('commit refs/heads/main', `mark :${merge}`, `author ${stamp(ME, at)}`, `committer ${stamp(ME, at)}`);
    const message = `Merge pull request #${number} from p${index % options.people}/topic-${number}\n\nChange number ${number}\n`;
    lines.push(
      data(message),
      `from :${main}`,
      `merge :${branch}`,
      `M 644 inline src/file${number}.txt`,
      data(`${number}\n`),
      '',
    );
    main = merge;
  }
  lines.push('done', '');

  const child = spawn('git', ['fast-import', '--quiet', '--done'], {
    cwd: folder,
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  child.stdin.end(lines.join('\n'));
  const [code] = await once(child, 'close');
  if (code !== 0) throw new Error(`git fast-import exited with ${code}`);
  await runGit(folder, ['update-ref', '-d', 'refs/heads/topic']);
  const mergeCommits = (await runGit(folder, ['rev-list', '--first-parent', '--merges', '--reverse', 'main']))
    .trim()
    .split('\n');
  return { merges: options.merges, people: options.people, mergeCommits };
}
