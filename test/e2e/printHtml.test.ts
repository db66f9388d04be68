import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../../scripts/lib/browser';
import { type PaperSize, pdfInfo, pdfPagesText, printToPdf } from '../../scripts/lib/printedPdf';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { assertCliBuilt, cli } from '../support/cli';
import { useTempDir } from '../support/tempDir';

/**
 * The brag document's web page (`growth-log export --format html`), opened and printed in
 * Debian's Chromium as a person would: its style applies under its own content security
 * policy and nothing is loaded; printed to PDF on A4 and on Letter, it has pages of that
 * size, text a reader can select, links followed by their address, every moment whole on
 * one page and no heading left at the foot of a page.
 */

const FIXTURE_LOG = path.join(REPO_ROOT, 'test', 'fixtures', 'brag', 'log.json');
const QUARTER = ['--from', '2026-10-01', '--to', '2026-12-31'];

/** Paper sizes in PostScript points. */
const PAPER: Record<PaperSize, [number, number]> = { A4: [595, 842], Letter: [612, 792] };

describe('the brag document printed from its web page', function () {
  this.timeout(120_000);
  const temp = useTempDir();
  before(assertCliBuilt);

  async function exportHtml(log: string): Promise<string> {
    const out = path.join(temp(), 'brag.html');
    const result = await cli(['export', '--format', 'html', '--file', log, ...QUARTER, '--out', out]);
    assert.equal(result.code, 0, result.stderr);
    return out;
  }

  it('opens with its style applied under its own policy, loading nothing but itself', async () => {
    const html = await exportHtml(FIXTURE_LOG);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      const problems: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
      });
      await page.goto(pathToFileURL(html).href);
      assert.deepEqual(requests, [pathToFileURL(html).href]);
      assert.deepEqual(problems, [], 'a style or script refused by the policy shows here');
      // The style sheet applied: it sets the measure of the text, which the browser's default does not.
      assert.equal(await page.evaluate('getComputedStyle(document.body).maxWidth'), '736px');

      await page.emulateMedia({ media: 'print' });
      const style = (selector: string, property: string, pseudo = '') =>
        page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(selector)}), '${pseudo}').${property}`);
      const printed = {
        item: await style('li', 'breakInside'),
        heading: await style('h2', 'breakAfter'),
        linkAfter: String(await style('a:not(.address)', 'content', '::after')),
        addressAfter: await style('a.address', 'content', '::after'),
      };
      assert.equal(printed.item, 'avoid');
      assert.equal(printed.heading, 'avoid');
      assert.match(printed.linkAfter, /^" \(" attr\(href\) "\)"$|\(https:\/\//);
      assert.equal(printed.addressAfter, 'none', 'a link showing its own address is not repeated');
    } finally {
      await browser.close();
    }
  });

  for (const paper of ['A4', 'Letter'] as const) {
    it(`prints a quarter to ${paper} pages of selectable text, links followed by their address`, async () => {
      const pdf = path.join(temp(), 'brag.pdf');
      await printToPdf(await exportHtml(FIXTURE_LOG), pdf, paper);
      const info = pdfInfo(pdf);
      const [width, height] = PAPER[paper];
      assert.ok(
        Math.abs(info.widthPt - width) < 1.5 && Math.abs(info.heightPt - height) < 1.5,
        `${paper}: ${info.widthPt} × ${info.heightPt} pt`,
      );
      // Six moments fit on two pages at most.
      assert.ok(info.pages >= 1 && info.pages <= 2, `${info.pages} pages`);
      const pages = pdfPagesText(pdf);
      assert.equal(pages.length, info.pages);
      for (const [index, text] of pages.entries()) assert.match(text, /\w/, `page ${index + 1} has text`);
      const text = pages.join('\n');
      assert.match(text, /At a glance/);
      assert.match(text, /paired with Sam on flaky test triage/i);
      assert.match(text, /src\/errors\/format\.ts:12-40\s+\(https:\/\/github\.com\/acme\/billing\/blob\//);
      // An address shown as the link's own text is not repeated after it.
      assert.match(text, /Link: https:\/\/github\.com\/acme\/billing\/pull\/482\n/);
    });
  }

  it('keeps every moment whole on one page and no heading at the foot of a page, over many pages', async () => {
    const log = path.join(temp(), 'growth-log.json');
    writeFileSync(log, JSON.stringify(longQuarter(60)));
    const html = await exportHtml(log);
    const pdf = path.join(temp(), 'brag.pdf');
    await printToPdf(html, pdf, 'A4');
    const pages = pdfPagesText(pdf);
    assert.ok(pages.length >= 4, `${pages.length} pages`);

    const headings = [...readFileSync(html, 'utf8').matchAll(/<h2>([^<]*)<\/h2>/g)].map(([, text]) =>
      (text ?? '').replace(/&amp;/g, '&'),
    );
    for (const [index, text] of pages.entries()) {
      const lines = text.split('\n').map((line) => line.trim());
      assert.ok(lines.some(Boolean), `page ${index + 1} is blank`);
      const last = lines.filter(Boolean).at(-1) ?? '';
      if (index < pages.length - 1) assert.ok(!headings.includes(last), `page ${index + 1} ends with "${last}"`);
      // A moment split across pages would leave its first word on one page and its last, or its impact, on the next.
      const count = (word: string) => text.match(new RegExp(`\\b${word}\\b`, 'g'))?.length ?? 0;
      for (const [, number] of text.matchAll(/\b(?:begins|ends|impact)(\d+)\b/g)) {
        const counts = [count(`begins${number}`), count(`ends${number}`), count(`impact${number}`)];
        assert.ok(new Set(counts).size === 1, `moment ${number} split at page ${index + 1}: ${counts}`);
      }
    }
  });
  it('shows "Against the Staff expectations" as a reader sees it: each expectation, its strength and its moments named as the page above shows them', async () => {
    const out = path.join(temp(), 'brag-staff.html');
    const result = await cli([
      'export',
      '--format',
      'html',
      '--track',
      'staff-ic',
      '--target',
      'Staff',
      '--file',
      FIXTURE_LOG,
      ...QUARTER,
      '--out',
      out,
    ]);
    assert.equal(result.code, 0, result.stderr);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(out).href);
      const heading = page.locator('h2', { hasText: 'Against the Staff expectations' });
      assert.equal(await heading.count(), 1);
      // The list after the heading: one item per expectation with evidence, its strength on a line of its own.
      const texts = await page
        .locator('h2:text-is("Against the Staff expectations") ~ ul')
        .first()
        .locator(':scope > li')
        .allInnerTexts();
      assert.equal(texts.length, 6);
      assert.match(
        texts[0] ?? '',
        /^Leads the technical design[^\n]*\nSome evidence · 2 moments with 3 people\n+Sam now owns the CI dashboard — paired with Sam on flaky… \(Oct 6\); /,
      );
      // What names the moment is on the page above, where the reader finds it; no ref they cannot look up.
      const body = await page.locator('h2:text-is("Against the Staff expectations") ~ *').allInnerTexts();
      const above = page.locator('li', {
        hasText: /^Sam now owns the CI dashboard — paired with Sam on flaky.*\(Oct 6\)/,
      });
      assert.ok((await above.count()) >= 1, 'the page above shows the moment as the section names it');
      assert.doesNotMatch(body.join('\n'), /\bref [0-9a-f]{8}\b/);
      await heading.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(temp(), 'against-the-staff-expectations.png') });
    } finally {
      await browser.close();
    }
  });
});

/** A log of `count` moments over Q4 2026, each with a summary long enough to wrap over five lines, an impact and a tag. */
function longQuarter(count: number): unknown {
  const kinds = ['mentoring', 'code-review', 'delegation', 'decision', 'communication'];
  const filler =
    'worked through the plan with the team, wrote down what we agreed, checked it with the people it touches and followed up a week later to see how it went';
  return {
    version: 1,
    moments: Array.from({ length: count }, (_, index) => ({
      id: `b1a7f3e0-0002-4000-8000-${String(index).padStart(12, '0')}`,
      kind: kinds[index % kinds.length],
      at: new Date(Date.UTC(2026, 9, 1 + Math.floor((index * 90) / count), 12)).toISOString(),
      summary: `begins${index} ${filler}; ${filler} ends${index}`,
      impact: `impact${index} the team kept the practice`,
      // A tag ends the line beside each moment, so that line never reads as a heading's words.
      tags: ['q4'],
      starred: index % 7 === 0,
    })),
  };
}
