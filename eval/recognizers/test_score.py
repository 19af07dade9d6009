#!/usr/bin/env python3
"""Tests of score.py's criterion with fake predictions (standard library only).

usage: python3 eval/recognizers/test_score.py [-h] [-v]

1. unit cases: hand-made predictions that must pass or fail (span overlap, value, extra
   results, ranges as one or two results, text normalized by extraction, byte offsets);
2. gold predictions built from every spec file (each expected result turned into analyze's
   format) must pass every case, and perturbed ones (value changed, result dropped, an extra
   result added) must fail.
"""
import json
import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score  # noqa: E402


def bspan(text, start, end):
    return [len(text[:start].encode()), len(text[:end].encode())]


def case(inp, results, lang='en', published='2016-11-07T00:00:00'):
    rs = []
    for text, tn, res in results:
        k = inp.lower().find(text.lower())
        rs.append({'Text': text, 'TypeName': tn, 'Resolution': res, 'span': (k, k + len(text))})
    return {'id': 'x', 'input': inp, 'lang': lang, 'published': published, 'results': rs,
            'not_dotnet': False, 'not_supported': '', 'comment': None}


def date(inp, sub, value, **kw):
    k = inp.find(sub)
    return dict({'span': bspan(inp, k, k + len(sub)), 'text': sub, 'value': value}, **kw)


class Unit(unittest.TestCase):
    def test_date_point(self):
        inp = "I'll go back 04th Jan 2019."
        c = case(inp, [('04th jan 2019', 'datetimeV2.date',
                        {'values': [{'timex': '2019-01-04', 'type': 'date', 'value': '2019-01-04'}]})])
        ok = lambda ds: score.score_case(c, {'text': inp, 'dates': ds}, 'dates')[0]
        self.assertTrue(ok([date(inp, 'Jan 2019', '2019-01-04')]))          # overlap suffices
        self.assertFalse(ok([date(inp, 'Jan 2019', '2019-01')]))            # wrong value
        self.assertFalse(ok([]))                                            # missing
        self.assertFalse(ok([date(inp, '04th Jan 2019', '2019-01-04'),
                             date(inp, "I'll", 'PRESENT_REF')]))            # extra
        # extraction collapsed whitespace and trimmed: spans map back through difflib
        inp2 = "  I'll go   back 04th Jan 2019."
        c2 = case(inp2, [('04th jan 2019', 'datetimeV2.date',
                          {'values': [{'timex': '2019-01-04', 'type': 'date', 'value': '2019-01-04'}]})])
        norm = "I'll go back 04th Jan 2019."
        self.assertTrue(score.score_case(c2, {'text': norm, 'dates': [date(norm, '04th Jan 2019', '2019-01-04')]}, 'dates')[0])
        self.assertFalse(score.score_case(c2, {'text': norm, 'dates': [date(norm, 'go', '2019-01-04')]}, 'dates')[0])

    def test_date_resolved_and_canon(self):
        inp = 'see you friday at 10 tonight'
        c = case(inp, [('friday', 'datetimeV2.date',
                        {'values': [{'timex': 'XXXX-WXX-5', 'type': 'date', 'value': '2016-11-04'}]}),
                       ('10 tonight', 'datetimeV2.datetime',
                        {'values': [{'timex': '2016-11-07T22', 'type': 'datetime', 'value': '2016-11-07 22:00:00'}]})])
        ok = lambda ds: score.score_case(c, {'text': inp, 'dates': ds}, 'dates')[0]
        self.assertTrue(ok([date(inp, 'friday', '2016-11-04'), date(inp, '10 tonight', '2016-11-07T22:00')]))
        self.assertTrue(ok([date(inp, 'friday', 'XXXX-WXX-5'), date(inp, '10 tonight', '2016-11-07T22:00:00')]))
        self.assertFalse(ok([date(inp, 'friday', '2016-11-11'), date(inp, '10 tonight', '2016-11-07T22:00')]))

    def test_date_ranges(self):
        inp = 'from march to may'
        c = case(inp, [('from march to may', 'datetimeV2.daterange',
                        {'values': [{'timex': '(XXXX-03-01,XXXX-05-01,P2M)', 'type': 'daterange',
                                     'start': '2018-03-01', 'end': '2018-05-01'}]})])
        ok = lambda ds: score.score_case(c, {'text': inp, 'dates': ds}, 'dates')[0]
        self.assertTrue(ok([date(inp, 'march', 'XXXX-03'), date(inp, 'may', 'XXXX-05')]))     # two
        self.assertTrue(ok([date(inp, 'march', '2018-03'), date(inp, 'may', '2018-05')]))
        self.assertTrue(ok([date(inp, inp, 'P2M', begin='2018-03', end='2018-04')]))          # inclusive
        self.assertTrue(ok([date(inp, inp, 'P2M', begin='2018-03-01', end='2018-05-01')]))    # exclusive
        self.assertFalse(ok([date(inp, 'march', '2018-03'), date(inp, 'may', '2018-06')]))
        inp = 'in september'
        c = case(inp, [('september', 'datetimeV2.daterange',
                        {'values': [{'timex': 'XXXX-09', 'type': 'daterange', 'start': '2016-09-01', 'end': '2016-10-01'},
                                    {'timex': 'XXXX-09', 'type': 'daterange', 'start': '2017-09-01', 'end': '2017-10-01'}]})])
        ok = lambda ds: score.score_case(c, {'text': inp, 'dates': ds}, 'dates')[0]
        self.assertTrue(ok([date(inp, 'september', '2016-09')]))
        self.assertTrue(ok([date(inp, 'september', '2017-09')]))                             # any alternative
        self.assertFalse(ok([date(inp, 'september', '2018-09')]))

    def test_fill_year_and_combine(self):
        inp = "I'll be out since August, October 14 for 8:00:31am"
        c = case(inp, [('since august', 'datetimeV2.daterange',
                        {'values': [{'timex': 'XXXX-08', 'Mod': 'since', 'type': 'daterange', 'start': '2016-08-01'}]}),
                       ('october 14 for 8:00:31am', 'datetimeV2.datetime',
                        {'values': [{'timex': 'XXXX-10-14T08:00:31', 'type': 'datetime', 'value': '2016-10-14 08:00:31'}]})])
        ok = lambda ds: score.score_case(c, {'text': inp, 'dates': ds}, 'dates')[0]
        self.assertTrue(ok([date(inp, 'August', '2016-08'), date(inp, 'October 14', '2016-10-14'),
                            date(inp, '8:00:31am', 'T08:00:31')]))
        self.assertFalse(ok([date(inp, 'August', '2017-08'), date(inp, 'October 14', '2016-10-14'),
                             date(inp, '8:00:31am', 'T08:00:31')]))
        self.assertFalse(ok([date(inp, 'August', '2016-08'), date(inp, 'October 14', '2016-10-14')]))

    def test_duration_seconds(self):
        inp = 'for one hour and half'
        c = case(inp, [('one hour and half', 'datetimeV2.duration',
                        {'values': [{'timex': 'PT1.5H', 'type': 'duration', 'value': '5400'}]})])
        self.assertTrue(score.score_case(c, {'text': inp, 'dates': [date(inp, 'one hour', 'PT90M')]}, 'dates')[0])
        self.assertFalse(score.score_case(c, {'text': inp, 'dates': [date(inp, 'one hour', 'PT1H')]}, 'dates')[0])

    def test_unhandled_overlap_not_extra(self):
        inp = "I'm in the pacific timezone"
        c = case(inp, [('pacific timezone', 'datetimeV2.timezone', {'values': [{'value': 'UTC-08:00'}]})])
        self.assertTrue(score.score_case(c, {'text': inp, 'dates': []}, 'dates')[0])
        self.assertTrue(score.score_case(c, {'text': inp, 'dates': [date(inp, 'pacific', 'X')]}, 'dates')[0])
        self.assertFalse(score.score_case(c, {'text': inp, 'dates': [date(inp, "I'm", 'X')]}, 'dates')[0])

    def test_numbers(self):
        inp = 'de 5 a 10 libros, 0,5 y 1.234'
        c = case(inp, [('0,5', 'number', {'value': '0,5'}), ('1.234', 'number', {'value': '1234'}),
                       ('5', 'number', {'value': '5'}), ('10', 'number', {'value': '10'})], lang='es')
        q = lambda sub, **kw: date(inp, sub, kw.pop('value', None), **kw)
        ok = lambda qs: score.score_case(c, {'text': inp, 'quantities': qs}, 'numbers')[0]
        base = [q('0,5', value=0.5), q('1.234', value=1234)]
        self.assertTrue(ok(base + [q('5 a 10', value=None, low=5, high=10, unit='')]))
        self.assertTrue(ok(base + [q('5', value=5), q('10', value=10)]))
        self.assertFalse(ok(base + [q('5', value=5)]))
        self.assertFalse(ok(base + [q('5 a 10', value=None, low=5, high=10), q('libros', value=1)]))

    def test_money(self):
        inp = 'down 34 cents, or £ 8.10 million and 1989 % — ₭ 5 ñ'
        c = case(inp, [('34 cents', 'currency', {'value': '34', 'unit': 'Cent'}),
                       ('£ 8.10 million', 'currency', {'value': '8100000', 'unit': 'Pound'})])
        q = lambda sub, v, u: date(inp, sub, v, unit=u)
        ok = lambda qs: score.score_case(c, {'text': inp, 'quantities': qs}, 'money')[0]
        self.assertTrue(ok([q('34 cents', 0.34, 'USD'), q('£ 8.10 million', 8.1e6, 'GBP'),
                            q('1989 %', 1989, 'percent')]))                    # percent is not money
        self.assertTrue(ok([q('34 cents', 34, 'cent'), q('8.10 million', 8.1e6, 'GBP')]))
        self.assertFalse(ok([q('34 cents', 34, 'USD'), q('£ 8.10 million', 8.1e6, 'GBP')]))
        self.assertFalse(ok([q('34 cents', 0.34, 'USD'), q('£ 8.10 million', 8.1e6, 'EUR')]))
        self.assertFalse(ok([q('34 cents', 0.34, 'USD'), q('£ 8.10 million', 8.1e6, 'GBP'),
                             q('₭ 5', 5, 'LAK')]))                             # extra money
        # byte spans after a multi-byte character
        self.assertEqual(score.span_mapper(inp, inp)(bspan(inp, inp.find('ñ'), len(inp))),
                         (inp.find('ñ'), len(inp)))


def gold_prediction(c, layer):
    """analyze-format prediction built from the expected results (first alternative)."""
    inp, items = c['input'], []
    for e in c['results']:
        if not score.handled(e, layer):
            continue
        s, t = e['span']
        r = {'span': bspan(inp, s, t), 'text': inp[s:t]}
        res = e['Resolution']
        if layer == 'dates':
            alt = res['values'][0]
            r['value'] = alt.get('timex')
        elif layer == 'numbers':
            r['value'] = score.spec_number(res['value'], c['lang'])
        else:
            want, acc = score.money_targets(e, c['lang'])
            r['value'], r['unit'] = want * acc[0][1], acc[0][0]
        items.append(r)
    key = 'dates' if layer == 'dates' else 'quantities'
    return {'id': c['id'], 'text': inp, key: items}


class Gold(unittest.TestCase):
    def test_gold_passes_perturbed_fails(self):
        data = Path(score.DEFAULT_DATA)
        if not data.is_dir():
            self.skipTest(f'no specs in {data}')
        for tag in score.FILES:
            cases, layer, _ = score.load_spec(data, tag)
            key = 'dates' if layer == 'dates' else 'quantities'
            npass = nfail_changed = nfail_extra = nperturbed = 0
            for c in cases:
                p = gold_prediction(c, layer)
                ok, detail = score.score_case(c, p, layer)
                self.assertTrue(ok, f'{tag} {c["id"]}: gold fails: {detail} {json.dumps(p)}')
                npass += ok
                extra = dict(p, **{key: p[key] + [{'span': [0, 0], 'text': '', 'value': 7,
                                                    'unit': 'USD'}]})
                nfail_extra += not score.score_case(c, extra, layer)[0]
                if p[key]:
                    nperturbed += 1
                    bad = json.loads(json.dumps(p))
                    v = bad[key][0]['value']
                    bad[key][0]['value'] = 'P999Y' if layer == 'dates' else (v or 0) * 3 + 1
                    dropped = dict(p, **{key: p[key][1:]})
                    nfail_changed += (not score.score_case(c, bad, layer)[0]) and \
                        not score.score_case(c, dropped, layer)[0]
            self.assertEqual(npass, len(cases))
            self.assertEqual(nfail_extra, len(cases), tag)
            self.assertEqual(nfail_changed, nperturbed, tag)


if __name__ == '__main__':
    if '-h' in sys.argv or '--help' in sys.argv:
        print(__doc__.strip())
        sys.exit(0)
    unittest.main()
