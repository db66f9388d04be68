import * as assert from 'node:assert/strict';
import { parseQuickLog } from '../../src/core/model/quickLog';
import { previewQuickLog, quickLogExample } from '../../src/core/model/quickLogPreview';
import { BUILT_IN_KINDS } from '../../src/core/model/taxonomy';
import { DisplayLanguage } from '../../src/core/time/displayLanguage';

describe('the quick log’s live preview', () => {
  // Friday 27 November 2026, afternoon.
  const now = new Date(2026, 10, 27, 15, 0);
  const options = { kindLabel: 'Mentoring', now, language: new DisplayLanguage('en-GB') };

  it('names the kind, the day, the people, the tags, the star, the links and the summary', () => {
    const preview = previewQuickLog(
      'Paired with @Sam and @Priya_Shah on flaky tests #testing #ci ~tue https://github.com/acme/api/pull/12 !',
      options,
    );
    assert.equal(
      preview.text,
      'Understood: Mentoring, Tue 24 Nov · with Sam and Priya Shah · #testing #ci · ★ starred · 1 link · “Paired with Sam and Priya Shah on flaky tests”',
    );
    assert.equal(preview.problem, undefined);
  });

  it('says today and yesterday in words, and leaves out what the line does not have', () => {
    assert.equal(
      previewQuickLog('Unblocked the deploy', options).text,
      'Understood: Mentoring, today · “Unblocked the deploy”',
    );
    assert.equal(
      previewQuickLog('Unblocked the deploy ~yesterday', options).text,
      'Understood: Mentoring, yesterday · “Unblocked the deploy”',
    );
  });

  it('makes a day it does not understand visible, with the reason Enter would give', () => {
    const preview = previewQuickLog('1:1 with @Sam ~tuesdy', options);
    assert.equal(preview.text, 'Understood: Mentoring, day not understood · with Sam · “1:1 with Sam”');
    const refused = parseQuickLog('1:1 with @Sam ~tuesdy', now);
    assert.ok(!refused.ok);
    assert.equal(preview.problem, refused.error);
    assert.match(preview.problem ?? '', /"tuesdy" is not a day/);
    assert.match(previewQuickLog('Planned it ~2026-12-01', options).problem ?? '', /after today/);
  });

  it('shows a line with no words yet as having no description, and a link typed wrong as words', () => {
    assert.equal(
      previewQuickLog('#testing !', options).text,
      'Understood: Mentoring, today · #testing · ★ starred · no description yet',
    );
    assert.match(previewQuickLog('See htps://github.com/acme/api/pull/12', options).text, /“See htps:/);
    assert.match(previewQuickLog('a b https://x.example/1 https://x.example/2', options).text, / · 2 links · /);
  });

  it('names the initiative, as the log spells it, and says when it is a new one', () => {
    const line = 'Unblocked Sam on the retry queue +payments @Sam';
    assert.equal(
      previewQuickLog(line, options).text,
      'Understood: Mentoring, today · initiative payments · with Sam · “Unblocked Sam on the retry queue Sam”',
    );
    const known = { ...options, initiatives: ['search', 'Payments'] };
    assert.match(previewQuickLog(line, known).text, /· initiative Payments ·/);
    assert.match(previewQuickLog('Paired +paymnets', known).text, /· new initiative paymnets ·/);
  });

  it('makes two initiatives in one line a problem, with the reason Enter would give', () => {
    const line = 'Paired on the ledger +payments +billing';
    const preview = previewQuickLog(line, options);
    assert.match(preview.text, /· two initiatives ·/);
    const refused = parseQuickLog(line, now);
    assert.ok(!refused.ok);
    assert.equal(preview.problem, refused.error);
  });

  it('cuts a long summary', () => {
    const text = previewQuickLog('word '.repeat(40), options).text;
    assert.ok(text.endsWith('…”'), text);
    assert.ok(text.length < 120, text);
  });

  it('gives each built-in kind an example of its own that logs as it reads, and any other kind a generic one', () => {
    const examples = BUILT_IN_KINDS.map((kind) => quickLogExample(kind.id));
    assert.equal(new Set(examples).size, BUILT_IN_KINDS.length, 'no two kinds share an example');
    for (const example of examples) assert.ok(parseQuickLog(example, now).ok, example);
    assert.match(quickLogExample('decision'), /ADR/);
    const generic = quickLogExample('incident-command');
    assert.ok(!examples.includes(generic));
    assert.ok(parseQuickLog(generic, now).ok, generic);
  });
});
