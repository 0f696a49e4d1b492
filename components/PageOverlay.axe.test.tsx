import { cleanup, render } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, expect, test } from 'vitest';
import { PageOverlay } from './PageOverlay';

afterEach(cleanup);

test('axe: the open card and the launcher list have no WCAG A/AA violations (structure, names, roles)', async () => {
  const claims = [
    { occurrence: 0, claimId: 'a', verdict: 'contradicted', claim: 'Claim a', summary: 'Summary a', context: ['C'] },
    { occurrence: 1, claimId: 'b', verdict: 'supported', claim: 'Claim b', summary: 'Summary b', context: [] },
  ];
  const { container } = render(
    <main>
      <PageOverlay
        claims={claims}
        rects={{
          0: [{ top: 100, left: 10, width: 300, height: 20 }],
          1: [{ top: 200, left: 10, width: 300, height: 20 }],
        }}
        viewport={{ top: 0, left: 0, width: 1280, height: 800 }}
        fullHighlights={false}
        active={0}
        open={{ occurrence: 0, focus: false }}
        onChoose={() => {}}
        onClose={() => {}}
      />
    </main>,
  );
  (container.querySelector('.bs-launcher__button') as HTMLElement).click();
  await new Promise((r) => setTimeout(r, 0));
  const result = await axe.run(container, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
    // Colour contrast needs a real layout; the card's colours are checked in PageOverlay.colors.test.ts.
    rules: { 'color-contrast': { enabled: false } },
  });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(result.passes.length).toBeGreaterThan(5);
});
