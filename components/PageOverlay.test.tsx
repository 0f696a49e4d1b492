import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, expect, test, vi } from 'vitest';
import { type OpenCard, type OverlayClaim, PageOverlay, type PageOverlayProps } from './PageOverlay';

afterEach(cleanup);

const claim = (occurrence: number, claimId: string, verdict: string): OverlayClaim => ({
  occurrence,
  claimId,
  verdict,
  claim: `Claim ${claimId}`,
  summary: `Summary of ${claimId}`,
  context: [`Context of ${claimId}`],
});

const claims = [claim(0, 'a', 'contradicted'), claim(1, 'b', 'supported'), claim(2, 'a', 'contradicted')];
const rects = {
  0: [{ top: 300, left: 100, width: 500, height: 20 }],
  1: [
    { top: 400, left: 100, width: 500, height: 20 },
    { top: 420, left: 100, width: 200, height: 20 },
  ],
  2: [{ top: 900, left: 100, width: 500, height: 20 }],
};
const viewport = { top: 0, left: 0, width: 1280, height: 800 };

function renderOverlay(props: Partial<PageOverlayProps> = {}) {
  const all: PageOverlayProps = {
    claims,
    rects,
    viewport,
    fullHighlights: false,
    active: null,
    open: null,
    onChoose: vi.fn(),
    onClose: vi.fn(),
    ...props,
  };
  return { ...render(<PageOverlay {...all} />), props: all };
}

test('a quiet mark per line, patterned by verdict; full colour only for the active sentence', () => {
  const { container } = renderOverlay({ active: 1 });
  const marks = Array.from(container.querySelectorAll<HTMLElement>('.bs-mark'));
  expect(marks).toHaveLength(4);
  expect(marks[0]?.className).toContain('bs-mark--double');
  expect(marks[0]?.className).not.toContain('bs-mark--full');
  expect(marks[1]?.className).toContain('bs-mark--solid');
  expect(marks[1]?.className).toContain('bs-mark--full');
  expect(marks[1]?.style.top).toBe('400px');
  expect(marks[2]?.style.width).toBe('200px');
});

test('the setting for full highlights colours every sentence', () => {
  const { container } = renderOverlay({ fullHighlights: true });
  expect(container.querySelectorAll('.bs-mark--full')).toHaveLength(4);
});

test('the card opens just below its sentence, with its position in pixels', () => {
  renderOverlay({ open: { occurrence: 1, focus: false } });
  const card = screen.getByRole('dialog');
  // Two lines from 400 to 440: the card starts just below.
  expect(Number.parseFloat(card.style.top)).toBeGreaterThanOrEqual(440);
  expect(Number.parseFloat(card.style.top)).toBeLessThanOrEqual(460);
  expect(card.style.left).toBe('100px');
  expect(card.dataset.side).toBe('below');
  expect(card.textContent).toContain('Supported');
});

test('launcher and card count distinct claims, not sentences', () => {
  renderOverlay({ open: { occurrence: 2, focus: false } });
  expect(screen.getByRole('button', { name: /Backstory · 2 claims checked/ })).toBeTruthy();
  expect(screen.getByRole('dialog').textContent).toContain('1 of 2');
  expect(screen.getByRole('dialog').textContent).toContain('2 sentences on this page make this claim');
  fireEvent.click(screen.getByRole('button', { name: /claims checked/ }));
  expect(screen.getAllByRole('listitem')).toHaveLength(2);
});

test('the verdict has a glyph as well as a colour', () => {
  renderOverlay({ open: { occurrence: 0, focus: false } });
  expect(screen.getByRole('dialog').querySelector('[aria-hidden="true"]')?.textContent).toBe('✕');
});

test('chosen from the launcher, the card takes the focus; Escape closes it and gives the focus back', () => {
  function Harness() {
    const [open, setOpen] = useState<OpenCard | null>(null);
    return (
      <PageOverlay
        claims={claims}
        rects={rects}
        viewport={viewport}
        fullHighlights={false}
        active={open?.occurrence ?? null}
        open={open}
        onChoose={(occurrence) => setOpen({ occurrence, focus: true })}
        onClose={() => setOpen(null)}
      />
    );
  }
  render(<Harness />);
  fireEvent.click(screen.getByRole('button', { name: /claims checked/ }));
  const item = screen.getByRole('button', { name: /Claim b/ });
  item.focus();
  fireEvent.click(item);
  const card = screen.getByRole('dialog');
  expect(document.activeElement).toBe(card);
  fireEvent.keyDown(card, { key: 'Escape' });
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(document.activeElement).toBe(item);
});
