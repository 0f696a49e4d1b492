import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

export interface Tab {
  id: string;
  label: string;
  panel: ComponentChildren;
}

const STEP: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * WAI-ARIA tabs with automatic activation: arrow keys move focus and selection together, and only the
 * selected tab sits in the Tab order (roving tabindex), so Tab goes straight on into the panel.
 */
export function Tabs({ tabs, label, idPrefix = 'tab' }: { tabs: Tab[]; label: string; idPrefix?: string }) {
  const [selected, setSelected] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent) {
    const step = STEP[event.key];
    if (!step) return;
    event.preventDefault();
    const next = step(selected, tabs.length);
    setSelected(next);
    buttons.current[next]?.focus();
  }

  return (
    <div class="tabs">
      <div role="tablist" aria-label={label} class="tabs__list" onKeyDown={onKeyDown}>
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-${tab.id}`}
            aria-selected={i === selected}
            aria-controls={`${idPrefix}-${tab.id}-panel`}
            tabIndex={i === selected ? 0 : -1}
            class="tabs__tab"
            onClick={() => setSelected(i)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab, i) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${idPrefix}-${tab.id}-panel`}
          aria-labelledby={`${idPrefix}-${tab.id}`}
          hidden={i !== selected}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the APG tabs pattern makes a panel focusable so keyboard users reach text-only panels (no claims found) after the tab list.
          tabIndex={0}
          class="tabs__panel"
        >
          {tab.panel}
        </div>
      ))}
    </div>
  );
}
