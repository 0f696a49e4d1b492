// "Check with Backstory" on a selection: the context menu item and the keyboard command. Both ask
// the content script of the tab (the frame the menu was opened in, or every frame for the command)
// to read its selection and show the cards beside it. Nothing is read from a page before this ask.
import { browser } from 'wxt/browser';

export const MENU_ID = 'backstory-check-selection';
export const COMMAND = 'check-selection';

/**
 * Sends check-selection to the tab and resolves to the frame's answer; where no content script
 * runs yet, injects it first (the menu click, the command and the popup grant activeTab).
 */
export async function askTabToCheckSelection(tabId: number, frameId?: number, text?: string): Promise<unknown> {
  const message = { type: 'check-selection', ...(text ? { text: text.slice(0, 20_000) } : {}) };
  const send = () =>
    frameId === undefined
      ? browser.tabs.sendMessage(tabId, message)
      : browser.tabs.sendMessage(tabId, message, { frameId });
  try {
    return await send();
  } catch {
    // No frame answered: either nothing is selected where a content script runs (it must not run
    // twice), or none runs yet.
    const running = await browser.tabs.sendMessage(tabId, { type: 'describe-page' }, { frameId: frameId ?? 0 }).then(
      () => true,
      () => false,
    );
    if (running) return undefined;
    try {
      await browser.scripting.executeScript({
        target: frameId === undefined ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] },
        files: ['/content-scripts/content.js'],
      });
      return await send();
    } catch {
      // A page the extension may not enter (a browser page, the extension stores): nothing to show.
      return undefined;
    }
  }
}

/** Registers the menu item (again, each time the background starts) and both listeners. */
export function registerSelectionEntryPoints(): void {
  const menus = browser.contextMenus;
  if (menus) {
    void menus
      .removeAll()
      .then(() => menus.create({ id: MENU_ID, title: 'Check with Backstory', contexts: ['selection'] }))
      .catch(() => undefined);
    menus.onClicked.addListener((info, tab) => {
      if (info.menuItemId !== MENU_ID || tab?.id === undefined || tab.id < 0) return;
      void askTabToCheckSelection(tab.id, info.frameId ?? 0, info.selectionText);
    });
  }
  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command !== COMMAND) return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id !== undefined && id >= 0) await askTabToCheckSelection(id);
  });
}
