// The popup's search and passage check, rendered with the real shipped catalogue and engine.

import bundleJson from 'virtual:backstory-dataset';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { loadBundle } from '@/dataset/compile/load-bundle';
import { createClaimSearch } from '@/engine/search/claim-search';
import { checkPassage } from '@/extension/selection/check-passage';
import { PopupView } from '../PopupView';
import { CatalogueSearch } from './CatalogueSearch';
import { CopyCitation } from './CopyCitation';
import { formatCitation } from './format-citation';
import { PasteCheck } from './PasteCheck';
import type { BeyondProps, CatalogueState } from './types';

afterEach(cleanup);

const bundle = loadBundle(bundleJson);
const cards = new Map(bundle.claims.map((c) => [c.id, c]));
const catalogue: Extract<CatalogueState, { kind: 'ready' }> = {
  kind: 'ready',
  claims: bundle.claims,
  claimsById: Object.fromEntries(cards),
  search: createClaimSearch(bundle.claims, bundle.glossary),
  timeline: bundle.timeline,
  glossary: bundle.glossary,
};
const realCheck = async (text: string) => checkPassage(text, bundle.index, cards);
const resultIds = () =>
  [...screen.getByTestId('search-results').querySelectorAll('[role=option]')].map((o) =>
    o.getAttribute('data-claim-id'),
  );

test('typing "extradite" lists the extradition claims first', () => {
  render(<CatalogueSearch catalogue={catalogue} />);
  fireEvent.input(screen.getByTestId('search-input'), { target: { value: 'extradite' } });
  expect(resultIds().slice(0, 3).sort()).toEqual([
    'constitution-bars-extradition',
    'no-extradition-treaty',
    'putin-never-extradite',
  ]);
});

test('arrow keys move through the results and Enter opens the claim card; Escape goes back', async () => {
  render(<CatalogueSearch catalogue={catalogue} />);
  const box = screen.getByTestId('search-input') as HTMLInputElement;
  fireEvent.input(box, { target: { value: 'extradite' } });
  const second = resultIds()[1] as string;
  fireEvent.keyDown(box, { key: 'ArrowDown' });
  expect(box.getAttribute('aria-activedescendant')).toBe('catalogue-results-1');
  fireEvent.keyDown(box, { key: 'Enter' });
  const card = screen.getByTestId('opened-claim');
  expect(card.querySelector('.claim-card')?.getAttribute('data-claim-id')).toBe(second);
  // A claim from search has no sentence on the page: no quote, no "Show in page".
  expect(within(card).queryByText('On this page:')).toBeNull();
  expect(within(card).queryByText('Show in page')).toBeNull();
  fireEvent.keyDown(within(card).getByText(/Back to results/), { key: 'Escape' });
  expect(screen.queryByTestId('opened-claim')).toBeNull();
  expect((screen.getByTestId('search-input') as HTMLInputElement).value).toBe('extradite');
});

test('typing anywhere in the popup lands in the search box', () => {
  render(<CatalogueSearch catalogue={catalogue} />);
  (document.body as HTMLElement).focus();
  fireEvent.keyDown(document.body, { key: 'p' });
  expect(document.activeElement).toBe(screen.getByTestId('search-input'));
});

test('empty and no-match states say what to try', () => {
  render(<CatalogueSearch catalogue={catalogue} />);
  const empty = screen.getByTestId('search-empty');
  expect(empty.textContent).toMatch(/name, a word or a number/);
  fireEvent.click(within(empty).getByText('Prigozhin'));
  expect(resultIds()[0]).toBe('ira-funded-by-prigozhin');
  fireEvent.input(screen.getByTestId('search-input'), { target: { value: 'xyzzy' } });
  expect(screen.getByTestId('search-no-match').textContent).toMatch(/Try fewer words/);
});

test('pasted text lists the claims it makes; each opens its card with the reader’s sentence', async () => {
  render(<PasteCheck catalogue={catalogue} checkPassage={realCheck} />);
  const sentence = 'Putin said Russia would never hand over the indicted Russians.';
  fireEvent.input(screen.getByTestId('paste-input'), { target: { value: sentence } });
  fireEvent.click(screen.getByText('Check text', { selector: 'button' }));
  const results = await screen.findByTestId('paste-results');
  const item = results.querySelector('[data-claim-id="putin-never-extradite"]') as HTMLElement;
  expect(item).toBeTruthy();
  fireEvent.click(within(item).getByRole('button'));
  const card = screen.getByTestId('opened-claim');
  expect(within(card).getByText('In your text:')).toBeTruthy();
  expect(within(card).getByText(sentence)).toBeTruthy();
});

test('text without a catalogue claim says so and what to try', async () => {
  render(<PasteCheck catalogue={catalogue} checkPassage={realCheck} />);
  fireEvent.input(screen.getByTestId('paste-input'), { target: { value: 'The bus was late again this morning.' } });
  fireEvent.click(screen.getByText('Check text', { selector: 'button' }));
  expect((await screen.findByTestId('paste-no-claims')).textContent).toMatch(/paste the whole sentence/);
});

test('copy citation puts the plain-text citation on the clipboard and says so', async () => {
  render(<CatalogueSearch catalogue={catalogue} />);
  fireEvent.input(screen.getByTestId('search-input'), { target: { value: 'putin-never-extradite' } });
  fireEvent.keyDown(screen.getByTestId('search-input'), { key: 'Enter' });
  fireEvent.click(screen.getByText('Copy citation'));
  await waitFor(() => expect(screen.getByTestId('copy-status').textContent).toMatch(/^Copied/));
  expect(await navigator.clipboard.readText()).toBe(formatCitation(cards.get('putin-never-extradite') as never));
});

test('the popup off the story: search is the main content, with check text, timeline and people beside it', () => {
  const beyond: BeyondProps = { catalogue, checkPassage: realCheck };
  render(<PopupView view={{ kind: 'not-story', reason: 'not-about-story' }} onShowInPage={() => {}} beyond={beyond} />);
  const tabs = screen.getAllByRole('tab').map((t) => t.textContent);
  expect(tabs).toEqual(['Search', 'Check text', 'Timeline', 'People & organizations']);
  expect(document.activeElement).toBe(screen.getByTestId('search-input'));
  expect(screen.getByText(/search the claims Backstory has checked/)).toBeTruthy();
});

test('the catalogue failing to load says what to do', () => {
  const beyond: BeyondProps = { catalogue: { kind: 'error', message: 'no answer' }, checkPassage: realCheck };
  render(<PopupView view={{ kind: 'not-story', reason: 'not-about-story' }} onShowInPage={() => {}} beyond={beyond} />);
  expect(screen.getByTestId('catalogue-error').textContent).toMatch(/open it again/);
});

test('a clipboard that refuses gives a visible error that says what to do instead', async () => {
  const claim = cards.get('putin-never-extradite');
  if (!claim) throw new Error('missing claim');
  render(<CopyCitation claim={claim} write={() => Promise.reject(new Error('denied'))} />);
  fireEvent.click(screen.getByText('Copy citation'));
  await waitFor(() => expect(screen.getByTestId('copy-status').textContent).toMatch(/Could not copy/));
});
