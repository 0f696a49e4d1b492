import { useState } from 'preact/hooks';
import type { PassageClaim } from '@/extension/protocol';
import { VerdictChip } from '../VerdictChip';
import { OpenedClaim } from './OpenedClaim';
import type { BeyondProps, CatalogueState } from './types';
import './search.css';

type Ready = Extract<CatalogueState, { kind: 'ready' }>;

type CheckState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'done'; claims: PassageClaim[] }
  | { kind: 'error' };

type SelectionState = { kind: 'idle' } | { kind: 'asking' } | { kind: 'done'; message: string };

interface Props extends Pick<BeyondProps, 'checkPassage' | 'checkSelection'> {
  catalogue: Ready;
}

function selectionMessage(claimIds: string[] | null): string {
  if (claimIds === null) return 'Nothing is selected on this page. Select a passage there first, or paste it above.';
  if (claimIds.length === 0) return 'The selected text makes no claim from the catalogue; a note opened beside it.';
  return claimIds.length === 1
    ? 'The card for the selected text opened beside it on the page.'
    : `The cards for the ${claimIds.length} claims in the selected text opened beside it on the page.`;
}

/** "Check text": paste a passage (a message, a PDF) and see the catalogue claims it makes. */
export function PasteCheck({ catalogue, checkPassage, checkSelection }: Props) {
  const [text, setText] = useState('');
  const [state, setState] = useState<CheckState>({ kind: 'idle' });
  const [opened, setOpened] = useState<PassageClaim | null>(null);
  const [selection, setSelection] = useState<SelectionState>({ kind: 'idle' });

  const check = async (value = text) => {
    if (!value.trim()) return;
    setState({ kind: 'checking' });
    try {
      const result = await checkPassage(value);
      setState({ kind: 'done', claims: result.claims.filter((c) => catalogue.claimsById[c.claimId]) });
    } catch {
      setState({ kind: 'error' });
    }
  };

  const askSelection = async () => {
    if (!checkSelection) return;
    setSelection({ kind: 'asking' });
    const result = await checkSelection().catch(() => null);
    setSelection({ kind: 'done', message: selectionMessage(result?.claimIds ?? null) });
  };

  const openedCard = opened ? catalogue.claimsById[opened.claimId] : undefined;
  if (opened && openedCard)
    return (
      <OpenedClaim
        claim={openedCard}
        claimsById={catalogue.claimsById}
        sentence={opened.sentence}
        occurrence={-2}
        backLabel="Back to your text"
        onBack={() => setOpened(null)}
      />
    );

  return (
    <section class="paste-check" aria-label="Check a passage">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void check();
        }}
      >
        <label for="paste-check-text" class="search-box__label">
          Paste a passage to check (a post, a message, a PDF)
        </label>
        <textarea
          id="paste-check-text"
          class="paste-check__text"
          rows={4}
          maxLength={20_000}
          data-testid="paste-input"
          value={text}
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
          onPaste={(e) => {
            // A paste is a request to check: no need to press the button as well.
            const field = e.currentTarget as HTMLTextAreaElement;
            setTimeout(() => {
              setText(field.value);
              void check(field.value);
            }, 0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void check();
            }
          }}
        />
        <button type="submit" class="button" disabled={!text.trim() || state.kind === 'checking'}>
          Check text
        </button>
      </form>
      <div role="status" data-testid="paste-status" class="paste-check__status">
        {state.kind === 'checking' && <p class="popup__note">Checking…</p>}
        {state.kind === 'error' && (
          <p class="popup__note">Backstory could not check this text. Close the popup, open it again and retry.</p>
        )}
        {state.kind === 'done' && state.claims.length === 0 && (
          <p class="popup__note" data-testid="paste-no-claims">
            No claim from the catalogue in this text. Backstory checks claims about Russian interference in the 2016 US
            election: paste the whole sentence that makes the claim, or search by a name or a word.
          </p>
        )}
        {state.kind === 'done' && state.claims.length > 0 && (
          <p class="search__count">
            {state.claims.length === 1
              ? 'It makes 1 checked claim:'
              : `It makes ${state.claims.length} checked claims:`}
          </p>
        )}
      </div>
      {state.kind === 'done' && state.claims.length > 0 && (
        <ul class="search-results" aria-label="Claims in your text" data-testid="paste-results">
          {state.claims.map((c) => {
            const card = catalogue.claimsById[c.claimId];
            return card ? (
              <li key={c.claimId} class="search-result search-result--passage" data-claim-id={c.claimId}>
                <button type="button" class="search-result__open" onClick={() => setOpened(c)}>
                  <VerdictChip verdict={card.verdict} />
                  <span class="search-result__claim">{card.claim}</span>
                  <span class="search-result__sentence">“{c.sentence}”</span>
                </button>
              </li>
            ) : null;
          })}
        </ul>
      )}
      {checkSelection && (
        <div class="paste-check__selection">
          <button type="button" class="button" data-testid="check-selection" onClick={() => void askSelection()}>
            Check the text selected on this page
          </button>
          <p class="popup__note" role="status" data-testid="selection-status">
            {selection.kind === 'asking'
              ? 'Checking the selection…'
              : selection.kind === 'done'
                ? selection.message
                : ''}
          </p>
        </div>
      )}
      <p class="popup__note search__hint">
        On any page you can also select a passage, right-click it and choose “Check with Backstory” (or press
        Alt+Shift+B): its card opens beside the selection.
      </p>
    </section>
  );
}
