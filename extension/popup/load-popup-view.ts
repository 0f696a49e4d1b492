// The popup's one conversation with the browser: which tab, what the background knows of it,
// and, where the page was not analysed yet, why (or a request to analyse it now).
import { browser } from 'wxt/browser';
import type { TabView } from '../handle-message';
import { isSiteDisabled, readSettings } from '../settings';
import type { PopupViewModel } from '../view-model';

/** Tests open the popup as a page and name the tab with ?tabId=N; otherwise the active tab. */
export async function targetTabId(search: string): Promise<number | undefined> {
  const fromQuery = Number.parseInt(new URLSearchParams(search).get('tabId') ?? '', 10);
  if (Number.isInteger(fromQuery) && fromQuery >= 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function getView(tabId: number): Promise<TabView> {
  const view = (await browser.runtime.sendMessage({ type: 'get-tab-view', tabId })) as TabView | undefined;
  if (!view) throw new Error('The background did not answer.');
  return view;
}

/** The page's hostname, from its content script; undefined where none runs (not a web page). */
async function pageHost(tabId: number, inject: boolean): Promise<string | undefined> {
  const ask = async () =>
    ((await browser.tabs.sendMessage(tabId, { type: 'describe-page' }, { frameId: 0 })) as { host?: string })?.host;
  try {
    return await ask();
  } catch {
    if (!inject) return undefined;
    try {
      // Where the reader withheld site access, the click on the toolbar button (activeTab) lets us in.
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
      return await ask();
    } catch {
      return undefined;
    }
  }
}

export interface LoadedPopup {
  tabId?: number;
  view: PopupViewModel;
  /** For each popup occurrence, where the sentence is: its frame and its number there. */
  targets: Array<{ frameId: number; occurrence: number }>;
}

export async function loadPopupView(search: string): Promise<LoadedPopup> {
  const tabId = await targetTabId(search);
  if (tabId === undefined) return { view: { kind: 'not-story', reason: 'unsupported-page' }, targets: [] };
  const settings = await readSettings();
  let data = await getView(tabId);
  if (!data.state) {
    const host = await pageHost(tabId, settings.mode === 'on-click');
    if (host === undefined) return { tabId, view: { kind: 'not-story', reason: 'unsupported-page' }, targets: [] };
    if (isSiteDisabled(settings, host))
      return { tabId, view: { kind: 'not-story', reason: 'disabled-site' }, targets: [] };
    if (settings.mode === 'on-click') {
      await browser.tabs.sendMessage(tabId, { type: 'analyze-now' }, { frameId: 0 }).catch(() => undefined);
      data = await getView(tabId);
    }
  }
  const state = data.state;
  if (!state?.aboutStory) return { tabId, view: { kind: 'not-story', reason: 'not-about-story' }, targets: [] };
  const claimsById = Object.fromEntries(data.claims.map((c) => [c.id, c]));
  return {
    tabId,
    targets: state.claims.map((c) => ({ frameId: c.frameId, occurrence: c.occurrence })),
    view: {
      kind: 'story',
      evidence: state.evidence,
      // The popup numbers claims across frames; showInPage maps the number back to its frame.
      found: state.claims.flatMap((c, occurrence) => {
        const claim = claimsById[c.claimId];
        return claim ? [{ occurrence, claim, sentence: c.sentence, ...(c.speaker && { speaker: c.speaker }) }] : [];
      }),
      claimsById,
      timeline: data.timeline,
      glossary: data.glossary,
    },
  };
}

export function showInPage(tabId: number, target: { frameId: number; occurrence: number }): Promise<unknown> {
  return browser.tabs
    .sendMessage(tabId, { type: 'show-in-page', occurrence: target.occurrence }, { frameId: target.frameId })
    .catch(() => false);
}
