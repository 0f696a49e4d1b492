// What Backstory shows inside the page, in its own closed shadow root: the marks under checked
// sentences, the card for the sentence under the pointer or chosen (placed just below or above it),
// and a small launcher that lists the claims (the keyboard route). Everything is positioned in the
// overlay layer's own coordinates, which scroll with the page, so marks and card follow the text.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Verdict } from '@/engine/types';
import { type Box, placeCard, unionBox } from '@/extension/content/place-card';
import { VERDICT_ICON, VERDICT_LABEL } from './labels';
import { markFor } from './verdict-marks';

export interface OverlayClaim {
  /** The sentence's number on the page. */
  occurrence: number;
  claimId: string;
  verdict: string;
  claim: string;
  summary: string;
  context: string[];
}

export interface OpenCard {
  occurrence: number;
  /** Where the pointer was (layer x), to centre the card under it; undefined: at the sentence. */
  pointerX?: number;
  /** Whether the card takes the keyboard focus (chosen from the launcher list). */
  focus: boolean;
}

export interface PageOverlayProps {
  claims: OverlayClaim[];
  /** Each sentence's line boxes, in layer coordinates. */
  rects: Record<number, Box[]>;
  /** The visible part of the page, in layer coordinates. */
  viewport: Box;
  /** Full highlights for every sentence (the reader's setting); otherwise a quiet underline. */
  fullHighlights: boolean;
  /** The sentence drawn in full: the one hovered or chosen. */
  active: number | null;
  open: OpenCard | null;
  onChoose: (occurrence: number) => void;
  onClose: () => void;
}

function Chip({ verdict }: { verdict: string }) {
  return (
    <span class={`bs-chip bs-chip--${verdict}`}>
      <span aria-hidden="true">{VERDICT_ICON[verdict as Verdict] ?? '?'}</span>{' '}
      {VERDICT_LABEL[verdict as Verdict] ?? verdict}
    </span>
  );
}

function Marks({ claims, rects, fullHighlights, active }: Omit<PageOverlayProps, 'open' | 'onChoose' | 'onClose'>) {
  return (
    <div class="bs-marks" aria-hidden="true">
      {claims.flatMap((c) => {
        const mark = markFor(c.verdict);
        const full = fullHighlights || c.occurrence === active;
        const [r, g, b, a] = mark.fill;
        return (rects[c.occurrence] ?? []).map((box, i) => (
          <div
            key={`${c.occurrence}:${i}`}
            class={`bs-mark bs-mark--${mark.pattern}${full ? ' bs-mark--full' : ''}${c.occurrence === active ? ' bs-mark--active' : ''}`}
            style={{
              top: `${box.top}px`,
              left: `${box.left}px`,
              width: `${box.width}px`,
              height: `${box.height}px`,
              '--bs-line': mark.line,
              '--bs-fill': `rgba(${r}, ${g}, ${b}, ${a})`,
            }}
          />
        ));
      })}
    </div>
  );
}

/** The claims in page order, one entry per claim however many sentences make it. */
export function distinctClaims(claims: OverlayClaim[]): OverlayClaim[] {
  const seen = new Set<string>();
  return claims.filter((c) => !seen.has(c.claimId) && seen.add(c.claimId));
}

export function PageOverlay(props: PageOverlayProps) {
  const { claims, rects, viewport, open, onChoose, onClose } = props;
  const [listOpen, setListOpen] = useState(false);
  const [details, setDetails] = useState(false);
  const cardRef = useRef<HTMLElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const [size, setSize] = useState({ width: 320, height: 160 });
  const current = open ? claims.find((c) => c.occurrence === open.occurrence) : undefined;
  const distinct = distinctClaims(claims);
  const index = current ? distinct.findIndex((c) => c.claimId === current.claimId) : -1;
  const sentences = current ? claims.filter((c) => c.claimId === current.claimId).length : 0;
  const sentence = open ? unionBox(rects[open.occurrence] ?? []) : null;
  const placed = sentence ? placeCard(sentence, size, viewport, open?.pointerX) : null;

  // The card's real size, once drawn, decides whether it fits below the sentence.
  useLayoutEffect(() => {
    const card = cardRef.current;
    if (!card) return;
    // The full height, even while the card is cut to the room beside the sentence.
    const next = { width: card.offsetWidth, height: card.scrollHeight + (card.offsetHeight - card.clientHeight) };
    if (next.width !== size.width || next.height !== size.height) setSize(next);
  });

  // Focus moves into a card chosen from the keyboard, and back where it was when it closes.
  const focusKey = open?.focus ? open.occurrence : null;
  useLayoutEffect(() => {
    const card = cardRef.current;
    if (focusKey === null || !card) return;
    const root = card.getRootNode() as ShadowRoot | Document;
    const before = root.activeElement as HTMLElement | null;
    if (before && !card.contains(before)) returnTo.current = before;
    card.focus({ preventScroll: true });
  }, [focusKey]);

  const close = () => {
    const back = returnTo.current;
    returnTo.current = null;
    setDetails(false);
    onClose();
    if (back?.isConnected) back.focus({ preventScroll: true });
  };

  const step = (delta: number) => {
    const next = distinct[(index + delta + distinct.length) % distinct.length];
    if (next) onChoose(next.occurrence);
  };

  return (
    <div class="bs-root">
      <Marks {...props} />
      {current && placed && (
        <section
          ref={cardRef}
          tabIndex={-1}
          class={`bs-card bs-card--${placed.side}`}
          role="dialog"
          aria-label="What this sentence claims"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
          data-verdict={current.verdict}
          data-side={placed.side}
          style={{
            top: `${placed.top}px`,
            left: `${placed.left}px`,
            ...(placed.maxHeight !== undefined && { maxHeight: `${placed.maxHeight}px` }),
          }}
        >
          <header class="bs-card__head">
            <Chip verdict={current.verdict} />
            <button type="button" class="bs-icon" aria-label="Close" onClick={close}>
              ×
            </button>
          </header>
          <p class="bs-card__claim">{current.claim}</p>
          <p class="bs-card__summary">{current.summary}</p>
          {sentences > 1 && <p class="bs-muted">{sentences} sentences on this page make this claim.</p>}
          <button type="button" class="bs-link" aria-expanded={details} onClick={() => setDetails(!details)}>
            {details ? 'Hide details' : 'Details'}
          </button>
          {details && (
            <div class="bs-card__details">
              {current.context.map((s) => (
                <p key={s}>{s}</p>
              ))}
              <p class="bs-muted">Sources and related claims: click the Backstory toolbar button.</p>
            </div>
          )}
          {distinct.length > 1 && (
            <nav class="bs-card__nav" aria-label="Claims on this page">
              <button type="button" onClick={() => step(-1)}>
                ‹ Previous
              </button>
              <span>
                {index + 1} of {distinct.length}
              </span>
              <button type="button" onClick={() => step(1)}>
                Next ›
              </button>
            </nav>
          )}
        </section>
      )}
      <div class="bs-launcher">
        {listOpen && (
          <ol class="bs-list" aria-label="Claims Backstory checked on this page">
            {distinct.map((c) => (
              <li key={c.claimId}>
                <button type="button" onClick={() => onChoose(c.occurrence)}>
                  <Chip verdict={c.verdict} /> {c.claim}
                </button>
              </li>
            ))}
          </ol>
        )}
        <button
          type="button"
          class="bs-launcher__button"
          aria-expanded={listOpen}
          onClick={() => setListOpen(!listOpen)}
        >
          Backstory · {distinct.length} {distinct.length === 1 ? 'claim' : 'claims'} checked
        </button>
      </div>
    </div>
  );
}
