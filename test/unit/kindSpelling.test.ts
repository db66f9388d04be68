import * as assert from 'node:assert/strict';
import { closestKind, closestWord, normaliseKindWord } from '../../src/core/model/kindSpelling';
import { BUILT_IN_KINDS } from '../../src/core/model/taxonomy';

describe('a kind as typed on the command line', () => {
  const builtIn = BUILT_IN_KINDS.map((kind) => kind.id);

  it('forgives case, spaces and underscores', () => {
    assert.equal(normaliseKindWord('Mentoring'), 'mentoring');
    assert.equal(normaliseKindWord(' Code Review '), 'code-review');
    assert.equal(normaliseKindWord('code_review'), 'code-review');
  });

  it('names the kind a near miss most likely meant', () => {
    assert.equal(closestKind('mentorng', builtIn), 'mentoring');
    assert.equal(closestKind('mentroing', builtIn), 'mentoring', 'two letters swapped');
    assert.equal(closestKind('delgation', builtIn), 'delegation');
    assert.equal(closestKind('code-reviw', builtIn), 'code-review');
    assert.equal(closestKind('hirng', [...builtIn, 'hiring']), 'hiring', "the user's own kinds too");
  });

  it('guesses nothing for a word that is no near miss, nor for a short one', () => {
    assert.equal(closestKind('hiring', builtIn), undefined);
    assert.equal(closestKind('ops', builtIn), undefined);
    assert.equal(closestKind('ab', ['ac', 'ad']), undefined);
  });

  it('finds the nearest of any words within a given distance: commands and options', () => {
    assert.equal(closestWord('ad', ['add', 'summary', 'export'], 1), 'add');
    assert.equal(closestWord('dat', ['impact', 'date', 'file'], 1), 'date');
    assert.equal(closestWord('dt', ['impact', 'date', 'file'], 1), undefined);
  });

  it('guesses nothing when two kinds are equally near', () => {
    assert.equal(closestKind('planing', ['planning', 'plating']), undefined);
  });
});
