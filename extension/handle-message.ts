// The background's message handler, separate from the entrypoint so it can be tested with fakeBrowser.
import type { ClaimCard, GlossaryCard, TimelineCard } from '@/dataset/compile/bundle-format';
import { analyzePage } from './background/analyze-page';
import { dataset } from './background/dataset';
import { recordAnalysis } from './e2e/background-hooks';
import { type PageHighlights, type PassageResult, parseBackgroundMessage, type TabState } from './protocol';
import type { CatalogueData } from './search/catalogue-view';
import { checkPassage } from './selection/check-passage';
import { setBadge } from './set-badge';
import { loadTabState, saveFrameState } from './tab-store';

export interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
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
): Promise<PageHighlights | TabView | DatasetInfo | PassageResult | CatalogueData | undefined> {
  if (sender.id !== ownId) return undefined;
  const message = parseBackgroundMessage(raw);
  if (!message) return undefined;
  switch (message.type) {
    case 'analyze-page': {
      const tabId = contentScriptTab(sender, extensionOrigin);
      if (tabId === undefined) return undefined;
      const { bundle, cards } = dataset();
      const frameId =
        Number.isInteger(sender.frameId) && (sender.frameId as number) >= 0 ? (sender.frameId as number) : 0;
      const start = performance.now();
      // The page's URL as the browser reports the sender, not as the message claims it.
      const { state, highlights } = analyzePage(message, frameId, sender.url ?? '', bundle.index, cards);
      if (import.meta.env.BACKSTORY_E2E) recordAnalysis(performance.now() - start);
      const tabState = await saveFrameState(tabId, frameId, state);
      await setBadge(tabId, tabState, (id) => cards.get(id)?.verdict);
      return highlights;
    }
    case 'get-tab-view': {
      if (!isOwnExtensionPage(sender, extensionOrigin)) return undefined;
      const { bundle, cards } = dataset();
      const state = (await loadTabState(message.tabId)) ?? null;
      if (!state?.aboutStory) return { state, claims: [], timeline: [], glossary: [] };
      // Only what the popup shows: the claims found, the claims they relate to, and the background.
      const found = new Set(state.claims.map((c) => c.claimId));
      const wanted = new Set([...found].flatMap((id) => [id, ...(cards.get(id)?.related ?? [])]));
      return {
        state,
        claims: bundle.claims.filter((c) => wanted.has(c.id)),
        timeline: bundle.timeline,
        glossary: bundle.glossary,
      };
    }
    case 'check-passage': {
      // From the popup (pasted text) or a content script (the reader's selection).
      if (!isOwnExtensionPage(sender, extensionOrigin) && contentScriptTab(sender, extensionOrigin) === undefined)
        return undefined;
      const { bundle, cards } = dataset();
      return checkPassage(message.text, bundle.index, cards);
    }
    case 'get-catalogue': {
      if (!isOwnExtensionPage(sender, extensionOrigin)) return undefined;
      const { bundle } = dataset();
      return { version: bundle.version, claims: bundle.claims, timeline: bundle.timeline, glossary: bundle.glossary };
    }
    case 'get-dataset-info': {
      if (!isOwnExtensionPage(sender, extensionOrigin)) return undefined;
      const { bundle } = dataset();
      return { version: bundle.version, claimCount: bundle.claimCount };
    }
  }
}
