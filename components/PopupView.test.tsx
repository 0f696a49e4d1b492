import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import type { PopupViewModel } from '@/extension/view-model';
import { PopupView } from './PopupView';
import { found, storyView } from './test-fixtures';

afterEach(cleanup);

const noop = () => {};

test.each<[PopupViewModel, string | RegExp]>([
  [{ kind: 'loading' }, 'Reading this page…'],
  [{ kind: 'error', message: 'The background page did not answer.' }, /could not read its results/],
  [
    { kind: 'not-story', reason: 'not-about-story' },
    'This page is not about Russian interference in the 2016 US election.',
  ],
  [
    { kind: 'not-story', reason: 'unsupported-page' },
    /could not check whether this page is about Russian interference/,
  ],
  [{ kind: 'not-story', reason: 'disabled-site' }, /turned off for this site/],
  [storyView(), 'This article is about Russian interference in the 2016 US election.'],
  [storyView([]), 'This article is about Russian interference in the 2016 US election.'],
])('status line for state %#', (view, text) => {
  render(<PopupView view={view} onShowInPage={noop} />);
  expect(screen.getByTestId('status').textContent).toMatch(text);
});

test('an error shows what happened and what to try', () => {
  render(<PopupView view={{ kind: 'error', message: 'The background page did not answer.' }} onShowInPage={noop} />);
  expect(screen.getByText('The background page did not answer.')).toBeTruthy();
  expect(screen.getByText(/Reload the page/)).toBeTruthy();
});

test.each(['not-about-story', 'unsupported-page', 'disabled-site'] as const)(
  'a page off the story (%s) says that nothing left the browser',
  (reason) => {
    render(<PopupView view={{ kind: 'not-story', reason }} onShowInPage={noop} />);
    expect(screen.getByText(/Nothing left your browser/)).toBeTruthy();
  },
);

test('a disabled site points to the options and offers to open them', () => {
  const onOpenOptions = vi.fn();
  render(
    <PopupView
      view={{ kind: 'not-story', reason: 'disabled-site' }}
      onShowInPage={noop}
      onOpenOptions={onOpenOptions}
    />,
  );
  expect(screen.getByText(/remove the site from the list in Backstory's options/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Open options' }));
  expect(onOpenOptions).toHaveBeenCalledOnce();
});

test('a story with claims sums them up and lists one row per claim in page order', () => {
  const { container } = render(<PopupView view={storyView()} onShowInPage={noop} />);
  expect(screen.getByTestId('claims-summary').textContent).toBe('3 claims checked');
  const ids = [...container.querySelectorAll('.claims > li > [data-claim-id]')].map((el) =>
    el.getAttribute('data-claim-id'),
  );
  expect(ids).toEqual(found.map((f) => f.claim.id));
  expect(screen.getByText('Why this page?')).toBeTruthy();
  expect(screen.queryByText(/Recognised from/)).toBeNull();
});

test('a claim made by two sentences is one row; the summary says how many sentences', () => {
  const [ira] = found;
  if (!ira) throw new Error('no fixture');
  const { container } = render(
    <PopupView view={storyView([...found, { ...ira, occurrence: 3, sentence: 'Again.' }])} onShowInPage={noop} />,
  );
  expect(container.querySelectorAll('.claims > li')).toHaveLength(3);
  expect(screen.getByTestId('claims-summary').textContent).toBe('3 claims checked in 4 sentences');
});

test('the verdict bar filters the rows, and shows all again', () => {
  const { container } = render(<PopupView view={storyView()} onShowInPage={noop} />);
  const rows = () =>
    [...container.querySelectorAll('.claims > li > [data-verdict]')].map((e) => e.getAttribute('data-verdict'));
  const misleading = screen.getByRole('button', { name: /Misleading 1/ });
  fireEvent.click(misleading);
  expect(misleading.getAttribute('aria-pressed')).toBe('true');
  expect(rows()).toEqual(['misleading']);
  fireEvent.click(screen.getByRole('button', { name: 'All 3' }));
  expect(rows()).toHaveLength(3);
});

test('arrow keys move between rows and Enter expands one', () => {
  const { container } = render(<PopupView view={storyView()} onShowInPage={noop} />);
  const toggles = [...container.querySelectorAll<HTMLButtonElement>('.claim-card__toggle')];
  toggles[0]?.focus();
  fireEvent.keyDown(toggles[0] as HTMLElement, { key: 'ArrowDown' });
  expect(document.activeElement).toBe(toggles[1]);
  fireEvent.keyDown(toggles[1] as HTMLElement, { key: 'End' });
  expect(document.activeElement).toBe(toggles[2]);
  fireEvent.keyDown(toggles[2] as HTMLElement, { key: 'ArrowUp' });
  expect(document.activeElement).toBe(toggles[1]);
  // A button's Enter is a click.
  fireEvent.click(toggles[1] as HTMLElement);
  expect(toggles[1]?.getAttribute('aria-expanded')).toBe('true');
});

test('a search slot renders above the claim list', () => {
  render(<PopupView view={storyView()} onShowInPage={noop} search={<input aria-label="Search claims" />} />);
  const search = screen.getByLabelText('Search claims');
  const list = document.querySelector('.claims');
  expect(search.compareDocumentPosition(list as Node) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
});

test('one claim is counted in the singular', () => {
  render(<PopupView view={storyView(found.slice(0, 1))} onShowInPage={noop} />);
  expect(screen.getByTestId('claims-summary').textContent).toBe('1 claim checked');
});

test('a story without catalogue claims says so and still offers the timeline and glossary', () => {
  render(<PopupView view={storyView([])} onShowInPage={noop} />);
  expect(screen.getByTestId('no-claims').textContent).toMatch(/None of this article's sentences makes a claim/);
  expect(screen.queryByTestId('claims-summary')).toBeNull();
  const tabs = screen.getAllByRole('tab').map((t) => t.textContent);
  expect(tabs).toEqual(['Claims', 'Timeline', 'People & organizations']);

  fireEvent.click(screen.getByRole('tab', { name: 'Timeline' }));
  const timeline = screen.getByRole('tabpanel');
  expect(within(timeline).getByText('Special counsel indicts the Internet Research Agency')).toBeTruthy();

  fireEvent.click(screen.getByRole('tab', { name: 'People & organizations' }));
  expect(within(screen.getByRole('tabpanel')).getByRole('heading', { name: 'Vladimir Putin' })).toBeTruthy();
});

test("Show in page on a card reports that card's occurrence", () => {
  const onShowInPage = vi.fn();
  const { container } = render(<PopupView view={storyView()} onShowInPage={onShowInPage} />);
  const card = container.querySelector<HTMLElement>('[data-claim-id="putin-hackers-not-russian-state"]');
  if (!card) throw new Error('card missing');
  fireEvent.click(within(card).getByRole('button', { name: /Misleading/ }));
  fireEvent.click(within(card).getByRole('button', { name: 'Show in page' }));
  expect(onShowInPage).toHaveBeenCalledWith(1);
});
