/**
 * HTML → article text and metadata: the entry point the readers (sources.ts) and `extract` use.
 */
export { extractHtml, htmlFragmentText, withTitle, type HtmlExtract } from './html/readability.js';
