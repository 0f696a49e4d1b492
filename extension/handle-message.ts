// The background's message handler, separate from the entrypoint so it can be tested with fakeBrowser.
import { parseMessage, type TabState } from './protocol';
import { setBadge } from './set-badge';
import { loadTabState, saveTabState } from './tab-store';

export interface Sender {
  id?: string;
  tab?: { id?: number };
  url?: string;
}

/** Our own pages (the popup, even when opened in a tab) are the only ones served from our origin. */
function isOwnExtensionPage(sender: Sender, extensionOrigin: string): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

export async function handleMessage(
  raw: unknown,
  sender: Sender,
  ownId: string,
  extensionOrigin: string,
): Promise<TabState | null | undefined> {
  if (sender.id !== ownId) return undefined;
  const message = parseMessage(raw);
  if (!message) return undefined;
  switch (message.type) {
    case 'page-report': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0) return undefined;
      const { type: _type, ...state } = message;
      await saveTabState(tabId, state);
      await setBadge(tabId, state);
      return undefined;
    }
    case 'get-tab-state': {
      if (!isOwnExtensionPage(sender, extensionOrigin)) return undefined;
      return (await loadTabState(message.tabId)) ?? null;
    }
  }
}
