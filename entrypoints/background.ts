import { browser } from 'wxt/browser';
import { installBackgroundHooks } from '@/extension/e2e/background-hooks';
import { handleMessage } from '@/extension/handle-message';
import { registerSelectionEntryPoints } from '@/extension/selection/selection-entry-points';
import { setBadge } from '@/extension/set-badge';
import { clearTabState } from '@/extension/tab-store';

export default defineBackground(() => {
  const origin = browser.runtime.getURL('/');
  if (import.meta.env.BACKSTORY_E2E) installBackgroundHooks(origin);
  browser.runtime.onMessage.addListener((raw, sender) => handleMessage(raw, sender, browser.runtime.id, origin));
  registerSelectionEntryPoints();
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document in the tab: what we knew about the old one no longer applies.
    if (change.status === 'loading') {
      void clearTabState(tabId);
      void setBadge(tabId, undefined);
    }
  });
});
