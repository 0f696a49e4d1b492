import { expect, test } from 'vitest';
import { searchClaims } from './search-claims';
import { buildSearchIndex, keysWithPrefix } from './search-index';

const doc = (id: string, ...fields: Array<[string, number]>) => ({
  id,
  fields: fields.map(([text, weight]) => ({ text, weight })),
});

test('keysWithPrefix finds exactly the keys that start with the prefix', () => {
  const keys = ['agenc', 'agency', 'extradit', 'extradition', 'extras', 'putin'];
  expect(keysWithPrefix(keys, 'extra')).toEqual(['extradit', 'extradition', 'extras']);
  expect(keysWithPrefix(keys, 'zz')).toEqual([]);
  expect(keysWithPrefix(keys, '')).toEqual(keys);
});

test('a hit in a weightier field ranks higher', () => {
  const index = buildSearchIndex([
    doc('in-sources', ['A report on sanctions', 0.5]),
    doc('in-claim', ['New sanctions were signed', 3]),
  ]);
  expect(searchClaims(index, 'sanctions').map((r) => r.id)).toEqual(['in-claim', 'in-sources']);
});

test('words standing together as typed outrank the same words apart', () => {
  const index = buildSearchIndex([
    doc('apart', ['17 reports named several agencies', 1]),
    doc('together', ['The 17 agencies agreed', 1]),
  ]);
  expect(searchClaims(index, '17 agencies')[0]?.id).toBe('together');
});

test('the word being typed matches by prefix; a finished word needs three letters to do so', () => {
  const index = buildSearchIndex([doc('x', ['Extradition was refused', 1])]);
  expect(searchClaims(index, 'ex').map((r) => r.id)).toEqual(['x']);
  expect(searchClaims(index, 'ex ')).toEqual([]);
  expect(searchClaims(index, 'extradite').map((r) => r.id)).toEqual(['x']);
});

test('hostile input gives an answer, not an exception', () => {
  const index = buildSearchIndex([doc('x', ['Sanctions', 1])]);
  expect(searchClaims(index, '((([[[***'.repeat(1000))).toEqual([]);
  expect(searchClaims(index, undefined as unknown as string)).toEqual([]);
});
