import { expect, test } from 'vitest';
import { whyThisPage } from './why-this-page';

test('evidence terms become the kinds of thing the article names, in one sentence', () => {
  expect(whyThisPage(['kremlin', 'russian', 'us', '2016', 'accused', 'american', 'campaign', 'charged'])).toBe(
    'It names Russian officials, the United States, the 2016 election and charges or accusations in the same sentences, as articles on this story do.',
  );
});

test('no evidence, no sentence', () => {
  expect(whyThisPage([])).toBe('');
  expect(whyThisPage(['zzz'])).toBe('');
});
