// The popup's side of search and passage checks: the catalogue from the background, indexed once
// when the popup opens; pasted text checked by the background; the page asked about its selection.
import { browser } from 'wxt/browser';
import type { CatalogueState } from '@/components/search/types';
import { createClaimSearch } from '@/engine/search/claim-search';
import { MAX_PASSAGE_CHARS, type PassageResult } from '../protocol';
import type { SelectionCheck } from '../selection/selection-cards';
import { askTabToCheckSelection } from '../selection/selection-entry-points';
import type { CatalogueData } from './catalogue-view';

export async function loadCatalogue(): Promise<CatalogueState> {
  const data = (await browser.runtime.sendMessage({ type: 'get-catalogue' })) as CatalogueData | undefined;
  if (!data || !Array.isArray(data.claims)) throw new Error('The background did not answer.');
  const search = createClaimSearch(data.claims, data.glossary);
  // Index once the popup has painted what it has, before the reader's first keystroke.
  setTimeout(() => search.prepare(), 0);
  return {
    kind: 'ready',
    claims: data.claims,
    claimsById: Object.fromEntries(data.claims.map((c) => [c.id, c])),
    search,
    timeline: data.timeline,
    glossary: data.glossary,
  };
}

export async function checkPassage(text: string): Promise<PassageResult> {
  const result = (await browser.runtime.sendMessage({
    type: 'check-passage',
    text: text.slice(0, MAX_PASSAGE_CHARS),
  })) as PassageResult | undefined;
  if (!result || !Array.isArray(result.claims)) throw new Error('The background did not answer.');
  return result;
}

function isSelectionCheck(value: unknown): value is SelectionCheck {
  return !!value && Array.isArray((value as SelectionCheck).claimIds);
}

/** Asks every frame of the tab to check its selection; null when none has one. */
export async function checkSelectionInTab(tabId: number): Promise<SelectionCheck | null> {
  const answer = await askTabToCheckSelection(tabId);
  return isSelectionCheck(answer) ? answer : null;
}
