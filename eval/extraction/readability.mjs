#!/usr/bin/env node
// Readability.js baseline for the article-extraction benchmark.
//
//   node readability.mjs [--data DIR] [--out FILE]        predictions JSON {id: {articleBody}}
//   node readability.mjs [--data DIR] --bench ROUNDS [--json]
//                                                          warm-loop speed: pages/s, MB/s, peak RSS
//
// DIR holds html/<id>.html.gz and ground-truth.json (its `url` is given to JSDOM). Default: $DATA,
// else ../shared/data/article-extraction-benchmark beside the repository root.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, 'package.json'));
const { Readability } = require('@mozilla/readability');
const { JSDOM, VirtualConsole } = require('jsdom');

const USAGE = `usage: readability.mjs [--data DIR] [--out FILE]
       readability.mjs [--data DIR] --bench ROUNDS [--json]
  --data DIR      benchmark folder (html/*.html.gz, ground-truth.json); default $DATA or
                  <repo>/../shared/data/article-extraction-benchmark
  --out FILE      write predictions JSON there (default: stdout)
  --bench ROUNDS  parse+extract every page ROUNDS times after one warm-up round; print speed
  --json          with --bench: print one JSON object instead of text`;

function parseArgs(argv) {
  const args = { data: process.env.DATA || resolve(here, '../../../shared/data/article-extraction-benchmark'),
                 out: null, bench: 0, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => { if (i + 1 >= argv.length) die(`${a} needs a value`); return argv[++i]; };
    if (a === '-h' || a === '--help') { console.log(USAGE); process.exit(0); }
    else if (a === '--data') args.data = value();
    else if (a === '--out') args.out = value();
    else if (a === '--bench') args.bench = Number(value());
    else if (a === '--json') args.json = true;
    else die(`unknown argument ${a}`);
  }
  if (Number.isNaN(args.bench) || args.bench < 0) die('--bench needs a positive number of rounds');
  return args;
}

function die(message) {
  console.error(`readability.mjs: ${message}\n${USAGE}`);
  process.exit(2);
}

function loadPages(dataDir) {
  let truth, names;
  try {
    truth = JSON.parse(readFileSync(join(dataDir, 'ground-truth.json'), 'utf8'));
    names = readdirSync(join(dataDir, 'html')).filter((n) => n.endsWith('.html.gz')).sort();
  } catch (e) {
    die(`cannot read the benchmark in ${dataDir}: ${e.message}`);
  }
  return names.map((name) => {
    const id = name.slice(0, -'.html.gz'.length);
    const html = gunzipSync(readFileSync(join(dataDir, 'html', name))).toString('utf8');
    return { id, html, bytes: Buffer.byteLength(html), url: truth[id]?.url || 'https://example.com/' };
  });
}

// Scripts are not run; page console noise (CSS parse errors) is dropped.
const virtualConsole = new VirtualConsole();

function extract(page) {
  const dom = new JSDOM(page.html, { url: page.url, virtualConsole });
  try {
    const article = new Readability(dom.window.document).parse();
    return article?.textContent ?? '';
  } finally {
    dom.window.close();
  }
}

function bench(pages, rounds, asJson) {
  for (const page of pages) extract(page);  // warm-up
  const totalBytes = pages.reduce((sum, p) => sum + p.bytes, 0);
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const page of pages) extract(page);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const result = {
    name: 'readability.js',
    pages: pages.length,
    rounds,
    seconds,
    pages_per_s: (pages.length * rounds) / seconds,
    mb_per_s: (totalBytes * rounds) / 1e6 / seconds,
    peak_rss_mb: process.resourceUsage().maxRSS / 1024,  // maxRSS is in KiB
    html_mb: totalBytes / 1e6,
  };
  if (asJson) { console.log(JSON.stringify(result)); return; }
  console.log(`readability.js: ${result.pages} pages (${result.html_mb.toFixed(1)} MB HTML) x ${rounds} rounds ` +
              `in ${seconds.toFixed(2)} s`);
  console.log(`  ${result.pages_per_s.toFixed(1)} pages/s, ${result.mb_per_s.toFixed(2)} MB/s, ` +
              `peak RSS ${result.peak_rss_mb.toFixed(0)} MB`);
}

const args = parseArgs(process.argv.slice(2));
const pages = loadPages(args.data);
if (pages.length === 0) die(`no html/*.html.gz in ${args.data}`);
if (args.bench > 0) {
  bench(pages, args.bench, args.json);
} else {
  const predictions = {};
  for (const page of pages) {
    let text = '';
    try { text = extract(page); } catch (e) { console.error(`${page.id}: ${e.message}`); }
    predictions[page.id] = { articleBody: text };
  }
  const json = JSON.stringify(predictions, null, 1);
  if (args.out) writeFileSync(args.out, json + '\n'); else process.stdout.write(json + '\n');
}
