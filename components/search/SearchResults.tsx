import type { ClaimCard } from '@/dataset/compile/bundle-format';
import { VerdictChip } from '../VerdictChip';

interface Props {
  id: string;
  results: ClaimCard[];
  active: number;
  onOpen: (claimId: string) => void;
  onHover: (index: number) => void;
}

export const optionId = (listId: string, index: number) => `${listId}-${index}`;

/** The matching claims, best first; the search box's arrow keys move through them. */
export function SearchResults({ id, results, active, onOpen, onHover }: Props) {
  return (
    <div id={id} class="search-results" role="listbox" aria-label="Matching claims" data-testid="search-results">
      {results.map((claim, i) => (
        // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox's input handles the keys (arrows, Enter) for every option.
        <div
          key={claim.id}
          id={optionId(id, i)}
          role="option"
          tabIndex={-1}
          aria-selected={i === active}
          class="search-result"
          data-claim-id={claim.id}
          onClick={() => onOpen(claim.id)}
          onMouseMove={() => i !== active && onHover(i)}
        >
          <VerdictChip verdict={claim.verdict} />
          <span class="search-result__claim">{claim.claim}</span>
        </div>
      ))}
    </div>
  );
}
