import { beforeEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from './handle-message';
import { loadTabState } from './tab-store';

const OWN_ID = 'backstory-test';
const ORIGIN = 'chrome-extension://backstory-test/';
const fromContentScript = { id: OWN_ID, tab: { id: 7 }, url: 'https://news.example.org/a' };
const fromPopup = { id: OWN_ID, url: `${ORIGIN}popup.html?tabId=7` };

const report = {
  type: 'page-report',
  url: 'https://news.example.org/a',
  aboutStory: true,
  score: 0.9,
  evidence: ['indicted', 'Internet Research Agency'],
  claims: [
    { claimId: 'ira-indictment-13-3', sentence: 'Mueller indicted 13 Russians.', start: 0, end: 29, score: 0.8 },
  ],
};

describe('handleMessage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // fakeBrowser has no working badge API; these spies stand in for it.
    browser.action.setBadgeText = vi.fn(async () => {});
    browser.action.setBadgeBackgroundColor = vi.fn(async () => {});
  });

  test('a content script report is stored for its tab and sets the badge', async () => {
    await handleMessage(report, fromContentScript, OWN_ID, ORIGIN);
    const { type: _type, ...expected } = report;
    expect(await loadTabState(7)).toEqual(expected);
    expect(browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '1' });
  });

  test('the popup reads back what was stored', async () => {
    await handleMessage(report, fromContentScript, OWN_ID, ORIGIN);
    const state = await handleMessage({ type: 'get-tab-state', tabId: 7 }, fromPopup, OWN_ID, ORIGIN);
    expect(state?.claims.map((c) => c.claimId)).toEqual(['ira-indictment-13-3']);
    expect(await handleMessage({ type: 'get-tab-state', tabId: 8 }, fromPopup, OWN_ID, ORIGIN)).toBeNull();
  });

  test.each([
    ['another extension', report, { ...fromContentScript, id: 'someone-else' }],
    ['a report without a tab', report, { id: OWN_ID }],
    ['an unknown type', { ...report, type: 'set-verdict' }, fromContentScript],
    ['a wrong shape', { ...report, claims: 'all of them' }, fromContentScript],
    ['a score out of range', { ...report, claims: [{ ...report.claims[0], score: 7 }] }, fromContentScript],
    ['too many claims', { ...report, claims: Array(201).fill(report.claims[0]) }, fromContentScript],
    ['a non-object', 'page-report', fromContentScript],
  ])('ignores %s, changing nothing', async (_, message, sender) => {
    expect(await handleMessage(message, sender, OWN_ID, ORIGIN)).toBeUndefined();
    expect(await loadTabState(7)).toBeUndefined();
    expect(browser.action.setBadgeText).not.toHaveBeenCalled();
  });

  test('a content script cannot read another tab’s state', async () => {
    await handleMessage(report, fromContentScript, OWN_ID, ORIGIN);
    expect(await handleMessage({ type: 'get-tab-state', tabId: 7 }, fromContentScript, OWN_ID, ORIGIN)).toBeUndefined();
  });
});
