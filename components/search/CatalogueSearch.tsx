import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { OpenedClaim } from './OpenedClaim';
import { SearchBox } from './SearchBox';
import { optionId, SearchResults } from './SearchResults';
import type { CatalogueState } from './types';
import './search.css';

type Ready = Extract<CatalogueState, { kind: 'ready' }>;

const LIST_ID = 'catalogue-results';
/** Example searches offered before the reader types: a word, a name, a number. */
const EXAMPLES = ['extradite', 'Prigozhin', '13 Russians', 'sanctions'];

/** Whether a key press should stay where it is (a field, a control that takes typing). */
function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

interface Props {
  catalogue: Ready;
  /** Focus the box when shown (the popup's main content off the story). */
  autoFocus?: boolean;
  /** Above a page's claims: no visible label or examples until the reader types. */
  compact?: boolean;
}

/**
 * Search over the whole catalogue: instant, keyboard-first (typing anywhere in the popup lands
 * here; arrows move through the results; Enter opens the claim's card; Escape goes back).
 */
export function CatalogueSearch({ catalogue, autoFocus = false, compact = false }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [opened, setOpened] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const results = useMemo(
    () =>
      catalogue.search
        .search(query, 20)
        .flatMap((r) => (catalogue.claimsById[r.id] ? [catalogue.claimsById[r.id] as Ready['claims'][number]] : [])),
    [catalogue, query],
  );

  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);

  useEffect(() => {
    // Typing anywhere in the popup (outside a field) starts a search.
    const onKey = (event: KeyboardEvent) => {
      if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey || event.key === ' ') return;
      if (isTypingTarget(event.target) || opened || !input.current || input.current.offsetParent === null) return;
      input.current.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [opened]);

  const search = (value: string) => {
    setQuery(value);
    setActive(0);
  };
  const back = () => {
    setOpened(null);
    requestAnimationFrame(() => input.current?.focus());
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const n = results.length;
    if (event.key === 'ArrowDown' && n) setActive((active + 1) % n);
    else if (event.key === 'ArrowUp' && n) setActive((active - 1 + n) % n);
    else if (event.key === 'Enter' && n) setOpened(results[Math.min(active, n - 1)]?.id ?? null);
    else if (event.key === 'Escape' && query) search('');
    else return;
    event.preventDefault();
  };

  const openedClaim = opened ? catalogue.claimsById[opened] : undefined;
  if (openedClaim)
    return (
      <section class="catalogue-search" aria-label="Search the catalogue">
        <OpenedClaim
          claim={openedClaim}
          claimsById={catalogue.claimsById}
          occurrence={-1}
          backLabel="Back to results"
          onBack={back}
        />
      </section>
    );

  const trimmed = query.trim();
  return (
    <section class="catalogue-search" aria-label="Search the catalogue">
      <SearchBox
        value={query}
        onInput={search}
        onKeyDown={onKeyDown}
        inputRef={input}
        listId={LIST_ID}
        activeId={results.length ? optionId(LIST_ID, active) : undefined}
        expanded={results.length > 0}
        claimCount={catalogue.claims.length}
        compact={compact}
      />
      <p
        class={compact && !trimmed ? 'search__count search__count--idle' : 'search__count'}
        role="status"
        data-testid="search-status"
      >
        {trimmed && (results.length ? `${results.length === 20 ? 'Top 20' : results.length} matching` : '')}
      </p>
      {results.length > 0 && (
        <SearchResults id={LIST_ID} results={results} active={active} onOpen={setOpened} onHover={setActive} />
      )}
      {!trimmed && !compact && (
        <p class="popup__note search__hint" data-testid="search-empty">
          Type a name, a word or a number. For example:{' '}
          {EXAMPLES.map((example, i) => (
            <span key={example}>
              <button type="button" class="search__example" onClick={() => search(example)}>
                {example}
              </button>
              {i < EXAMPLES.length - 1 ? ', ' : '.'}
            </span>
          ))}
        </p>
      )}
      {trimmed && results.length === 0 && (
        <p class="popup__note" data-testid="search-no-match">
          No checked claim matches “{trimmed}”. Try fewer words, another spelling, or a name such as Putin or Mueller.
          To check a whole passage, paste it under “Check text”.
        </p>
      )}
    </section>
  );
}
