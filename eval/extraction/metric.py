#!/usr/bin/env python3
"""The article-extraction-benchmark metric (scrapinghub/article-extraction-benchmark, evaluate.py).

    metric.py GROUND_TRUTH.json PREDICTIONS.json [PREDICTIONS.json ...]
    metric.py --per-page GROUND_TRUTH.json PREDICTIONS.json
    metric.py --self-test

Predictions map id -> {"articleBody": text} (a bare string is accepted too). A page the
predictions lack counts as an empty prediction (with a warning); ids not in the ground truth are
ignored. Bootstrap confidence intervals of the original are not computed.

The metric, as in the original:
- tokens are the matches of \\w+ (Python `re`, Unicode word characters, case kept);
- shingles are 4-token n-grams counted as a multiset; fewer than 4 tokens give one shorter
  shingle, no tokens give none;
- per page TP = sum of min counts, FP = predicted surplus, FN = missing, scaled to sum to 1;
- precision is averaged over pages with TP+FP > 0, recall over pages with TP+FN > 0; a page's
  precision and recall are 1.0 when FP = FN = 0. A page where truth and prediction both have no
  tokens has TP = FP = FN = 0 and is therefore left out of both averages (as in the original);
- F1 = 2PR/(P+R) of the two averages; accuracy = share of pages whose token sequences are equal.
Where the original would crash (no page left in an average, P+R = 0) this gives 0.0.
"""
import argparse
import json
import re
import signal
import statistics
import sys
from collections import Counter
from pathlib import Path

# Same pattern and flags as the original; only \w (Unicode for str patterns) matters.
_TOKEN_RE = re.compile(r'\w+', re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


def tokenize(text):
    return _TOKEN_RE.findall(text or '')


def shingles(tokens, n=4):
    """Multiset of n-token shingles; a shorter non-empty sequence gives itself as one shingle."""
    if not tokens:
        return Counter()
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)))


def shingle_matching(true, pred, n=4):
    """(TP, FP, FN) for one page, scaled to sum to 1 (all zero when both have no tokens)."""
    t, p = shingles(tokenize(true), n), shingles(tokenize(pred), n)
    tp = float(sum((t & p).values()))
    fp = float(sum((p - t).values()))
    fn = float(sum((t - p).values()))
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s > 0 else (tp, fp, fn)


def precision_score(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall_score(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def _mean(values):
    return statistics.mean(values) if values else 0.0


def aggregate(tp_fp_fns, accuracies):
    """Benchmark-level F1, precision, recall and accuracy from per-page (TP, FP, FN) and 0/1s."""
    precision = _mean([precision_score(*x) for x in tp_fp_fns if x[0] + x[1] > 0])
    recall = _mean([recall_score(*x) for x in tp_fp_fns if x[0] + x[2] > 0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return {'f1': f1, 'precision': precision, 'recall': recall,
            'accuracy': _mean(accuracies), 'pages': len(tp_fp_fns)}


def page_text(value):
    if isinstance(value, dict):
        return value.get('articleBody') or ''
    return value if isinstance(value, str) else ''


def evaluate(ground_truth, predictions):
    """Metrics plus `per_page`: [{id, url, tp, fp, fn, precision, recall, f1, exact, ...}]."""
    per_page = []
    for key, truth in ground_truth.items():
        true, pred = page_text(truth), page_text(predictions.get(key))
        tp, fp, fn = shingle_matching(true, pred)
        exact = tokenize(true) == tokenize(pred)
        per_page.append({
            'id': key, 'url': truth.get('url', '') if isinstance(truth, dict) else '',
            'tp': tp, 'fp': fp, 'fn': fn,
            'precision': precision_score(tp, fp, fn) if tp + fp > 0 else None,
            'recall': recall_score(tp, fp, fn) if tp + fn > 0 else None,
            'f1': 1.0 if fp == fn == 0 else 2 * tp / (2 * tp + fp + fn),
            'exact': exact, 'true_tokens': len(tokenize(true)), 'pred_tokens': len(tokenize(pred)),
        })
    metrics = aggregate([(p['tp'], p['fp'], p['fn']) for p in per_page],
                        [float(p['exact']) for p in per_page])
    metrics['missing'] = sum(1 for key in ground_truth if key not in predictions)
    metrics['per_page'] = per_page
    return metrics


def load_json(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


HEADER = f"{'name':<16} {'F1':>6} {'prec':>6} {'recall':>6} {'acc':>6} {'pages':>5}"


def format_row(name, m):
    return (f"{name:<16} {m['f1']:6.4f} {m['precision']:6.4f} {m['recall']:6.4f} "
            f"{m['accuracy']:6.4f} {m['pages']:5d}")


def print_per_page(m, out=sys.stdout):
    fmt = lambda v: '  -   ' if v is None else f'{v:6.4f}'
    print(f"{'F1':>6} {'prec':>6} {'recall':>6} {'true':>6} {'pred':>6}  id  url", file=out)
    for p in sorted(m['per_page'], key=lambda p: (p['f1'], p['id'])):
        print(f"{p['f1']:6.4f} {fmt(p['precision'])} {fmt(p['recall'])} {p['true_tokens']:6d} "
              f"{p['pred_tokens']:6d}  {p['id'][:12]}  {p['url']}", file=out)


def self_test():
    close = lambda a, b: abs(a - b) < 1e-12
    # Tokenizer: Unicode word characters, case kept, underscore and digits are word characters.
    assert tokenize('Größe über 5 € café—naïve, foo_bar 日本語!') == \
        ['Größe', 'über', '5', 'café', 'naïve', 'foo_bar', '日本語']
    assert tokenize('') == [] and tokenize(None) == [] and tokenize(' -- ') == []
    # Shingles: 4-grams as a multiset; short texts give one shorter shingle; empty gives none.
    assert shingles(tokenize('a b c d e')) == Counter({('a', 'b', 'c', 'd'): 1, ('b', 'c', 'd', 'e'): 1})
    assert shingles(['x', 'y']) == Counter({('x', 'y'): 1}) and shingles([]) == Counter()
    assert shingles(tokenize('a a a a a')) == Counter({('a',) * 4: 2})
    cases = [
        # (true, pred, expected (TP, FP, FN), precision or None, recall or None, exact)
        ('a b c d e', 'a, b. c d e', (1, 0, 0), 1.0, 1.0, True),        # punctuation ignored
        ('Hello world', 'Hello world', (1, 0, 0), 1.0, 1.0, True),      # one short shingle
        ('Hello world', 'hello world', (0, .5, .5), 0.0, 0.0, False),  # case kept
        ('a b c d e f', 'a b c d e', (2 / 3, 0, 1 / 3), 1.0, 2 / 3, False),
        ('a a a a a', 'a a a a a a', (2 / 3, 1 / 3, 0), 2 / 3, 1.0, False),  # multiset
        ('a b c d', '', (0, 0, 1), None, 0.0, False),                  # empty prediction
        ('', 'x y', (0, 1, 0), 0.0, None, False),                      # empty truth
        ('', '...', (0, 0, 0), None, None, True),                      # both without tokens
        ('p q r s t u v w', 'p q r s  X  t u v w', (2 / 9, 4 / 9, 3 / 9), 1 / 3, 0.4, False),
    ]
    for true, pred, expected, p, r, exact in cases:
        got = shingle_matching(true, pred)
        assert all(close(g, e) for g, e in zip(got, expected)), (true, pred, got)
        m = evaluate({'k': {'articleBody': true}}, {'k': {'articleBody': pred}})['per_page'][0]
        assert (m['precision'] is None) == (p is None) and (m['recall'] is None) == (r is None), m
        assert p is None or close(m['precision'], p), (true, pred, m)
        assert r is None or close(m['recall'], r), (true, pred, m)
        assert m['exact'] == exact, (true, pred)
    # Aggregation: P averages pages 1 and 3 (page 2 has TP+FP = 0), R averages pages 1 and 2.
    gt = {'1': {'articleBody': 'a b c d e f'}, '2': {'articleBody': 'a b c d'}, '3': {'articleBody': ''},
          '4': {'articleBody': 'same text here'}}
    pred = {'1': {'articleBody': 'a b c d e'}, '2': {'articleBody': ''}, '3': 'x y'}  # 4 missing
    m = evaluate(gt, pred)
    # page 4: prediction missing -> like page 2 (precision skipped, recall 0)
    assert close(m['precision'], (1.0 + 0.0) / 2), m['precision']
    assert close(m['recall'], (2 / 3 + 0.0 + 0.0) / 3), m['recall']
    P, R = 0.5, 2 / 9
    assert close(m['f1'], 2 * P * R / (P + R)) and close(m['accuracy'], 0.0) and m['missing'] == 1
    # A perfect run.
    m = evaluate(gt, {k: dict(v) for k, v in gt.items()})
    assert (m['f1'], m['precision'], m['recall'], m['accuracy']) == (1.0, 1.0, 1.0, 1.0)
    # Nothing predicted at all: no page counts for precision -> 0.0 instead of a crash.
    m = evaluate({'1': {'articleBody': 'a b'}}, {})
    assert (m['f1'], m['precision'], m['recall'], m['accuracy']) == (0.0, 0.0, 0.0, 0.0)
    print('metric.py self-test: ok')


def main(argv=None):
    parser = argparse.ArgumentParser(
        description='Score predictions with the article-extraction-benchmark metric.')
    parser.add_argument('ground_truth', nargs='?', help='ground-truth.json: id -> {articleBody, url}')
    parser.add_argument('predictions', nargs='*', help='id -> {"articleBody": text}; one row each')
    parser.add_argument('--name', action='append', help='row name (default: file stem); repeatable')
    parser.add_argument('--per-page', action='store_true', help='also list pages, worst F1 first')
    parser.add_argument('--no-header', action='store_true', help='print the rows only')
    parser.add_argument('--json', action='store_true', help='print metrics as JSON instead')
    parser.add_argument('--self-test', action='store_true', help='run the built-in checks')
    args = parser.parse_args(argv)
    if args.self_test:
        self_test()
        return 0
    if not args.ground_truth or not args.predictions:
        parser.error('need GROUND_TRUTH.json and at least one PREDICTIONS.json')
    names = args.name or []
    if len(names) > len(args.predictions):
        parser.error('more --name than prediction files')
    ground_truth = load_json(args.ground_truth)
    results = {}
    for i, path in enumerate(args.predictions):
        name = names[i] if i < len(names) else Path(path).name.removesuffix('.json')
        predictions = load_json(path)
        metrics = evaluate(ground_truth, predictions)
        if metrics['missing']:
            print(f"metric.py: {path}: {metrics['missing']} of {metrics['pages']} pages have no "
                  "prediction; scored as empty", file=sys.stderr)
        results[name] = metrics
    if args.json:
        for metrics in results.values():
            if not args.per_page:
                del metrics['per_page']
        print(json.dumps(results, indent=1))
        return 0
    if not args.no_header:
        print(HEADER)
    for name, metrics in results.items():
        print(format_row(name, metrics))
    if args.per_page:
        for name, metrics in results.items():
            print(f'\n{name}: pages, worst first (true/pred = token counts)')
            print_per_page(metrics)
    return 0


if __name__ == '__main__':
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
    sys.exit(main())
