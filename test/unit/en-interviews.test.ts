/**
 * Round thirteen, spec 2: interviews. Transcript turns under a speaker label (en-transcript.ts). Every text is
 * written for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en interviews 1. transcript turns under a speaker label', [
  {
    text: 'Harbour council meets again.\n\nMORAN: Mayor, will the ferry run in May?\n\nBRISK: I think it will. We have the money now.\n\nMORAN: And the pier?\n\nBRISK: The pier is another matter.',
    claims: [
      { kind: 'direct', source: 'MORAN', cue: ':', content: 'Mayor, will the ferry run in May?' },
      { kind: 'direct', source: 'BRISK', cue: ':', content: 'I think it will. We have the money now' },
      { kind: 'direct', source: 'MORAN', cue: ':', content: 'And the pier?' },
      { kind: 'direct', source: 'BRISK', cue: ':', content: 'The pier is another matter' },
    ],
  },
  // A turn goes on through a line that speaks as its speaker; a stage direction and an editor's line end it.
  {
    text: 'Ferry talks resume.\n\nDANA LUND: We will build the pier. I promise you that.\n\nMy staff told me to be careful.\n\n(END VIDEO CLIP.)\n\nOSKAR HAAG: Governor, you said the same last year.\n\nLUND: Last year we had no money.\n\nThe governor has not answered the question since.',
    claims: [
      { kind: 'direct', source: 'DANA LUND', cue: ':', content: ['We will build the pier. I promise you that.', 'My staff told me to be careful'] },
      { kind: 'direct', source: 'OSKAR HAAG', cue: ':', content: 'Governor, you said the same last year' },
      { kind: 'direct', source: 'LUND', cue: ':', content: 'Last year we had no money' },
      { kind: 'indirect', source: 'The governor', cue: 'has not answered', content: 'the question since' },
    ],
  },
  // A transcript quoted as a block: each paragraph opens with a quotation mark, which is no part of the turn.
  {
    text: 'Lund speaks.\n\nPartial transcript as follows:\n\n"MORAN: Governor, will the ferry run in May?\n\n"LUND: Well, look, it will. The money is there.\n\n"I promise you that.\n\n"MORAN: And the pier?\n\n"LUND: The pier is another matter."\n\nFollow Ada Brisk on Twitter.',
    claims: [
      { kind: 'direct', source: 'MORAN', cue: ':', content: 'Governor, will the ferry run in May?' },
      { kind: 'direct', source: 'LUND', cue: ':', content: ['Well, look, it will. The money is there.', 'I promise you that'] },
      { kind: 'direct', source: 'MORAN', cue: ':', content: 'And the pier?' },
      { kind: 'direct', source: 'LUND', cue: ':', content: 'The pier is another matter' },
    ],
  },
  // Labels in mixed case count when they label several turns.
  {
    text: 'Harbour council meets again.\n\nMoran: Mayor, will the ferry run in May?\n\nBrisk: I think it will.\n\nMoran: And the pier?\n\nBrisk: The pier is another matter.',
    claims: [
      { kind: 'direct', source: 'Moran', cue: ':', content: 'Mayor, will the ferry run in May?' },
      { kind: 'direct', source: 'Brisk', cue: ':', content: 'I think it will' },
      { kind: 'direct', source: 'Moran', cue: ':', content: 'And the pier?' },
      { kind: 'direct', source: 'Brisk', cue: ':', content: 'The pier is another matter' },
    ],
  },
  // No dialogue: one label, or labels that are headings, make no turn.
  {
    text: 'Ferry talks resume.\n\nUPDATE: The vote was delayed until Friday.\n\nThe council said the ferry would run in May.',
    claims: [{ kind: 'indirect', source: 'The council', cue: 'said', content: 'the ferry would run in May' }],
  },
  {
    text: 'Ferry talks resume.\n\nNOTE: The vote was delayed until Friday.\n\nEXCLUSIVE: The council said the ferry would run in May.',
    claims: [{ kind: 'indirect', source: 'The council', cue: 'said', content: 'the ferry would run in May' }],
  },
  {
    text: 'Ferry talks resume.\n\nMORAN: Will the ferry run in May?\n\nThe council said it would.',
    claims: [{ kind: 'indirect', source: 'The council', cue: 'said', content: 'it would' }],
  },
]);

family('en interviews 2. a programme title in the adjunct before the speaker', [
  {
    text: 'On the broadcast of "Harbour Hour," Mayor Lund said the ferry would run in May.',
    claims: [{ kind: 'indirect', source: 'Mayor Lund', cue: 'said', content: 'the ferry would run in May' }],
  },
  {
    text: 'In an interview with "60 Minutes," she said the pier would open in June.',
    claims: [{ kind: 'indirect', source: 'she', cue: 'said', content: 'the pier would open in June' }],
  },
  {
    text: 'Sunday on the set of "Morning Tide," Oskar Haag said the council had failed.',
    claims: [{ kind: 'indirect', source: 'Oskar Haag', cue: 'said', content: 'the council had failed' }],
  },
  // A quotation in lower case after "of" is still a statement.
  {
    text: 'The mayor spoke of "a ferry for everyone," the council said.',
    claims: [{ kind: 'mixed', source: 'the council', cue: 'said', content: 'The mayor spoke of "a ferry for everyone,"' }],
  },
]);

family('en interviews 3. a speaker label before a headline in title case', [
  {
    text: 'Lund: Ferry Story Has Moved On.\n\nMayor Dana Lund spoke on Friday.',
    claims: [{ kind: 'indirect', source: 'Lund', cue: ':', content: 'Ferry Story Has Moved On' }],
  },
  {
    text: 'Harbour Council: Ferry Will Run In May.\n\nThe vote was close.',
    claims: [{ kind: 'indirect', source: 'Harbour Council', cue: ':', content: 'Ferry Will Run In May' }],
  },
  {
    text: 'Report: Mayor Lund Advised Council To Sell The Pier.\n\nThe council met on Monday.',
    claims: [{ kind: 'indirect', source: 'Report', cue: ':', content: 'Mayor Lund Advised Council To Sell The Pier' }],
  },
  // The topic after "on" is no part of the speaker.
  {
    text: 'Lund on Harbour Fees: The Ferry Won’t Pay For Itself.\n\nThe mayor spoke on Monday.',
    claims: [{ kind: 'indirect', source: 'Lund', cue: ':', content: 'The Ferry Won’t Pay For Itself' }],
  },
  // A quotation that opens the headline and goes on is part of the statement.
  {
    text: 'Oskar Haag: ‘No Idea’ If I Would Have Told The Mayor.\n\nThe councillor spoke on Monday.',
    claims: [{ kind: 'mixed', source: 'Oskar Haag', cue: ':', content: '‘No Idea’ If I Would Have Told The Mayor' }],
  },
  // A title without a verb states nothing.
  { text: 'Lund: The Ferry Tales Of Harbourtown.\n\nA review.', claims: [] },
]);

family('en interviews 4. the one asked is not the speaker of the question', [
  {
    text: 'Lund was asked, "Will the ferry run in May?"',
    claims: [{ kind: 'direct', source: null, cue: 'was asked', content: 'Will the ferry run in May?' }],
  },
  {
    text: 'In an interview on Monday, the mayor was asked, "Who pays for the pier?"',
    claims: [{ kind: 'direct', source: null, cue: 'was asked', content: 'Who pays for the pier?' }],
  },
  {
    text: 'Lund was asked by host Ada Brisk, "Will the ferry run in May?"',
    claims: [{ kind: 'direct', source: 'host Ada Brisk', cue: 'was asked', content: 'Will the ferry run in May?' }],
  },
  {
    text: 'Lund was asked whether the ferry would run in May.',
    claims: [{ kind: 'unattributed', source: null, cue: 'was asked', content: 'whether the ferry would run in May' }],
  },
  // The one who asks is the speaker.
  {
    text: 'Lund asked, "Will the ferry run in May?"',
    claims: [{ kind: 'direct', source: 'Lund', cue: 'asked', content: 'Will the ferry run in May?' }],
  },
  {
    text: 'Ada Brisk asked the mayor whether the ferry would run in May.',
    claims: [{ kind: 'indirect', source: 'Ada Brisk', cue: 'asked', content: 'whether the ferry would run in May' }],
  },
]);

family('en interviews 5. a quoted question, then "X was asked."', [
  {
    text: '"Will you run again?" Lund was asked.',
    claims: [{ kind: 'direct', source: null, cue: 'was asked', content: 'Will you run again?' }],
  },
  {
    text: '"Who pays for the pier?" Mayor Lund was asked.',
    claims: [{ kind: 'direct', source: null, cue: 'was asked', content: 'Who pays for the pier?' }],
  },
  // A statement is not asked; a request to act is no question's frame.
  { text: '"We will win." Lund was asked.', claims: [] },
  {
    text: '"Will you run again?" Lund asked.',
    claims: [{ kind: 'direct', source: 'Lund', cue: 'asked', content: 'Will you run again?' }],
  },
]);
