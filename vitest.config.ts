import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { datasetPlugin } from './dataset/compile/vite-plugin-dataset';

export default defineConfig({
  plugins: [WxtVitest(), preact(), datasetPlugin()],
  test: {
    environment: 'happy-dom',
    // A limit against hangs, not a performance check (bench scripts measure cost): generous, so that
    // a machine shared by many jobs does not fail the engine's 5 MB cases or the CLI's real runs.
    testTimeout: 60_000,
    include: ['{engine,dataset,extension,components,entrypoints,tests,scripts}/**/*.test.{ts,tsx}'],
  },
});
