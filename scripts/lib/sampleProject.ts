import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runGit } from '../../src/core/git/gitRepository';
import { commitAs, type GitPerson } from './gitAuthor';
import { REPO_ROOT } from './repoRoot';

/**
 * The sample project `npm start` and the screenshots open: the sample workspace's files in
 * a folder named like a real project, as a git repository with a short history of the
 * kind a tech lead's week leaves — a pairing commit, a review, a merged pull request, an
 * architecture decision — so Log Code Review Here has a permalink to make and Suggest
 * Moments from Git History has something to suggest the moment it opens.
 */

export const SAMPLE_PROJECT_NAME = 'billing-service';
export const SAMPLE_REMOTE = `git@github.com:acme/${SAMPLE_PROJECT_NAME}.git`;

/** Whose workspace it is: the git user the suggestions look for. */
export const SAMPLE_USER: GitPerson = { name: 'Robin Lead', email: 'robin@acme.example' };
const SAM: GitPerson = { name: 'Sam Lee', email: 'sam@acme.example' };
const PRIYA: GitPerson = { name: 'Priya Shah', email: 'priya@acme.example' };
const ANA: GitPerson = { name: 'Ana Ruiz', email: 'ana@acme.example' };

const trailer = (key: string, person: GitPerson) => `${key}: ${person.name} <${person.email}>`;

interface SampleCommit {
  readonly author: GitPerson;
  readonly daysAgo: number;
  readonly message: string;
  readonly files: Readonly<Record<string, string>>;
}

const HISTORY: readonly SampleCommit[] = [
  {
    author: PRIYA,
    daysAgo: 8,
    message: `Add idempotency keys to payment retries\n\nA retried charge reuses its key, so the provider never charges twice.\n\n${trailer('Reviewed-by', SAMPLE_USER)}`,
    files: {
      'src/idempotency.ts': [
        "import { randomUUID } from 'node:crypto';",
        '',
        '/** One key per charge attempt, reused by every retry of it. */',
        'export function idempotencyKey(chargeId: string): string {',
        "  return chargeId + ':' + randomUUID();",
        '}',
        '',
      ].join('\n'),
    },
  },
  {
    author: SAMPLE_USER,
    daysAgo: 6,
    message: `Fix the flaky retry test\n\nThe test waited on a real timer; it now awaits each attempt.\n\n${trailer('Co-authored-by', SAM)}`,
    files: {
      'test/retry.test.ts': [
        "import * as assert from 'node:assert/strict';",
        "import { retry } from '../src/retry';",
        '',
        "it('gives up after three attempts', async () => {",
        '  let calls = 0;',
        '  await assert.rejects(retry(async () => {',
        '    calls++;',
        "    throw new Error('down');",
        '  }));',
        '  assert.equal(calls, 3);',
        '});',
        '',
      ].join('\n'),
    },
  },
  {
    author: SAMPLE_USER,
    daysAgo: 5,
    message: 'ADR 1: Postgres for the billing ledger',
    files: {
      'docs/adr/0001-postgres-for-the-billing-ledger.md': [
        '# 1. Postgres for the billing ledger',
        '',
        'Status: accepted',
        '',
        '## Context',
        '',
        'Invoices and payments must balance to the cent, across retries and refunds.',
        '',
        '## Decision',
        '',
        'The ledger lives in Postgres, one transaction per payment event.',
        '',
        '## Consequences',
        '',
        'Reports read a replica; the document store keeps only receipts.',
        '',
      ].join('\n'),
    },
  },
];

/** Ana's pull request, which the sample user paired on and merged. */
const PULL_REQUEST = {
  number: 42,
  branch: 'ana/invoice-cache',
  commit: {
    author: ANA,
    daysAgo: 3,
    message: `Invalidate cached invoices by key\n\n${trailer('Co-authored-by', SAMPLE_USER)}`,
    files: {
      'src/invoiceCache.ts': [
        'const cached = new Map<string, unknown>();',
        '',
        '/** Drops one invoice, so the next read sees the ledger again. */',
        'export function invalidateInvoice(invoiceId: string): void {',
        '  cached.delete(invoiceId);',
        '}',
        '',
      ].join('\n'),
    },
  },
  mergedDaysAgo: 2,
} as const;

/**
 * Creates `<parent>/billing-service` with the sample workspace's files and the history
 * above, dated in the days before `now`. Returns the project's folder.
 */
export async function createSampleProject(parent: string, now = new Date()): Promise<string> {
  const folder = path.join(parent, SAMPLE_PROJECT_NAME);
  mkdirSync(folder, { recursive: true });
  cpSync(path.join(REPO_ROOT, 'test', 'fixtures', 'sample-workspace'), folder, { recursive: true });
  const git = (args: string[], author: GitPerson, daysAgo: number) => {
    const at = new Date(now);
    at.setDate(at.getDate() - daysAgo);
    at.setHours(11, 0, 0, 0);
    return runGit(folder, args, commitAs(author, at));
  };
  const commit = async ({ author, daysAgo, message, files }: SampleCommit) => {
    for (const [file, content] of Object.entries(files)) {
      await fs.mkdir(path.dirname(path.join(folder, file)), { recursive: true });
      await fs.writeFile(path.join(folder, file), content);
    }
    await git(['add', '--all'], author, daysAgo);
    await git(['commit', '--quiet', '-m', message], author, daysAgo);
  };

  await runGit(folder, ['init', '--quiet', '--initial-branch=main']);
  await runGit(folder, ['config', 'user.name', SAMPLE_USER.name]);
  await runGit(folder, ['config', 'user.email', SAMPLE_USER.email]);
  await runGit(folder, ['config', 'commit.gpgsign', 'false']);
  await runGit(folder, ['remote', 'add', 'origin', SAMPLE_REMOTE]);
  await commit({ author: SAMPLE_USER, daysAgo: 10, message: 'Start the billing service', files: {} });
  for (const step of HISTORY) await commit(step);

  await git(['checkout', '--quiet', '-b', PULL_REQUEST.branch], ANA, PULL_REQUEST.commit.daysAgo);
  await commit(PULL_REQUEST.commit);
  await git(['checkout', '--quiet', 'main'], SAMPLE_USER, PULL_REQUEST.mergedDaysAgo);
  await git(
    [
      'merge',
      '--quiet',
      '--no-ff',
      '-m',
      `Merge pull request #${PULL_REQUEST.number} from acme/${PULL_REQUEST.branch}\n\nInvalidate cached invoices by key`,
      PULL_REQUEST.branch,
    ],
    SAMPLE_USER,
    PULL_REQUEST.mergedDaysAgo,
  );
  return folder;
}

export interface SampleWorkspace {
  /** The project folder to open. */
  readonly folder: string;
  /** Removes what this run created; a kept project stays for the next run. */
  dispose(): void;
}

/** A fresh sample project in a temporary folder of its own, which `dispose` removes. */
export async function freshSampleWorkspace(now?: Date): Promise<SampleWorkspace> {
  const parent = mkdtempSync(path.join(tmpdir(), 'growth-log-start-'));
  const remove = () => rmSync(parent, { recursive: true, force: true });
  try {
    return { folder: await createSampleProject(parent, now), dispose: remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/**
 * The sample project kept under `parent`: made the first time, and opened as it was left
 * every time after, with whatever was logged there. `dispose` leaves it.
 */
export async function keptSampleWorkspace(parent: string, now?: Date): Promise<SampleWorkspace> {
  const kept = path.join(parent, SAMPLE_PROJECT_NAME);
  const folder = existsSync(kept) ? kept : await createSampleProject(parent, now);
  return { folder, dispose: () => undefined };
}
