// check-passage and get-catalogue through the background's real message handler and dataset.
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../handle-message';
import type { PassageResult } from '../protocol';
import type { CatalogueData } from '../search/catalogue-view';
import { loadTabState } from '../tab-store';

const OWN_ID = 'backstory-test';
const ORIGIN = 'chrome-extension://backstory-test/';
const fromContentScript = { id: OWN_ID, tab: { id: 7 }, url: 'https://forum.example.org/t/1' };
const fromPopup = { id: OWN_ID, url: `${ORIGIN}popup.html?tabId=7` };
const PASSAGE = 'Putin said Russia would never hand over the indicted Russians.';
const check = { type: 'check-passage', text: PASSAGE };

beforeEach(() => fakeBrowser.reset());

test('a pasted passage from the popup gives its claims with what the card shows', async () => {
  const result = (await handleMessage(check, fromPopup, OWN_ID, ORIGIN)) as PassageResult;
  expect(result.claims.map((c) => c.claimId)).toEqual(['putin-never-extradite']);
  const [claim] = result.claims;
  expect(claim?.sentence).toBe(PASSAGE);
  expect(claim?.verdict).toBe('supported');
  expect(claim?.claim).toMatch(/never hand over/);
  expect(claim?.context.length).toBeGreaterThan(0);
});

test('a selection from a content script is checked and leaves no trace in the tab state or badge', async () => {
  const result = (await handleMessage(check, fromContentScript, OWN_ID, ORIGIN)) as PassageResult;
  expect(result.claims.map((c) => c.claimId)).toEqual(['putin-never-extradite']);
  expect(await loadTabState(7)).toBeUndefined();
});

test('other extensions, oversized passages and malformed messages get no answer', async () => {
  expect(await handleMessage(check, { ...fromPopup, id: 'someone-else' }, OWN_ID, ORIGIN)).toBeUndefined();
  expect(
    await handleMessage({ type: 'check-passage', text: 'x'.repeat(20_001) }, fromPopup, OWN_ID, ORIGIN),
  ).toBeUndefined();
  expect(await handleMessage({ type: 'check-passage', text: 42 }, fromPopup, OWN_ID, ORIGIN)).toBeUndefined();
});

test('the whole catalogue goes to our own pages only', async () => {
  const catalogue = (await handleMessage({ type: 'get-catalogue' }, fromPopup, OWN_ID, ORIGIN)) as CatalogueData;
  expect(catalogue.claims.length).toBeGreaterThanOrEqual(52);
  expect(catalogue.claims.find((c) => c.id === 'putin-never-extradite')?.entities).toContain('Megyn Kelly');
  expect(catalogue.timeline.length).toBeGreaterThan(0);
  expect(catalogue.glossary.length).toBeGreaterThan(0);
  expect(await handleMessage({ type: 'get-catalogue' }, fromContentScript, OWN_ID, ORIGIN)).toBeUndefined();
});
