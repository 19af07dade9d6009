#!/usr/bin/env python3
"""Story clustering scored with B-cubed over documents, storyline beside a TF-IDF baseline.

  score.py ecb DOCS.jsonl REPORT_DIR
  score.py bilingual ARTICLES.jsonl REPORT.json

`ecb`: DOCS is ECB+ as in ../shared/data/ecbplus-dev (id, text, story, topic, split);
REPORT_DIR/report-SPLIT.json is `storyline report --format json` over that split's documents
(its articles carry the input ids): each split is clustered on its own, as new data would be.
Prints B-cubed precision, recall and F1 of storyline's stories and of the classic TF-IDF
single-pass clusterer (cosine of a document to each cluster centroid, join the best above a
threshold, else start a cluster). The baseline's threshold is chosen on one split and scored on
the other (and both ways), so neither number is an in-sample fit presented as a result.

`bilingual`: the hand-written pairs of eval/stories/bilingual: how many gold stories are kept in
one storyline story, and how many storyline stories mix gold stories.
"""
import json
import math
import re
import sys
from collections import Counter, defaultdict


def bcubed(gold, predicted):
    """Bagga & Baldwin: per document, precision = |own cluster ∩ own class| / |own cluster|."""
    by_cluster, by_class = defaultdict(set), defaultdict(set)
    for doc, c in predicted.items():
        by_cluster[c].add(doc)
    for doc, g in gold.items():
        by_class[g].add(doc)
    docs = [d for d in gold if d in predicted]
    p = r = 0.0
    for d in docs:
        both = len(by_cluster[predicted[d]] & by_class[gold[d]])
        p += both / len(by_cluster[predicted[d]])
        r += both / len(by_class[gold[d]])
    p, r = p / len(docs), r / len(docs)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


WORD = re.compile(r"\w+", re.UNICODE)
# Function words of English only: the baseline is the plain TDT one, a stop list and TF-IDF.
STOP = set("""a an the and or but if of to in on at by for with from as is are was were be been
being it its this that these those he she they them his her their we our you your i me my not no
has have had do does did will would can could should may might must shall said says say also
than then there here who whom which what when where why how all any some more most other into
over after before about up out so such only own same too very just s t""".split())


def tokens(text):
    return [w for w in (m.group(0).lower() for m in WORD.finditer(text))
            if w not in STOP and not w.isdigit() and len(w) > 1]


def tfidf_single_pass(docs, threshold):
    """docs: [(id, text)] in input order -> {id: cluster}."""
    df = Counter()
    bags = []
    for doc_id, text in docs:
        bag = Counter(tokens(text))
        bags.append((doc_id, bag))
        df.update(bag.keys())
    n = len(docs)
    idf = {w: math.log((1 + n) / (1 + c)) + 1 for w, c in df.items()}
    centroids, sizes, assign = [], [], {}
    for doc_id, bag in bags:
        vec = {w: (1 + math.log(c)) * idf[w] for w, c in bag.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vec = {w: v / norm for w, v in vec.items()}
        best, best_sim = -1, threshold
        for k, cen in enumerate(centroids):
            cn = math.sqrt(sum(v * v for v in cen.values())) or 1.0
            sim = sum(v * cen.get(w, 0.0) for w, v in vec.items()) / cn
            if sim >= best_sim:
                best, best_sim = k, sim
        if best < 0:
            centroids.append(dict(vec))
            sizes.append(1)
            assign[doc_id] = len(centroids) - 1
        else:
            cen = centroids[best]
            for w, v in vec.items():
                cen[w] = cen.get(w, 0.0) + v
            sizes[best] += 1
            assign[doc_id] = best
    return assign


def storyline_stories(report):
    return {a["id"]: a["story"] for a in report["articles"]}


def ecb(docs_path, report_dir):
    docs = [json.loads(line) for line in open(docs_path, encoding="utf-8")]
    splits = sorted({d["split"] for d in docs})
    predicted = {}
    for split in splits:
        report = json.load(open(f"{report_dir}/report-{split}.json", encoding="utf-8"))
        predicted.update({k: f"{split}:{v}" for k, v in storyline_stories(report).items()})
    rows = []

    def gold_of(subset):
        return {d["id"]: d["story"] for d in subset}

    for split in splits + ["all"]:
        subset = [d for d in docs if split == "all" or d["split"] == split]
        gold = gold_of(subset)
        p, r, f = bcubed(gold, {k: v for k, v in predicted.items() if k in gold})
        rows.append((f"storyline ({split})", p, r, f, len({predicted[d] for d in gold})))

    # The baseline clusters each split on its own (as storyline would be run on new data) with
    # the threshold that scored best on the other split.
    grid = [round(0.05 * i, 2) for i in range(1, 17)]
    best_on = {}
    for split in splits:
        subset = [d for d in docs if d["split"] == split]
        gold = gold_of(subset)
        scored = [(bcubed(gold, tfidf_single_pass([(d["id"], d["text"]) for d in subset], t))[2], t)
                  for t in grid]
        best_on[split] = max(scored)
    for split in splits:
        other = [s for s in splits if s != split]
        t = best_on[other[0]][1] if other else best_on[split][1]
        subset = [d for d in docs if d["split"] == split]
        assign = tfidf_single_pass([(d["id"], d["text"]) for d in subset], t)
        p, r, f = bcubed(gold_of(subset), assign)
        rows.append((f"tfidf t={t} from {other[0] if other else split} ({split})", p, r, f,
                     len(set(assign.values()))))
        p, r, f = bcubed(gold_of(subset), tfidf_single_pass([(d["id"], d["text"]) for d in subset],
                                                           best_on[split][1]))
        rows.append((f"tfidf t={best_on[split][1]} in-sample ({split})", p, r, f, 0))
    print(f"{'system':44} {'P':>6} {'R':>6} {'F1':>6} {'clusters':>8}")
    for name, p, r, f, k in rows:
        print(f"{name:44} {p:6.3f} {r:6.3f} {f:6.3f} {k or '':>8}")
    gold_stories = len({d["story"] for d in docs})
    print(f"documents {len(docs)}, gold stories {gold_stories}")


def bilingual(articles_path, report_path):
    docs = [json.loads(line) for line in open(articles_path, encoding="utf-8")]
    predicted = storyline_stories(json.load(open(report_path, encoding="utf-8")))
    gold = {d["id"]: d["story"] for d in docs}
    by_story = defaultdict(set)
    for d in docs:
        by_story[d["story"]].add(predicted.get(d["id"]))
    kept = sum(1 for s in by_story.values() if len(s) == 1)
    members = defaultdict(set)
    for doc_id, s in predicted.items():
        if doc_id in gold:
            members[s].add(gold[doc_id])
    mixed = [sorted(g) for g in members.values() if len(g) > 1]
    pairs = split_pairs = 0
    for story in by_story:
        en = [d["id"] for d in docs if d["story"] == story and d["lang"] == "en"]
        es = [d["id"] for d in docs if d["story"] == story and d["lang"] == "es"]
        for a in en:
            for b in es:
                pairs += 1
                split_pairs += predicted.get(a) != predicted.get(b)
    p, r, f = bcubed(gold, predicted)
    print(f"gold stories kept whole: {kept}/{len(by_story)}")
    print(f"English-Spanish pairs in one story: {pairs - split_pairs}/{pairs}")
    print(f"storyline stories mixing gold stories: {len(mixed)} {mixed}")
    print(f"B-cubed P {p:.3f} R {r:.3f} F1 {f:.3f}")


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("ecb", "bilingual"):
        sys.exit(__doc__)
    (ecb if sys.argv[1] == "ecb" else bilingual)(sys.argv[2], sys.argv[3])
