import { browser } from 'wxt/browser';
import type { PageReport } from '@/extension/protocol';

// Walking-skeleton rule: replaced by the engine's gate and detector.
function looksLikeStory(doc: Document): boolean {
  const head = `${doc.title} ${doc.querySelector('h1')?.textContent ?? ''}`.toLowerCase();
  return /russia|kremlin|putin/.test(head) && /election|interfer|meddl|indict/.test(head);
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    const aboutStory = looksLikeStory(document);
    const report: PageReport = {
      type: 'page-report',
      url: location.href,
      aboutStory,
      score: aboutStory ? 1 : 0,
      evidence: [],
      claims: [],
    };
    void browser.runtime.sendMessage(report);
  },
});
