import { GlossaryView } from '../GlossaryView';
import { Tabs } from '../Tabs';
import { TimelineView } from '../TimelineView';
import { CatalogueSearch } from './CatalogueSearch';
import { PasteCheck } from './PasteCheck';
import type { BeyondProps } from './types';

/** Off the story: the catalogue is the popup's main content (search, check text, timeline, people). */
export function CatalogueHome({ catalogue, checkPassage, checkSelection }: BeyondProps) {
  if (catalogue.kind === 'loading') return <p class="popup__note">Loading the catalogue…</p>;
  if (catalogue.kind === 'error')
    return (
      <p class="popup__note" data-testid="catalogue-error">
        Backstory could not load its catalogue ({catalogue.message || 'no answer'}). Close the popup and open it again;
        if it keeps happening, restart the browser.
      </p>
    );
  return (
    <Tabs
      label="Backstory's catalogue"
      idPrefix="catalogue"
      tabs={[
        { id: 'search', label: 'Search', panel: <CatalogueSearch catalogue={catalogue} autoFocus /> },
        {
          id: 'check',
          label: 'Check text',
          panel: <PasteCheck catalogue={catalogue} checkPassage={checkPassage} checkSelection={checkSelection} />,
        },
        { id: 'timeline', label: 'Timeline', panel: <TimelineView events={catalogue.timeline} /> },
        { id: 'glossary', label: 'People & organizations', panel: <GlossaryView entries={catalogue.glossary} /> },
      ]}
    />
  );
}

/** On a story article: search above the page's claims, with the passage check folded away under it. */
export function StorySearch({ catalogue, checkPassage, checkSelection }: BeyondProps) {
  if (catalogue.kind !== 'ready') return null;
  return (
    <div class="story-search">
      <CatalogueSearch catalogue={catalogue} compact />
      <details class="story-search__check">
        <summary>Check text you copied</summary>
        <PasteCheck catalogue={catalogue} checkPassage={checkPassage} checkSelection={checkSelection} />
      </details>
    </div>
  );
}
