// The popup's one container: finds the tab, asks the background, hands data to components.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type PopupStatus, PopupView } from '@/components/PopupView';
import type { TabState } from '@/extension/protocol';

/** Tests open the popup as a page and name the tab with ?tabId=N; otherwise the active tab. */
async function targetTabId(search: string): Promise<number | undefined> {
  const fromQuery = Number.parseInt(new URLSearchParams(search).get('tabId') ?? '', 10);
  if (Number.isInteger(fromQuery) && fromQuery >= 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export async function loadStatus(search: string): Promise<PopupStatus> {
  const tabId = await targetTabId(search);
  if (tabId === undefined) return { kind: 'no-tab' };
  const state = (await browser.runtime.sendMessage({ type: 'get-tab-state', tabId })) as TabState | null;
  if (!state) return { kind: 'not-analyzed' };
  return { kind: 'analyzed', state };
}

export function App() {
  const [status, setStatus] = useState<PopupStatus>({ kind: 'loading' });
  useEffect(() => {
    loadStatus(location.search).then(setStatus, () => setStatus({ kind: 'error' }));
  }, []);
  return <PopupView status={status} />;
}
