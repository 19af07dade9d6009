#!/usr/bin/env node
// Peers of `storyline analyze` in warm loops over the same sentences; see -h.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const usage = `usage: node bench/analyze_peers.mjs [--min-time S] [--only LIST] SENTENCES.jsonl

Warm-loop throughput of the peers on the sentences of SENTENCES.jsonl (one
{id, text, lang, published} object per line, as bench/analyze_run writes them), single thread:
  rt         Recognizers-Text (@microsoft/recognizers-text-suite): per sentence, dates plus
             numbers together: DateTimeModel.parse(text, refDate) + NumberModel.parse(text) +
             CurrencyModel.parse(text), models built once per culture (English or Spanish by
             the sentence's lang) before timing, as a warm service would hold them;
  rt-dn      the same without the currency model: dates plus plain numbers only;
  rt-suite   the same as rt through the suite's convenience functions recognizeDateTime(text,
             culture, undefined, refDate) + recognizeNumber + recognizeCurrency, which build a
             recognizer object per call (models come from the library's static cache);
  chrono     chrono-node, dates only: chrono.parse(text, refDate, {forwardDate: false})
             (chrono.es.parse for Spanish).
Each system first parses every distinct sentence once (warm-up, untimed), then loops over the
sentences in order, wrapping around, until --min-time seconds (default 10) have passed and at
least one full pass or 60 s is done. Prints one JSON object per system: {system, sentences,
bytes, seconds, results, sentences_per_s, mb_per_s} (MB = 10^6 bytes of UTF-8 text).

  --only LIST   comma-separated subset of rt,rt-dn,rt-suite,chrono (default: rt,rt-dn,chrono;
                rt-suite measured the same as rt on 2026-11-25, 134 vs 132 sentences/s)
Packages: npm ci --prefix bench (package.json / package-lock.json in bench/).`;

const args = process.argv.slice(2);
if (args.length === 0 || args.includes('-h') || args.includes('--help')) {
  console.log(usage);
  process.exit(args.length === 0 ? 2 : 0);
}
let minTime = 10, only = ['rt', 'rt-dn', 'chrono'], file = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--min-time') minTime = Number(args[++i]);
  else if (args[i] === '--only') only = args[++i].split(',');
  else file = args[i];
}
const docs = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
  const d = JSON.parse(l);
  const ref = d.published ? new Date(d.published) : new Date('2026-03-12T00:00:00Z');
  return { text: d.text, lang: d.lang === 'es' ? 'es' : 'en',
           ref: Number.isNaN(ref.getTime()) ? new Date('2026-03-12T00:00:00Z') : ref,
           bytes: Buffer.byteLength(d.text) };
});
const distinct = [...new Map(docs.map((d) => [d.lang + '\u0000' + d.text, d])).values()];

function bench(name, fn) {
  for (const d of distinct) fn(d);            // warm-up: every distinct sentence once
  let n = 0, bytes = 0, results = 0, i = 0;
  const t0 = process.hrtime.bigint();
  let secs = 0;
  for (;;) {
    const d = docs[i];
    results += fn(d);
    n++; bytes += d.bytes;
    i = (i + 1) % docs.length;
    if ((n & 15) === 0 || n === docs.length) {
      secs = Number(process.hrtime.bigint() - t0) / 1e9;
      if (secs >= minTime && (n >= docs.length || secs >= 60)) break;
    }
  }
  console.log(JSON.stringify({ system: name, sentences: n, bytes, seconds: secs, results,
                               distinct: distinct.length, sentences_per_s: n / secs,
                               mb_per_s: bytes / 1e6 / secs }));
}

if (only.some((k) => k.startsWith('rt'))) {
  const rt = require('@microsoft/recognizers-text-suite');
  const culture = { en: rt.Culture.English, es: rt.Culture.Spanish };
  if (only.includes('rt') || only.includes('rt-dn')) {
    // the suite's own dependencies (pinned to the same versions in bench/package.json)
    const { DateTimeRecognizer } = require('@microsoft/recognizers-text-date-time');
    const { NumberRecognizer } = require('@microsoft/recognizers-text-number');
    const { NumberWithUnitRecognizer } = require('@microsoft/recognizers-text-number-with-unit');
    const models = {};
    for (const lang of ['en', 'es']) {
      models[lang] = {
        date: new DateTimeRecognizer(culture[lang]).getDateTimeModel(),
        number: new NumberRecognizer(culture[lang]).getNumberModel(),
        currency: new NumberWithUnitRecognizer(culture[lang]).getCurrencyModel(),
      };
    }
    if (only.includes('rt')) {
      bench('rt', (d) => {
        const m = models[d.lang];
        return m.date.parse(d.text, d.ref).length + m.number.parse(d.text).length +
               m.currency.parse(d.text).length;
      });
    }
    if (only.includes('rt-dn')) {
      bench('rt-dn', (d) => {
        const m = models[d.lang];
        return m.date.parse(d.text, d.ref).length + m.number.parse(d.text).length;
      });
    }
  }
  if (only.includes('rt-suite')) {
    bench('rt-suite', (d) => rt.recognizeDateTime(d.text, culture[d.lang], undefined, d.ref).length +
                             rt.recognizeNumber(d.text, culture[d.lang]).length +
                             rt.recognizeCurrency(d.text, culture[d.lang]).length);
  }
}
if (only.includes('chrono')) {
  const chrono = require('chrono-node');
  bench('chrono', (d) => (d.lang === 'es' ? chrono.es : chrono).parse(d.text, d.ref,
                                                                      { forwardDate: false }).length);
}
