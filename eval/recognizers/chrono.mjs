#!/usr/bin/env node
// chrono-node baseline for eval/recognizers: reads the JSON Lines inputs that score.py writes
// ({id, text, lang, published}) and writes predictions in `storyline analyze`'s format
// ({id, text, dates: [{span, text, type, value, begin?, end?}]}) for score.py --system.
//
// Conversion of a chrono result to a TIMEX-like value (documented in README.md):
//  - chrono.parse(text, refDate, {forwardDate: false}) for English (chrono.es.parse for Spanish),
//    refDate = `published` read as local time (run under TZ=UTC);
//  - a component's granularity follows isCertain(): day or weekday certain -> YYYY-MM-DD (year
//    and month from chrono's known or implied values: chrono always resolves them against the
//    reference, as Recognizers' resolved `value` does); else month certain -> YYYY-MM; else year
//    certain -> YYYY; hour certain -> THH:MM (THH:MM:SS when the second is certain), appended to
//    the date when some date component is certain, alone otherwise; nothing certain -> the date;
//  - a result with an end (chrono's ranges: "5 to 6pm", "March to May") gets begin/end from the
//    two components and value "BEGIN/END", so it can only match through score.py's range rule
//    (begin = start, end = end taken inclusive or exclusive);
//  - spans: chrono's index counts UTF-16 code units; converted to UTF-8 byte offsets.
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';

const usage = `usage: node eval/recognizers/chrono.mjs INPUT.jsonl > PREDICTIONS.jsonl
       node eval/recognizers/chrono.mjs --bench ROUNDS INPUT.jsonl

Runs chrono-node ${'(pinned in package.json)'} over every {id, text, lang, published} line of
INPUT.jsonl and writes one {id, text, dates} object per line (storyline analyze's format).
--bench ROUNDS: parse all texts once to warm up, then ROUNDS times, and print one JSON object
{texts, bytes, seconds, texts_per_s, mb_per_s} instead of predictions.`;

const pad = (n, w = 2) => String(n).padStart(w, '0');

function timex(c) {
  const cert = (k) => c.isCertain(k);
  const hasDate = cert('day') || cert('weekday') || cert('month') || cert('year');
  const hasTime = cert('hour');
  const y = pad(c.get('year'), 4), m = pad(c.get('month')), d = pad(c.get('day'));
  let date;
  if (cert('day') || cert('weekday')) date = `${y}-${m}-${d}`;
  else if (cert('month')) date = `${y}-${m}`;
  else if (cert('year')) date = y;
  else date = `${y}-${m}-${d}`;
  if (!hasTime) return { value: date, type: 'DATE' };
  let time = `T${pad(c.get('hour'))}:${pad(c.get('minute') ?? 0)}`;
  if (cert('second')) time += `:${pad(c.get('second'))}`;
  if (!hasDate) return { value: time, type: 'TIME' };
  return { value: `${date.length === 10 ? date : `${y}-${m}-${d}`}${time}`, type: 'TIME' };
}

function convert(text, results) {
  return results.map((r) => {
    const b = Buffer.byteLength(text.slice(0, r.index));
    const span = [b, b + Buffer.byteLength(r.text)];
    const s = timex(r.start);
    const out = { span, text: r.text, type: s.type, value: s.value, anchor: 'publication' };
    if (r.end) {
      const e = timex(r.end);
      out.begin = s.value;
      out.end = e.value;
      out.value = `${s.value}/${e.value}`;
    }
    return out;
  });
}

function refDate(published) {
  if (!published) return new Date('2016-11-07T00:00:00');
  const d = new Date(published);
  return Number.isNaN(d.getTime()) ? new Date('2016-11-07T00:00:00') : d;
}

const parse = (doc) =>
  (doc.lang === 'es' ? chrono.es : chrono).parse(doc.text, refDate(doc.published),
                                                 { forwardDate: false });

const args = process.argv.slice(2);
if (args.length === 0 || args.includes('-h') || args.includes('--help')) {
  console.log(usage);
  process.exit(args.length === 0 ? 2 : 0);
}
let rounds = 0;
if (args[0] === '--bench') { rounds = Number(args[1]); args.splice(0, 2); }
const docs = readFileSync(args[0], 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

if (rounds > 0) {
  for (const doc of docs) parse(doc);
  const t0 = process.hrtime.bigint();
  let n = 0;
  for (let i = 0; i < rounds; i++) for (const doc of docs) n += parse(doc).length;
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const bytes = docs.reduce((a, d) => a + Buffer.byteLength(d.text), 0) * rounds;
  console.log(JSON.stringify({ texts: docs.length * rounds, bytes, seconds: secs, results: n,
                               texts_per_s: docs.length * rounds / secs, mb_per_s: bytes / 1e6 / secs }));
} else {
  const out = [];
  for (const doc of docs) {
    out.push(JSON.stringify({ id: doc.id, text: doc.text, lang: doc.lang, dates: convert(doc.text, parse(doc)) }));
  }
  process.stdout.write(out.join('\n') + '\n');
}
