/** The library API of Quellenlage. */
export { Document, textId, type DocumentInit, type LayerMap, type LayerName } from './core/document.js';
export { Layer } from './core/layer.js';
export type { Span, MultiSpan } from './core/span.js';
export { Pipeline, type Component } from './core/pipeline.js';
export { normalizeText, toRawSpan, type Normalized } from './text/normalize.js';
export { tokenize, type Token, type TokenKind } from './text/tokenize.js';
export { segment, type Sentence } from './text/segment.js';
export { detectLanguage, type LanguageGuess } from './lang/detect.js';
export { getLanguage, SUPPORTED_LANGUAGES, type LanguageData, type SupportedLanguage } from './lang/index.js';
export { analyze, DEFAULT_COMPONENTS } from './analysis/analyze.js';
export { toAnalysis, ANALYSIS_FORMAT, type AnalysisJSON } from './analysis/format.js';
export { VERSION } from './version.js';
