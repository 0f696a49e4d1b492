import { beforeEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import catalogue from '../dataset/catalogue.json';
import { MAX_SENTENCE_CHARS } from './bound-state';
import { handleMessage, type TabView } from './handle-message';
import type { PageHighlights } from './protocol';
import { loadTabState } from './tab-store';

const OWN_ID = 'backstory-test';
const ORIGIN = 'chrome-extension://backstory-test/';
const fromContentScript = { id: OWN_ID, tab: { id: 7 }, url: 'https://news.example.org/a' };
const fromPopup = { id: OWN_ID, url: `${ORIGIN}popup.html?tabId=7` };

// An article in our own words that makes two catalogue claims.
const TEXT = [
  'Special counsel Robert Mueller has indicted 13 Russian nationals and three Russian entities, accusing them of meddling in the 2016 US presidential election.',
  'The Kremlin denied that Russia had interfered in the election.',
  'Legal experts said the defendants were unlikely ever to stand trial.',
].join(' ');
const analyze = {
  type: 'analyze-page',
  meta: { url: 'https://news.example.org/a', title: 'Mueller charges Russians over election meddling' },
  text: TEXT,
};

describe('handleMessage', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
    // fakeBrowser has no working badge API; these spies stand in for it.
    browser.action.setBadgeText = vi.fn(async () => {});
    browser.action.setBadgeBackgroundColor = vi.fn(async () => {});
  });

  test('analyses a content script’s article, keeps the result for its tab and sets the badge', async () => {
    const highlights = (await handleMessage(analyze, fromContentScript, OWN_ID, ORIGIN)) as PageHighlights;
    expect(highlights.aboutStory).toBe(true);
    const ids = highlights.claims.map((c) => c.claimId);
    expect(ids).toContain('ira-indictment-13-3');
    expect(ids).toContain('russia-did-not-interfere');
    for (const c of highlights.claims) expect(highlights.text.slice(c.start, c.end)).toBe(c.sentence);
    const state = await loadTabState(7);
    expect(state?.claims.map((c) => c.claimId)).toEqual(ids);
    const distinct = new Set(ids).size;
    expect(browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: String(distinct) });
    // A contradicted claim is on the page: the badge takes the most serious verdict's colour.
    expect(browser.action.setBadgeBackgroundColor).toHaveBeenCalledWith({ tabId: 7, color: '#b3261e' });
  });

  test('keeps who the sentence credits with a claim, for the popup card', async () => {
    await handleMessage(analyze, fromContentScript, OWN_ID, ORIGIN);
    const denial = (await loadTabState(7))?.claims.find((c) => c.claimId === 'russia-did-not-interfere');
    expect(denial?.speaker).toBe('The Kremlin');
  });

  test('a story inside an iframe is kept under its frame and counts for the tab', async () => {
    await handleMessage(analyze, { ...fromContentScript, frameId: 5 }, OWN_ID, ORIGIN);
    const state = await loadTabState(7);
    expect(state?.aboutStory).toBe(true);
    expect(new Set(state?.claims.map((c) => c.frameId))).toEqual(new Set([5]));
  });

  test('keeps the page URL the browser reports, not the one the message claims', async () => {
    const forged = { ...analyze, meta: { ...analyze.meta, url: 'https://elsewhere.example.net/' } };
    await handleMessage(forged, fromContentScript, OWN_ID, ORIGIN);
    expect((await loadTabState(7))?.url).toBe('https://news.example.org/a');
  });

  test('a 1 MB run-on sentence full of claims: every claim counted and shown, little stored', async () => {
    const unit = `${TEXT.replaceAll('.', ',')} and `;
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
    const highlights = (await handleMessage({ ...analyze, text }, fromContentScript, OWN_ID, ORIGIN)) as PageHighlights;
    const ids = new Set(highlights.claims.map((c) => c.claimId));
    expect(ids).toContain('ira-indictment-13-3');
    expect(ids).toContain('russia-did-not-interfere');
    // The run-on sentence is still marked whole for highlighting; its quote is cut.
    const inRunOn = highlights.claims.filter((c) => c.end - c.start > 900_000);
    expect(new Set(inRunOn.map((c) => c.claimId))).toEqual(
      new Set(['ira-indictment-13-3', 'russia-did-not-interfere', 'russia-interfered-2016']),
    );
    for (const c of highlights.claims) expect(c.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    const stored = await browser.storage.session.get(null);
    expect(JSON.stringify(stored).length).toBeLessThan(20_000);
    expect(browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: String(ids.size) });
    const view = (await handleMessage({ type: 'get-tab-view', tabId: 7 }, fromPopup, OWN_ID, ORIGIN)) as TabView;
    expect(new Set(view.state?.claims.map((c) => c.claimId))).toEqual(ids);
    for (const id of ids) expect(view.claims.some((c) => c.id === id)).toBe(true);
  });

  test('two story frames reporting at once: both frames’ claims are kept, neither overwrites the other', async () => {
    const denial = { ...analyze, text: TEXT.split('. ').slice(1).join('. ') };
    await Promise.all([
      handleMessage(analyze, { ...fromContentScript, frameId: 3 }, OWN_ID, ORIGIN),
      handleMessage(denial, { ...fromContentScript, frameId: 4 }, OWN_ID, ORIGIN),
    ]);
    const state = await loadTabState(7);
    expect(new Set(state?.claims.map((c) => c.frameId))).toEqual(new Set([3, 4]));
    const ids = new Set(state?.claims.map((c) => c.claimId));
    expect(browser.action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 7, text: String(ids.size) });
  });

  test('when storage refuses the write, the badge still counts the claims found', async () => {
    // storage.session's quota is the one failure fakeBrowser cannot reach for real.
    vi.spyOn(browser.storage.session, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const highlights = (await handleMessage(analyze, fromContentScript, OWN_ID, ORIGIN)) as PageHighlights;
    const ids = new Set(highlights.claims.map((c) => c.claimId));
    expect(ids.size).toBeGreaterThan(0);
    expect(browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: String(ids.size) });
  });

  test('the popup reads back the tab’s state with the dataset it needs to show it', async () => {
    await handleMessage(analyze, fromContentScript, OWN_ID, ORIGIN);
    const view = (await handleMessage({ type: 'get-tab-view', tabId: 7 }, fromPopup, OWN_ID, ORIGIN)) as TabView;
    expect(view.state?.aboutStory).toBe(true);
    // The claims found and the claims they relate to, not the whole dataset.
    const found = new Set(view.state?.claims.map((c) => c.claimId));
    expect(view.claims.filter((c) => found.has(c.id))).toHaveLength(found.size);
    for (const c of view.claims.filter((c) => found.has(c.id)))
      for (const r of c.related) expect(view.claims.some((x) => x.id === r)).toBe(true);
    expect(view.claims.length).toBeLessThan(catalogue.length);
    expect(view.timeline.length).toBeGreaterThan(10);
    const other = (await handleMessage({ type: 'get-tab-view', tabId: 8 }, fromPopup, OWN_ID, ORIGIN)) as TabView;
    expect(other).toEqual({ state: null, claims: [], timeline: [], glossary: [] });
  });

  test('tells the options page the dataset’s version and size', async () => {
    expect(await handleMessage({ type: 'get-dataset-info' }, fromPopup, OWN_ID, ORIGIN)).toEqual({
      version: expect.stringMatching(/^\d{4}\.\d+\.\d+$/),
      claimCount: catalogue.length,
    });
  });

  test.each([
    ['another extension', analyze, { ...fromContentScript, id: 'someone-else' }],
    ['an analysis request without a tab', analyze, { id: OWN_ID, url: 'https://news.example.org/a' }],
    ['an analysis request from our own page', analyze, { ...fromPopup, tab: { id: 7 } }],
    ['an unknown type', { ...analyze, type: 'set-verdict' }, fromContentScript],
    ['a wrong shape', { ...analyze, text: 42 }, fromContentScript],
    ['a huge payload', { ...analyze, text: 'x'.repeat(1_000_001) }, fromContentScript],
    ['a non-object', 'analyze-page', fromContentScript],
    ['a negative tab id', { type: 'get-tab-view', tabId: -1 }, fromPopup],
  ])('ignores %s, changing nothing', async (_, message, sender) => {
    expect(await handleMessage(message, sender, OWN_ID, ORIGIN)).toBeUndefined();
    expect(await loadTabState(7)).toBeUndefined();
    expect(browser.action.setBadgeText).not.toHaveBeenCalled();
  });

  test('a content script cannot read a tab’s state or the dataset info', async () => {
    await handleMessage(analyze, fromContentScript, OWN_ID, ORIGIN);
    expect(await handleMessage({ type: 'get-tab-view', tabId: 7 }, fromContentScript, OWN_ID, ORIGIN)).toBeUndefined();
    expect(await handleMessage({ type: 'get-dataset-info' }, fromContentScript, OWN_ID, ORIGIN)).toBeUndefined();
  });
});
