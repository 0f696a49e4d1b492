// Story detection that knows the time: the story is the 2016 US election and its aftermath. A
// page about a later US election cycle, another country's vote or a later indictment is not it,
// unless it makes claims about 2016. Short articles written for these tests.
import { describe, expect, test } from 'vitest';
import type { PageMeta } from '../types';
import { detectStory } from './detect-story';

const meta = (title: string): PageMeta => ({ url: 'https://news.example/a', title });

const NOT_THE_STORY: [string, string, string][] = [
  [
    '2018 midterms',
    'Officials warn of Russian meddling in the midterms',
    'Intelligence officials warned that Russia is trying to interfere in the 2018 midterm elections. ' +
      'The director of national intelligence said Russian hackers had probed several state voter databases this year. ' +
      'Election officials in Ohio and Florida said they had added new safeguards before the November vote. ' +
      'Facebook said it had removed dozens of fake accounts that posed as American activists ahead of the 2018 vote.',
  ],
  [
    '2020 election',
    'Russia and Iran sought to sway the 2020 election, officials say',
    'US officials said Russia and Iran obtained voter registration data and tried to influence the 2020 presidential election. ' +
      'The FBI director said the agencies would not tolerate foreign interference in the 2020 vote. ' +
      'Emails sent to voters in Florida threatened them unless they voted for Trump. ' +
      'Officials said the 2020 election systems themselves had not been compromised.',
  ],
  [
    '2024 election',
    'Kremlin-linked network targets 2024 race',
    'Researchers said a network of fake news sites linked to Moscow spread false stories about the 2024 presidential election. ' +
      'The sites posed as local American newspapers and pushed claims about ballot fraud in swing states. ' +
      'The Justice Department seized dozens of web domains it said were used in the Russian influence campaign ahead of the 2024 vote. ' +
      'The Kremlin denied any interference in the American election.',
  ],
  [
    'France 2017',
    'Macron campaign says it was hacked',
    "Emmanuel Macron's campaign said it had been the target of a massive hacking operation days before the French presidential election. " +
      'Thousands of emails were leaked online on Friday night, shortly before a legally required blackout on campaigning. ' +
      'Security researchers said the attack bore the marks of a Russian group known as APT28. ' +
      'The Kremlin denied any involvement in the French vote.',
  ],
  [
    'Germany',
    'Germany braces for Russian interference in Bundestag vote',
    'German officials warned that Russia could try to interfere in the Bundestag election in September. ' +
      'The domestic intelligence agency said Russian hackers had stolen data from parliament in 2015 and might leak it before the vote. ' +
      'Chancellor Angela Merkel said Germany would not be intimidated by disinformation campaigns.',
  ],
  [
    'Brexit',
    'MPs ask whether Russia meddled in the Brexit vote',
    'British lawmakers said the government had failed to investigate whether Russia interfered in the Brexit referendum. ' +
      'The committee report said Russian state media had promoted the leave campaign and that troll accounts posted about the vote. ' +
      'Ministers said there was no evidence of successful interference in the referendum.',
  ],
  [
    'Ukraine vote',
    'Ukraine says Russian hackers targeted its election commission',
    "Ukraine's security service said Russian hackers had tried to break into the central election commission before the presidential vote. " +
      'Officials in Kyiv said the attack aimed to show a false winner on the commission website. ' +
      'Moscow denied interfering in the Ukrainian election.',
  ],
  [
    'Sandworm indictment 2020',
    'Six Russian GRU officers charged over global cyberattacks',
    'The Justice Department charged six officers of the Russian military intelligence agency, the GRU, over a string of destructive cyberattacks. ' +
      'Prosecutors said the unit, known as Sandworm, attacked the Ukrainian power grid, the 2018 Winter Olympics and the 2017 French election campaign. ' +
      'The indictment, unsealed in October 2020, also accuses the officers of releasing the NotPetya malware. ' +
      'Russia called the accusations baseless.',
  ],
];

const THE_STORY: [string, string, string][] = [
  [
    '2016, looking ahead to 2018',
    'A year on, the lessons of 2016',
    'Russian hackers broke into Democratic Party computers in 2016 and leaked thousands of emails during the presidential campaign. ' +
      'The special counsel has since charged Russian nationals with running a troll farm that targeted American voters in 2016. ' +
      'US intelligence agencies concluded that Putin ordered the influence campaign to help Donald Trump. ' +
      'Officials now warn that Russia may try to meddle again in the 2018 midterms.',
  ],
  [
    'Mueller report, published in 2019',
    'Mueller report details Russian interference',
    'The special counsel report released on Thursday said Russia interfered in the 2016 presidential election in sweeping and systematic fashion. ' +
      'It described how military intelligence officers hacked the Clinton campaign and how a troll farm ran fake accounts. ' +
      'The report did not establish that the Trump campaign conspired with the Russian government. ' +
      'Democrats in Congress said they would call Mueller to testify before the 2020 election.',
  ],
  [
    'Senate report on 2016, mentions 2020 in passing',
    'Senate panel backs spy agencies on Russian meddling',
    'The Senate intelligence committee said the spy agencies were right that Russia interfered in the 2016 election to help Trump. ' +
      "The bipartisan panel found the intelligence community's assessment was sound and based on solid evidence. " +
      'Committee members said states should harden their systems before the 2020 vote.',
  ],
];

describe('detectStory knows the time', () => {
  test.each(NOT_THE_STORY)('not the 2016 story: %s', (_name, title, text) => {
    expect(detectStory(text, meta(title)).aboutStory).toBe(false);
  });
  test.each(THE_STORY)('the 2016 story: %s', (_name, title, text) => {
    expect(detectStory(text, meta(title)).aboutStory).toBe(true);
  });
});
