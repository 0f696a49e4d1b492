import type { PopupViewModel } from '@/extension/view-model';
import { ClaimList } from './ClaimList';
import { GlossaryView } from './GlossaryView';
import { Tabs } from './Tabs';
import { TimelineView } from './TimelineView';

type Story = Extract<PopupViewModel, { kind: 'story' }>;

/** A page about the story: what was found on it, then the story's timeline and cast in tabs. */
export function StoryView({ view, onShowInPage }: { view: Story; onShowInPage: (occurrence: number) => void }) {
  return (
    <>
      {view.evidence.length > 0 && <p class="popup__evidence">Recognised from: {view.evidence.join(', ')}</p>}
      <Tabs
        label="Backstory for this article"
        idPrefix="story"
        tabs={[
          {
            id: 'claims',
            label: 'Claims',
            panel: <ClaimList found={view.found} claimsById={view.claimsById} onShowInPage={onShowInPage} />,
          },
          { id: 'timeline', label: 'Timeline', panel: <TimelineView events={view.timeline} /> },
          { id: 'glossary', label: 'People & organizations', panel: <GlossaryView entries={view.glossary} /> },
        ]}
      />
    </>
  );
}
