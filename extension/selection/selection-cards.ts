// The cards for a checked selection, in the same in-page overlay as an article's claims: asks the
// background to analyse the selected text, then opens the first card beside the selection (placed
// by the overlay like a sentence's card, below it or above it). The article's own claims stay listed.
import { browser } from 'wxt/browser';
import type { OverlayClaim } from '@/components/PageOverlay';
import type { OverlayEntry, OverlayHandle } from '../content/page-overlay-ui';
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
  claimId: '',
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
    claimId: c.claimId,
    verdict: c.verdict,
    claim: c.claim,
    summary: c.summary,
    context: c.context,
  }));
  return cards.length > 0 ? cards : [{ occurrence: PASSAGE_OCCURRENCE_BASE, ...NOTHING_FOUND }];
}

/** The middle of the selection's lower edge: where its card opens, for the caller to check. */
export function anchorBeside(rect: ViewportRect | null): { x: number; y: number } | null {
  return rect ? { x: Math.round((rect.left + rect.right) / 2), y: Math.round(rect.bottom) } : null;
}

/**
 * Where to open the card when the selection's place is unknown (the menu saw text this frame no
 * longer has selected): the first element at the top of the viewport, so the card opens in view.
 */
function placeholderRange(doc: Document): Range {
  const range = doc.createRange();
  const width = doc.documentElement.clientWidth;
  const element = doc.elementFromPoint(width / 2, 8) ?? doc.body ?? doc.documentElement;
  const text = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode();
  if (text?.textContent) {
    range.setStart(text, 0);
    range.setEnd(text, Math.min(1, text.textContent.length));
  } else range.selectNode(element);
  return range;
}

export interface SelectionCards {
  /** Handles check-selection: undefined (no answer) when this frame has nothing selected. */
  check(fallbackText?: string): Promise<SelectionCheck | null> | undefined;
  /** Opens a passage card chosen in the overlay; false for an article occurrence. */
  choose(occurrence: number): boolean;
}

export function createSelectionCards(
  doc: Document,
  deps: {
    overlay: () => Promise<OverlayHandle>;
    /** The article's own entries as the overlay shows them, and whether its highlights are full. */
    page: () => { entries: OverlayEntry[]; fullHighlights: boolean };
  },
): SelectionCards {
  let overlay: OverlayHandle | undefined;

  async function show(selection: ReadSelection): Promise<SelectionCheck | null> {
    const answer: unknown = await browser.runtime.sendMessage({
      type: 'check-passage',
      text: selection.text.slice(0, MAX_PASSAGE_CHARS),
    });
    if (!isPassageResult(answer)) return null;
    const cards = passageCards(answer);
    overlay = await deps.overlay();
    const range = selection.range ?? placeholderRange(doc);
    const page = deps.page();
    overlay.show([...page.entries, ...cards.map((c) => ({ ...c, range }))], { fullHighlights: page.fullHighlights });
    overlay.open(cards[0]?.occurrence ?? PASSAGE_OCCURRENCE_BASE, { hover: false, focus: true });
    const rect = selection.range ? selection.rect : null;
    return { claimIds: answer.claims.map((c) => c.claimId), anchor: anchorBeside(rect), selection: rect };
  }

  return {
    check(fallbackText) {
      const selection = readSelection(doc, fallbackText);
      if (!selection) return undefined;
      return show(selection).catch(() => null);
    },
    choose(occurrence) {
      if (occurrence < PASSAGE_OCCURRENCE_BASE || !overlay) return false;
      overlay.open(occurrence, { hover: false, focus: true });
      return true;
    },
  };
}
