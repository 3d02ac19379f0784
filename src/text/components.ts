import { Layer } from '../core/layer.js';
import type { Document } from '../core/document.js';
import type { Component } from '../core/pipeline.js';
import { getLanguage, isSupportedLanguage, type LanguageData } from '../lang/index.js';
import { segment, type Sentence } from './segment.js';
import { tokenize, type Token } from './tokenize.js';

declare module '../core/document.js' {
  interface LayerMap {
    tokens: Layer<Token>;
    sentences: Layer<Sentence>;
  }
}

/** The language data for a document; text in an unsupported language is read with the English rules. */
export function languageOf(doc: Document): LanguageData {
  return getLanguage(isSupportedLanguage(doc.lang) ? doc.lang : 'en');
}

export const tokenizer: Component = {
  name: 'tokenizer',
  requires: [],
  provides: 'tokens',
  run(doc) {
    doc.set('tokens', new Layer(tokenize(doc.text, languageOf(doc))));
  },
};

export const sentencizer: Component = {
  name: 'sentencizer',
  requires: ['tokens'],
  provides: 'sentences',
  run(doc) {
    doc.set('sentences', new Layer(segment(doc.text, doc.get('tokens').items, languageOf(doc))));
  },
};
