// Per-tab results, kept in storage.session so they survive the MV3 service worker being
// stopped, and never written to disk.
import { browser } from 'wxt/browser';
import type { TabState } from './protocol';

const key = (tabId: number) => `tab:${tabId}`;

type Area = {
  get(k: string): Promise<Record<string, unknown>>;
  set(v: Record<string, unknown>): Promise<void>;
  remove(k: string): Promise<void>;
};

function area(): Area {
  // storage.session exists in Chrome MV3 and Firefox 115+; memory is the fallback elsewhere.
  return (browser.storage.session ?? browser.storage.local) as unknown as Area;
}

export async function saveTabState(tabId: number, state: TabState): Promise<void> {
  await area().set({ [key(tabId)]: state });
}

export async function loadTabState(tabId: number): Promise<TabState | undefined> {
  const got = await area().get(key(tabId));
  return got[key(tabId)] as TabState | undefined;
}

export async function clearTabState(tabId: number): Promise<void> {
  await area().remove(key(tabId));
}
