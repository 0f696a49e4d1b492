import { browser } from 'wxt/browser';
import type { Verdict } from '@/engine/types';
import { badgeFor } from './badge';
import type { TabState } from './protocol';

/** The toolbar action API: `action` in MV3, `browserAction` in Firefox MV2. */
export function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

export async function setBadge(
  tabId: number,
  state: TabState | undefined,
  verdictOf: (claimId: string) => Verdict | undefined = () => undefined,
): Promise<void> {
  const action = toolbarAction();
  const badge = badgeFor(state, verdictOf);
  await action.setBadgeText({ tabId, text: badge?.text ?? '' });
  if (badge) await action.setBadgeBackgroundColor({ tabId, color: badge.color });
}
