#!/usr/bin/env python3
"""Scores `storyline analyze` (and other systems) on the Recognizers-Text spec suites.

Standard library only. See `score.py -h` and eval/recognizers/README.md for the criterion.

Files scored (tag: path under $DATA, default ../shared/data/recognizers-text-specs/Specs):
  en-dates   DateTime/English/DateTimeModel.json        es-dates   DateTime/Spanish/DateTimeModel.json
  en-numbers Number/English/NumberModel.json            es-numbers Number/Spanish/NumberModel.json
  en-money   NumberWithUnit/English/CurrencyModel.json  es-money   NumberWithUnit/Spanish/CurrencyModel.json

Criterion (issue 3, "Measure it"): a case passes when every expected result of the kinds we handle
is found, i.e. some predicted result of the file's layer overlaps its span and has the same value,
and the system reports nothing else, i.e. no predicted result of the file's layer (and kinds) that
overlaps no expected result. Details per layer are in the comments of match_date, match_number,
match_money and in README.md.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import difflib
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DEFAULT_DATA = ROOT.parent / 'shared' / 'data' / 'recognizers-text-specs' / 'Specs'

# tag -> (relative path, lang, layer)
FILES = {
    'en-dates': ('DateTime/English/DateTimeModel.json', 'en', 'dates'),
    'es-dates': ('DateTime/Spanish/DateTimeModel.json', 'es', 'dates'),
    'en-numbers': ('Number/English/NumberModel.json', 'en', 'numbers'),
    'es-numbers': ('Number/Spanish/NumberModel.json', 'es', 'numbers'),
    'en-money': ('NumberWithUnit/English/CurrencyModel.json', 'en', 'money'),
    'es-money': ('NumberWithUnit/Spanish/CurrencyModel.json', 'es', 'money'),
}

# Expected result kinds we score (TypeName). Anything else (datetimeV2.timezone, a currency
# mention without a number such as a bare "dollar", whose Resolution.value is null) is skipped
# and listed as unhandled; predictions overlapping a skipped result are not counted as extra.
HANDLED_DATE_TYPES = frozenset({
    'datetimeV2.date', 'datetimeV2.daterange', 'datetimeV2.time', 'datetimeV2.timerange',
    'datetimeV2.datetime', 'datetimeV2.datetimerange', 'datetimeV2.duration', 'datetimeV2.set',
})
HANDLED_NUMBER_TYPES = frozenset({'number'})
HANDLED_MONEY_TYPES = frozenset({'currency'})  # and only with a non-null Resolution.value

# Reference date for the few DateTime cases without Context.ReferenceDateTime (4 per language):
# the most common reference of both DateTimeModel files. Number files carry none and get none.
DEFAULT_REFERENCE = '2016-11-07T00:00:00'

# Spec currency names (Resolution.unit; isoCurrency is used first when present) -> the
# (code, factor) pairs we accept: our `unit` must equal code (case-insensitive) and our `value`
# must equal the spec value times factor. Minor units are accepted both converted to the major
# currency ("50 cents" = 0.5 USD) and as their own unit. A bare "$" is USD in both languages.
CURRENCY_UNITS = {
    # English names
    'Dollar': [('USD', 1)],
    'United States dollar': [('USD', 1)],
    'Cent': [('USD', 0.01), ('cent', 1), ('cents', 1)],
    'Pound': [('GBP', 1)],
    'British pound': [('GBP', 1)],
    'Pence': [('GBP', 0.01), ('GBp', 1), ('pence', 1)],
    'Penny': [('GBP', 0.01), ('GBp', 1), ('pence', 1), ('penny', 1)],
    'Euro': [('EUR', 1)],
    'Franc': [('FRF', 1), ('CHF', 1), ('BEF', 1), ('XOF', 1), ('XAF', 1), ('franc', 1)],
    'Swiss franc': [('CHF', 1)],
    'Finnish markka': [('FIM', 1)],
    'Peseta': [('ESP', 1)],
    'Netherlands guilder': [('NLG', 1)],
    'Japanese yen': [('JPY', 1)],
    'Sen': [('JPY', 0.01), ('IDR', 0.01), ('MYR', 0.01), ('sen', 1)],
    'Chinese yuan': [('CNY', 1)],
    'Rupee': [('INR', 1), ('PKR', 1), ('LKR', 1), ('NPR', 1), ('rupee', 1)],
    'Bitcoin': [('BTC', 1), ('XBT', 1)],
    'Satoshi': [('BTC', 1e-8), ('XBT', 1e-8), ('satoshi', 1)],
    # Spanish names
    'Dólar': [('USD', 1)],
    'Dólar estadounidense': [('USD', 1)],
    'Centavo': [('USD', 0.01), ('cent', 1), ('centavo', 1)],
    'Libra': [('GBP', 1)],
    'Penique': [('GBP', 0.01), ('GBp', 1), ('pence', 1)],
    'Franco': [('FRF', 1), ('CHF', 1), ('BEF', 1), ('XOF', 1), ('XAF', 1), ('franc', 1)],
    'Franco suizo': [('CHF', 1)],
    'Marco finlandés': [('FIM', 1)],
    'Florín neerlandés': [('NLG', 1)],
    'Yen': [('JPY', 1)],
    'Yuan chino': [('CNY', 1)],
    'Dólar canadiense': [('CAD', 1)],
    'Dólar australiano': [('AUD', 1)],
    'Dólar neozelandés': [('NZD', 1)],
    'Dólar de Hong Kong': [('HKD', 1)],
    'Peso mexicano': [('MXN', 1)],
}
CURRENCY_CODE = re.compile(r'^[A-Z]{3}$')   # our quantities with such a unit are money,
MONEY_UNIT_NAMES = {c.lower() for v in CURRENCY_UNITS.values() for c, _ in v  # and these
                    if not CURRENCY_CODE.match(c)}


def rel_eq(a, b, tol=1e-9):
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return a == b or abs(a - b) <= tol * max(abs(a), abs(b))


def spec_number(text, lang):
    """Spec values are strings; Spanish ones use a decimal comma ('0,23456', '-1,2732E+15')."""
    if text is None:
        return None
    s = str(text).strip()
    if lang == 'es':
        s = s.replace('.', '').replace(',', '.') if ',' in s else s
    try:
        return float(s)
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------
# Loading specs, writing inputs

def load_spec(data, tag):
    rel, lang, layer = FILES[tag]
    with open(Path(data) / rel, encoding='utf-8-sig') as f:   # three files start with a BOM
        cases = json.load(f)
    refs = collections.Counter((c.get('Context') or {}).get('ReferenceDateTime') for c in cases)
    out = []
    for i, c in enumerate(cases):
        ref = (c.get('Context') or {}).get('ReferenceDateTime')
        if layer == 'dates' and not ref:
            ref = DEFAULT_REFERENCE
        results = []
        for r in c.get('Results', []):
            r = dict(r)
            r['TypeName'] = r.get('TypeName') or r.get('Typename')   # 3 results spell it so
            start, end = r['Start'], r['End'] + 1                      # End is inclusive
            inp = c['Input']
            if inp[start:end].lower() != r['Text'].lower():           # 3 Spanish spans are off
                k = inp.lower().find(r['Text'].lower())
                if k >= 0:
                    start, end = k, k + len(r['Text'])
            r['span'] = (start, end)
            results.append(r)
        ns = c.get('NotSupported') or ''
        out.append({
            'id': f'{tag}-{i:04d}', 'input': c['Input'], 'lang': lang, 'published': ref,
            'results': results, 'not_dotnet': 'dotnet' in ns.lower(),
            'not_supported': ns, 'comment': c.get('Comment'),
        })
    return out, layer, refs


def write_inputs(cases, path):
    with open(path, 'w', encoding='utf-8') as f:
        for c in cases:
            o = {'id': c['id'], 'text': c['input'], 'lang': c['lang']}
            if c['published']:
                o['published'] = c['published']
            f.write(json.dumps(o, ensure_ascii=False) + '\n')


def run_storyline(binary, inputs, output, jobs):
    if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        sys.exit(f'score.py: {binary} missing; build it first (scripts/build) or set STORYLINE=')
    probe = subprocess.run([binary, 'analyze', '-h'], capture_output=True, text=True)
    if probe.returncode != 0 or 'analyze' not in (probe.stdout + probe.stderr):
        sys.exit(f'score.py: {binary} has no `analyze` subcommand yet '
                 f'(exit {probe.returncode}: {(probe.stderr or probe.stdout).strip()[:200]})')
    with open(output, 'w', encoding='utf-8') as out:
        p = subprocess.run([binary, 'analyze', '--jobs', str(jobs), str(inputs)], stdout=out,
                           stderr=subprocess.PIPE, text=True)
    with open(inputs, encoding='utf-8') as f:
        n_in = sum(1 for line in f if line.strip())
    with open(output, encoding='utf-8') as f:
        n_out = sum(1 for line in f if line.strip())
    if n_out < n_in:   # a broken run must not read as a 0% score
        sys.exit(f'score.py: storyline analyze exited {p.returncode} with {n_out} of {n_in} '
                 f'output lines on {inputs}: {p.stderr.strip()[-500:]}')
    if p.returncode != 0:
        print(f'score.py: warning: storyline analyze exited {p.returncode}: {p.stderr[-500:]}',
              file=sys.stderr)


def load_predictions(path, cases):
    """One JSON object per input line; matched by `id`, else by order."""
    by_id, ordered = {}, []
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.strip():
                o = json.loads(line)
                ordered.append(o)
                if o.get('id') is not None:
                    by_id[str(o['id'])] = o
    preds = {}
    for i, c in enumerate(cases):
        preds[c['id']] = by_id.get(c['id']) or (ordered[i] if i < len(ordered) and
                                                  not by_id else None)
    return preds


# ---------------------------------------------------------------------------------------------
# Spans: predictions carry byte spans into their own `text`, which extraction may have
# normalized (whitespace collapsed, trimmed); map them to character offsets of the spec Input.

def span_mapper(pred_text, inp):
    if pred_text is None:
        pred_text = inp
    b2c = {}   # byte offset -> char offset within pred_text
    pos = 0
    for ci, ch in enumerate(pred_text):
        b2c[pos] = ci
        pos += len(ch.encode('utf-8'))
    b2c[pos] = len(pred_text)
    if pred_text == inp:
        c2i = None
    else:
        c2i = [None] * (len(pred_text) + 1)
        sm = difflib.SequenceMatcher(None, pred_text, inp, autojunk=False)
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            for k in range(i1, i2 + 1):
                if tag == 'equal' or tag == 'replace':
                    c2i[k] = min(j1 + (k - i1), j2)
                elif c2i[k] is None:
                    c2i[k] = j1
        c2i[len(pred_text)] = len(inp) if c2i[len(pred_text)] is None else c2i[len(pred_text)]

    def to_chars(span):
        b, e = int(span[0]), int(span[1])
        cb = b2c.get(b)
        ce = b2c.get(e)
        if cb is None or ce is None:   # not on a character boundary: nearest one
            keys = sorted(b2c)
            cb = b2c[max(k for k in keys if k <= b)] if cb is None else cb
            ce = b2c[min((k for k in keys if k >= e), default=keys[-1])] if ce is None else ce
        if c2i is not None:
            cb, ce = c2i[cb], c2i[ce]
        return cb, ce
    return to_chars


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


# ---------------------------------------------------------------------------------------------
# TIMEX values: canonical strings and intervals

def canon(v):
    """Upper case; 'YYYY-MM-DD HH:MM:SS' -> 'YYYY-MM-DDTHH:MM:SS'; a time drops :00 seconds and
    then :00 minutes (T08:00 == T08, 2016-11-07T22:00:00 == 2016-11-07T22); trailing Z dropped."""
    if v is None:
        return None
    s = str(v).strip().upper()
    s = re.sub(r'^(\S+?) (\d\d:\d\d(:\d\d)?)$', r'\1T\2', s)
    s = re.sub(r'^(\d\d:\d\d(:\d\d)?)$', r'T\1', s)
    s = s.removesuffix('Z')

    def t(m):
        h, mi, se = m.group(1), m.group(2), m.group(3)
        if se in (':00', None):
            se = ''
            if mi == ':00':
                mi = ''
        return 'T' + h + (mi or '') + (se or '')
    return re.sub(r'T(\d\d)(:\d\d)?(:\d\d)?(?![\d:])', t, s)


_UNITS = {'Y': 365 * 86400, 'M': 30 * 86400, 'W': 7 * 86400, 'D': 86400, 'BD': 86400}
_TUNITS = {'H': 3600, 'M': 60, 'S': 1}


def duration_seconds(v):
    """P1Y2M3DT4H5M6S with Recognizers' factors (year 365 days, month 30 days)."""
    m = re.fullmatch(r'P((?:[\d.]+(?:Y|M|W|D|BD))*)(?:T((?:[\d.]+[HMS])+))?', str(v).upper())
    if not m or v.upper() == 'P':
        return None
    total = 0.0
    for n, u in re.findall(r'([\d.]+)(BD|Y|M|W|D)', m.group(1) or ''):
        total += float(n) * _UNITS[u]
    for n, u in re.findall(r'([\d.]+)([HMS])', m.group(2) or ''):
        total += float(n) * _TUNITS[u]
    return total


def _date(y, m, d):
    return dt.date(2000 if y is None else y, m, d)


def _fmt(y, d, t=None):
    """Interval endpoint string: 'YYYY-MM-DDTHH:MM:SS', year XXXX kept unknown."""
    ys = 'XXXX' if y is None else f'{d.year:04d}'
    s = f'{ys}-{d.month:02d}-{d.day:02d}'
    return s + 'T' + (t or '00:00:00')


def interval(v):
    """[start, end) of a fully or year-less specified TIMEX date/time, as comparable strings;
    time-only values give 'THH:MM:SS' endpoints. None when not an interval we can compute."""
    s = canon(v)
    if not s:
        return None
    m = re.fullmatch(r'(\d{4}|XXXX)(?:-(\d\d)(?:-(\d\d))?)?(?:T(\d\d)(?::(\d\d))?(?::(\d\d))?)?', s)
    if m:
        y = None if m.group(1) == 'XXXX' else int(m.group(1))
        mo, d, h, mi, se = (int(g) if g else None for g in m.groups()[1:])
        try:
            if mo is None:
                if y is None:
                    return None
                return _fmt(y, dt.date(y, 1, 1)), _fmt(y, dt.date(y + 1, 1, 1))
            if d is None:
                nxt = _date(y, mo, 1) + dt.timedelta(days=32)
                start = _date(y, mo, 1)
                end = dt.date(nxt.year, nxt.month, 1)
                yy = None if y is None else end.year
                return _fmt(y, start), _fmt(yy, end)
            day = _date(y, mo, d)
            if h is None:
                return _fmt(y, day), _fmt(y, day + dt.timedelta(days=1))
            base = dt.datetime(day.year, day.month, day.day, h, mi or 0, se or 0)
            step = dt.timedelta(seconds=1) if se is not None else (
                dt.timedelta(minutes=1) if mi is not None else dt.timedelta(hours=1))
            e = base + step
            return (_fmt(y, base.date(), base.strftime('%H:%M:%S')),
                    _fmt(y, e.date(), e.strftime('%H:%M:%S')))
        except ValueError:
            return None
    m = re.fullmatch(r'T(\d\d)(?::(\d\d))?(?::(\d\d))?', s)
    if m:
        h, mi, se = (int(g) if g else None for g in m.groups())
        if h > 24:
            return None
        base = dt.datetime(2000, 1, 1, h % 24, mi or 0, se or 0)
        step = dt.timedelta(seconds=1) if se is not None else (
            dt.timedelta(minutes=1) if mi is not None else dt.timedelta(hours=1))
        return 'T' + base.strftime('%H:%M:%S'), 'T' + (base + step).strftime('%H:%M:%S')
    m = re.fullmatch(r'(\d{4})-W(\d\d)(-WE)?', s)
    if m:
        try:
            mon = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            return None
        if m.group(3):
            b, e = mon + dt.timedelta(days=5), mon + dt.timedelta(days=7)
        else:
            b, e = mon, mon + dt.timedelta(days=7)
        return _fmt(b.year, b), _fmt(e.year, e)
    m = re.fullmatch(r'(\d{4})-Q([1-4])', s)
    if m:
        y, q = int(m.group(1)), int(m.group(2))
        b = dt.date(y, 3 * q - 2, 1)
        e = dt.date(y + 1, 1, 1) if q == 4 else dt.date(y, 3 * q + 1, 1)
        return _fmt(y, b), _fmt(e.year, e)
    m = re.fullmatch(r'(\d{3})X', s)   # decade
    if m:
        y = int(m.group(1)) * 10
        return _fmt(y, dt.date(y, 1, 1)), _fmt(y + 10, dt.date(y + 10, 1, 1))
    return None


def point_str(v):
    """A spec start/end ('2016-11-07', '2016-11-07 05:00:00', '17:00:00', 'XXXX-03-01',
    'T17') as an interval start string."""
    iv = interval(v)
    return iv[0] if iv else None


def spec_ranges(alt):
    """(start, end) pairs an expected alternative stands for: resolved start/end, and the first
    two parts of a '(a,b,dur)' timex."""
    out = []
    if alt.get('start') and alt.get('end'):
        s, e = point_str(alt['start']), point_str(alt['end'])
        if s and e:
            out.append((s, e))
    tx = alt.get('timex') or ''
    m = re.fullmatch(r'\(([^,]+),([^,]+),[^)]*\)', tx)
    if m:
        s, e = point_str(m.group(1)), point_str(m.group(2))
        if s and e:
            out.append((s, e))
    return out


def pred_bounds(r):
    """Our result as (start, end_exclusive, end_start): from begin/end when present (end taken
    as either inclusive or exclusive), else from the value's own interval."""
    b, e = r.get('begin'), r.get('end')
    if b and e:
        ib, ie = interval(b), interval(e)
        if ib and ie:
            return ib[0], ie[1], ie[0]
    iv = interval(r.get('value'))
    if iv:
        return iv[0], iv[1], iv[0]
    return None


def range_match(bounds_start, bounds_end, s, e):
    """bounds_start/bounds_end: pred_bounds of the results giving the start and the end."""
    if not bounds_start or not bounds_end:
        return False
    return bounds_start[0] == s and e in (bounds_end[1], bounds_end[2])


def fill_year(alt):
    """The timex with its XXXX year taken from the alternative's resolved date: Recognizers
    writes "since August" as XXXX-08 resolved to start 2016-08-01; a system that resolves the
    year (TimeML's news convention) writes 2016-08."""
    tx = alt.get('timex') or ''
    if not tx.startswith('XXXX-') or 'WXX' in tx:
        return None
    for k in ('value', 'start', 'end'):
        m = re.match(r'(\d{4})-', str(alt.get(k) or ''))
        if m:
            return canon(m.group(1) + tx[4:])
    return None


def combine_date_time(preds):
    """Values of a date prediction joined with a time-only prediction, both overlapping the
    same expected result: "October 14 for 8:00:31am" found as 2016-10-14 and T08:00:31."""
    dates = [canon(r.get('value')) for r in preds
             if re.fullmatch(r'(\d{4}|XXXX)-\d\d-\d\d', canon(r.get('value')) or '')]
    times = [canon(r.get('value')) for r in preds
             if re.fullmatch(r'T\d\d(:\d\d){0,2}', canon(r.get('value')) or '')]
    return [d + t for d in dates for t in times]


def on_reference_day(values, published):
    """TimeML news annotation dates a clock time with the document's day ("3 p.m." in an article
    of 2018-11-30 is 2018-11-30T15:00); Recognizers leaves it time-only (T15). The two agree when
    the prediction's date is the reference day: return the time parts of those values."""
    day = (published or '')[:10]
    if len(day) != 10:
        return []
    return [v[10:] for v in values if v and v.startswith(day + 'T')]


def match_date(exp, preds, published=None):
    """exp: an expected datetimeV2 result; preds: our date results overlapping it.
    Found when, for any alternative in Resolution.values (ambiguous cases give several), either
    - one prediction's value equals the timex or the resolved value (canon: T08:00 == T08), or
      for durations the same number of seconds as the spec value (year 365 d, month 30 d);
    - one prediction covers the resolved range: its begin/end (end inclusive or exclusive) or
      its value's interval starts at `start` and ends at `end` (also for '(a,b,dur)' timexes);
    - two predictions split the range: the first starts at `start`, the second ends or starts
      at `end` (TimeML writes "from March to May" as two dates, Recognizers as one range);
    - a year-less timex (XXXX-08) with the year of the alternative's resolved date (2016-08);
    - a date prediction and a time-only prediction together give the datetime.
    - a time dated with the reference day equals the time-only value (on_reference_day).
    The TimeML `mod` is not compared (Recognizers' Mod set differs: since, after-mid, ...)."""
    alts = exp['Resolution'].get('values') or []
    combined = combine_date_time(preds)
    combined += on_reference_day([canon(r.get('value')) for r in preds] + combined, published)
    for alt in alts:
        targets = {canon(alt.get('timex'))}
        if alt.get('value') not in (None, 'not resolved') and alt.get('type') != 'duration':
            targets.add(canon(alt['value']))
        targets.add(fill_year(alt))
        targets.discard(None)
        for v in [canon(r.get('value')) for r in preds] + combined:
            if v in targets:
                return True
            if alt.get('type') == 'duration' and alt.get('value'):
                sec = duration_seconds(v or '')
                if sec is not None and rel_eq(sec, alt['value'], 1e-6):
                    return True
        for s, e in spec_ranges(alt):
            bounds = [pred_bounds(r) for r in preds]
            if s.startswith('T') and e.startswith('T'):
                # A time range dated with the reference day (our news convention) against a
                # time-only range: compare the times (on_reference_day's rule, for ranges).
                day = (published or '')[:10]
                bounds = [tuple(x[10:] if x and x.startswith(day + 'T') else x for x in b)
                          if b and len(day) == 10 else b for b in bounds]
            for b in bounds:
                if range_match(b, b, s, e):
                    return True
            for i, b1 in enumerate(bounds):
                for j, b2 in enumerate(bounds):
                    if i != j and range_match(b1, b2, s, e):
                        return True
    return False


def match_number(exp, preds, lang):
    """Found when an overlapping quantity has value, low or high equal to the spec value
    (relative tolerance 1e-9): a range "5 to 10" may be one quantity where the spec has two."""
    want = spec_number(exp['Resolution'].get('value'), lang)
    if want is None:
        return False
    return any(rel_eq(q.get(k), want) for q in preds for k in ('value', 'low', 'high')
               if q.get(k) is not None)


def money_targets(exp, lang):
    res = exp['Resolution']
    want = spec_number(res.get('value'), lang)
    accepted = []
    if res.get('isoCurrency'):
        accepted.append((res['isoCurrency'], 1))
    accepted += CURRENCY_UNITS.get(res.get('unit'), [])
    return want, accepted


def match_money(exp, preds, lang):
    """Found when an overlapping quantity has a unit accepted for the spec unit (CURRENCY_UNITS,
    isoCurrency first) and its value (or low/high) equals the spec value times the factor."""
    want, accepted = money_targets(exp, lang)
    if want is None:
        return False
    for q in preds:
        unit = str(q.get('unit') or '')
        for code, factor in accepted:
            if unit.lower() == code.lower() and any(
                    rel_eq(q.get(k), want * factor) for k in ('value', 'low', 'high')
                    if q.get(k) is not None):
                return True
    return False


def handled(exp, layer):
    t = exp.get('TypeName')
    if layer == 'dates':
        return t in HANDLED_DATE_TYPES
    if layer == 'numbers':
        return t in HANDLED_NUMBER_TYPES
    return t in HANDLED_MONEY_TYPES and exp['Resolution'].get('value') is not None


def layer_items(pred, layer):
    """Our results that belong to the file's layer. Dates: every `dates` entry. Numbers: every
    `quantities` entry (money and percent included: they count as extra only when they overlap
    no expected number). Money: quantities whose unit is a currency code (three capitals) or a
    minor-unit name accepted in CURRENCY_UNITS (cent, pence, ...)."""
    if not pred:
        return []
    if layer == 'dates':
        return list(pred.get('dates') or [])
    qs = list(pred.get('quantities') or [])
    if layer == 'money':
        qs = [q for q in qs if CURRENCY_CODE.match(str(q.get('unit') or ''))
              or str(q.get('unit') or '').lower() in MONEY_UNIT_NAMES]
    return qs


def score_case(case, pred, layer):
    """Returns (passed, detail) where detail lists missing/wrong, extra and skipped results."""
    to_chars = span_mapper(pred.get('text') if pred else None, case['input'])
    items = []
    for r in layer_items(pred, layer):
        try:
            span = to_chars(r['span'])
        except (KeyError, TypeError, ValueError, IndexError):
            span = None
        items.append((span, r))
    expected = [e for e in case['results'] if handled(e, layer)]
    skipped = [e for e in case['results'] if not handled(e, layer)]
    missing, found = [], []
    for e in expected:
        over = [r for span, r in items if span and overlaps(span, e['span'])]
        if layer == 'dates':
            ok = match_date(e, over, case.get('published'))
        elif layer == 'numbers':
            ok = match_number(e, over, case['lang'])
        else:
            ok = match_money(e, over, case['lang'])
        (found if ok else missing).append((e, over))
    extra = [r for span, r in items
             if not span or not any(overlaps(span, e['span']) for e in case['results'])]
    passed = pred is not None and not missing and not extra
    return passed, {'missing': missing, 'extra': extra, 'skipped': skipped,
                    'no_prediction': pred is None}


# ---------------------------------------------------------------------------------------------

def summarize(cases, preds, layer):
    rows = {'all': [0, 0], 'supported': [0, 0], 'not_dotnet': [0, 0]}
    fails = []
    skipped = collections.Counter()
    for c in cases:
        ok, detail = score_case(c, preds.get(c['id']), layer)
        for e in detail['skipped']:
            tn = e.get('TypeName') or '?'
            skipped['currency (no value)' if tn == 'currency' else tn] += 1
        part = 'not_dotnet' if c['not_dotnet'] else 'supported'
        for k in ('all', part):
            rows[k][0] += 1
            rows[k][1] += ok
        if not ok:
            fails.append((c, detail, preds.get(c['id'])))
    return rows, fails, skipped


def fmt_rate(n, p):
    return f'{p:4d}/{n:<4d} {100 * p / n:5.1f}%' if n else '     -          '


def describe_failure(case, detail, pred, layer):
    lines = [f"== {case['id']}  ({'NotSupported: ' + case['not_supported'] if case['not_supported'] else 'supported'})",
             f"input:     {case['input']!r}   published: {case['published']}"]
    for e in case['results']:
        mark = '' if handled(e, layer) else '  [skipped: unhandled]'
        res = e['Resolution']
        val = res.get('values') if layer == 'dates' else {k: res.get(k) for k in
                                                            ('value', 'unit', 'isoCurrency') if k in res}
        lines.append(f"expected:  {e['Text']!r} @{list(e['span'])} {e['TypeName']} "
                     f"{json.dumps(val, ensure_ascii=False)}{mark}")
    if detail['no_prediction']:
        lines.append('got:       (no output line for this id)')
    else:
        for r in layer_items(pred, layer):
            keep = {k: r.get(k) for k in ('span', 'text', 'type', 'value', 'mod', 'begin', 'end',
                                          'anchor', 'low', 'high', 'unit', 'approx') if k in r}
            lines.append(f'got:       {json.dumps(keep, ensure_ascii=False)}')
        if pred and pred.get('text') != case['input']:
            lines.append(f"(output text: {pred.get('text')!r})")
    for e, over in detail['missing']:
        lines.append(f"  missing or wrong value: {e['Text']!r}"
                     + (f" (overlapping: {[r.get('value') for r in over]})" if over else ''))
    for r in detail['extra']:
        lines.append(f"  extra: {r.get('text')!r} {r.get('value')!r}")
    return '\n'.join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(
        description='Score storyline analyze (and other systems) on the Recognizers-Text '
                    'DateTimeModel, NumberModel and CurrencyModel specs, English and Spanish.',
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog='''systems:
  --system storyline        run $STORYLINE (default build/storyline) analyze --jobs N on
                            out/inputs/<tag>.jsonl, keeping out/storyline/<tag>.jsonl
  --system NAME=DIR         score existing predictions DIR/<tag>.jsonl (analyze's format:
                            {id, text, dates:[...], quantities:[...]}); missing files are skipped
  (default: --system storyline)

environment: DATA=<Specs folder>  STORYLINE=<binary>

examples:
  score.py                                         # storyline on all six files
  score.py --system storyline --system chrono=out/chrono --only en-dates
  score.py --only es-numbers --failures out/failures.txt --limit 50
  score.py --write-inputs out/inputs               # only write the JSONL inputs''')
    ap.add_argument('--data', default=os.environ.get('DATA', str(DEFAULT_DATA)),
                    help='Specs folder (env DATA)')
    ap.add_argument('--only', default=','.join(FILES),
                    help='comma-separated file tags: ' + ', '.join(FILES))
    ap.add_argument('--system', action='append', help='NAME or NAME=DIR (repeatable)')
    ap.add_argument('--jobs', type=int, default=os.cpu_count() or 1,
                    help='storyline analyze --jobs (default: all cores)')
    ap.add_argument('--out', default=str(HERE / 'out'), help='output folder (default out/)')
    ap.add_argument('--write-inputs', metavar='DIR', help='write <tag>.jsonl inputs and exit')
    ap.add_argument('--failures', metavar='FILE',
                    help='write failing cases (input, expected, got) of the first system')
    ap.add_argument('--limit', type=int, default=0, help='at most N failures per file')
    ap.add_argument('--json', metavar='FILE', help='also write the figures as JSON')
    ap.add_argument('--stats', action='store_true',
                    help='print TypeName and unit distributions of the specs')
    args = ap.parse_args(argv)

    tags = [t.strip() for t in args.only.split(',') if t.strip()]
    for t in tags:
        if t not in FILES:
            ap.error(f'unknown file tag {t}')
    if not (Path(args.data) / FILES[tags[0]][0]).is_file():
        sys.exit(f'score.py: no specs in {args.data} (set DATA=...)')
    specs = {t: load_spec(args.data, t) for t in tags}

    if args.write_inputs:
        Path(args.write_inputs).mkdir(parents=True, exist_ok=True)
        for t in tags:
            write_inputs(specs[t][0], Path(args.write_inputs) / f'{t}.jsonl')
        print(f'score.py: wrote {len(tags)} input files to {args.write_inputs}', file=sys.stderr)
        return 0

    if args.stats:
        for t in tags:
            cases, layer, refs = specs[t]
            tn = collections.Counter(r['TypeName'] for c in cases for r in c['results'])
            print(f'{t}: TypeName {dict(tn.most_common())}')
            if layer == 'money':
                u = collections.Counter((r['Resolution'].get('unit'), r['Resolution'].get('isoCurrency'))
                                        for c in cases for r in c['results'])
                unmapped = [k for k in u if k[0] not in CURRENCY_UNITS and not k[1]]
                print(f'  units: {dict(u.most_common())}\n  unmapped: {unmapped}')
            if layer == 'dates':
                print(f'  references: {dict(refs.most_common(4))} ...')

    out = Path(args.out)
    systems = []
    for s in args.system or ['storyline']:
        name, _, d = s.partition('=')
        systems.append((name, Path(d) if d else None))

    results = {}
    fail_lines = []
    skipped_all = {}
    for name, d in systems:
        for t in tags:
            cases, layer, _ = specs[t]
            if d is None:
                if name != 'storyline':
                    ap.error(f'--system {name} needs =DIR')
                binary = os.environ.get('STORYLINE', str(ROOT / 'build' / 'storyline'))
                (out / 'inputs').mkdir(parents=True, exist_ok=True)
                (out / 'storyline').mkdir(parents=True, exist_ok=True)
                inp = out / 'inputs' / f'{t}.jsonl'
                write_inputs(cases, inp)
                pred_file = out / 'storyline' / f'{t}.jsonl'
                print(f'score.py: storyline analyze on {t} ({len(cases)} cases)', file=sys.stderr)
                run_storyline(binary, inp, pred_file, args.jobs)
            else:
                pred_file = d / f'{t}.jsonl'
                if not pred_file.is_file():
                    continue
            preds = load_predictions(pred_file, cases)
            rows, fails, skipped = summarize(cases, preds, layer)
            results[(name, t)] = rows
            skipped_all[t] = skipped
            if args.failures and name == systems[0][0]:
                for c, detail, pred in fails[:args.limit or None]:
                    fail_lines.append(describe_failure(c, detail, pred, layer))

    # Table: one row per file and system
    print('# pass rate = passed/cases; "supported": NotSupported does not name dotnet (the '
          'issue\'s targets); "dotnet": the reference implementation fails them too')
    print(f"{'file':11} {'system':10} {'supported':>17} {'dotnet':>17} {'all':>17}")
    for t in tags:
        for name, _ in systems:
            rows = results.get((name, t))
            if not rows:
                continue
            a, s, n = rows['all'], rows['supported'], rows['not_dotnet']
            print(f"{t:11} {name:10} {fmt_rate(s[0], s[1]):>17} {fmt_rate(n[0], n[1]):>17} "
                  f"{fmt_rate(a[0], a[1]):>17}")
    for t in tags:
        if skipped_all.get(t):
            print(f'# {t}: expected results skipped as unhandled: {dict(skipped_all[t])}')
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(
            {f'{n}/{t}': r for (n, t), r in results.items()}, indent=1) + '\n')
    if args.failures:
        Path(args.failures).parent.mkdir(parents=True, exist_ok=True)
        Path(args.failures).write_text('\n\n'.join(fail_lines) + '\n', encoding='utf-8')
        print(f'score.py: {len(fail_lines)} failing cases written to {args.failures}',
              file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main())
