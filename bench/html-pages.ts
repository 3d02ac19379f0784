/**
 * Ingest of many real-looking web pages (issue 18): N pages of our own making — navigation, a cookie banner,
 * the article (the example articles, paragraphs rotated and each page numbered so that every page is its own
 * document), related links, a comment thread and a footer — written to a temporary folder and ingested by one
 * `ingest` process into a new store. Prints the wall time, pages per second and the process's peak RSS (VmHWM,
 * sampled from /proc; Linux only). Target: peak RSS < 400 MB at 1,000 pages.
 *
 *   npm run build && node dist/bench/html-pages.js [--pages 1000]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadExamples } from './corpus-gen.js';

const { values: args } = parseArgs({ options: { pages: { type: 'string', default: '1000' } } });
const pages = Number(args.pages);
const cli = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function page(k: number, ex: ReturnType<typeof loadExamples>): string {
  const a = ex[k % ex.length]!;
  const paras = a.text.split(/\n\s*\n/).slice(1).filter((p) => p.trim() !== '');
  const turn = paras.length > 0 ? k % paras.length : 0;
  const body = [...paras.slice(turn), ...paras.slice(0, turn)];
  const de = a.lang === 'de';
  const nav = ['Start', 'Politik', 'Wirtschaft', 'Region', 'Sport', 'Kultur', 'Meinung'].map((n) => `<li><a href="/${n.toLowerCase()}">${n}</a></li>`).join('');
  const related = Array.from({ length: 6 }, (_, i) => `<li><a href="/artikel/${k + i + 1}">${esc(ex[(k + i + 1) % ex.length]!.title)} (${k + i + 1})</a></li>`).join('');
  const comments = Array.from({ length: 1 + (k % 5) }, (_, i) =>
    `<div class="comment"><span class="author">Leser${(k * 7 + i) % 97}</span><p>${de ? 'Danke für den Bericht, aber wann kommt die Aufarbeitung?' : 'Thanks for the report, but when will anyone be held to account?'} (#${i + 1})</p></div>`,
  ).join('');
  return `<!doctype html><html lang="${a.lang}"><head><meta charset="utf-8"><title>${esc(a.title)} (${k})</title>
<meta property="og:title" content="${esc(a.title)}"><meta property="article:published_time" content="${a.published}">
<style>.cookie{position:fixed}</style><script>window.dataLayer=[];function track(){return ${k};}</script></head>
<body><header><nav class="main-nav"><ul>${nav}</ul></nav></header>
<div id="cookie-banner" class="cookie consent">${de ? 'Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten.' : 'We use cookies to give you a better experience.'} <button>OK</button></div>
<main><article><h1>${esc(a.title)}</h1><p class="byline">${de ? 'Von der Redaktion' : 'By our staff'} · ${a.published} · Nr. ${k}</p>
${body.map((p) => `<p>${esc(p.trim())}</p>`).join('\n')}
<p>(${k})</p></article>
<aside class="related"><h2>${de ? 'Mehr zum Thema' : 'Related'}</h2><ul>${related}</ul></aside>
<section class="comments"><h2>${de ? 'Kommentare' : 'Comments'}</h2>${comments}</section></main>
<footer><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · © Beispielverlag</footer></body></html>`;
}

const dir = mkdtempSync(join(tmpdir(), 'quellenlage-html-pages-'));
try {
  const ex = loadExamples();
  for (let k = 0; k < pages; k++) writeFileSync(join(dir, `page-${String(k).padStart(5, '0')}.html`), page(k, ex));
  const started = performance.now();
  const child = spawn(process.execPath, [cli, 'ingest', '--db', join(dir, 'store.db'), dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let peakKb = 0;
  const sample = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peakKb = Math.max(peakKb, Number(m[1]));
    } catch {
      // The process has ended.
    }
  };
  const timer = setInterval(sample, 100);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  const summary = stderr.split('\n').find((l) => / added, /.test(l)) ?? stderr.trim().split('\n').at(-1);
  console.log(`${pages} pages: exit ${code}, ${seconds.toFixed(1)} s (${(pages / seconds).toFixed(1)} pages/s), peak RSS ${(peakKb / 1024).toFixed(0)} MB (target < 400 MB)`);
  console.log(`  ${summary}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
