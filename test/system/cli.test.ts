import * as assert from 'node:assert/strict';
import { loggedFields } from '../support/moments';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { runGit } from '../../src/core/git/gitRepository';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { assertCliBuilt, cli } from '../support/cli';
import { useTempDir } from '../support/tempDir';
import { synopsisLines } from '../../src/cli/usage';

describe('growth-log command line', function () {
  this.timeout(60_000);
  const tempDir = useTempDir();
  const defaultLog = () => path.join(tempDir(), '.vscode', 'growth-log.json');
  const readMoments = async (file = defaultLog()) =>
    JSON.parse(await fs.readFile(file, 'utf8')).moments as Record<string, unknown>[];

  before(assertCliBuilt);

  it('adds a moment to .vscode/growth-log.json under the current folder and says what it logged', async () => {
    const result = await cli(
      [
        'add',
        'mentoring',
        'Paired',
        'with',
        '@Sam',
        'on',
        'flaky',
        'tests',
        '#testing',
        '!',
        '--impact',
        'Sam owns CI now',
      ],
      {
        cwd: tempDir(),
      },
    );
    assert.equal(result.code, 0, result.stderr);
    const [moment] = await readMoments();
    const day = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
    assert.equal(
      result.stdout,
      `Logged Mentoring on ${day.format(new Date(String(moment?.at)))}: Paired with Sam on flaky tests\n`,
    );
    assert.deepEqual(loggedFields(moment), {
      kind: 'mentoring',
      summary: 'Paired with Sam on flaky tests',
      people: ['Sam'],
      tags: ['testing'],
      starred: true,
      impact: 'Sam owns CI now',
    });
  });

  it('keeps a log it starts in a git repository out of git, once, unless told to keep it in', async () => {
    await runGit(tempDir(), ['init', '--quiet']);
    const first = await cli(['add', 'mentoring', 'Paired with @Sam'], { cwd: tempDir() });
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /kept out of git: it was added to the repository's \.git\/info\/exclude/);
    assert.equal(
      (await runGit(tempDir(), ['status', '--porcelain', '--untracked-files=all'])).trim(),
      '',
      'git does not see the log',
    );
    const second = await cli(['add', 'mentoring', 'Again'], { cwd: tempDir() });
    assert.equal(second.stderr, '', 'nothing more to say once the log exists');
    const exclude = readFileSync(path.join(tempDir(), '.git', 'info', 'exclude'), 'utf8');
    assert.equal(exclude.split('\n').filter((line) => line === '/.vscode/growth-log.json').length, 1);

    const kept = await cli(
      ['add', 'mentoring', 'Shared on purpose', '--keep-in-git', '--file', path.join(tempDir(), 'team-log.json')],
      { cwd: tempDir() },
    );
    assert.equal(kept.code, 0, kept.stderr);
    assert.equal(kept.stderr, '');
    assert.equal(
      (await runGit(tempDir(), ['status', '--porcelain', '--untracked-files=all'])).trim(),
      '?? team-log.json',
    );
  });

  it('keeps a document written with --out in a git repository out of git, unless told to keep it in', async () => {
    await runGit(tempDir(), ['init', '--quiet']);
    assert.equal((await cli(['add', 'mentoring', 'Paired with @Sam'], { cwd: tempDir() })).code, 0);
    const ignored = (name: string) =>
      runGit(tempDir(), ['check-ignore', '--no-index', '--', name]).then(
        () => true,
        () => false,
      );
    for (const [name, command] of [
      ['brag Q4.md', ['export']],
      ['brag.html', ['export', '--format', 'html']],
      ['draft.md', ['draft', '--form', 'self-review']],
    ] as const) {
      const written = await cli([...command, '--out', name], { cwd: tempDir() });
      assert.equal(written.code, 0, written.stderr);
      assert.match(written.stderr, new RegExp(`^wrote .*${name}\\n.*kept out of git: it was added to`, 's'));
      assert.ok(await ignored(name), `git ignores ${name}`);
      const again = await cli([...command, '--out', name], { cwd: tempDir() });
      assert.equal(again.stderr, `wrote ${path.join(tempDir(), name)}\n`, 'said once: the pattern is there already');
    }
    const exclude = readFileSync(path.join(tempDir(), '.git', 'info', 'exclude'), 'utf8');
    for (const pattern of ['/brag Q4.md', '/brag.html', '/draft.md'])
      assert.equal(exclude.split('\n').filter((line) => line === pattern).length, 1, `one anchored ${pattern}`);

    const kept = await cli(['export', '--out', 'shared.md', '--keep-in-git'], { cwd: tempDir() });
    assert.equal(kept.code, 0, kept.stderr);
    assert.equal(kept.stderr, `wrote ${path.join(tempDir(), 'shared.md')}\n`);
    assert.equal((await runGit(tempDir(), ['status', '--porcelain', '--untracked-files=all'])).trim(), '?? shared.md');
  });

  it('writes to --file, and starts a kind of your own only with --new-kind; after that the kind is known', async () => {
    const file = path.join(tempDir(), 'elsewhere', 'log.json');
    const refused = await cli(['add', 'hiring', 'Ran an interview loop', '--file', file], { cwd: tempDir() });
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /unknown kind "hiring"; use a kind from "growth-log --help", .* or --new-kind/);
    assert.equal(existsSync(file), false, 'nothing was written');

    const started = await cli(['add', 'hiring', 'Ran an interview loop', '--new-kind', '--file', file], {
      cwd: tempDir(),
    });
    assert.equal(started.code, 0, started.stderr);
    assert.equal((await readMoments(file))[0]?.kind, 'hiring');
    const again = await cli(['add', 'Hiring', 'Debriefed the panel', '--file', file], { cwd: tempDir() });
    assert.equal(again.code, 0, 'a kind already in the log needs no --new-kind, in any case');
    assert.match(again.stdout, /^Logged hiring on .*: Debriefed the panel\n$/);
    const typo = await cli(['add', 'hirng', 'Sourced candidates', '--file', file], { cwd: tempDir() });
    assert.match(typo.stderr, /unknown kind "hirng": did you mean hiring\?/, 'near misses of your own kinds too');
  });

  it('takes a misspelt kind for a typo and names the kind it meant; kinds ignore case', async () => {
    const typo = await cli(['add', 'mentorng', 'Paired with @Sam'], { cwd: tempDir() });
    assert.equal(typo.code, 1);
    assert.match(typo.stderr, /^growth-log: unknown kind "mentorng": did you mean mentoring\? \(--new-kind/);
    assert.equal(existsSync(defaultLog()), false, 'nothing was written');

    const capitalised = await cli(['add', 'Mentoring', 'Paired with @Sam'], { cwd: tempDir() });
    assert.equal(capitalised.code, 0, capitalised.stderr);
    const spaced = await cli(['add', 'Code Review', 'Reviewed the retry PR'], { cwd: tempDir() });
    assert.equal(spaced.code, 0, spaced.stderr);
    assert.deepEqual(
      (await readMoments()).map((moment) => moment.kind),
      ['mentoring', 'code-review'],
    );
  });

  it('prints the moment it logged as JSON with --json', async () => {
    const result = await cli(['add', 'delegation', 'Handed the release to @Priya', '--json'], { cwd: tempDir() });
    assert.equal(result.code, 0, result.stderr);
    const printed = JSON.parse(result.stdout) as Record<string, unknown>;
    assert.equal(printed.summary, 'Handed the release to Priya');
    assert.deepEqual(printed, (await readMoments())[0]);
  });

  it('records which competency feedback received was about with --competency, by id or English name', async () => {
    const byId = await cli(
      ['add', 'feedback-received', 'Asked @Dana how I hand work off', '--competency', 'delegation'],
      {
        cwd: tempDir(),
      },
    );
    assert.equal(byId.code, 0, byId.stderr);
    assert.match(byId.stdout, /^Logged Feedback Received about Delegation on .*: Asked Dana how I hand work off\n$/);
    const byName = await cli(
      ['add', 'feedback received', 'Asked for notes on my RFC', '--competency', ' communication  & INFLUENCE'],
      { cwd: tempDir() },
    );
    assert.equal(byName.code, 0, byName.stderr);
    assert.deepEqual(
      (await readMoments()).map((moment) => [moment.kind, moment.competency]),
      [
        ['feedback-received', 'delegation'],
        ['feedback-received', 'communication'],
      ],
    );
    const summary = JSON.parse((await cli(['summary', '--json'], { cwd: tempDir() })).stdout) as {
      byCompetency: { competency: string; count: number }[];
    };
    const count = (id: string) => summary.byCompetency.find((entry) => entry.competency === id)?.count;
    assert.deepEqual([count('delegation'), count('communication'), count('continuous-learning')], [1, 1, 2]);

    const unknown = await cli(['add', 'feedback-received', 'Notes on my talk', '--competency', 'public speaking'], {
      cwd: tempDir(),
    });
    assert.equal(unknown.code, 1);
    assert.match(
      unknown.stderr,
      /^growth-log: --competency: "public speaking" is not a competency; use one of team-development, .*technical-depth\n/,
    );
    assert.equal((await readMoments()).length, 2, 'nothing more was written');
  });

  for (const [name, args, message] of [
    ['no command', [], /no command given/],
    ['an unknown command', ['frobnicate'], /unknown command "frobnicate"/],
    ['an unknown option', ['summary', '--colour'], /^growth-log: unknown option --colour$/],
    [
      'a mistyped option',
      ['add', 'mentoring', 'x', '--dat', 'tue'],
      /^growth-log: unknown option --dat: did you mean --date\?$/,
    ],
    [
      'an option with two letters swapped',
      ['summary', '--tarck', 'staff-ic'],
      /unknown option --tarck: did you mean --track\?$/,
    ],
    ['a mistyped command', ['ad', 'mentoring', 'x'], /^growth-log: unknown command "ad": did you mean add\?$/],
    ['an option without its value', ['add', 'mentoring', 'x', '--date'], /^growth-log: --date needs a value$/],
    [
      'two days, in the text and --date',
      ['add', 'mentoring', 'Read ~2026-01-05', '--date', 'yesterday'],
      /^growth-log: two days given: ~2026-01-05 \(2026-01-05\) in the text and --date yesterday \(\d{4}-\d\d-\d\d\); give one$/,
    ],
    ['add without text', ['add', 'mentoring'], /Describe the moment/],
    ['add without a kind', ['add'], /add needs a kind/],
    ['a kind that is not an id', ['add', 'code/review', 'x'], /is not a kind id/],
    ['a bad --week', ['summary', '--week', '2026-13-01'], /--week takes a date/],
    ['an unknown period', ['export', '--period', 'last-decade'], /unknown period "last-decade"/],
    ['--from without --to', ['export', '--from', '2026-01-01'], /--from and --to go together/],
    ['--to before --from', ['export', '--from', '2026-02-01', '--to', '2026-01-01'], /must not be before/],
    ['a bad --track', ['export', '--track', 'ceo'], /--track takes management or staff-ic/],
  ] as const) {
    it(`exits 1 with the command's usage line and a --help hint for ${name}`, async () => {
      const result = await cli([...args], { cwd: tempDir() });
      assert.equal(result.code, 1);
      const [error, ...hint] = result.stderr.trimEnd().split('\n');
      assert.match(error ?? '', message);
      const command = args[0];
      if (command === 'add' || command === 'summary' || command === 'export') {
        assert.equal(hint.length, 2, `the error, one usage line and the hint:\n${result.stderr}`);
        assert.match(hint[0] ?? '', new RegExp(`^Usage: growth-log ${command} `));
      } else {
        assert.equal(
          hint.length,
          synopsisLines().length + 1,
          `only the synopsis of each command, not the whole help:\n${result.stderr}`,
        );
        assert.match(result.stderr, /Usage: growth-log add .*\n {7}growth-log summary/);
      }
      assert.equal(hint.at(-1), 'Run "growth-log --help" for every option.');
      assert.equal(existsSync(defaultLog()), false, 'nothing was written');
    });
  }

  it('writes to the log GROWTH_LOG_FILE names, ~ as the home folder, unless --file names another', async () => {
    const home = path.join(tempDir(), 'home');
    const project = path.join(tempDir(), 'project');
    await fs.mkdir(home);
    await fs.mkdir(project);
    const env = { HOME: home, GROWTH_LOG_FILE: '~/growth-log.json' };
    const added = await cli(['add', 'mentoring', 'Paired with @Sam'], { cwd: project, env });
    assert.equal(added.code, 0, added.stderr);
    const oneLog = path.join(home, 'growth-log.json');
    assert.deepEqual(
      (await readMoments(oneLog)).map((moment) => moment.summary),
      ['Paired with Sam'],
      'the one log in the home folder',
    );
    assert.equal(existsSync(path.join(project, '.vscode')), false, 'nothing under the current folder');
    const summary = await cli(['summary', '--json'], { cwd: project, env });
    assert.equal(JSON.parse(summary.stdout).total, 1, 'read from the same log');

    const elsewhere = path.join(tempDir(), 'elsewhere.json');
    assert.equal((await cli(['add', 'mentoring', 'Given', '--file', elsewhere], { cwd: project, env })).code, 0);
    assert.equal((await readMoments(elsewhere)).length, 1, '--file wins');
    assert.equal((await readMoments(oneLog)).length, 1);

    const relative = await cli(['add', 'mentoring', 'Here'], { cwd: project, env: { GROWTH_LOG_FILE: 'notes.json' } });
    assert.equal(relative.code, 0, relative.stderr);
    assert.equal((await readMoments(path.join(project, 'notes.json'))).length, 1, 'relative to the current folder');

    const help = await cli(['--help'], { cwd: project });
    assert.match(help.stdout, /--file PATH +the log \(default: \$GROWTH_LOG_FILE, else/);
    assert.match(help.stdout, /\n {2}GROWTH_LOG_FILE +the log when --file is not given/);
  });

  it('prints help and version with exit 0', async () => {
    const help = await cli(['--help'], { cwd: tempDir() });
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Exit codes: 0 done; 1 usage error; 2 the log cannot be read/);
    const version = await cli(['--version'], { cwd: tempDir() });
    assert.equal(version.stdout.trim(), JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version);
  });

  it('summarises a week as text and as JSON', async () => {
    await fs.mkdir(path.dirname(defaultLog()), { recursive: true });
    await fs.writeFile(
      defaultLog(),
      JSON.stringify({
        version: 1,
        moments: [
          { id: 'a', kind: 'mentoring', at: '2026-11-17T10:00:00.000Z', summary: 'Paired with Sam' },
          { id: 'b', kind: 'delegation', at: '2026-11-18T10:00:00.000Z', summary: 'Handed off the release' },
          { id: 'c', kind: 'delegation', at: '2026-11-09T10:00:00.000Z', summary: 'The week before' },
        ],
      }),
    );
    const text = await cli(['summary', '--week', '2026-11-20'], { cwd: tempDir() });
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^Week 2026-11-16 to 2026-11-22: 2 moments\n/);
    // The management track's default targets: mentoring 1, delegation 2, …
    assert.match(text.stdout, /Targets of the management track/);
    assert.match(text.stdout, /\n {2}Mentoring +1 of 1 {2}met\n/);
    assert.match(text.stdout, /\n {2}Delegation +1 of 2\n/);
    assert.match(text.stdout, /\n {2}Code Review +0 of 1\n/);
    const staff = await cli(['summary', '--week', '2026-11-20', '--track', 'staff-ic'], { cwd: tempDir() });
    assert.match(staff.stdout, /\n {2}Mentoring +1 of 2\n/);
    assert.match(staff.stdout, /\n {2}Code Review +0 of 3\n/);
    assert.match(text.stdout, /2026-11-18 {2}delegation {2}Handed off the release/);
    assert.match(text.stdout, /2026-11-17 {2}mentoring {3}Paired with Sam/);
    assert.doesNotMatch(text.stdout, /The week before/);

    const json = await cli(['summary', '--week', '2026-11-20', '--json', '--week-starts-on', 'sunday'], {
      cwd: tempDir(),
    });
    const summary = JSON.parse(json.stdout);
    assert.equal(summary.weekStart, '2026-11-15');
    assert.equal(summary.total, 2);
    assert.deepEqual(
      summary.targets.find((row: { kind: string }) => row.kind === 'delegation'),
      { kind: 'delegation', count: 1, target: 2, label: 'Delegation' },
    );
  });

  it('exports a brag document to standard output or to --out', async () => {
    await cli(['add', 'mentoring', 'Coached @Ana through her first on-call', '!'], { cwd: tempDir() });
    const printed = await cli(['export', '--period', 'this-year'], { cwd: tempDir() });
    assert.equal(printed.code, 0, printed.stderr);
    assert.match(printed.stdout, /^# Brag document: \d{4}\n/);
    // A highlight, first in the group of its main competency; Ana is named already, so not again.
    assert.match(
      printed.stdout,
      /## Team development\n\n- ★ Coached Ana through her first on-call \([A-Z][a-z]{2} \d{1,2}\)\\\n {2}_Communication & influence_\n/,
    );
    assert.doesNotMatch(printed.stdout, /Gaps and next focus/);
    const thisWeek = await cli(['export', '--period', 'this-week'], { cwd: tempDir() });
    assert.equal(thisWeek.code, 0, thisWeek.stderr);
    assert.match(thisWeek.stdout, /^# Brag document: This week\n[\s\S]*Coached Ana through her first on-call/);

    const out = path.join(tempDir(), 'brag.md');
    const year = new Date().getUTCFullYear();
    const written = await cli(
      ['export', '--from', `${year}-01-01`, '--to', `${year}-12-31`, '--out', out, '--private'],
      { cwd: tempDir() },
    );
    assert.equal(written.code, 0, written.stderr);
    assert.equal(written.stdout, '');
    const markdown = await fs.readFile(out, 'utf8');
    assert.match(markdown, new RegExp(`^# Brag document: ${year}-01-01 to ${year}-12-31`));
    assert.match(markdown, /## Gaps and next focus/);
  });

  it('never prints control characters from the log raw: an OSC 52 clipboard write and a C1 CSI arrive escaped', async () => {
    // ESC ] 52 writes the clipboard in some terminals; U+009B is a one-character CSI; U+202E reverses the text after it.
    const summary = 'Reviewed \u001b]52;c;Y3VybCBldmlsLnNoIHwgc2g=\u0007 the \u009b2J plan \u202eoiranecs\u202c\tok';
    await fs.mkdir(path.dirname(defaultLog()), { recursive: true });
    await fs.writeFile(
      defaultLog(),
      JSON.stringify({
        version: 1,
        moments: [{ id: 'a', kind: 'mentoring', at: '2026-11-18T10:00:00.000Z', summary }],
      }),
    );
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    const rawControl = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

    const text = await cli(['summary', '--week', '2026-11-20'], { cwd: tempDir() });
    assert.equal(text.code, 0, text.stderr);
    assert.doesNotMatch(text.stdout, rawControl);
    assert.ok(
      text.stdout.includes(
        'Reviewed \\u001b]52;c;Y3VybCBldmlsLnNoIHwgc2g=\\u0007 the \\u009b2J plan \\u202eoiranecs\\u202c\tok',
      ),
      text.stdout,
    );

    const json = await cli(['summary', '--week', '2026-11-20', '--json'], { cwd: tempDir() });
    assert.equal(json.code, 0, json.stderr);
    assert.doesNotMatch(json.stdout, rawControl);
    assert.equal(JSON.parse(json.stdout).moments[0].summary, summary, 'the JSON still reads back as the log says');

    const printed = await cli(['export', '--from', '2026-11-01', '--to', '2026-11-30'], { cwd: tempDir() });
    assert.equal(printed.code, 0, printed.stderr);
    assert.doesNotMatch(printed.stdout, rawControl);
    // The document shows each control character as its escape (a Markdown backslash keeps it
    // text), so the terminal gets no escape of its own to add.
    assert.match(printed.stdout, /Reviewed \\\\u001b\\?\]52;c;.* the \\\\u009b2J plan/);

    // A file holds the document as written: there too the control characters are shown, never raw.
    const out = path.join(tempDir(), 'brag.md');
    const written = await cli(['export', '--from', '2026-11-01', '--to', '2026-11-30', '--out', out], {
      cwd: tempDir(),
    });
    assert.equal(written.code, 0, written.stderr);
    const document = await fs.readFile(out, 'utf8');
    for (const control of ['\u001b', '\u0007', '\u009b', '\u202e'])
      assert.ok(!document.includes(control), JSON.stringify(control));
    assert.match(document, /Reviewed \\\\u001b\\?\]52;c;.* the \\\\u009b2J plan \\\\u202eoiranecs/);

    // File names reach standard error escaped too.
    const hostile = path.join(tempDir(), 'notes\u001b]0;pwned\u0007.json');
    await fs.writeFile(hostile, '{');
    const failed = await cli(['summary', '--file', hostile], { cwd: tempDir() });
    assert.equal(failed.code, 2);
    assert.doesNotMatch(failed.stderr, rawControl);
    assert.match(failed.stderr, /notes\\u001b\]0;pwned\\u0007\.json:1:2: invalid JSON/);
  });

  for (const [name, contents, where] of [
    ['bad JSON', '{\n  "version": 1,\n  "moments": [,]\n}\n', /growth-log\.json:3:15: invalid JSON/],
    [
      'a field of the wrong type',
      '{"version": 1, "moments": [{"id": "a", "kind": "mentoring", "at": "2026-11-20T10:00:00Z", "summary": "x", "starred": "yes"}]}',
      /growth-log\.json:1:\d+: .* at moments\[0\]\.starred/,
    ],
    ['a newer version', '{"version": 7, "moments": []}', /format version 7, written by a newer Growth Log/],
  ] as const) {
    it(`exits 2 for a log with ${name}, naming where, and leaves the file as it was`, async () => {
      await fs.mkdir(path.dirname(defaultLog()), { recursive: true });
      await fs.writeFile(defaultLog(), contents);
      for (const args of [['add', 'mentoring', 'Must not be written'], ['summary'], ['export']]) {
        const result = await cli(args, { cwd: tempDir() });
        assert.equal(result.code, 2, `${args[0]}: ${result.stderr}`);
        assert.match(result.stderr, where);
        assert.equal(result.stdout, '');
      }
      assert.equal(await fs.readFile(defaultLog(), 'utf8'), contents);
      assert.deepEqual(await fs.readdir(path.dirname(defaultLog())), ['growth-log.json'], 'no temp or lock file left');
    });
  }

  it('refuses to write the document over a link, a device or a pipe, and leaves them as they were', async () => {
    await cli(['add', 'mentoring', 'Paired with @Sam'], { cwd: tempDir() });
    const target = path.join(tempDir(), 'elsewhere.md');
    const link = path.join(tempDir(), 'link.md');
    await fs.symlink(target, link);
    for (const out of [link, '/dev/null']) {
      const result = await cli(['export', '--out', out], { cwd: tempDir() });
      assert.equal(result.code, 1, result.stderr);
      assert.match(result.stderr, /is not a regular file/);
    }
    assert.ok((await fs.lstat(link)).isSymbolicLink(), 'the link is still a link');
    assert.equal(existsSync(target), false, 'nothing was written through it');
    assert.ok((await fs.stat('/dev/null')).isCharacterDevice(), '/dev/null is still the device');
  });

  it('logs on the day given with --date or ~day, and refuses a day after today or a word that is no day', async () => {
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10); // the CLI runs in UTC
    assert.equal(
      (await cli(['add', 'mentoring', 'Paired with @Sam', '--date', 'yesterday'], { cwd: tempDir() })).code,
      0,
    );
    assert.equal((await cli(['add', 'delegation', 'Handed over the release ~2026-01-05'], { cwd: tempDir() })).code, 0);
    const moments = await readMoments();
    assert.equal(String(moments[0]?.at).slice(0, 10), yesterday);
    assert.equal(String(moments[1]?.at).slice(0, 10), '2026-01-05');
    assert.equal(moments[1]?.summary, 'Handed over the release');
    for (const bad of [['--date', '2999-01-01'], ['--date', 'someday'], ['~2999-01-01']]) {
      const result = await cli(['add', 'mentoring', 'Paired', ...bad], { cwd: tempDir() });
      assert.equal(result.code, 1, bad.join(' '));
      assert.match(result.stderr, /after today|is not a day/);
    }
    assert.equal((await readMoments()).length, 2, 'nothing was logged for a refused day');
  });

  it('says what lies behind a failure with --verbose, and only then', async () => {
    const folder = path.join(tempDir(), 'a-folder.json');
    await fs.mkdir(folder);
    const quiet = await cli(['summary', '--file', folder], { cwd: tempDir() });
    assert.equal(quiet.code, 2);
    assert.equal(quiet.stderr.trim().split('\n').length, 1, 'one line without --verbose');
    const verbose = await cli(['summary', '--file', folder, '--verbose'], { cwd: tempDir() });
    assert.equal(verbose.code, 2);
    assert.match(verbose.stderr, /growth-log: details: .*EISDIR|growth-log: details: LogFileError/);
    assert.ok(verbose.stderr.split('\n').length > 2, 'the details follow the one line');
  });

  it('exits 2 when the log path is a folder', async () => {
    await fs.mkdir(defaultLog(), { recursive: true });
    const result = await cli(['summary'], { cwd: tempDir() });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /is a folder, not a log file/);
  });

  it('loses nothing when several command lines add at once', async () => {
    const writers = 4;
    const each = 8;
    await Promise.all(
      Array.from({ length: writers }, (_, writer) =>
        (async () => {
          for (let index = 0; index < each; index++) {
            const result = await cli(['add', 'mentoring', `writer ${writer} moment ${index}`], { cwd: tempDir() });
            assert.equal(result.code, 0, result.stderr);
          }
        })(),
      ),
    );
    const moments = await readMoments();
    assert.equal(moments.length, writers * each);
    assert.equal(new Set(moments.map((moment) => moment.summary)).size, writers * each);
  });
});
