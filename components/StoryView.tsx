import type { ComponentChildren } from 'preact';
import type { PopupViewModel } from '@/extension/view-model';
import { ClaimList } from './ClaimList';
import { GlossaryView } from './GlossaryView';
import { Tabs } from './Tabs';
import { TimelineView } from './TimelineView';
import { whyThisPage } from './why-this-page';

type Story = Extract<PopupViewModel, { kind: 'story' }>;

interface Props {
  view: Story;
  onShowInPage: (occurrence: number) => void;
  /** Rendered at the top of the Claims tab, above the list (a search box, for one). */
  search?: ComponentChildren;
}

/** A page about the story: what was found on it, then the story's timeline and cast in tabs. */
export function StoryView({ view, onShowInPage, search }: Props) {
  const why = whyThisPage(view.evidence);
  return (
    <>
      {why && (
        <details class="popup__why">
          <summary>Why this page?</summary>
          <p>{why}</p>
        </details>
      )}
      <Tabs
        label="Backstory for this article"
        idPrefix="story"
        tabs={[
          {
            id: 'claims',
            label: 'Claims',
            panel: (
              <ClaimList found={view.found} claimsById={view.claimsById} onShowInPage={onShowInPage} search={search} />
            ),
          },
          { id: 'timeline', label: 'Timeline', panel: <TimelineView events={view.timeline} /> },
          { id: 'glossary', label: 'People & organizations', panel: <GlossaryView entries={view.glossary} /> },
        ]}
      />
    </>
  );
}
