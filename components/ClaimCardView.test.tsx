import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import type { FoundClaimView } from '@/extension/view-model';
import { ClaimCardView } from './ClaimCardView';
import { claimsById, found } from './test-fixtures';

afterEach(cleanup);

function renderCard(f: FoundClaimView, onShowInPage = vi.fn(), more: FoundClaimView[] = []) {
  const group = { claim: f.claim, sentences: [f, ...more] };
  const { container } = render(
    <ClaimCardView group={group} claimsById={claimsById} onShowInPage={onShowInPage} initiallyExpanded />,
  );
  const card = container.querySelector<HTMLElement>('article');
  if (!card) throw new Error('no card');
  return { card, onShowInPage };
}

const [ira, putin, taxpayers] = found as [FoundClaimView, FoundClaimView, FoundClaimView];

test('a compact row: verdict, the claim on one line and its sentence count; it expands in place', () => {
  const group = { claim: putin.claim, sentences: [putin, { ...putin, occurrence: 4, sentence: 'Again.' }] };
  const { container } = render(<ClaimCardView group={group} claimsById={claimsById} onShowInPage={vi.fn()} />);
  const toggle = screen.getByRole('button', { name: /Misleading/ });
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  expect(toggle.textContent).toContain(putin.claim.claim);
  expect(toggle.textContent).toContain('×2');
  expect(toggle.textContent).toContain('2 sentences on this page');
  expect(container.querySelector('blockquote')).toBeNull();
  fireEvent.click(toggle);
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  expect([...container.querySelectorAll('blockquote')].map((b) => b.textContent)).toEqual([putin.sentence, 'Again.']);
  expect(screen.getAllByRole('button', { name: /Show sentence \d in page/ })).toHaveLength(2);
});

test('the card names its claim and verdict and quotes the page sentence', () => {
  const { card } = renderCard(putin);
  expect(card.dataset.claimId).toBe('putin-hackers-not-russian-state');
  expect(card.dataset.verdict).toBe('misleading');
  expect(card.querySelector('.claim-card__claim')?.textContent).toBe(putin.claim.claim);
  expect(card.querySelector('blockquote')?.textContent).toBe(putin.sentence);
  expect(within(card).getByText(putin.claim.summary)).toBeTruthy();
  expect(card.querySelector('.verdict')?.textContent).toMatch(/Misleading$/);
});

test('context is folded away until the reader opens it', () => {
  const { card } = renderCard(ira);
  const summary = within(card).getByText('Context');
  const details = summary.closest('details');
  expect(details?.open).toBe(false);
  fireEvent.click(summary);
  expect(details?.open).toBe(true);
  const items = [...(details?.querySelectorAll('li') ?? [])].map((li) => li.textContent);
  expect(items).toEqual(ira.claim.context);
});

test('sources keep primary documents first, with kind labels, safe new-tab links and archived copies', () => {
  const { card } = renderCard(ira);
  const sources = [...card.querySelectorAll<HTMLElement>('.sources > li')];
  expect(sources.map((li) => li.querySelector('.source__kind')?.textContent)).toEqual([
    'Primary document',
    'Primary document',
    'Transcript',
    'News report',
  ]);
  const first = sources[0];
  if (!first) throw new Error('no source');
  const [link, archive] = [...first.querySelectorAll('a')];
  expect(link?.getAttribute('href')).toBe('https://www.justice.gov/file/1035477/download');
  expect(link?.getAttribute('target')).toBe('_blank');
  expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  expect(first.textContent).toContain('16 Feb 2018');
  expect(archive?.textContent).toMatch(/^archived copy/);
  expect(archive?.getAttribute('href')).toBe(
    'http://web.archive.org/web/20240315011338/https://www.justice.gov/file/1035477/download',
  );
  expect(archive?.getAttribute('rel')).toBe('noopener noreferrer');
  expect(sources[1]?.textContent).not.toContain('archived copy');
});

test.each([
  [ira, null],
  [taxpayers, /could not be checked against an original source/],
])('an evidence note appears only for ratings not fully verified (%#)', (f, note) => {
  const { card } = renderCard(f);
  const el = card.querySelector('.claim-card__note');
  if (note === null) expect(el).toBeNull();
  else expect(el?.textContent).toMatch(note);
});

test('related claims known to the bundle show their one-liner and verdict, and open in place', () => {
  const { card } = renderCard(putin);
  expect(within(card).getByText('Related claims (1)')).toBeTruthy();
  const related = card.querySelector<HTMLDetailsElement>('.related__claim[data-claim-id="ira-indictment-13-3"]');
  expect(related?.querySelector('summary')?.textContent).toBe(`✓Supported ${ira.claim.claim}`);
  expect(related?.open).toBe(false);
  const summary = related?.querySelector('summary');
  if (summary) fireEvent.click(summary);
  expect(related?.open).toBe(true);
  expect(related?.querySelector('p')?.textContent).toBe(ira.claim.summary);
});

test('a card whose related claims are all unknown shows no related section', () => {
  const { card } = renderCard(taxpayers);
  expect(within(card).queryByText(/Related claims/)).toBeNull();
});

test('Show in page calls back with the occurrence', () => {
  const { card, onShowInPage } = renderCard(taxpayers);
  fireEvent.click(within(card).getByRole('button', { name: 'Show in page' }));
  expect(onShowInPage).toHaveBeenCalledExactlyOnceWith(2);
});

test('the card is labelled by its claim for assistive technology', () => {
  renderCard(ira);
  expect(screen.getByRole('article', { name: ira.claim.claim })).toBeTruthy();
});

test('related claims the page also makes come first, under their own heading', () => {
  const group = { claim: putin.claim, sentences: [putin] };
  const onPage = new Set([putin.claim.id, 'ira-indictment-13-3']);
  const { container } = render(
    <ClaimCardView group={group} claimsById={claimsById} onShowInPage={vi.fn()} initiallyExpanded onPage={onPage} />,
  );
  const section = container.querySelector<HTMLElement>('details.claim-card__section:has(.related)');
  if (!section) throw new Error('no related section');
  expect(within(section).getByText('Also on this page')).toBeTruthy();
  expect(section.querySelector('.related__claim')?.getAttribute('data-claim-id')).toBe('ira-indictment-13-3');
});

test('the card says who the sentence credits with the claim, when it names someone', () => {
  const { card } = renderCard({ ...putin, speaker: 'the Kremlin' });
  expect(within(card).getByText('Said by the Kremlin, as the page reports it.')).toBeTruthy();
  cleanup();
  const { card: plain } = renderCard(putin);
  expect(plain.querySelector('.claim-card__speaker')).toBeNull();
});
