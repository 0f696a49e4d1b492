import type { TabState } from '@/extension/protocol';

export type PopupStatus =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'not-analyzed' }
  | { kind: 'error' }
  | { kind: 'analyzed'; state: TabState };

function statusText(status: PopupStatus): string {
  switch (status.kind) {
    case 'loading':
      return 'Reading this page…';
    case 'no-tab':
      return 'No page to look at.';
    case 'not-analyzed':
      return 'Backstory has not looked at this page. It reads ordinary web pages (http and https) when they load.';
    case 'error':
      return 'Backstory could not read its results for this page. Reload the page and try again.';
    case 'analyzed':
      return status.state.aboutStory
        ? 'This article is about Russian interference in the 2016 US election.'
        : 'This page is not about Russian interference in the 2016 US election.';
  }
}

export function PopupView({ status }: { status: PopupStatus }) {
  return (
    <main class="popup">
      <header class="popup__header">
        <h1>Backstory</h1>
      </header>
      <p data-testid="status" role="status">
        {statusText(status)}
      </p>
      {status.kind === 'analyzed' && !status.state.aboutStory && (
        <p class="popup__note">Nothing left your browser: Backstory works entirely offline.</p>
      )}
    </main>
  );
}
