// The passage path on the project's own sentences, with the real shipped dataset.
import bundleJson from 'virtual:backstory-dataset';
import { expect, test } from 'vitest';
import { loadBundle } from '@/dataset/compile/load-bundle';
import { analyzeText } from './analyze';
import { analyzePassage, MAX_PASSAGE_CHARS } from './analyze-passage';

const { index } = loadBundle(bundleJson);
const ids = (text: string) => analyzePassage(text, index).map((m) => m.claimId);

const NEVER_EXTRADITE = 'Putin said Russia would never hand over the indicted Russians.';

test('one sentence about extradition gives putin-never-extradite, with that sentence', () => {
  const [match] = analyzePassage(NEVER_EXTRADITE, index);
  expect(match?.claimId).toBe('putin-never-extradite');
  expect(match?.sentence).toBe(NEVER_EXTRADITE);
});

test('a lone sentence is checked although, on its own, it is not a story article', () => {
  expect(analyzeText(NEVER_EXTRADITE, { url: '', title: '' }, index).matches).toEqual([]);
  expect(ids(NEVER_EXTRADITE)).toEqual(['putin-never-extradite']);
});

test('a passage of several sentences gives each claim once, in passage order', () => {
  const passage = [
    'Saw this in a thread today.',
    NEVER_EXTRADITE,
    'Someone replied that the US and Russia have no extradition treaty.',
    'Then someone else repeated that Putin would never hand them over.',
  ].join(' ');
  const found = ids(passage);
  expect(found[0]).toBe('putin-never-extradite');
  expect(found).toContain('no-extradition-treaty');
  expect(new Set(found).size).toBe(found.length);
});

test('text that makes no catalogue claim gives nothing', () => {
  expect(ids('The council met on Tuesday to discuss the new bus routes.')).toEqual([]);
  expect(ids('')).toEqual([]);
  expect(ids('   \n ')).toEqual([]);
});

test('a passage longer than the limit is read up to the limit', () => {
  const filler = 'The bus ran late again. '.repeat(MAX_PASSAGE_CHARS / 20);
  expect(ids(`${filler}${NEVER_EXTRADITE}`)).toEqual([]);
  expect(ids(`${NEVER_EXTRADITE} ${filler}`)).toEqual(['putin-never-extradite']);
});
