import { runBackstory } from '@/extension/content/run-backstory';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // A story can be inside an iframe; other frames stop at the gate.
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // No "content script started" message on the page's window (see extension/content/quiet-context.ts).
  noScriptStartedPostMessage: true,
  main(ctx) {
    runBackstory(ctx);
  },
});
