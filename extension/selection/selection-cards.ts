// The cards for a checked selection, in the same in-page overlay as an article's claims: asks the
// background to analyse the selected text, then opens the first card just below the selection
// (or docked, when the selection's position is unknown). The article's own claims stay listed.
import { browser } from 'wxt/browser';
import type { OverlayClaim } from '@/components/PageOverlay';
import type { OverlayHandle } from '../content/page-overlay-ui';
import { MAX_PASSAGE_CHARS, type PassageResult } from '../protocol';
import { type ReadSelection, readSelection, type ViewportRect } from './read-selection';

/** Passage cards are numbered from here, apart from the article's occurrences. */
export const PASSAGE_OCCURRENCE_BASE = 1_000_000;

/** What the content script answers to check-selection (the popup and the e2e tests read it). */
export interface SelectionCheck {
  claimIds: string[];
  /** Where the card was opened (viewport px), or null when docked. */
  anchor: { x: number; y: number } | null;
  selection: ViewportRect | null;
}

/** Shown when the passage makes no claim from the catalogue: what was checked and what to try. */
const NOTHING_FOUND: Omit<OverlayClaim, 'occurrence'> = {
  verdict: 'No claim found',
  claim: 'Backstory found no claim from its catalogue in this passage.',
  summary:
    'Its catalogue covers claims about Russian interference in the 2016 US election. Try selecting the whole sentence, or search the catalogue from the Backstory toolbar button.',
  context: [],
};

function isPassageResult(value: unknown): value is PassageResult {
  return !!value && Array.isArray((value as PassageResult).claims);
}

export function passageCards(result: PassageResult): OverlayClaim[] {
  const cards = result.claims.map((c, i) => ({
    occurrence: PASSAGE_OCCURRENCE_BASE + i,
    verdict: c.verdict,
    claim: c.claim,
    summary: c.summary,
    context: c.context,
  }));
  return cards.length > 0 ? cards : [{ occurrence: PASSAGE_OCCURRENCE_BASE, ...NOTHING_FOUND }];
}

/** The card's anchor: the middle of the selection's lower edge (the overlay opens its card below it). */
export function anchorBeside(rect: ViewportRect | null): { x: number; y: number } | null {
  return rect ? { x: Math.round((rect.left + rect.right) / 2), y: Math.round(rect.bottom) } : null;
}

export interface SelectionCards {
  /** Handles check-selection: undefined (no answer) when this frame has nothing selected. */
  check(fallbackText?: string): Promise<SelectionCheck | null> | undefined;
  /** Opens a passage card chosen in the overlay; false for an article occurrence. */
  choose(occurrence: number): boolean;
}

export function createSelectionCards(
  doc: Document,
  deps: { overlay: () => Promise<OverlayHandle>; pageClaims: () => OverlayClaim[] },
): SelectionCards {
  let anchor: { x: number; y: number } | null = null;
  let overlay: OverlayHandle | undefined;

  async function show(selection: ReadSelection): Promise<SelectionCheck | null> {
    const answer: unknown = await browser.runtime.sendMessage({
      type: 'check-passage',
      text: selection.text.slice(0, MAX_PASSAGE_CHARS),
    });
    if (!isPassageResult(answer)) return null;
    const cards = passageCards(answer);
    overlay = await deps.overlay();
    anchor = anchorBeside(selection.rect);
    overlay.show([...deps.pageClaims(), ...cards]);
    overlay.open(cards[0]?.occurrence ?? PASSAGE_OCCURRENCE_BASE, anchor);
    return { claimIds: answer.claims.map((c) => c.claimId), anchor, selection: selection.rect };
  }

  return {
    check(fallbackText) {
      const selection = readSelection(doc, fallbackText);
      if (!selection) return undefined;
      return show(selection).catch(() => null);
    },
    choose(occurrence) {
      if (occurrence < PASSAGE_OCCURRENCE_BASE || !overlay) return false;
      overlay.open(occurrence, anchor);
      return true;
    },
  };
}
