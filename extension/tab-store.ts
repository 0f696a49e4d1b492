// Per-tab results, one entry per frame, kept in storage.session so they survive the MV3 service
// worker being stopped, and never written to disk. Writes to one tab are queued: frames that
// report at the same moment each see the other's result, never overwrite it.
import { browser } from 'wxt/browser';
import { withFrame } from './bound-state';
import { mergeFrames } from './merge-frames';
import type { TabState } from './protocol';

const key = (tabId: number) => `tab:${tabId}`;

type Frames = Record<string, TabState>;
// storage.session: Chrome MV3 and Firefox 115+ (the manifest asks for Firefox 142 or later).
const area = () => browser.storage.session;

/** The tail of each tab's queue of writes. */
const queues = new Map<number, Promise<unknown>>();

/** Runs task after every earlier task for the same tab has settled. */
function queued<T>(tabId: number, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(task, task);
  const tail = run.catch(() => undefined);
  queues.set(tabId, tail);
  void tail.then(() => {
    if (queues.get(tabId) === tail) queues.delete(tabId);
  });
  return run;
}

async function loadFrames(tabId: number): Promise<Frames> {
  const stored = (await area().get(key(tabId)))[key(tabId)];
  return typeof stored === 'object' && stored !== null ? (stored as Frames) : {};
}

/**
 * Records one frame's result (inside the limits of bound-state) and returns the tab's merged
 * state. Should the write fail, the merged state is still returned, so the badge is still right.
 */
export function saveFrameState(tabId: number, frameId: number, state: TabState): Promise<TabState> {
  return queued(tabId, async () => {
    const frames = withFrame(await loadFrames(tabId), frameId, state);
    await area()
      .set({ [key(tabId)]: frames })
      .catch(() => undefined);
    return mergeFrames(frames);
  });
}

export async function loadTabState(tabId: number): Promise<TabState | undefined> {
  const frames = await loadFrames(tabId);
  return Object.keys(frames).length ? mergeFrames(frames) : undefined;
}

export function clearTabState(tabId: number): Promise<void> {
  return queued(tabId, () => area().remove(key(tabId)));
}
