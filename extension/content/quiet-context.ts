// WXT's content script context, minus its announcement. On start, WXT's context dispatches an event
// on the page's document (and posts a window message) named after the extension's id, so that an
// older copy of the script can stop; it also listens for that event to stop itself. A page can
// listen for the name, which is public (in Firefox it spells the add-on's id, with the product's
// name in it), and learn that Backstory is installed; a page can dispatch it, and switch Backstory
// off. wxt.config.ts points the content script's entry at this class instead. An older copy stops
// anyway when the extension reloads: it loses its runtime, and the context then invalidates itself.
import { ContentScriptContext as WxtContentScriptContext } from 'wxt/utils/content-script-context?wxt';

export class ContentScriptContext extends WxtContentScriptContext {
  override stopOldScripts(): void {}
  override listenForNewerScripts(): void {}
}
