import { cleanup, render } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { Verdict } from '@/engine/types';
import { VerdictChip } from './VerdictChip';

afterEach(cleanup);

test.each<[Verdict, string, string]>([
  ['supported', 'Supported', '✓'],
  ['needs-context', 'Needs context', 'i'],
  ['misleading', 'Misleading', '!'],
  ['contradicted', 'Contradicted', '✕'],
  ['unsupported', 'Unsupported', '?'],
  ['misattributed', 'Misattributed', '≠'],
])('%s reads "%s" with its own glyph hidden from screen readers', (verdict, words, glyph) => {
  const { container } = render(<VerdictChip verdict={verdict} />);
  const chip = container.querySelector(`.verdict--${verdict}`);
  const icon = chip?.querySelector('[aria-hidden="true"]');
  expect(icon?.textContent).toBe(glyph);
  expect(chip?.textContent).toBe(`${glyph}${words}`);
});
