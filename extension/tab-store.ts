// Per-tab results, one entry per frame, kept in storage.session so they survive the MV3 service
// worker being stopped, and never written to disk.
import { browser } from 'wxt/browser';
import { mergeFrames } from './merge-frames';
import type { TabState } from './protocol';

const key = (tabId: number) => `tab:${tabId}`;

type Frames = Record<string, TabState>;
type Area = {
  get(k: string): Promise<Record<string, unknown>>;
  set(v: Record<string, unknown>): Promise<void>;
  remove(k: string): Promise<void>;
};

function area(): Area {
  // storage.session exists in Chrome MV3 and Firefox 115+; local is the fallback elsewhere.
  return (browser.storage.session ?? browser.storage.local) as unknown as Area;
}

async function loadFrames(tabId: number): Promise<Frames> {
  const stored = (await area().get(key(tabId)))[key(tabId)];
  return typeof stored === 'object' && stored !== null ? (stored as Frames) : {};
}

/** Records one frame's result; the tab's state is the merge of its frames. */
export async function saveFrameState(tabId: number, frameId: number, state: TabState): Promise<TabState> {
  const frames = { ...(await loadFrames(tabId)), [String(frameId)]: state };
  await area().set({ [key(tabId)]: frames });
  return mergeFrames(frames);
}

export async function loadTabState(tabId: number): Promise<TabState | undefined> {
  const frames = await loadFrames(tabId);
  return Object.keys(frames).length ? mergeFrames(frames) : undefined;
}

export async function clearTabState(tabId: number): Promise<void> {
  await area().remove(key(tabId));
}
