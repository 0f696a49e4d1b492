import { runBackstory } from '@/extension/content/run-backstory';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    runBackstory(ctx);
  },
});
