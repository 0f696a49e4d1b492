// What the options page stores for a site the reader turns Backstory off on: a bare lower-case hostname.
// Readers paste whole URLs as often as hostnames, so both are accepted.

/** The hostname in `input`, or undefined when it names no plausible site. */
export function parseSite(input: string): string | undefined {
  const text = input.trim().toLowerCase();
  if (text === '' || /\s/.test(text)) return undefined;
  let host: string;
  try {
    host = new URL(text.includes('://') ? text : `https://${text}`).hostname;
  } catch {
    return undefined;
  }
  host = host.replace(/\.$/, '');
  // A dot keeps out single words typed by mistake; "localhost" is the one bare name worth allowing.
  if (host !== 'localhost' && !host.includes('.')) return undefined;
  return host;
}
