import type { Ref } from 'preact';

interface Props {
  value: string;
  onInput: (value: string) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  inputRef: Ref<HTMLInputElement>;
  /** The listbox the box drives, and the option the arrow keys are on. */
  listId: string;
  activeId?: string;
  expanded: boolean;
  claimCount: number;
  /** Above a page's claims: the label is read out but not shown, to keep the rows in view. */
  compact?: boolean;
}

/** The search field: a combobox whose arrow keys move through the results below it. */
export function SearchBox({
  value,
  onInput,
  onKeyDown,
  inputRef,
  listId,
  activeId,
  expanded,
  claimCount,
  compact = false,
}: Props) {
  return (
    <div class="search-box">
      <label for="catalogue-search" class={compact ? 'visually-hidden' : 'search-box__label'}>
        Search {claimCount} checked claims
      </label>
      <input
        ref={inputRef}
        id="catalogue-search"
        class="search-box__input"
        type="search"
        // biome-ignore lint/a11y/noRedundantRoles: without a list attribute a search input is a textbox; the combobox role ties the results to it.
        role="combobox"
        list={undefined}
        autocomplete="off"
        spellcheck={false}
        placeholder={
          compact
            ? `Search ${claimCount} checked claims: a name, a word, a number`
            : 'A name, a word or a number: Prigozhin, extradite, 13…'
        }
        aria-autocomplete="list"
        aria-controls={listId}
        aria-expanded={expanded}
        aria-activedescendant={activeId}
        data-testid="search-input"
        value={value}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
