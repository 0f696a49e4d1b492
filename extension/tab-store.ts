// Per-tab results, one entry per frame, kept in storage.session so they survive the MV3 service
// worker being stopped, and never written to disk.
import { browser } from 'wxt/browser';
import { mergeFrames } from './merge-frames';
import type { TabState } from './protocol';

const key = (tabId: number) => `tab:${tabId}`;

type Frames = Record<string, TabState>;
// storage.session: Chrome MV3 and Firefox 115+ (the manifest asks for Firefox 142 or later).
const area = () => browser.storage.session;

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
