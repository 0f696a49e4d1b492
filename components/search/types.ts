// What the popup's search and passage check need from their container.
import type { ClaimCard, GlossaryCard, TimelineCard } from '@/dataset/compile/bundle-format';
import type { ClaimSearch } from '@/engine/search/claim-search';
import type { PassageResult } from '@/extension/protocol';
import type { SelectionCheck } from '@/extension/selection/selection-cards';

export type CatalogueState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | {
      kind: 'ready';
      claims: ClaimCard[];
      claimsById: Record<string, ClaimCard>;
      search: ClaimSearch;
      timeline: TimelineCard[];
      glossary: GlossaryCard[];
    };

export interface BeyondProps {
  catalogue: CatalogueState;
  /** Checks pasted text in the background: the claims it makes. */
  checkPassage: (text: string) => Promise<PassageResult>;
  /** Asks the page to check the reader's selection; null when nothing is selected there. */
  checkSelection?: () => Promise<SelectionCheck | null>;
}
