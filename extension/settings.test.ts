import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseSite } from './parse-site';
import { DEFAULT_SETTINGS, isSiteDisabled, readSettings, sanitizeSettings, writeSettings } from './settings';

beforeEach(() => fakeBrowser.reset());

test.each([
  ['null', null, DEFAULT_SETTINGS],
  ['a string', 'on', DEFAULT_SETTINGS],
  ['wrong types', { highlights: 'yes', mode: 'sometimes', disabledSites: 'all' }, DEFAULT_SETTINGS],
  [
    'a partly valid value',
    {
      highlights: false,
      mode: 'on-click',
      disabledSites: ['https://www.a.example.org/x', 42, 'a.example.org', 'bad', 'a.example.org'],
    },
    { highlights: false, fullHighlights: false, mode: 'on-click', disabledSites: ['a.example.org'] },
  ],
  [
    'one field wrong, the others kept',
    { highlights: false, mode: 7, disabledSites: [] },
    { ...DEFAULT_SETTINGS, highlights: false },
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

test('disabling a site under co.uk leaves every other co.uk site on; co.uk itself cannot be disabled', async () => {
  const sites = ['https://news.bbc.co.uk/x', 'co.uk'].flatMap((s) => parseSite(s) ?? []);
  await writeSettings({ ...DEFAULT_SETTINGS, disabledSites: sites });
  const settings = await readSettings();
  expect(settings.disabledSites).toEqual(['news.bbc.co.uk']);
  expect(isSiteDisabled(settings, 'news.bbc.co.uk')).toBe(true);
  expect(isSiteDisabled(settings, 'www.theguardian.co.uk')).toBe(false);
});

test('a corrupted stored value reads as defaults, and a write stores a clean value', async () => {
  await fakeBrowser.storage.local.set({ settings: { highlights: 3, mode: null } });
  expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  await writeSettings({
    highlights: false,
    fullHighlights: false,
    mode: 'automatic',
    disabledSites: ['www.example.org', 'a b', 'www.example.org'],
  });
  expect(await readSettings()).toEqual({
    highlights: false,
    fullHighlights: false,
    mode: 'automatic',
    disabledSites: ['www.example.org'],
  });
});
