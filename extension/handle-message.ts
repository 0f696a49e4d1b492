// The background's message handler, separate from the entrypoint so it can be tested with fakeBrowser.
import type { ClaimCard, GlossaryCard, TimelineCard } from '@/dataset/compile/bundle-format';
import { analyzePage } from './background/analyze-page';
import { dataset } from './background/dataset';
import { type PageHighlights, parseBackgroundMessage, type TabState } from './protocol';
import { setBadge } from './set-badge';
import { loadTabState, saveTabState } from './tab-store';

export interface Sender {
  id?: string;
  tab?: { id?: number };
  url?: string;
}

export interface TabView {
  state: TabState | null;
  claims: ClaimCard[];
  timeline: TimelineCard[];
  glossary: GlossaryCard[];
}

export interface DatasetInfo {
  version: string;
  claimCount: number;
}

/** Our own pages (the popup, even when opened in a tab) are the only ones served from our origin. */
function isOwnExtensionPage(sender: Sender, extensionOrigin: string): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** A content script of ours, in a real tab, on a web page. */
function contentScriptTab(sender: Sender, extensionOrigin: string): number | undefined {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || isOwnExtensionPage(sender, extensionOrigin)) return undefined;
  return tabId;
}

export async function handleMessage(
  raw: unknown,
  sender: Sender,
  ownId: string,
  extensionOrigin: string,
): Promise<PageHighlights | TabView | DatasetInfo | undefined> {
  if (sender.id !== ownId) return undefined;
  const message = parseBackgroundMessage(raw);
  if (!message) return undefined;
  switch (message.type) {
    case 'analyze-page': {
      const tabId = contentScriptTab(sender, extensionOrigin);
      if (tabId === undefined) return undefined;
      const { bundle, cards } = dataset();
      const { state, highlights } = analyzePage(message, bundle.index, cards);
      await saveTabState(tabId, state);
      await setBadge(tabId, state, (id) => cards.get(id)?.verdict);
      return highlights;
    }
    case 'get-tab-view': {
      if (!isOwnExtensionPage(sender, extensionOrigin)) return undefined;
      const { bundle } = dataset();
      return {
        state: (await loadTabState(message.tabId)) ?? null,
        claims: bundle.claims,
        timeline: bundle.timeline,
        glossary: bundle.glossary,
      };
    }
    case 'get-dataset-info': {
      if (!isOwnExtensionPage(sender, extensionOrigin)) return undefined;
      const { bundle } = dataset();
      return { version: bundle.version, claimCount: bundle.claimCount };
    }
  }
}
