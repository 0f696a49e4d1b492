// The dataset, loaded once per background lifetime, on first use (not at import, so a
// damaged bundle shows up as an error where it is used rather than breaking startup).
import bundleJson from 'virtual:backstory-dataset';
import type { ClaimCard } from '@/dataset/compile/bundle-format';
import { type LoadedBundle, loadBundle } from '@/dataset/compile/load-bundle';

let loaded: { bundle: LoadedBundle; cards: Map<string, ClaimCard>; loadMs: number } | undefined;

export function dataset() {
  if (!loaded) {
    const start = performance.now();
    const bundle = loadBundle(bundleJson);
    loaded = { bundle, cards: new Map(bundle.claims.map((c) => [c.id, c])), loadMs: performance.now() - start };
  }
  return loaded;
}
