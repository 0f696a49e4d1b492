import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClaimCard } from '@/dataset/compile/bundle-format';
import { formatCitation } from './format-citation';

type CopyState = 'idle' | 'copied' | 'error';

interface Props {
  claim: ClaimCard;
  /** Writes to the clipboard; the popup's own navigator.clipboard by default. */
  write?: (text: string) => Promise<void>;
}

const MESSAGE: Record<CopyState, string> = {
  idle: '',
  copied: 'Copied: claim, rating, summary and source.',
  error: 'Could not copy. Select the claim and source in the card and copy them by hand.',
};

/** "Copy citation": the claim, its rating, its summary and its primary source as plain text. */
export function CopyCitation({ claim, write = (text) => navigator.clipboard.writeText(text) }: Props) {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async () => {
    clearTimeout(timer.current);
    try {
      await write(formatCitation(claim));
      setState('copied');
      timer.current = setTimeout(() => setState('idle'), 4000);
    } catch {
      setState('error');
    }
  };
  return (
    <div class="copy-citation">
      <button type="button" class="button copy-citation__button" onClick={() => void copy()}>
        {state === 'copied' ? 'Copied ✓' : 'Copy citation'}
      </button>
      <span class={`copy-citation__status copy-citation__status--${state}`} role="status" data-testid="copy-status">
        {MESSAGE[state]}
      </span>
    </div>
  );
}
