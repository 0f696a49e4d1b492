// What Backstory shows inside the page, in its own shadow root: a small launcher that lists the
// checked sentences (keyboard route) and the card for the sentence under the pointer or chosen.
import { useState } from 'preact/hooks';
import type { Verdict } from '@/engine/types';
import { VERDICT_LABEL } from './labels';

export interface OverlayClaim {
  occurrence: number;
  verdict: string;
  claim: string;
  summary: string;
  context: string[];
}

export interface PageOverlayProps {
  claims: OverlayClaim[];
  /** The claim whose card is open, and where (viewport px); null position docks it by the launcher. */
  open: { occurrence: number; x: number; y: number } | null;
  onChoose: (occurrence: number) => void;
  onClose: () => void;
}

const CARD_WIDTH = 320;

function cardStyle(open: { x: number; y: number }, viewport: { w: number; h: number }) {
  const left = Math.max(8, Math.min(open.x - CARD_WIDTH / 2, viewport.w - CARD_WIDTH - 8));
  const below = open.y + 16;
  return below + 220 < viewport.h ? { left, top: below } : { left, bottom: Math.max(8, viewport.h - open.y + 16) };
}

export function PageOverlay({ claims, open, onChoose, onClose }: PageOverlayProps) {
  const [listOpen, setListOpen] = useState(false);
  const [details, setDetails] = useState(false);
  const current = open ? claims.find((c) => c.occurrence === open.occurrence) : undefined;
  const index = current ? claims.indexOf(current) : -1;
  const step = (delta: number) => {
    const next = claims[(index + delta + claims.length) % claims.length];
    if (next) onChoose(next.occurrence);
  };
  const viewport = { w: globalThis.innerWidth || 1024, h: globalThis.innerHeight || 768 };
  return (
    <div class="bs-root">
      {current && open && (
        <section
          class="bs-card"
          role="dialog"
          aria-label="Backstory: what this sentence claims"
          onKeyDown={(e) => e.key === 'Escape' && onClose()}
          data-verdict={current.verdict}
          style={cardStyle(open, viewport)}
        >
          <header class="bs-card__head">
            <span class={`bs-chip bs-chip--${current.verdict}`}>
              {VERDICT_LABEL[current.verdict as Verdict] ?? current.verdict}
            </span>
            <button type="button" class="bs-icon" aria-label="Close" onClick={onClose}>
              ×
            </button>
          </header>
          <p class="bs-card__claim">{current.claim}</p>
          <p class="bs-card__summary">{current.summary}</p>
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
          {claims.length > 1 && (
            <nav class="bs-card__nav" aria-label="Checked sentences">
              <button type="button" onClick={() => step(-1)}>
                ‹ Previous
              </button>
              <span>
                {index + 1} of {claims.length}
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
          <ol class="bs-list" aria-label="Sentences Backstory checked">
            {claims.map((c) => (
              <li key={c.occurrence}>
                <button type="button" onClick={() => onChoose(c.occurrence)}>
                  <span class={`bs-chip bs-chip--${c.verdict}`}>
                    {VERDICT_LABEL[c.verdict as Verdict] ?? c.verdict}
                  </span>{' '}
                  {c.claim}
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
          Backstory · {claims.length} {claims.length === 1 ? 'claim' : 'claims'} checked
        </button>
      </div>
    </div>
  );
}
