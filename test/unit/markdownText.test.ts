import * as assert from 'node:assert/strict';
import { markdownCode, markdownLink, markdownText, markdownUrl } from '../../src/core/documents/markdownText';
import { previewStructure } from '../support/markdownPreview';

/** What a fragment becomes in VS Code's preview, inside a paragraph of its own. */
function previewed(markdown: string): string {
  return previewStructure(markdown).html.replace(/^<p>|<\/p>\n$/g, '');
}

describe('markdownText', () => {
  it('leaves ordinary text as it is', () => {
    for (const text of [
      'Paired with Sam on flaky test triage',
      'R&D budget: 3-4 people, 50% (maybe)',
      'Q4 #planning - done!',
    ]) {
      assert.equal(markdownText(text), text);
    }
  });

  it('escapes what opens or closes inline Markdown and HTML', () => {
    assert.equal(
      markdownText('<img src=x> *bold* [link](x) `code` a|b ~~gone~~ \\'),
      '\\<img src=x\\> \\*bold\\* \\[link\\](x) \\`code\\` a\\|b \\~\\~gone\\~\\~ \\\\',
    );
    assert.equal(markdownText('&lt;img&gt; &#60; &#x3C;'), '\\&lt;img\\&gt; \\&#60; \\&#x3C;');
  });

  it('renders as written', () => {
    const text = '<img src=x> *a* _b_ [c](command:d) `e` &amp; [x]: /target';
    assert.equal(previewed(markdownText(text)), '&lt;img src=x&gt; *a* _b_ [c](command:d) `e` &amp;amp; [x]: /target');
  });

  it('puts every line break on one line, as a space', () => {
    assert.equal(markdownText('a\nb\r\nc\rd\ve\ff\u0085g\u2028h\u2029i\u001cj'), 'a b c d e f g h i j');
    assert.equal(markdownText('\n  padded  \u2028'), 'padded');
  });

  it('starts no block when it starts a line', () => {
    assert.equal(markdownText('# Heading'), '\\# Heading');
    assert.equal(markdownText('- item'), '\\- item');
    assert.equal(markdownText('+ item'), '\\+ item');
    assert.equal(markdownText('==='), '\\===');
    assert.equal(markdownText('12. item'), '12\\. item');
    assert.equal(markdownText('3) item'), '3\\) item');
    for (const text of [
      '# a',
      '- a',
      '+ a',
      '1. a',
      '1) a',
      '> a',
      '    code',
      '```',
      '---',
      '***',
      '| a |',
      '<div>',
      '[x]: https://example.com',
    ]) {
      const structure = previewStructure(`${markdownText(text)}\n`);
      assert.deepEqual([...structure.elements.keys()], ['paragraph_open'], text);
      assert.equal(structure.referenceDefinitions, 0, text);
    }
  });

  it('keeps addresses that are not on the web from being linked', () => {
    assert.equal(markdownText('see //evil.com and ftp://evil.com'), 'see /\\/evil.com and ftp:/\\/evil.com');
    assert.equal(
      markdownText('https://example.com/a'),
      '<https://example.com/a>',
      'a web address is an autolink, which ends where the address ends',
    );
  });

  it('ends a web address where the address ends, so nothing after it can join it', () => {
    const written = markdownText(
      'see https://x.example/a\\<iframe src=x> and https://x.example/b|![i](https://x.example/i.png)',
    );
    const rendered = previewStructure(`| a | b |\n| --- | --- |\n| ${written} | 1 |`);
    assert.equal(rendered.elements.get('html_inline') ?? 0, 0);
    assert.equal(rendered.elements.get('image') ?? 0, 0);
    assert.ok(rendered.linkifiedTargets.every((target) => /^https:\/\/x\.example\//.test(target)));
  });

  it('keeps e-mail addresses and math from turning into links and formulas', () => {
    assert.deepEqual(
      previewStructure(markdownText('mail attacker@evil.com or mailto:attacker@evil.com')).linkifiedTargets.filter(
        (target) => target.startsWith('mailto:'),
      ),
      [],
    );
    assert.equal(markdownText('cost $x^{2}$'), 'cost \\$x^{2}\\$');
    assert.deepEqual(previewStructure(markdownText('//evil.com ftp://evil.com FTP://evil.com')).linkifiedTargets, []);
  });
});

describe('control characters in document text', () => {
  /** Every character that acts on text rather than shows: C0 but tab and line breaks, DEL, C1, bidi overrides and isolates. */
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters no document may hold
  const ACTING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

  it('shows a bidirectional override or isolate as an escape, so the sentence reads in the order written', () => {
    // In the source the escape's backslash is escaped too: the preview shows `\u202e`.
    assert.equal(markdownText('Staff\u202e leads initiatives'), 'Staff\\\\u202e leads initiatives');
    assert.equal(previewed(markdownText('Staff\u202e leads initiatives')), 'Staff\\u202e leads initiatives');
    assert.equal(
      previewed(markdownText('a\u202ab\u202dc\u2066d\u2067e\u2068f\u2069g')),
      'a\\u202ab\\u202dc\\u2066d\\u2067e\\u2068f\\u2069g',
    );
  });

  it('shows an escape sequence as an escape, so printing the file in a terminal writes no clipboard', () => {
    const written = markdownText('ok\u001b]52;c;ZXZpbA==\u0007 then\u009b2J\bdone\u007f');
    assert.doesNotMatch(written, ACTING);
    assert.equal(previewed(written), 'ok\\u001b]52;c;ZXZpbA==\\u0007 then\\u009b2J\\u0008done\\u007f');
  });

  it('keeps a tab, and ordinary text in any script, as they are', () => {
    assert.equal(markdownText('a\tb'), 'a\tb');
    assert.equal(markdownText('Ωμέγα — “quoted” 🎉 עברית'), 'Ωμέγα — “quoted” 🎉 עברית');
  });

  it('leaves none in code, links or web addresses', () => {
    for (const written of [
      markdownCode('x\u202ey\u001b]52;c;eA==\u0007'),
      markdownLink('label\u2066', 'https://example.com/a\u202eb'),
      markdownUrl('https://example.com/a\u202eb'),
      markdownText('see https://example.com/a\u202eb\u001b]52 now'),
    ]) {
      assert.doesNotMatch(written, ACTING, written);
    }
    assert.equal(markdownCode('x\u202ey'), '`x\\u202ey`');
    assert.equal(markdownUrl('https://example.com/a\u202eb'), '<https://example.com/a%E2%80%AEb>');
  });
});

describe('markdownCode', () => {
  it('fences text in backticks', () => {
    assert.equal(markdownCode('src/retry.ts:10-42'), '`src/retry.ts:10-42`');
  });

  it('uses a fence longer than any run of backticks inside, padded where CommonMark strips', () => {
    assert.equal(markdownCode('a`b'), '``a`b``');
    assert.equal(markdownCode('a``b`c'), '```a``b`c```');
    assert.equal(markdownCode('`a'), '`` `a ``');
    assert.equal(markdownCode(' a '), '`  a  `');
    for (const text of [
      'a`b',
      '`a',
      'a`',
      '``',
      ' a ',
      ' a',
      'a ',
      '<img src=x>',
      'x`<img>',
      '` [x](command:y) `',
      '  ',
    ]) {
      const html = previewed(markdownCode(text));
      const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      assert.equal(html, `<code>${escaped}</code>`, text);
    }
  });

  it('puts every line break on one line, as a space', () => {
    assert.equal(markdownCode('src/odd\n# name.ts'), '`src/odd # name.ts`');
    assert.equal(markdownCode('a\r\nb\u2028c'), '`a b c`');
  });

  it('shows empty text as an empty span, not as two backticks', () => {
    assert.equal(previewed(markdownCode('')), '<code> </code>');
  });
});

describe('markdownLink and markdownUrl', () => {
  it('link web addresses', () => {
    assert.equal(
      markdownLink('src/a.ts:1', 'https://example.com/a.ts#L1'),
      '[src/a.ts:1](https://example.com/a.ts#L1)',
    );
    assert.equal(markdownUrl('https://example.com/pull/1'), '<https://example.com/pull/1>');
    assert.equal(
      previewed(markdownLink('a', 'https://example.com/?q=1&amp;x=(2)')),
      '<a href="https://example.com/?q=1&amp;amp;x=(2)">a</a>',
    );
  });

  it('show any other address as code', () => {
    for (const url of [
      'command:growthLog.undo',
      'javascript:alert(1)',
      'vscode://file/etc/passwd',
      'file:///etc/passwd',
      'https://exa mple.com',
      ' https://example.com',
      'https://example.com/\u2028x',
    ]) {
      assert.equal(markdownUrl(url), markdownCode(url), url);
      assert.equal(markdownLink('label', url), '`label`', url);
    }
  });

  it('keep the address and the label from closing the link', () => {
    const html = previewed(markdownLink('a](command:x) [b', 'https://example.com/a)[x](command:y)<img>'));
    assert.equal(html, '<a href="https://example.com/a)%5Bx%5D(command:y)%3Cimg%3E">a](command:x) [b</a>');
    assert.equal(
      previewed(markdownUrl('https://example.com/<img>')),
      '<a href="https://example.com/%3Cimg%3E">https://example.com/&lt;img&gt;</a>',
    );
  });

  it('writes an address that does not parse so that, shown as text by a stricter renderer, it opens no emphasis', () => {
    // The HTML export refuses a link to an address that does not parse and shows it as text.
    const written = markdownText('https://example.com*_x<y>`z`[w]');
    assert.equal(written, '<https://example.com%2A%5Fx%3Cy%3E%60z%60%5Bw%5D>');
    // An address that parses keeps its characters, so the preview shows it as written.
    assert.equal(markdownText('https://github.com/a_b/c*d'), '<https://github.com/a_b/c*d>');
  });
});
