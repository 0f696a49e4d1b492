// The popup's container: loads the view model and hands it to PopupView.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView } from '@/components/PopupView';
import { loadPopupView, showInPage } from '@/extension/popup/load-popup-view';
import type { PopupViewModel } from '@/extension/view-model';

export function App() {
  const [view, setView] = useState<PopupViewModel>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number>();
  useEffect(() => {
    loadPopupView(location.search).then(
      (loaded) => {
        setTabId(loaded.tabId);
        setView(loaded.view);
      },
      (error: unknown) => setView({ kind: 'error', message: error instanceof Error ? error.message : '' }),
    );
  }, []);
  return (
    <PopupView
      view={view}
      onShowInPage={(occurrence) => tabId !== undefined && void showInPage(tabId, occurrence)}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}
