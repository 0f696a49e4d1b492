import type { Verdict } from '@/engine/types';
import { VERDICT_ICON, VERDICT_LABEL } from './labels';

/** The rating in words, with a colour and a glyph as extra cues. */
export function VerdictChip({ verdict }: { verdict: Verdict }) {
  return (
    <span class={`verdict verdict--${verdict}`} data-verdict={verdict}>
      <span class="verdict__icon" aria-hidden="true">
        {VERDICT_ICON[verdict]}
      </span>
      {VERDICT_LABEL[verdict]}
    </span>
  );
}
