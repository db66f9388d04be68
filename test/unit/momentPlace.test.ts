import * as assert from 'node:assert/strict';
import { momentPlace } from '../../src/core/storage/momentPlace';

describe("a moment's place in the text of its log", () => {
  const text = `\ufeff{\r\n  "version": 1,\r\n  "moments": [\r\n    { "id": "a", "kind": "mentoring", "summary": "First" },\r\n    {\r\n      "id": "b",\r\n      "summary": "Second } ]"\r\n    }\r\n  ]\r\n}\r\n`;

  it('is its object, from brace to brace, found by id', () => {
    const place = momentPlace(text, 'b');
    assert.ok(place);
    const written = text.slice(place.start, place.end);
    assert.match(written, /^\{\r\n\s+"id": "b",[\s\S]*\}$/);
    assert.equal(JSON.parse(written).summary, 'Second } ]');
    assert.equal(JSON.parse(text.slice(momentPlace(text, 'a')?.start, momentPlace(text, 'a')?.end)).summary, 'First');
  });

  it('is nowhere for an unknown id, a text that is not JSON, or a log without moments', () => {
    assert.equal(momentPlace(text, 'c'), undefined);
    assert.equal(momentPlace(text.slice(0, -10), 'a'), undefined);
    assert.equal(momentPlace('[{"moments":[{"id":"a"}]}]', 'a'), undefined);
    assert.equal(momentPlace('{"version":1}', 'a'), undefined);
  });

  it('follows the moments JSON.parse reads when the key is named twice', () => {
    const twice = '{"moments":[{"id":"old"}],"moments":[{"id":"x"},{"id":"new"}]}';
    const place = momentPlace(twice, 'new');
    assert.equal(twice.slice(place?.start, place?.end), '{"id":"new"}');
  });
});
