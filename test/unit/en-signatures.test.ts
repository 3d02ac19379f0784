/**
 * Quotations signed with a dash and a name after them (src/extract/attribution/en-signatures.ts): pull quotes,
 * listicles, debate round-ups and embedded tweets. The name is the source, the dash the cue, the whole quotation
 * (or the tweet's text) the content. Sentences written for this test; conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);
const signed = (text: string, source: string, cue: string, content: string): Case => ({ text, claims: [{ kind: 'direct', source, cue, content }] });
const none = (text: string): Case => ({ text, claims: [] });

family('en signatures 1. a dash and a name after a quotation that opens its line', [
  signed('“We were promised jobs and got nothing.” ― Maria Lopez', 'Maria Lopez', '―', 'We were promised jobs and got nothing.'),
  signed('“The mill closed. Nobody came back. Who will?”― Maria Lopez', 'Maria Lopez', '―', 'The mill closed. Nobody came back. Who will?'),
  signed('"The mill closed."  - Maria Lopez', 'Maria Lopez', '-', 'The mill closed.'),
  signed('"The mill closed." -Senator Lee', 'Senator Lee', '-', 'The mill closed.'),
  signed('“Taxes will rise.” – Sen. Tom Hadley.', 'Sen. Tom Hadley', '–', 'Taxes will rise.'),
  signed('“Taxes will rise next year.” — Julie A. Ortega Ruiz', 'Julie A. Ortega Ruiz', '—', 'Taxes will rise next year.'),
  // A quotation opened with a turned mark has no pair: the claim still runs from the line's first mark, and the
  // verb inside it makes no claim of its own.
  signed('”The debate proved that he is unfit. He cannot lead.” ― Carla Diaz', 'Carla Diaz', '―', 'The debate proved that he is unfit. He cannot lead.'),
  // A quotation with quotations inside it: its last mark may pair with an inner one. (That mark then joins the
  // content, as it closes a quotation opened inside it: en-quote-close.ts.)
  signed('“He quoted a song, ‘all we have is money.” And that is “the root of all evil’.” ― Carla Diaz', 'Carla Diaz', '―', 'He quoted a song, ‘all we have is money.” And that is “the root of all evil’.”'),
  signed('"The mill closed," — Maria Lopez', 'Maria Lopez', '—', 'The mill closed'),
]);

family('en signatures 2. the signature in a paragraph of its own, with an apposition', [
  signed('"We will fix the bridge by June."\n\n- Mayor Ortiz.', 'Mayor Ortiz', '-', 'We will fix the bridge by June.'),
  signed('"It needs to stop."\n\n-Michelle Varga, Toledo.', 'Michelle Varga', '-', 'It needs to stop.'),
  signed('"Great speech. She is ready."\n\n-President Obama, tweeting after the speech.', 'President Obama', '-', 'Great speech. She is ready.'),
  // Not a continuation of the quoted speaker before it.
  {
    text: 'The senator spoke first.\n\n"Jobs are gone," she said.\n\n"We need them back."\n\n- Ana Ruiz.',
    claims: [
      { kind: 'direct', source: 'she', cue: 'said', content: 'Jobs are gone' },
      { kind: 'direct', source: 'Ana Ruiz', cue: '-', content: 'We need them back.' },
    ],
  },
  // A listicle: one claim per line.
  {
    text: 'Readers wrote in.\n“The debate showed who he is.” ― Carla Diaz\n“He cannot lead.”― Tom Reyes.\n',
    claims: [
      { kind: 'direct', source: 'Carla Diaz', cue: '―', content: 'The debate showed who he is.' },
      { kind: 'direct', source: 'Tom Reyes', cue: '―', content: 'He cannot lead.' },
    ],
  },
]);

family('en signatures 3. embedded tweets: a name with a handle signs the text of its line', [
  signed('The vote is tonight. Call your senator! pic.twitter.com/AbC123 — Jane Roe (@janeroe) September 26, 2016', 'Jane Roe (@janeroe)', '—', 'The vote is tonight. Call your senator!'),
  signed('Why is nobody wearing the hat? #ugly — Ben Ortiz (@ben_ortiz) September 1, 2016\n', 'Ben Ortiz (@ben_ortiz)', '—', 'Why is nobody wearing the hat? #ugly'),
  signed('<tweet id="12">The bridge is closed again. — Jane Roe (@janeroe) May 2, 2016</tweet>.', 'Jane Roe (@janeroe)', '—', 'The bridge is closed again.'),
]);

family('en signatures 4. no signature', [
  none('The vote is tonight. — Jane Roe'),
  none('WASHINGTON — The senator — Lee — said nothing.'),
  none('“Enough.” — and then he left.'),
  none('“Enough already.” — The room fell silent after that.'),
  none('“Enough already.” — Lee left the room.'),
  none('“Enough already.” — By John Smith'),
  // A list of names and then a verb is a clause with its subjects, not a name with an apposition.
  none('“We will rebuild the pier.”\n- Okafor, Varga and Lindqvist voted no.'),
  none('“We will rebuild the pier.”\n- Okafor, Varga and Lindqvist were absent.'),
  none('“A Change Is Gonna Come” — Sam Cooke'),
  { text: 'He called the plan "a total disaster" — Tom Smith', claims: [{ kind: 'reported', source: 'He', cue: 'called', content: 'the plan "a total disaster"' }] },
]);

family('en signatures 5. an apposition after the name is no clause', [
  signed('“We will rebuild the pier.”\n- Ines Okafor, Brell.', 'Ines Okafor', '-', 'We will rebuild the pier.'),
  signed('“We will rebuild the pier.”\n- Ines Okafor, speaking after the vote.', 'Ines Okafor', '-', 'We will rebuild the pier.'),
]);
