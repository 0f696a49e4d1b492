// What the popup and options pages render: plain data, assembled by their containers.
import type { ClaimCard, GlossaryCard, TimelineCard } from '@/dataset/compile/bundle-format';

/** One claim found on the page, at one sentence. `occurrence` identifies it for "Show in page". */
export interface FoundClaimView {
  occurrence: number;
  claim: ClaimCard;
  /** The sentence as it stands on the page. */
  sentence: string;
  /** Who the sentence says makes the claim, when it names someone. */
  speaker?: string;
}

export type PopupViewModel =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  /** The page is not about the story (or could not be analysed: not an http(s) page). */
  | { kind: 'not-story'; reason: 'not-about-story' | 'unsupported-page' | 'disabled-site' }
  | {
      kind: 'story';
      /** Why Backstory thinks the page is about the story: top evidence terms. */
      evidence: string[];
      found: FoundClaimView[];
      /** Every claim card, for related-claim lookups. */
      claimsById: Record<string, ClaimCard>;
      timeline: TimelineCard[];
      glossary: GlossaryCard[];
    };

export interface SettingsView {
  highlights: boolean;
  /** Every checked sentence in full colour, as before, instead of a quiet underline. */
  fullHighlights: boolean;
  mode: 'automatic' | 'on-click';
  disabledSites: string[];
}

export interface OptionsViewModel {
  settings: SettingsView;
  datasetVersion: string;
  claimCount: number;
}
