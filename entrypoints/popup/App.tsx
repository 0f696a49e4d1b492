// The popup's container: loads the view model and hands it to PopupView.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView } from '@/components/PopupView';
import type { CatalogueState } from '@/components/search/types';
import { type LoadedPopup, loadPopupView, showInPage } from '@/extension/popup/load-popup-view';
import { checkPassage, checkSelectionInTab, loadCatalogue } from '@/extension/search/load-catalogue';
import type { PopupViewModel } from '@/extension/view-model';

export function App() {
  const [view, setView] = useState<PopupViewModel>({ kind: 'loading' });
  const [loaded, setLoaded] = useState<LoadedPopup>();
  const [catalogue, setCatalogue] = useState<CatalogueState>({ kind: 'loading' });
  useEffect(() => {
    loadCatalogue().then(setCatalogue, (error: unknown) =>
      setCatalogue({ kind: 'error', message: error instanceof Error ? error.message : '' }),
    );
  }, []);
  useEffect(() => {
    loadPopupView(location.search).then(
      (result) => {
        setLoaded(result);
        setView(result.view);
      },
      (error: unknown) => setView({ kind: 'error', message: error instanceof Error ? error.message : '' }),
    );
  }, []);
  useEffect(() => {
    // Test build only, for npm run bench:browser: when the popup first shows content (its own timeline).
    if (
      import.meta.env.BACKSTORY_E2E &&
      view.kind !== 'loading' &&
      !performance.getEntriesByName('backstory:popup-content').length
    )
      performance.mark('backstory:popup-content');
  }, [view]);
  return (
    <PopupView
      view={view}
      onShowInPage={(occurrence) => {
        const target = loaded?.targets[occurrence];
        if (loaded?.tabId !== undefined && target) void showInPage(loaded.tabId, target);
      }}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      beyond={{
        catalogue,
        checkPassage,
        ...(loaded?.tabId !== undefined && { checkSelection: () => checkSelectionInTab(loaded.tabId as number) }),
      }}
    />
  );
}
