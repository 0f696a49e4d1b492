import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';

afterEach(cleanup);

import { type PopupStatus, PopupView } from './PopupView';

const analyzed = (aboutStory: boolean): PopupStatus => ({
  kind: 'analyzed',
  state: { url: 'https://news.example.org/a', aboutStory, score: 1, evidence: [], claims: [] },
});

test.each([
  [{ kind: 'loading' } as PopupStatus, 'Reading this page…'],
  [analyzed(true), 'This article is about Russian interference in the 2016 US election.'],
  [analyzed(false), 'This page is not about Russian interference in the 2016 US election.'],
  [{ kind: 'not-analyzed' } as PopupStatus, /has not looked at this page/],
  [{ kind: 'error' } as PopupStatus, /could not read its results/],
])('status %#', (status, text) => {
  render(<PopupView status={status} />);
  expect(screen.getByTestId('status').textContent).toMatch(text);
});

test('a page off the story says that nothing left the browser', () => {
  render(<PopupView status={analyzed(false)} />);
  expect(screen.getByText(/Nothing left your browser/)).toBeTruthy();
});
