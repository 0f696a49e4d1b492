// Reads the reader's selection in one frame, only when they ask for it to be checked: its text and
// where it stands in the viewport, so the card can open beside it.

export interface ViewportRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface ReadSelection {
  text: string;
  /** Where the selection is in the viewport; null when the browser cannot tell. */
  rect: ViewportRect | null;
  /** A copy of the selected range, for an overlay that places cards by a sentence's line boxes. */
  range?: Range;
}

function toRect(r: DOMRect | undefined): ViewportRect | null {
  if (!r || (r.width === 0 && r.height === 0)) return null;
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/** Text selected inside a text field, which the document's selection does not include. */
function fieldSelection(doc: Document): ReadSelection | null {
  const field = doc.activeElement;
  if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) return null;
  const { selectionStart: start, selectionEnd: end } = field;
  if (start === null || end === null || end <= start) return null;
  const range = doc.createRange();
  range.selectNode(field);
  return { text: field.value.slice(start, end), rect: toRect(field.getBoundingClientRect()), range };
}

/**
 * The frame's selection, or, when it is empty here, `fallback` (the text the context menu saw)
 * with no position. Null when there is nothing to check.
 */
export function readSelection(doc: Document, fallback?: string): ReadSelection | null {
  const selection = doc.getSelection();
  const text = selection?.toString() ?? '';
  if (selection && selection.rangeCount > 0 && text.trim()) {
    const range = selection.getRangeAt(0).cloneRange();
    return { text, rect: toRect(range.getBoundingClientRect()) ?? toRect(range.getClientRects()[0]), range };
  }
  const field = fieldSelection(doc);
  if (field?.text.trim()) return field;
  return fallback?.trim() ? { text: fallback, rect: null } : null;
}
