// Set by wxt.config.ts: true only in the test build (`wxt build --mode e2e`).
interface ImportMetaEnv {
  readonly BACKSTORY_E2E?: boolean;
}
