// What the options page stores for a site the reader turns Backstory off on: a bare lower-case
// hostname, which turns it off there and on every hostname below it. The hostname must contain a
// registrable domain by the public-suffix list (tldts): a public suffix alone ("co.uk",
// "github.io") names no site and is refused, so it can never turn Backstory off for every site
// under it. Readers paste whole URLs as often as hostnames, so both are accepted; an IP address
// or localhost is kept as it is.
import { parse } from 'tldts';

/** The hostname `input` names, or undefined when it names no site (nothing, a word, a public suffix). */
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
  if (host === 'localhost') return host;
  const parsed = parse(host, { allowPrivateDomains: true });
  if (parsed.isIp) return host;
  // A dot keeps out single words typed by mistake.
  if (!host.includes('.')) return undefined;
  return parsed.domain ? host : undefined;
}
