import { lowerOf, type Token } from '../text/tokenize.js';
import type { SupportedLanguage } from '../lang/index.js';
import { readTable } from '../lang/lexicon.js';
import type { TimeMention } from './times.js';

/**
 * Periods anchored to a named event: "seit dem Pfingsthochwasser 1999", "since the Pentecost flood of 1999",
 * "nach der Wahl", "before the election". Words are data (src/lang/<code>/time-events.tsv): prepositions
 * (class prep) and event nouns (class event; German compounds match by a last part of five letters or more, "Pfingst|hochwasser").
 * Shape: prep [article] [up to two modifiers] EVENT [of|von] [year]. With a year in the phrase the value is
 * that year; otherwise the event's date is not in the text and the time is kept with value null. Either way
 * `anchor` holds the event as written ("Pfingsthochwasser 1999"). Grain "event".
 */

interface EventLexicon {
  preps: Set<string>;
  dets: Set<string>;
  ofs: Set<string>;
  events: string[];
}

const cache = new Map<SupportedLanguage, EventLexicon>();

function lexicon(lang: SupportedLanguage): EventLexicon {
  let lex = cache.get(lang);
  if (lex) return lex;
  lex = { preps: new Set(), dets: new Set(), ofs: new Set(), events: [] };
  for (const [form, cls] of readTable(new URL(`../lang/${lang}/time-events.tsv`, import.meta.url))) {
    const f = form!.toLowerCase();
    if (cls === 'prep') lex.preps.add(f);
    else if (cls === 'det') lex.dets.add(f);
    else if (cls === 'of') lex.ofs.add(f);
    else if (cls === 'event') lex.events.push(f);
    else throw new Error(`time-events.tsv (${lang}): unknown class "${cls}"`);
  }
  cache.set(lang, lex);
  return lex;
}

const YEAR = /^(1[0-9]{3}|20[0-9]{2}|21[0-9]{2})$/;

/** Adds event-anchored periods that do not overlap the mentions found so far (sorted by start). */
export function addEventTimes(text: string, tokens: readonly Token[], found: TimeMention[], lang: SupportedLanguage): TimeMention[] {
  const lex = lexicon(lang);
  const added: TimeMention[] = [];
  const word = (k: number) => (tokens[k] ? text.slice(tokens[k]!.start, tokens[k]!.end) : '');
  const isEvent = (w: string) => {
    const l = w.toLowerCase();
    // A German compound by its last part, for parts of five letters or more ("Auswahl" is no "Wahl").
    return lex.events.some((e) => l === e || (lang === 'de' && e.length >= 5 && l.endsWith(e) && l.length > e.length + 2));
  };
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'word' || !lex.preps.has(lowerOf(text, tokens[i]!))) continue;
    let k = i + 1;
    if (lex.dets.has(word(k).toLowerCase())) k++;
    const anchorStart = k;
    let year: string | null = null;
    let ev = -1;
    for (let n = 0; n <= 2 && k < tokens.length; n++, k++) {
      const w = word(k);
      if (tokens[k]!.kind === 'number' && YEAR.test(w) && year === null) year = w;
      else if (tokens[k]!.kind !== 'word') break;
      if (isEvent(w)) {
        ev = k;
        break;
      }
    }
    if (ev < 0) continue;
    let end = ev;
    let kk = ev + 1;
    if (lex.ofs.has(word(kk).toLowerCase())) kk++;
    if (year === null && tokens[kk]?.kind === 'number' && YEAR.test(word(kk))) {
      year = word(kk);
      end = kk;
    }
    const start = tokens[i]!.start;
    const stop = tokens[end]!.end;
    if (found.some((m) => m.start < stop && m.end > start)) continue;
    added.push({ start, end: stop, value: year, relative: false, grain: 'event', anchor: text.slice(tokens[anchorStart]!.start, stop) });
    i = end;
  }
  if (added.length === 0) return found;
  return [...found, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}
