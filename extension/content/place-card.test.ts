import { expect, test } from 'vitest';
import { CARD_GAP, lineBoxes, placeCard, unionBox } from './place-card';

const viewport = { top: 0, left: 0, width: 1280, height: 800 };
const card = { width: 320, height: 200 };

test('the card opens just below a sentence in the middle of the page', () => {
  const sentence = { top: 300, left: 100, width: 600, height: 40 };
  expect(placeCard(sentence, card, viewport)).toEqual({ top: 340 + CARD_GAP, left: 100, side: 'below' });
});

test('near the bottom of the viewport it opens just above', () => {
  const sentence = { top: 700, left: 100, width: 600, height: 40 };
  expect(placeCard(sentence, card, viewport)).toEqual({ top: 700 - CARD_GAP - 200, left: 100, side: 'above' });
});

test('it stays inside the viewport on the right and under the pointer', () => {
  const sentence = { top: 100, left: 1100, width: 170, height: 20 };
  expect(placeCard(sentence, card, viewport).left).toBe(1280 - 8 - 320);
  expect(placeCard(sentence, card, viewport, 700).left).toBe(700 - 160);
});

test('coordinates of a scrolled layer: the viewport is offset, the card follows', () => {
  const scrolled = { ...viewport, top: 2000 };
  const sentence = { top: 2300, left: 100, width: 600, height: 40 };
  expect(placeCard(sentence, card, scrolled).top).toBe(2340 + CARD_GAP);
});

test('a card taller than the room on both sides is cut to the larger side, not laid over the sentence', () => {
  const tall = { width: 320, height: 300 };
  const sentence = { top: 280, left: 54, width: 660, height: 51 };
  const placed = placeCard(sentence, tall, { top: 0, left: 0, width: 800, height: 600 });
  expect(placed).toEqual({ top: 8, left: 54, side: 'above', maxHeight: 280 - CARD_GAP - 8 });
});

test('with no readable room on either side the card is pinned inside the viewport', () => {
  const tall = { width: 320, height: 700 };
  const sentence = { top: 100, left: 0, width: 600, height: 600 };
  const placed = placeCard(sentence, tall, viewport);
  expect(placed.top).toBeGreaterThanOrEqual(8);
  expect(placed.maxHeight).toBeUndefined();
});

test('a sentence over several lines is the box around its lines; empty rects are ignored', () => {
  expect(
    unionBox([
      { top: 10, left: 300, width: 200, height: 20 },
      { top: 30, left: 50, width: 400, height: 20 },
      { top: 0, left: 0, width: 0, height: 0 },
    ]),
  ).toEqual({ top: 10, left: 50, width: 450, height: 40 });
  expect(unionBox([])).toBeNull();
});

test('line boxes: overlapping boxes on one line merge, lines stay apart', () => {
  expect(
    lineBoxes([
      { top: 30, left: 50, width: 100, height: 20 },
      { top: 10, left: 300, width: 200, height: 20 },
      { top: 11, left: 350, width: 60, height: 18 },
      { top: 30, left: 150, width: 300, height: 20 },
      { top: 5, left: 5, width: 0, height: 0 },
    ]),
  ).toEqual([
    { top: 10, left: 300, width: 200, height: 20 },
    { top: 30, left: 50, width: 400, height: 20 },
  ]);
});
