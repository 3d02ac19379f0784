/**
 * The interface text in German and English: one JSON file per language in src/server/messages/, chosen by the
 * `ui` switch (kept in a cookie), else by Accept-Language, else English.
 */
import { readFileSync } from 'node:fs';

export const UI_LANGS = ['en', 'de'] as const;
export type UiLang = (typeof UI_LANGS)[number];
export type Messages = Record<string, string>;

const messages = new Map<UiLang, Messages>();
for (const l of UI_LANGS) messages.set(l, JSON.parse(readFileSync(new URL(`./messages/${l}.json`, import.meta.url), 'utf8')) as Messages);

/** The translation function of one language; a missing key shows as itself (and a unit test keeps the files in step). */
export function translator(lang: UiLang): (key: string) => string {
  const m = messages.get(lang)!;
  return (key) => m[key] ?? key;
}

export function messageKeys(lang: UiLang): string[] {
  return Object.keys(messages.get(lang)!);
}

export const isUiLang = (v: unknown): v is UiLang => typeof v === 'string' && (UI_LANGS as readonly string[]).includes(v);

/** The best of de/en by the q-values of an Accept-Language header; English when neither is asked for. */
export function fromAcceptLanguage(header: string | undefined): UiLang {
  let best: UiLang = 'en';
  let bestQ = 0;
  for (const part of (header ?? '').split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const primary = tag.split('-')[0]!;
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)).find((m) => m)?.[1];
    const weight = q === undefined ? 1 : Number(q);
    if (isUiLang(primary) && weight > bestQ) {
      best = primary;
      bestQ = weight;
    }
  }
  return best;
}
