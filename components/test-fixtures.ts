// Cards compiled from dataset/claims, dataset/timeline.json, dataset/glossary.json and dataset/sources.json
// (release 2026.11.1), with source lists shortened. Copied by hand so the tests need nothing outside this folder.
import type { ClaimCard, GlossaryCard, TimelineCard } from '@/dataset/compile/bundle-format';
import type { FoundClaimView, PopupViewModel } from '@/extension/view-model';

export const iraIndictment: ClaimCard = {
  id: 'ira-indictment-13-3',
  claim: 'Mueller indicted 13 Russians and three Russian entities, among them the Internet Research Agency.',
  kind: 'fact',
  verdict: 'supported',
  summary:
    "Accurate. A federal grand jury in Washington returned the special counsel's indictment on 16 February 2018, naming 13 Russians and three companies: Concord Management and Consulting, Concord Catering and the Internet Research Agency.",
  context: [
    "The 37-page indictment came out of special counsel Robert Mueller's investigation and was announced by Rod Rosenstein in a press statement.",
    'It accuses the defendants of crimes committed in a scheme to meddle in American politics, the 2016 presidential race included.',
    'Twelve of the individuals worked for the Internet Research Agency; Yevgeny Prigozhin, who funded it through his Concord companies, is also charged.',
    'In March 2020 prosecutors dropped the two Concord companies from the case, but the Internet Research Agency and all 13 individuals remain indicted.',
  ],
  date: '2018-02-16',
  evidenceStatus: 'verified',
  sources: [
    {
      url: 'https://www.justice.gov/file/1035477/download',
      publisher: "U.S. Department of Justice, Special Counsel's Office",
      title: 'Indictment, United States v. Internet Research Agency LLC et al. (D.D.C. 1:18-cr-32)',
      kind: 'primary',
      date: '2018-02-16',
      archive: 'http://web.archive.org/web/20240315011338/https://www.justice.gov/file/1035477/download',
    },
    {
      url: 'https://www.justice.gov/archives/opa/pr/grand-jury-indicts-thirteen-russian-individuals-and-three-russian-companies-scheme-interfere',
      publisher: 'U.S. Department of Justice, Office of Public Affairs',
      title:
        'Grand Jury Indicts Thirteen Russian Individuals and Three Russian Companies for Scheme to Interfere in the United States Political System',
      kind: 'primary',
      date: '2018-02-16',
    },
    {
      url: 'https://americanrhetoric.com/speeches/rodrosensteinrussiannationalsindictment.htm',
      publisher: 'American Rhetoric (Rosenstein statement transcript)',
      title: 'Press Statement on Indictment of Russian Nationals',
      kind: 'transcript',
      date: '2018-02-16',
    },
    {
      url: 'https://dailyhoustonnews.com/13-russian-nationals-indicted-interfering-us-elections/',
      publisher: 'Daily Houston News',
      title: '13 Russian nationals indicted for interfering in US elections',
      kind: 'news',
      date: '2018-02-16',
    },
  ],
  related: [
    'ira-indictment-counts',
    'ira-funded-by-prigozhin',
    'concord-case-dropped',
    'ira-indictment-alleges-americans-knew',
    'treasury-sanctions-ira',
  ],
};

export const putinHackersNotState: ClaimCard = {
  id: 'putin-hackers-not-russian-state',
  claim: 'Putin said the people behind the DNC hack and the social-media operation do not represent the Russian state.',
  kind: 'quote',
  verdict: 'misleading',
  summary:
    'Misleading as framed. In March 2018 Putin said the 13 Russians charged over the social-media operation did not represent the state. He was not talking about the DNC hackers, who in July 2018 were indicted as GRU military intelligence officers working in their official roles.',
  context: [
    'In his March 2018 NBC interview with Megyn Kelly, Putin said the 13 people indicted in the Internet Research Agency case were not representatives of the Russian state or its authorities, and that their actions were of no concern to him.',
    'Some coverage attached the remark to the people behind the DNC hack, but nobody had been charged over that hack when he spoke.',
    'When charges came on 13 July 2018, all 12 defendants were GRU officers, reported to have acted in their official capacities, which runs against the idea that the hackers had nothing to do with the state.',
  ],
  date: '2018-03-02',
  claimant: 'Vladimir Putin',
  speaker: 'Vladimir Putin',
  evidenceStatus: 'verified',
  sources: [
    {
      url: 'https://www.justice.gov/file/1080281/download',
      publisher: "U.S. Department of Justice, Special Counsel's Office",
      title: 'Indictment, United States v. Viktor Borisovich Netyksho et al. (12 GRU officers)',
      kind: 'primary',
      date: '2018-07-13',
      archive: 'https://web.archive.org/web/2024/https://www.justice.gov/file/1080281/dl',
    },
    {
      url: 'https://www.justice.gov/archives/opa/pr/grand-jury-indicts-12-russian-intelligence-officers-hacking-offenses-related-2016-election',
      publisher: 'U.S. Department of Justice, Office of Public Affairs',
      title: 'Grand Jury Indicts 12 Russian Intelligence Officers for Hacking Offenses Related to the 2016 Election',
      kind: 'primary',
      date: '2018-07-13',
    },
    {
      url: 'https://www.justice.gov/file/1035477/download',
      publisher: "U.S. Department of Justice, Special Counsel's Office",
      title: 'Indictment, United States v. Internet Research Agency LLC et al. (D.D.C. 1:18-cr-32)',
      kind: 'primary',
      date: '2018-02-16',
      archive: 'http://web.archive.org/web/20240315011338/https://www.justice.gov/file/1035477/download',
    },
    {
      url: 'https://www.justice.gov/archives/opa/pr/grand-jury-indicts-thirteen-russian-individuals-and-three-russian-companies-scheme-interfere',
      publisher: 'U.S. Department of Justice, Office of Public Affairs',
      title:
        'Grand Jury Indicts Thirteen Russian Individuals and Three Russian Companies for Scheme to Interfere in the United States Political System',
      kind: 'primary',
      date: '2018-02-16',
    },
  ],
  related: [
    'gru-indictment-12-officers',
    'putin-maybe-not-russians',
    'dnc-hack-by-russia',
    'ira-indictment-13-3',
    'russia-did-not-interfere',
  ],
};

export const taxpayersPurses: ClaimCard = {
  id: 'anonymous-source-taxpayers-purses',
  claim:
    "According to an unnamed source, the US would now be the one to catch up and to bear the consequences, above all for its taxpayers' purses.",
  kind: 'quote',
  verdict: 'unsupported',
  summary:
    'No original of this quote was found and its speaker is unknown. It may come from an unnamed Russian military-diplomatic source in the wire reports of early March 2018, but that could not be confirmed.',
  context: [
    'This could not be verified: the sentence appears in an aggregator article, but no earlier report containing it was found.',
    'On 3 and 4 March 2018 TASS and Sputnik carried remarks by an unnamed Russian military-diplomatic source belittling US missile defence, which fits the topic and tone, yet these words appear in neither.',
    "In the aggregator text the quote sits under Putin's remarks on election interference, so 'the source' points to no one.",
  ],
  date: '2018-03-03',
  evidenceStatus: 'unverified',
  sources: [
    {
      url: 'http://tass.com/defense/992637',
      publisher: 'TASS',
      title: "Russia undertakes mirror response to US' deployment of 400 ABM defense missiles",
      kind: 'news',
      date: '2018-03-03',
    },
    {
      url: 'https://noticiabrasil.net.br/20180304/misseis-eua-contra-novas-armas-russas-10658724.html?chat_room_id=10658724',
      publisher: 'Sputnik Brasil',
      title: 'US missiles vs new Russian weapons (source quote)',
      kind: 'news',
      date: '2018-03-04',
    },
  ],
  related: ['putin-missile-defense-money-wasted', 'frolov-prepared-to-talk', 'garbled-article-from-tass'],
};

export const claimsById: Record<string, ClaimCard> = Object.fromEntries(
  [iraIndictment, putinHackersNotState, taxpayersPurses].map((c) => [c.id, c]),
);

export const timeline: TimelineCard[] = [
  {
    date: '2016-10-07',
    title: 'DHS and ODNI blame Moscow for the hacks',
    text: "In a joint statement, Homeland Security and the intelligence director's office said US intelligence was confident that Russia's government was behind the theft of emails from Americans and political groups. It was the first formal US attribution.",
    claims: ['dhs-odni-october-2016', 'dnc-hack-by-russia'],
    sources: [
      {
        url: 'https://www.dhs.gov/news/2016/10/07/joint-statement-department-homeland-security-and-office-director-national',
        publisher: 'DHS / ODNI',
        title:
          'Joint Statement from the Department of Homeland Security and Office of the Director of National Intelligence on Election Security',
        kind: 'primary',
        date: '2016-10-07',
      },
      {
        url: 'https://foreignpolicy.com/2016/12/14/trumps-war-against-intelligence/',
        publisher: 'Foreign Policy',
        title: "Trump's War Against Intelligence",
        kind: 'news',
        date: '2016-12-14',
      },
    ],
  },
  {
    date: '2018-02-16',
    title: 'Special counsel indicts the Internet Research Agency',
    text: 'A Washington grand jury charged 13 Russians and three companies (the IRA, Concord Management and Consulting, and Concord Catering) in an eight-count indictment. The charges make no claim that Americans knowingly helped or that the result was changed.',
    claims: [
      'ica-no-outcome-assessment',
      'no-evidence-of-interference',
      'ira-indictment-13-3',
      'ira-indictment-counts',
      'ira-indictment-alleges-americans-knew',
      'ira-funded-by-prigozhin',
      'putin-hackers-not-russian-state',
    ],
    sources: [
      {
        url: 'https://www.justice.gov/file/1035477/download',
        publisher: "U.S. Department of Justice, Special Counsel's Office",
        title: 'Indictment, United States v. Internet Research Agency LLC et al. (D.D.C. 1:18-cr-32)',
        kind: 'primary',
        date: '2018-02-16',
        archive: 'http://web.archive.org/web/20240315011338/https://www.justice.gov/file/1035477/download',
      },
      {
        url: 'https://www.justice.gov/archives/opa/pr/grand-jury-indicts-thirteen-russian-individuals-and-three-russian-companies-scheme-interfere',
        publisher: 'U.S. Department of Justice, Office of Public Affairs',
        title:
          'Grand Jury Indicts Thirteen Russian Individuals and Three Russian Companies for Scheme to Interfere in the United States Political System',
        kind: 'primary',
        date: '2018-02-16',
      },
    ],
  },
];

export const glossary: GlossaryCard[] = [
  {
    id: 'vladimir-putin',
    name: 'Vladimir Putin',
    aliases: ['Putin', 'President Putin', 'Russian President Vladimir Putin', 'Vladimir Vladimirovich Putin'],
    type: 'person',
    text: 'President of Russia. US intelligence concluded in 2017 that he ordered the influence campaign against the 2016 election; he denies any state role, though at Helsinki in 2018 he said he had wanted Trump to win.',
    sources: [
      {
        url: 'https://www.dni.gov/files/documents/ICA_2017_01.pdf',
        publisher: 'Office of the Director of National Intelligence (CIA/FBI/NSA)',
        title: 'Assessing Russian Activities and Intentions in Recent US Elections (ICA 2017-01D, declassified)',
        kind: 'primary',
        date: '2017-01-06',
      },
      {
        url: 'https://www.politico.com/story/2018/07/16/putin-trump-win-election-2016-722486',
        publisher: 'Politico',
        title: 'Putin: I wanted Trump to win the election',
        kind: 'news',
        date: '2018-07-16',
      },
    ],
  },
  {
    id: 'internet-research-agency',
    name: 'Internet Research Agency',
    aliases: [
      'IRA',
      'Internet Research Agency LLC',
      'the Internet Research Agency',
      'Russian troll farm',
      'troll farm',
    ],
    type: 'organization',
    text: 'Russian company at the centre of the social-media side of the interference, funded by Prigozhin through Concord. Indicted in February 2018 and sanctioned by Treasury that March; the charges against it still stand.',
    sources: [
      {
        url: 'https://www.justice.gov/file/1035477/download',
        publisher: "U.S. Department of Justice, Special Counsel's Office",
        title: 'Indictment, United States v. Internet Research Agency LLC et al. (D.D.C. 1:18-cr-32)',
        kind: 'primary',
        date: '2018-02-16',
        archive: 'http://web.archive.org/web/20240315011338/https://www.justice.gov/file/1035477/download',
      },
      {
        url: 'https://home.treasury.gov/news/press-releases/sm0312',
        publisher: 'U.S. Department of the Treasury (OFAC)',
        title:
          'Treasury Sanctions Russian Cyber Actors for Interference with the 2016 U.S. Elections and Malicious Cyber-Attacks',
        kind: 'primary',
        date: '2018-03-15',
      },
    ],
  },
];

/** Sentences in our own words, standing in for an article's. */
export const found: FoundClaimView[] = [
  {
    occurrence: 0,
    claim: iraIndictment,
    sentence:
      'Last week the special counsel charged 13 Russian nationals and three Russian companies, the troll farm among them.',
  },
  {
    occurrence: 1,
    claim: putinHackersNotState,
    sentence:
      'Putin insisted that whoever hacked the Democrats and ran the fake accounts had nothing to do with his government.',
  },
  {
    occurrence: 2,
    claim: taxpayersPurses,
    sentence: 'One source said America would now have to catch up, and its taxpayers would pay for it.',
  },
];

export function storyView(claims: FoundClaimView[] = found): PopupViewModel {
  return {
    kind: 'story',
    evidence: ['Internet Research Agency', 'Mueller', 'indictment'],
    found: claims,
    claimsById,
    timeline,
    glossary,
  };
}
