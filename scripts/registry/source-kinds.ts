// How a cited URL is classified. The ledger's publisher field already says most of it
// ("(aggregator)", "(reprint of …)", "(… transcript)"); the override map holds the calls that
// need a human reading of the page, each with the reason so a reviewer can disagree with it.

import { SOURCE_KINDS, type SourceKind } from '../../dataset/schema/registry';

export { SOURCE_KINDS, type SourceKind };

export const KIND_OVERRIDES: Readonly<Record<string, SourceKind>> = {
  // The full text of Putin's December 2001 ABM statement, in Reuters' translation.
  'http://www.russialist.org/archives/5597-1.php': 'transcript',
  // Reproduces the Kremlin transcript but interleaves a blogger's commentary, so not a clean transcript.
  'https://www.gabriellechana.blog/2018/03/13/transcript-of-american-nbc-march-1-2-2018-vladimir-putin-interview-with-megyn-kelly-with-gail-commentary/':
    'reprint',
  // A blog that copies a Daily Mail report.
  'https://girlsjustwannahaveguns.com/putin-to-megyn-kelly-where-is-the-evidence-of-russian-collusion-video/':
    'reprint',
  // The journal page republishes Bush's remarks and the diplomatic notes verbatim.
  'https://www.armscontrol.org/act/2002-01/us-withdrawal-abm-treaty-president-bushs-remarks-and-us-diplomatic-notes':
    'reprint',
  // A machine-written question-and-answer page, not a publisher of its own reporting.
  'http://prophetes.ai/a/xcX3v84RxoQ-4GxG32940ukFUIEgYdPy/049d6f516ec71ae5b4cc94f044c751bc': 'aggregator',
  // A daily digest that summarises other outlets' stories.
  'https://giga.law/daily-news/2018/7/13/us-charges-12-russian-officers-with-hacking-dnc-clinton-campaign':
    'aggregator',
  // A reference database of state practice, quoting the constitution.
  'https://ihl-databases.icrc.org/customary-ihl/fre/docs/v2_cou_ru_rule161_sectionc': 'reference',
  // Pages that embed or mirror the GRU indictment PDF rather than publish it.
  'https://nsarchive.gwu.edu/sites/default/files/documents/4599181/Indictment.pdf': 'reprint',
  'https://www.pbs.org/newshour/nation/read-muellers-full-indictment-against-12-russian-officers-for-election-interference':
    'reprint',
  // The broadcaster's own stories and clips about its interviews: reporting, not official records.
  'https://www.nbcnews.com/news/world/putin-u-s-election-interference-i-couldn-t-care-less-n855151': 'news',
  'https://www.nbcnews.com/video/-hackers-can-be-everywhere-putin-tells-megyn-kelly-in-one-on-one-interview-959078979590':
    'news',
  'https://nbcuniversalnewsgroup.com/nbcnews/2017/06/02/nbc-news-exclusive-hackers-can-be-everywhere-putin-tells-megyn-kelly-in-one-on-one-interview':
    'news',
  // Official records of what was said: the Kremlin's text of the address, the printed hearing,
  // and the White House briefing transcript.
  'http://en.kremlin.ru/events/president/news/56957': 'transcript',
  'https://www.govinfo.gov/content/pkg/CHRG-115shrg27398/html/CHRG-115shrg27398.htm': 'transcript',
  'https://www.govinfo.gov/content/pkg/CHRG-115shrg27398/pdf/CHRG-115shrg27398.pdf': 'transcript',
  'https://trumpwhitehouse.archives.gov/briefings-statements/press-briefing-press-secretary-sarah-sanders-03012018/':
    'transcript',
};

/** Default kind from where the URL was found and how the ledger describes its publisher. */
export function kindFor(url: string, publisher: string, isRegistryDocumentUrl: boolean): SourceKind {
  const override = KIND_OVERRIDES[url];
  if (override) return override;
  if (/wikipedia|encyclopedic/i.test(publisher)) return 'reference';
  if (isRegistryDocumentUrl) return 'primary';
  if (/aggregat/i.test(publisher)) return 'aggregator';
  if (/transcript/i.test(publisher)) return 'transcript';
  if (/reprint|reproduc|\btext\b|\bvia\b/i.test(publisher)) return 'reprint';
  if (/\(press release\)/i.test(publisher)) return 'primary';
  return 'news';
}
