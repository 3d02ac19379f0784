import type { CueForm } from '../claims-lexicon.js';
import { addClaim, cls, cueForms, is, isBoundary, isCap, isComma, kindOf, pronounResolution, PUNCT_END, raw, sentenceRange, trim, unused, w, WINDOW, type Ctx } from './context.js';
import { npForward, subjectAfter, subjectBefore } from './phrases.js';
import { findParticle } from './quotes.js';
import type { VerbSite } from './rules.js';

/**
 * Verb cues: C, sagte X.  ·  X sagte, (dass) C.  ·  C1, fügt X hinzu, C2  ·  X teilte mit, dass C  ·  X said (that) C
 * X bestreitet die Hilfe / X denied the allegations (reported: the topic, not a proposition)  ·  spricht von …  ·
 * warned of …; the language module adds its own verb rules (./de.ts: passive agent, "Dies teilte X mit";
 * ./en.ts: "C, the minister said").
 */

/**
 * The order in which the verbs of a sentence are tried: left to right, except that (where the language asks
 * for it) a cue that closes the sentence after a comma ("They want X, he said.") goes first, so the verbs
 * inside its statement do not take the statement away from it.
 */
function cueOrder(c: Ctx, sA: number, sB: number): number[] {
  const order: number[] = [];
  for (let v = sA; v <= sB; v++) order.push(v);
  if (!c.rules.finalCueFirst) return order;
  // "C, X said, adding that …": the participle's clause is a claim of its own; the cue before it closes C.
  const participle = (k: number): boolean => c.rules.participle?.(c, k) === true;
  for (let k = sA + 2; k < sB; k++) if (isComma(c, k) && c.inQuote[k]! < 0 && participle(k + 1) && cueForms(c, k + 1).length > 0 && cueForms(c, k - 1).length > 0 && !participle(k - 1)) {
    sB = k - 1;
    break;
  }
  let last = -1;
  for (let v = sB; v > sA && sB - v <= 10; v--) {
    if (c.inQuote[v]! < 0 && cueForms(c, v).length > 0) {
      last = v;
      break;
    }
  }
  if (last < 0) {
    // "C, said Geert Wilders, founder of the party.": a speaker whose apposition runs past the window.
    const inverted = longInvertedCue(c, sA, sB);
    return inverted < 0 ? order : [inverted, ...order.filter((v) => v !== inverted)];
  }
  let comma = -1;
  for (let k = last - 1; k > sA && last - k <= 8; k--) if (isComma(c, k)) {
    comma = k;
    break;
  }
  if (comma < 0 || !trim(c, sA, comma - 1)) return order;
  // ", said X" or ", X said": nothing but a speaker between the comma and the verb.
  // (Auxiliaries before the verb where the language puts them after the subject: ", a new poll has found.")
  let verbAt = last;
  if (c.rules.skipAuxBeforeVerb) while (verbAt - 1 > comma + 1 && (cls(c, 'aux', verbAt - 1) || cls(c, 'werden', verbAt - 1))) verbAt--;
  if (comma !== last - 1 && npForward(c, comma + 1, verbAt) !== verbAt - 1 && c.rules.finalCueSpeaker?.(c, comma + 1, last) !== true) return order;
  // Only where nothing but the speaker (and punctuation) follows: ", he said." / ", said the minister."
  const rest = trim(c, last + 1, sB);
  // … or the rest of the statement after a further comma: "C1, the judge said, C2." (not ", adding …", ", and …").
  const interposed = rest !== null && isComma(c, last + 1) && !cls(c, 'coord', rest[0]) && !/ing$/.test(w(c, rest[0]));
  // (When and where it was said closes the sentence as well: ", he said Wednesday.", ", she said in a statement.")
  const trailer = rest !== null && !interposed && c.rules.finalCueTrailer?.(c, last, rest[0], sB) === true;
  if (rest && !interposed && !trailer && (cls(c, 'sub', rest[0]) || npForward(c, rest[0], sB + 1) < rest[1])) return order;
  // (After a speaker, a noun phrase after the verb is a listener only after a verb of telling: "…, she told
  // reporters"; after another verb it is its object, and the verb speaks inside the clause before it: "X said C,
  // some of it mentioning Y". Not so after an inverted verb: "…, said one source in the room".)
  if (rest && !interposed && !trailer && comma !== last - 1 && c.rules.listenerOnlyAfterTell && !cueForms(c, last).some((f) => c.lex.cueLemmas.get(f.lemma)?.frames.includes('tell') === true)) return order;
  return [last, ...order.filter((v) => v !== last)];
}

/**
 * A verb cue right after a comma further back than cueOrder's window whose inverted speaker, with its
 * apposition or relative clause (rules.invertedSourceEnd), runs to the sentence end: "C, said X, founder of Y
 * …". The first such comma-and-cue from the right, or -1. Linear in the window.
 */
function longInvertedCue(c: Ctx, sA: number, sB: number): number {
  if (!c.rules.invertedSourceEnd) return -1;
  let end = sB;
  while (end > sA && PUNCT_END.has(raw(c, end))) end--;
  for (let v = sB - 11; v > sA + 1 && sB - v <= 45; v--) {
    if (!isComma(c, v - 1) || c.inQuote[v]! >= 0 || cueForms(c, v).length === 0) continue;
    const e = npForward(c, v + 1, sB + 1);
    if (e < v + 1) return -1;
    const src: [number, number] = [v + 1, c.rules.invertedSourceEnd(c, [v + 1, e], sB)];
    return src[1] >= end && c.rules.invertedSourceOk(c, src, sB) ? v : -1;
  }
  return -1;
}

/** The verb cues of sentence si, or only of its tokens [range] (a claim's content, for nested claims). */
export function verbCues(c: Ctx, si: number, range?: [number, number]): void {
  const [sA, sB] = range ?? sentenceRange(c, si);
  const limit = sB + 1;
  let prevVerbSource: [number, number] | null = null;
  // The cue words a verb marked; when the verb made no claim they are freed again, so that another rule may
  // read the sentence ("hat nach Polizeiangaben … gefordert": a verb without content is no cue there).
  let marked: number[] = [];
  let claimsBefore = c.claims.length;
  const release = () => {
    if (c.claims.length === claimsBefore) for (const k of marked) c.used[k] = 0;
    marked = [];
  };
  for (const v of cueOrder(c, sA, sB)) {
    release();
    claimsBefore = c.claims.length;
    if (c.used[v] || c.inQuote[v]! >= 0) continue;
    const forms = cueForms(c, v);
    if (forms.length === 0) continue;
    if (c.rules.notACue(c, v, sA, sB)) continue;
    // Pick the reading whose particle (if any) is in the clause: "teilte … mit" beats "teilte".
    let form: CueForm | null = null;
    let particle = -1;
    // A participle next to a form of "werden" is a passive: prefer that reading.
    let clauseStart = v;
    while (clauseStart > sA && v - clauseStart < WINDOW && !isBoundary(c, clauseStart - 1)) clauseStart--;
    let clauseEnd = v;
    while (clauseEnd < sB && clauseEnd - v < WINDOW && !isBoundary(c, clauseEnd + 1)) clauseEnd++;
    let werden = false;
    let aux = false;
    for (let k = clauseStart; k <= clauseEnd; k++) {
      if (cls(c, 'werden', k)) werden = true;
      if (cls(c, 'aux', k)) aux = true;
    }
    let auxBefore = false;
    for (let k = clauseStart; k < v; k++) if (cls(c, 'aux', k) || cls(c, 'werden', k)) auxBefore = true;
    const passive = !!forms.find((f) => f.form === 'participle') && (werden || auxBefore);
    // "ließ sein Büro mitteilen": an infinitive after a form of "lassen" speaks for the one who has it said.
    let lassen = -1;
    for (let k = clauseStart; k < v; k++) if (cls(c, 'lassen', k)) lassen = k;
    const readings = passive ? forms.filter((x) => x.form === 'participle') : lassen >= 0 ? [...forms].sort((x, y) => Number(y.form === 'infinitive') - Number(x.form === 'infinitive')) : forms;
    const plusNext = (x: CueForm) => { const fr = c.lex.cueLemmas.get(x.lemma)?.frames ?? []; return fr.includes('+' + w(c, v + 1)) && !fr.includes(w(c, v + 1)); };
    for (const f of readings) {
      if (f.form === 'infinitive' && lassen < 0) continue;
      // A participle speaks only in a perfect or passive tense ("hat … gesagt"), not as an adjective ("wie erwartet").
      if (f.form === 'participle' && !aux) continue;
      if (f.particle) {
        let p = findParticle(c, f.particle, v + 1, limit);
        if (p < 0 && c.rules.particleBefore) p = c.rules.particleBefore(c, v, f.particle);
        if (p >= 0) {
          form = f;
          particle = p;
          break;
        }
      } else if (!form || (plusNext(f) && !plusNext(form))) form = f; // a phrasal lemma whose particle follows ("pushed back on")
    }
    if (!form) continue;
    const info = c.lex.cueLemmas.get(form.lemma);
    if (!info) continue;
    const cue: number[][] = cueParts(c, v, particle, info.frames, clauseStart, clauseEnd, form.form === 'participle');
    for (const part of cue) for (let k = part[0]!; k <= part[1]!; k++) if (k !== v && !c.used[k]) {
      c.used[k] = 1;
      marked.push(k);
    }
    // Cue words right after the verb (a reflexive, "out" of "pointed out") are no content either.
    let afterCue = Math.max(v, particle) + 1;
    while (cue.some(([a, b]) => a! <= afterCue && afterCue <= b!)) afterCue++;

    const site: VerbSite = { si, v, sA, sB, limit, particle, afterCue, passive, form, info, cue };
    if (c.rules.verbFirst(c, site)) continue;

    // (a) Content before the cue: "C, sagte X." / "C1, fügt X hinzu, C2" / English "C, X said." / "C, said X."
    if (isComma(c, v - 1) && v - 1 > sA) {
      const srcEnd = npForward(c, v + 1, particle > v ? particle : limit);
      let src: [number, number] | null = srcEnd >= 0 ? [v + 1, srcEnd] : null;
      if (src && c.rules.invertedSourceEnd) src = [src[0], c.rules.invertedSourceEnd(c, src, sB)];
      if (src && !c.rules.invertedSourceOk(c, src, sB)) src = null;
      if (src) {
        const pre = c.rules.preposedContent(c, sA, v - 2);
        if (pre && unused(c, pre[0], pre[1])) {
          const parts: number[][] = [pre];
          let tail = Math.max(src[1], particle);
          // "C1, fügt X hinzu, C2": the statement goes on after the cue — but not a relative clause about the
          // speaker ("…, sagte Gisela Hombach, die neben der Kirche wohnt").
          // Nor a participle clause after an inverted speaker ("…, said X, summing up the talks."; the participle
          // hook): an adjunct of the cue, whose words make no claim of their own ("talks" is no verb there).
          const adjunct = src[0] > v && isComma(c, tail + 1) && c.rules.participle?.(c, tail + 2) === true;
          if (adjunct) for (let k = tail + 2; k <= sB; k++) c.used[k] = 1;
          if (isComma(c, tail + 1) && tail + 2 <= sB && !(cls(c, 'relative', tail + 2) && !isCap(c, tail + 3)) && !adjunct) {
            const post = trim(c, tail + 2, sB);
            if (post && unused(c, post[0], post[1])) parts.push(post);
          }
          addClaim(c, { kind: kindOf(c, parts), content: parts, cue, source: src, resolved: pronounResolution(c, src, si), stance: info.stance, rule: 'verb-content-before', sentence: si });
          prevVerbSource = src;
          continue;
        }
      }
    }
    if (c.rules.verbAfterPreposed(c, site)) continue;

    // The speaker: the subject before the verb, or (inverted) the phrase right after it.
    let clauseA = v;
    while (clauseA > sA && v - clauseA < WINDOW && !isBoundary(c, clauseA - 1)) clauseA--;
    const coordinated: boolean = clauseA < v && cls(c, 'coord', v - 1) && prevVerbSource !== null;
    // In a perfect or passive the finite auxiliary takes the verb's place ("X hat … gesagt"); "lassen" does
    // for an infinitive ("Am Abend ließ sein Büro mitteilen").
    let fin = v;
    if (form.form === 'participle') for (let k = clauseA; k < v; k++) if (cls(c, 'aux', k) || cls(c, 'werden', k)) {
      fin = k;
      break;
    }
    if (form.form === 'infinitive' && lassen >= 0) fin = lassen;
    // A verb that opens its clause after a relative clause ("Medien in Kiew, die …, spekulieren") has its
    // subject at the start of the sentence.
    // So does an English one whose clause holds only auxiliaries before it ("X, a spokesperson, has said"): the
    // subject ends before them. (German puts the finite auxiliary itself in that place, handled by `fin`.)
    let core = clauseA;
    // (And a progressive's "is"/"was": "X, a spokesperson, is saying …"; and a time: "X, a spokesperson, on Friday said …".)
    if (c.rules.skipAuxBeforeVerb) while (core < fin && (cls(c, 'aux', core) || cls(c, 'werden', core) || cls(c, 'adv', core) || c.inTime[core] === 1 || (cls(c, 'prep', core) && c.inTime[core + 1] === 1))) core++;
    let src: [number, number] | null = coordinated ? prevVerbSource : subjectBefore(c, clauseA, fin) ?? (core === fin && clauseA > sA ? subjectBefore(c, sA, clauseA) : null);
    // In a passive the speaker is the agent ("… wurde vom LSVD aufgefordert"), not the subject.
    if (passive && form.form === 'participle') src = c.rules.passiveAgent(c, clauseA, v) ?? src;
    if (!src && fin < v && !cls(c, 'oblique', fin + 1)) {
      const e = npForward(c, fin + 1, v);
      if (e >= 0) src = [fin + 1, e];
    }
    let after = afterCue;
    if (!src) {
      src = subjectAfter(c, v + 1, particle > v ? particle : limit);
      if (src) src = frameAfterSpeaker(c, src, info.frames, sB);
      if (src && c.rules.speakerAfterVerb) {
        const own = c.rules.speakerAfterVerb(c, v, src, sB);
        // (A speaker found elsewhere leaves the words after the verb to the content.)
        if (own && own[0] < v) {
          src = own;
          after = afterCue;
        } else if ((src = own)) after = Math.max(src[1] + 1, afterCue);
      } else if (src) after = Math.max(src[1] + 1, afterCue);
    }
    if (!src) continue;

    // (b) Content after the cue: "X sagte, (dass) C" / "X erklärte laut Y, C" / "X said (that) C" / "X told reporters C".
    const contentStart = c.rules.contentStart(c, site, after);
    if (contentStart > 0 && contentStart <= sB) {
      // A spaced dash after the content starts the writer's own comment.
      let contentEnd = sB;
      for (let k2 = contentStart; k2 <= sB; k2++) if ((is(c, k2, '–', '—') || c.rules.contentStops.has(raw(c, k2))) && c.inQuote[k2]! < 0) {
        contentEnd = k2 - 1;
        break;
      }
      contentEnd = c.rules.contentEnd(c, site, contentStart, contentEnd, src);
      const content = beforeEarly(c, trim(c, contentStart, contentEnd));
      // "spekulieren über Soldaten, die erwartet würden": a relative clause after a noun is not the statement
      // (but "sagte, die Lage sei ernst" is: there the article opens a noun phrase).
      const relativeClause = content !== null && cls(c, 'relative', content[0]) && isCap(c, contentStart - 2) && !isCap(c, content[0] + 1);
      const clauseOk = content !== null && !relativeClause && c.rules.clauseOk(c, content, site);
      if (content && clauseOk && (content[1] - content[0] >= 2 || c.rules.shortContent?.(c, content, site) === true) && unused(c, content[0], content[1])) {
        // What stands between the cue and the content ("laut Agenturberichten") belongs to neither claim nor phrase rules.
        for (let k = v; k < contentStart; k++) c.used[k] = 1;
        addClaim(c, {
          kind: kindOf(c, [content]),
          content: [content],
          cue,
          source: src,
          resolved: pronounResolution(c, src, si),
          stance: info.stance,
          rule: 'verb-content-after',
          sentence: si,
        });
        prevVerbSource = src;
        continue;
      }
    }

    // (c) Reported: the topic, not a proposition: "bestreitet die Hilfe", "spricht von …", "warned of …".
    const topicFrames = info.frames.filter((f) => f !== 'say' && f !== 'tell');
    if (topicFrames.length > 0 && fin < v && !topicFrames.includes('object')) {
      // Verb-final perfect ("hatte von einem Wunder gesprochen", "haben vor einer Welle gewarnt"): the topic
      // stands between the finite auxiliary and the participle. (A bare noun phrase there, for verbs with an
      // object, is too often no topic: measured on SpkAtt train, it cost more precision than it gained.)
      const t = topicBeforeVerb(c, v, fin, src, topicFrames, cue, clauseEnd);
      if (t && t.parts.every((p) => unused(c, p[0]!, p[1]!))) {
        const fullCue = (t.prep >= 0 ? [...cue, [t.prep, t.prep]] : [...cue]).sort((x, y) => x[0]! - y[0]!);
        addClaim(c, { kind: 'reported', content: t.parts, cue: fullCue, source: src, resolved: pronounResolution(c, src, si), stance: info.stance, rule: 'verb-reported', sentence: si });
        prevVerbSource = src;
        continue;
      }
    }
    if (topicFrames.length > 0) {
      // With a separable verb the topic stands between verb and particle ("wies die Kritik zurück").
      let s = particle > v ? v + 1 : after;
      while (s <= sB && (cls(c, 'adv', s) || (src && s >= src[0] && s <= src[1]))) s++;
      let prep = -1;
      let timeInCue: number[] | null = null;
      if (!topicFrames.includes('object')) {
        let p = s;
        // (Not one right after another preposition, which is an approximation: "spoke for about five minutes about X".)
        while (p <= sB && p - s < 4 && !(topicFrames.includes(w(c, p)) && !(p > s && cls(c, 'prep', p - 1))) && !isBoundary(c, p)) p++;
        if (!topicFrames.includes(w(c, p))) continue;
        // The preposition belongs to the cue ("spricht von", "warnte vor"); the topic follows it.
        prep = p;
        s = p + 1;
      } else if (c.rules.prepositionRightAfterObjectVerb) {
        // "called for X", "called on X to …": the verb's preposition joins the cue; the topic follows it. An
        // object before the preposition stays in the topic ("praised X for Y", "accused X of Y"); a time
        // between them is when it was said ("called on Friday for X").
        let p = s;
        while (p < sB && (c.inTime[p] || (cls(c, 'prep', p) && c.inTime[p + 1]))) p++;
        if (p < sB && topicFrames.includes(w(c, p))) {
          timeInCue = p > s ? [s, p - 1] : null;
          prep = p;
          s = p + 1;
        }
      }
      let e = s;
      while (e <= sB && !(cls(c, 'coord', e) && cueForms(c, e + 1).length > 0) && !is(c, e, '.', '!', '?', ';') && !(e > s && c.rules.topicStop?.(c, e, sB, s) === true)) {
        // A relative clause stays with the topic: "über Zehntausende Soldaten, die …".
        if (isComma(c, e) && !cls(c, 'relative', e + 1)) break;
        if (particle >= 0 && e === particle) break;
        e++;
      }
      let contentEnd = e - 1;
      // A time at the end is when it was said, not what ("denied the allegations on Monday").
      while (contentEnd > s && (c.inTime[contentEnd] || PUNCT_END.has(raw(c, contentEnd)))) contentEnd--;
      // A negation closing the topic belongs to the cue: "bestätigte die Zahl nicht" (then it confirms nothing).
      let negated = false;
      while (contentEnd > s && cls(c, 'neg', contentEnd)) {
        negated = true;
        contentEnd--;
      }
      const content = c.rules.topicSpan ? c.rules.topicSpan(c, site, s, contentEnd) : trim(c, s, contentEnd);
      // The cue's own words inside the topic ("bezeichnete den Angriff als Ausweitung") split it into parts.
      const own = new Set<number>();
      for (const [a, b] of cue) for (let k = a!; k <= b!; k++) own.add(k);
      const parts: number[][] = [];
      if (content) {
        let from = -1;
        for (let k = content[0]; k <= content[1] + 1; k++) {
          if (k <= content[1] && !own.has(k)) {
            if (from < 0) from = k;
          } else if (from >= 0) {
            parts.push([from, k - 1]);
            from = -1;
          }
        }
      }
      if (parts.length > 0 && parts.every((p) => unused(c, p[0]!, p[1]!))) {
        let fullCue = prep >= 0 ? [...cue, timeInCue ? [timeInCue[0]!, prep] : [prep, prep]] : [...cue];
        if (negated) fullCue.push([contentEnd + 1, e - 1]);
        fullCue = fullCue.sort((x, y) => x[0]! - y[0]!);
        const stance = negated && info.stance === 'confirm' ? 'assert' : info.stance;
        addClaim(c, { kind: 'reported', content: parts, cue: fullCue, source: src, resolved: pronounResolution(c, src, si), stance, rule: 'verb-reported', sentence: si });
        prevVerbSource = src;
      }
    }
  }
  release();
}

/**
 * The topic of a cue verb at the end of its clause, after the finite auxiliary `fin` and the speaker: what
 * follows the frame's preposition ("von", "vor", "für" …), or for an 'object' frame the noun phrase. Null when
 * the clause goes on after the verb (then the topic follows it) or nothing fits.
 */
function topicBeforeVerb(c: Ctx, v: number, fin: number, src: [number, number], frames: readonly string[], cue: number[][], clauseEnd: number): { parts: number[][]; prep: number } | null {
  const own = (k: number) => cue.some(([a, b]) => a! <= k && k <= b!);
  for (let k = v + 1; k <= clauseEnd; k++) if (!own(k) && c.toks[k]!.kind === 'word') return null;
  let a = src[1] >= fin && src[1] < v ? src[1] + 1 : fin + 1;
  while (a < v && (own(a) || cls(c, 'adv', a) || cls(c, 'reflexive', a) || c.inTime[a] || (cls(c, 'prep', a) && c.inTime[a + 1]))) a++;
  if (a >= v) return null;
  let prep = -1;
  if (!frames.includes('object')) {
    for (let k = a; k < v && prep < 0; k++) if (frames.includes(w(c, k)) && !own(k)) prep = k;
    if (prep < 0) return null;
    a = prep + 1;
  } else if (cls(c, 'prep', a) || c.toks[a]!.kind !== 'word') return null;
  let b = v - 1;
  while (b >= a && (own(b) || cls(c, 'adv', b) || cls(c, 'neg', b) || c.inTime[b])) b--;
  const parts: number[][] = [];
  for (let k = a, from = -1; k <= b + 1; k++) {
    if (k <= b && !own(k)) {
      if (from < 0) from = k;
    } else if (from >= 0) {
      parts.push([from, k - 1]);
      from = -1;
    }
  }
  return parts.length > 0 ? { parts, prep } : null;
}

/**
 * The whole cue: the verb, its particle, and what belongs to the speech act — a reflexive right after it
 * ("äußerte sich"), a correlate ("geht davon aus", "wies darauf hin"), "als" of "bezeichnete … als", the
 * auxiliary of a perfect or passive ("hatte erklärt", "wurde aufgefordert"), "wie" of "wie X mitteilte".
 */
/** cueParts for a cue found by the quotation rules (its particle, if any, is already in `cue`). */
export function mergeCue(c: Ctx, cue: number[][], v: number, frames: readonly string[], clauseA: number, clauseB: number, participle: boolean): number[][] {
  const particle = cue.length > 1 ? cue[1]![0]! : -1;
  return cueParts(c, v, particle, frames, clauseA, clauseB, participle);
}

export function cueParts(c: Ctx, v: number, particle: number, frames: readonly string[], clauseA: number, clauseB: number, participle: boolean): number[][] {
  const set = new Set<number>([v]);
  if (particle >= 0) set.add(particle);
  if (cls(c, 'reflexive', v + 1)) set.add(v + 1);
  if (v > clauseA && cls(c, 'reflexive', v - 1) && !isCap(c, v - 1)) set.add(v - 1);
  const end = particle >= 0 ? particle : clauseB;
  for (let k = v + 1; k <= end && k <= v + 8; k++) {
    if (cls(c, 'correlate', k) && (particle >= 0 || frames.some((f) => f !== 'say' && f !== 'object'))) {
      set.add(k);
      break;
    }
  }
  if (frames.includes('object')) {
    for (let k = v + 1; k <= clauseB && k <= v + 10; k++) if (cls(c, 'predicative', k)) {
      set.add(k);
      break;
    }
  }
  if (participle) {
    for (let k = clauseA; k <= clauseB; k++) if (k !== v && (cls(c, 'aux', k) || cls(c, 'werden', k))) {
      set.add(k);
      break;
    }
  }
  // "ließ … mitteilen"
  for (let k = clauseA; k < v; k++) if (cls(c, 'lassen', k)) set.add(k);
  // "als" before a final participle: "von X als überzogen bezeichnet"
  if (frames.includes('object')) for (let k = Math.max(clauseA, v - 4); k < v; k++) if (cls(c, 'predicative', k)) set.add(k);
  c.rules.cueExtras(c, v, clauseA, set);
  const sorted = [...set].sort((a, b) => a - b);
  const parts: number[][] = [];
  for (const k of sorted) {
    const lastPart = parts.at(-1);
    if (lastPart && lastPart[1] === k - 1) lastPart[1] = k;
    else parts.push([k, k]);
  }
  return parts;
}


/**
 * A content that runs into a claim the `beforeVerbs` hook read (an English speech noun with its clause) ends at
 * the comma, dash or opening bracket before it: "said both X and Y have been fair, despite suggestions by the media that …" holds two
 * sibling claims, not one inside the other. Without such a comma the content stays (and, overlapping, makes none).
 */
function beforeEarly(c: Ctx, content: [number, number] | null): [number, number] | null {
  if (!content) return content;
  let k = content[0];
  while (k <= content[1] && !c.used[k]) k++;
  if (k > content[1] || !c.early[k]) return content;
  let m = k - 1;
  // (Back to the comma, the dash or the bracket that opens the claim: "… over the pier (the cost of which, X say, …)";
  // "said that the memo was not secret - a point that officials have disputed".)
  while (m > content[0] && !isComma(c, m) && !is(c, m, '(', '-', '–', '—', ';')) m--;
  return m > content[0] + 1 ? trim(c, content[0], m - 1) ?? content : content;
}

/**
 * An inverted speaker that runs to the clause end over the verb's own preposition ("Im Bundestag sprach die
 * Ministerin von einem Erfolg", "warb der Kanzler für den Kompromiss"): the preposition opens the topic, so the
 * speaker ends before it. Where more follows (a clause: "berichtete der Korrespondent von CNN, dass …") it stays.
 */
function frameAfterSpeaker(c: Ctx, src: [number, number], frames: readonly string[], sB: number): [number, number] {
  const [a, b] = src;
  if (b < sB && !isBoundary(c, b + 1) && !PUNCT_END.has(raw(c, b + 1))) return src;
  for (let k = a + 1; k <= b; k++) if (frames.includes(w(c, k)) && k - 1 >= a && isCap(c, k - 1)) return [a, k - 1];
  return src;
}
