import { runBackstory } from '@/extension/content/run-backstory';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // A story can be inside an iframe; other frames stop at the gate.
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    runBackstory(ctx);
  },
});
