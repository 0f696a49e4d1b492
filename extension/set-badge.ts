import { browser } from 'wxt/browser';
import { badgeFor } from './badge';
import type { TabState } from './protocol';

/** The toolbar action API: `action` in MV3, `browserAction` in Firefox MV2. */
export function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

export async function setBadge(tabId: number, state: TabState | undefined): Promise<void> {
  const action = toolbarAction();
  const badge = badgeFor(state);
  await action.setBadgeText({ tabId, text: badge?.text ?? '' });
  if (badge) await action.setBadgeBackgroundColor({ tabId, color: badge.color });
}
