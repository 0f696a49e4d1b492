// The `chrome` namespace as the e2e tests use it inside the extension's own worker and pages.
declare const chrome: {
  tabs: {
    query(q: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: {
    session: { get(k: null | string): Promise<Record<string, unknown>> };
    local: {
      get(k: null | string): Promise<Record<string, unknown>>;
      set(v: Record<string, unknown>): Promise<void>;
    };
  };
};
