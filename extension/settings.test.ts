import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, isSiteDisabled, readSettings, sanitizeSettings, writeSettings } from './settings';

beforeEach(() => fakeBrowser.reset());

test.each([
  ['null', null, DEFAULT_SETTINGS],
  ['a string', 'on', DEFAULT_SETTINGS],
  ['wrong types', { highlights: 'yes', mode: 'sometimes', disabledSites: 'all' }, DEFAULT_SETTINGS],
  [
    'a partly valid value',
    { highlights: false, mode: 'on-click', disabledSites: ['https://www.a.example.org/x', 42, 'a.example.org', 'bad'] },
    {
      highlights: false,
      fullHighlights: false,
      mode: 'on-click',
      disabledSites: ['www.a.example.org', 'a.example.org'],
    },
  ],
])('sanitizeSettings repairs %s', (_, raw, expected) => {
  expect(sanitizeSettings(raw)).toEqual(expected);
});

test.each([
  ['news.example.org', true],
  ['www.news.example.org', true],
  ['live.news.example.org', true],
  ['example.org', false],
  ['news.example.org.evil.test', false],
  ['othernews.example.org', false],
])('a site disabled as news.example.org: %s → %s', (host, expected) => {
  expect(isSiteDisabled({ ...DEFAULT_SETTINGS, disabledSites: ['news.example.org'] }, host)).toBe(expected);
});

test('a corrupted stored value reads as defaults, and a write stores a clean value', async () => {
  await fakeBrowser.storage.local.set({ settings: { highlights: 3, mode: null } });
  expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  await writeSettings({
    highlights: false,
    fullHighlights: true,
    mode: 'automatic',
    disabledSites: ['WWW.Example.org'],
  });
  expect(await readSettings()).toEqual({
    highlights: false,
    fullHighlights: true,
    mode: 'automatic',
    disabledSites: ['www.example.org'],
  });
});
