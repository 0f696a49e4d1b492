// WXT's own content script context, reached past the alias in wxt.config.ts (see quiet-context.ts).
declare module 'wxt/utils/content-script-context?wxt' {
  export * from 'wxt/utils/content-script-context';
}
