/**
 * Runs in a worker thread started by ledger-fuzz.test.ts, so that a loop without end or a heap that grows
 * without bound ends the worker (time limit, `resourceLimits`) instead of the test process. Two jobs:
 *   - "regression": text of the shape that made `ledgerRecords` loop for ever (a country named inside a
 *     hyphenated word: "in die Ukraine-Region");
 *   - "property": fast-check documents made of random figures, claims, denials and countries (some inside
 *     hyphenated words), in German and English, each through analyze → toAnalysis → ledgerRecords.
 * Posts { ok: true, runs } or { ok: false, message }.
 */
import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { analyze } from '../../src/analysis/analyze.js';
import { toAnalysis } from '../../src/analysis/format.js';
import { ledgerRecords } from '../../src/ledger/estimates.js';

interface Job {
  mode: 'regression' | 'property';
  runs?: number;
  seed?: number;
}

/** Checks one document's records: every estimate is one of its quantities, once; every denial one of its denying claims. */
function check(text: string, lang: 'de' | 'en'): void {
  const a = toAnalysis(analyze({ text, lang }));
  const r = ledgerRecords(a);
  const quantities = new Set(a.quantities.map((q) => q.id));
  const denying = new Set(a.claims.filter((c) => c.stance === 'deny').map((c) => c.id));
  const seen = new Set<string>();
  for (const e of r.estimates) {
    if (!quantities.has(e.quantity)) throw new Error(`an estimate of an unknown quantity ${e.quantity}`);
    if (seen.has(e.quantity)) throw new Error(`quantity ${e.quantity} gave two estimates`);
    seen.add(e.quantity);
  }
  if (r.denials.length !== denying.size) throw new Error(`${r.denials.length} denials for ${denying.size} denying claims`);
}

const COUNTRIES = {
  de: ['Deutschland', 'Russland', 'der Ukraine', 'die Ukraine-Region', 'Nordkorea', 'Russland-Nord', 'Polen', 'Frankreichs', 'die Deutschland-Tour'],
  en: ['Germany', 'Russia', 'Ukraine', 'the Ukraine-region', 'North Korea', 'Russia-based', 'Poland', "France's", 'the Germany-tour'],
};
const THINGS = { de: ['Soldaten', 'Menschen', 'Euro', 'Granaten', 'Nordkoreaner', 'Häuser', 'Flüchtlinge'], en: ['soldiers', 'people', 'euros', 'shells', 'North Koreans', 'houses', 'refugees'] };
const VERBS = { de: ['verlegt', 'evakuiert', 'getötet', 'geliefert', 'verletzt', 'gezählt'], en: ['deployed', 'evacuated', 'killed', 'delivered', 'injured', 'counted'] };
const SPEAKERS = { de: ['Der Minister', 'Die Polizei', 'Ein Sprecher des Landratsamts', 'Anna Schmidt'], en: ['The minister', 'Police', 'A spokesperson', 'Anna Smith'] };

const figure = fc.oneof(fc.integer({ min: 1, max: 9_999_999 }).map(String), fc.integer({ min: 1, max: 999 }).map((n) => `${n}.000`), fc.constantFrom('Tausende', 'Dutzende', 'hundert', 'thousands'));

function sentence(lang: 'de' | 'en') {
  const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
  return fc
    .tuple(fc.integer({ min: 0, max: 4 }), figure, figure, pick(THINGS[lang]), pick(VERBS[lang]), pick(COUNTRIES[lang]), pick(COUNTRIES[lang]), pick(SPEAKERS[lang]))
    .map(([shape, n, m, thing, verb, c1, c2, who]) => {
      if (lang === 'de') {
        return [
          `${who} sagte, ${n} ${thing} aus ${c1} seien nach ${c2} ${verb} worden.`,
          `„Es waren nicht ${n}, sondern ${m} ${thing}“, sagte ${who}.`,
          `${who} bestritt, dass ${n} ${thing} in ${c1} ${verb} worden seien.`,
          `Mehr als ${n} ${thing} wurden ${verb}, rund ${m} davon in ${c1}.`,
          `${who} wies zurück, dass ${c1} ${n} ${thing} gegen ${c2} ${verb} habe.`,
        ][shape]!;
      }
      return [
        `${who} said ${n} ${thing} from ${c1} had been ${verb} to ${c2}.`,
        `"It was not ${n} but ${m} ${thing}," ${who} said.`,
        `${who} denied that ${n} ${thing} were ${verb} in ${c1}.`,
        `More than ${n} ${thing} were ${verb}, about ${m} of them in ${c1}.`,
        `${who} rejected claims that ${c1} ${verb} ${n} ${thing} against ${c2}.`,
      ][shape]!;
    });
}

const documents = fc.constantFrom('de' as const, 'en' as const).chain((lang) =>
  fc.array(sentence(lang), { minLength: 1, maxLength: 40 }).map((ss) => ({ lang, text: ss.join(' ') })),
);

function run(job: Job): number {
  if (job.mode === 'regression') {
    check('Nach Angaben der Regierung wurden 3000 Soldaten in die Ukraine-Region verlegt. Der Minister sagte, 4000 Soldaten seien im Einsatz.', 'de');
    check('Officials said 3,000 troops were sent to the Ukraine-region. The minister said 4,000 soldiers were deployed.', 'en');
    return 2;
  }
  const runs = job.runs ?? 100;
  fc.assert(
    fc.property(documents, (d) => check(d.text, d.lang)),
    { numRuns: runs, ...(job.seed !== undefined ? { seed: job.seed } : {}) },
  );
  return runs;
}

try {
  parentPort!.postMessage({ ok: true, runs: run(workerData as Job) });
} catch (err) {
  parentPort!.postMessage({ ok: false, message: (err as Error).message.slice(0, 4000) });
}
