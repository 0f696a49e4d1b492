import { useEffect, useRef } from 'preact/hooks';
import type { ClaimCard } from '@/dataset/compile/bundle-format';
import { ClaimCardView } from '../ClaimCardView';

interface Props {
  claim: ClaimCard;
  claimsById: Record<string, ClaimCard>;
  /** The reader's own sentence that makes the claim (pasted text), if any. */
  sentence?: string;
  /** A number for the card's heading id, apart from the page's cards. */
  occurrence: number;
  backLabel: string;
  onBack: () => void;
}

/** A claim opened from search or a passage check: the same card as on articles, with a way back. */
export function OpenedClaim({ claim, claimsById, sentence, occurrence, backLabel, onBack }: Props) {
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), []);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the opened card goes back, as the button does.
    <div class="opened-claim" data-testid="opened-claim" onKeyDown={(e) => e.key === 'Escape' && onBack()}>
      <button ref={back} type="button" class="opened-claim__back" onClick={onBack}>
        ← {backLabel}
      </button>
      <ClaimCardView
        group={{ claim, sentences: sentence ? [{ occurrence, claim, sentence }] : [] }}
        claimsById={claimsById}
        sentenceLabel="In your text:"
        initiallyExpanded
        idPrefix={`opened-${occurrence}`}
      />
    </div>
  );
}
