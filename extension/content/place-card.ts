// Where the in-page card goes: just below the sentence, or just above it when there is no room
// below, and always inside the viewport. Pure geometry, in one coordinate space of the caller's
// choosing (the overlay uses its own layer's, so the card scrolls with the page).

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface CardPlacement {
  top: number;
  left: number;
  side: 'below' | 'above';
  /** Set when the card fits on neither side: it is cut to this height (and scrolls) rather than cover the sentence. */
  maxHeight?: number;
}

/** The gap between the sentence and the card, and the margin kept from the viewport's edges. */
export const CARD_GAP = 8;
const MARGIN = 8;
/** Below this, a card cut to the room beside the sentence is too small to read: it may cover the sentence. */
const MIN_CARD_HEIGHT = 120;

/** The box around a sentence's line boxes (its client rects). */
export function unionBox(rects: readonly Box[]): Box | null {
  const shown = rects.filter((r) => r.width > 0 || r.height > 0);
  if (shown.length === 0) return null;
  const top = Math.min(...shown.map((r) => r.top));
  const left = Math.min(...shown.map((r) => r.left));
  const bottom = Math.max(...shown.map((r) => r.top + r.height));
  const right = Math.max(...shown.map((r) => r.left + r.width));
  return { top, left, width: right - left, height: bottom - top };
}

/**
 * Places a card of `card` size (its full height, uncut) next to `sentence` inside `viewport`.
 * `pointerX`, when given, centres the card under the pointer; otherwise it starts at the
 * sentence's left edge.
 */
export function placeCard(
  sentence: Box,
  card: { width: number; height: number },
  viewport: Box,
  pointerX?: number,
): CardPlacement {
  const below = sentence.top + sentence.height + CARD_GAP;
  const viewBottom = viewport.top + viewport.height;
  const roomBelow = viewBottom - MARGIN - below;
  const roomAbove = sentence.top - CARD_GAP - (viewport.top + MARGIN);
  const preferredLeft = pointerX === undefined ? sentence.left : pointerX - card.width / 2;
  const left = clamp(preferredLeft, viewport.left + MARGIN, viewport.left + viewport.width - MARGIN - card.width);
  if (card.height <= roomBelow) return { top: below, left, side: 'below' };
  if (card.height <= roomAbove) return { top: sentence.top - CARD_GAP - card.height, left, side: 'above' };
  // Fits on neither side: cut to the larger room, when that is still readable.
  const side = roomBelow >= roomAbove ? 'below' : 'above';
  const room = Math.max(roomBelow, roomAbove);
  if (room >= MIN_CARD_HEIGHT) {
    const top = side === 'below' ? below : sentence.top - CARD_GAP - room;
    return { top, left, side, maxHeight: room };
  }
  const top = clamp(
    side === 'below' ? below : sentence.top - CARD_GAP - card.height,
    viewport.top + MARGIN,
    viewBottom - MARGIN - card.height,
  );
  return { top, left, side };
}

/** min/max that prefers the lower bound when the range is empty (a card taller than the viewport). */
function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high));
}

/**
 * A range's client rects, one box per line: a range over several elements reports the
 * elements' boxes as well as the text's, and those overlap on the same line.
 */
export function lineBoxes(rects: readonly Box[]): Box[] {
  const lines: Box[] = [];
  const sorted = rects.filter((r) => r.width > 0 && r.height > 0).sort((a, b) => a.top - b.top || a.left - b.left);
  for (const r of sorted) {
    const line = lines.find((l) => {
      const overlap = Math.min(l.top + l.height, r.top + r.height) - Math.max(l.top, r.top);
      return overlap > 0.5 * Math.min(l.height, r.height);
    });
    if (!line) {
      lines.push({ ...r });
      continue;
    }
    const right = Math.max(line.left + line.width, r.left + r.width);
    const bottom = Math.max(line.top + line.height, r.top + r.height);
    line.left = Math.min(line.left, r.left);
    line.top = Math.min(line.top, r.top);
    line.width = right - line.left;
    line.height = bottom - line.top;
  }
  return lines;
}
