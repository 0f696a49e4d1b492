import type { ComponentChildren } from 'preact';
import type { PopupViewModel } from '@/extension/view-model';
import { StoryView } from './StoryView';
import { CatalogueHome, StorySearch } from './search/CatalogueHome';
import type { BeyondProps } from './search/types';

type NotStoryReason = Extract<PopupViewModel, { kind: 'not-story' }>['reason'];

const NOT_STORY: Record<NotStoryReason, { status: string; note: string }> = {
  'not-about-story': {
    status: 'This page is not about Russian interference in the 2016 US election.',
    note: 'Backstory only adds context to articles on that story, so it has nothing to show here.',
  },
  'unsupported-page': {
    status: 'Backstory could not check whether this page is about Russian interference in the 2016 US election.',
    note: 'It reads ordinary web pages (http and https addresses), not browser pages, files or the extension stores.',
  },
  'disabled-site': {
    status:
      'Backstory is turned off for this site, so this page was not checked for Russian interference in the 2016 US election.',
    note: "To turn it back on, remove the site from the list in Backstory's options.",
  },
};

const CATALOGUE_NOTE = 'You can still search the claims Backstory has checked, or paste a passage to check it.';

const OFFLINE_NOTE = 'Nothing left your browser: Backstory works entirely offline.';

interface Props {
  view: PopupViewModel;
  onShowInPage: (occurrence: number) => void;
  /** Shown as a button on the "turned off for this site" screen when given. */
  onOpenOptions?: () => void;
  /** The slot above the claim list, on a story page; the catalogue search when `beyond` is given. */
  search?: ComponentChildren;
  /** Search, passage check and the story's background: above the claims on a story page, the main content elsewhere. */
  beyond?: BeyondProps;
}

function Body({ view, onShowInPage, onOpenOptions, search, beyond }: Props) {
  switch (view.kind) {
    case 'loading':
      return <Status>Reading this page…</Status>;
    case 'error':
      return (
        <>
          <Status>Backstory could not read its results for this page.</Status>
          {view.message && <p class="popup__detail">{view.message}</p>}
          <p class="popup__note">
            Reload the page and open Backstory again. If it keeps happening, restart the browser.
          </p>
        </>
      );
    case 'not-story': {
      const text = NOT_STORY[view.reason];
      return (
        <>
          <Status>{text.status}</Status>
          <p class="popup__note">{beyond ? CATALOGUE_NOTE : text.note}</p>
          {view.reason === 'disabled-site' && onOpenOptions && (
            <button type="button" class="button" onClick={onOpenOptions}>
              Open options
            </button>
          )}
          {beyond && <CatalogueHome {...beyond} />}
          <p class="popup__note">{OFFLINE_NOTE}</p>
        </>
      );
    }
    case 'story':
      return (
        <>
          <Status>This article is about Russian interference in the 2016 US election.</Status>
          <StoryView
            view={view}
            onShowInPage={onShowInPage}
            search={search ?? (beyond && <StorySearch {...beyond} />)}
          />
        </>
      );
  }
}

/** e2e tests read `[data-testid=status]`: it always holds the one main sentence. */
function Status({ children }: { children: string }) {
  return (
    <p class="popup__status" data-testid="status" role="status">
      {children}
    </p>
  );
}

/** The whole popup, for any state the container hands it. */
export function PopupView(props: Props) {
  return (
    <main class="popup">
      <header class="popup__header">
        <h1>Backstory</h1>
      </header>
      <Body {...props} />
    </main>
  );
}
