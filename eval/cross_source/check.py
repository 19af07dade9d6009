#!/usr/bin/env python3
"""Checks a storyline report (JSON) for the cross-source findings of the seeds' expected.json.

Each finding is a sentence for people; CHECKS below turns each into what the report must show,
by position in the `cross_source` list (the list is fixed data of this evaluation). Articles are
named by the three-digit prefix of their file name.
"""
import json
import re
import sys


def doc_of(article_id, articles):
    source = articles[article_id]["source"]
    m = re.search(r"(\d{3})_[^/]*$", source)
    return m.group(1) if m else source


def groups(report):
    for s, story in enumerate(report["stories"]):
        for g in story["claim_groups"]:
            yield s, g


def claims_in(group, articles, doc, number=None):
    out = []
    for c in group["claims"]:
        if doc_of(c["article"], articles) != doc:
            continue
        if number is not None and c.get("number") != number:
            continue
        out.append(c)
    return out


def disputes_between(group, articles, docs_a, docs_b):
    for d in group["disputes"]:
        da, db = doc_of(d["a"]["article"], articles), doc_of(d["b"]["article"], articles)
        if (da in docs_a and db in docs_b) or (da in docs_b and db in docs_a):
            yield d


def find_group(report, articles, predicate, needs):
    """The first group of `predicate` that has a claim in every (doc, number) of `needs`."""
    for _, g in groups(report):
        if g["predicate"] != predicate:
            continue
        if all(claims_in(g, articles, doc, number) for doc, number in needs):
            return g
    return None


def different_events(report, articles):
    g = find_group(report, articles, "transfer", [("000", 26), ("003", 29)])
    if not g:
        return False, "no transfer group holds both 26 (000) and 29 (003)"
    verdicts = {d["verdict"] for d in disputes_between(g, articles, {"000"}, {"003"})}
    ok = "distinct events" in verdicts and "contradicted" not in verdicts
    return ok, f"disputes 000/003: {sorted(verdicts)}"


def process_vs_act(report, articles):
    g = find_group(report, articles, "designation", [("000", None)])
    if not g:
        return False, "no designation group with 000"
    found = [d for d in disputes_between(g, articles, {"000"}, {"002", "003"}) if d["aspect"] == "time"]
    ok = any(d["verdict"] == "contradicted" for d in found)
    return ok, "; ".join(d["reason"] for d in found) or "no time dispute between 000 and 002/003"


def troops(report, articles):
    for _, g in groups(report):
        if g["predicate"] != "deployment":
            continue
        found = [d for d in disputes_between(g, articles, {"001"}, {"003"})
                 if d["aspect"] == "modality" and d["verdict"] == "contradicted"]
        if found:
            return True, found[0]["reason"]
    return False, "no deployment group with a contradicted modality dispute between 001 and 003"


def quote_variant(report, articles):
    for story in report["stories"]:
        for q in story["quote_groups"]:
            docs = {doc_of(i["article"], articles) for i in q["quotes"]}
            if q["variant"] and {"003", "004"} <= docs and "trump" in q["speaker"].lower():
                return True, f"{q['speaker']} ({q.get('occasion', '')})"
    return False, "no variant quote group of Trump with quotes from 003 and 004"


def metric_and_period(report, articles):
    for _, g in groups(report):
        if claims_in(g, articles, "002", 82000) and claims_in(g, articles, "003", 100000):
            verdicts = {d["verdict"] for d in disputes_between(g, articles, {"002"}, {"003"})}
            ok = "distinct events" in verdicts and "contradicted" not in verdicts and "approximately equal" not in verdicts
            return ok, f"disputes 002/003: {sorted(verdicts)}"
    return True, "the two figures are in different groups: not compared, not contradicted"


def directive_timing(report, articles):
    bad = []
    for _, g in groups(report):
        if g["predicate"] != "order":
            continue
        bad += [d["reason"] for d in disputes_between(g, articles, {"000", "002", "003"}, {"000", "002", "003"})
                if d["verdict"] == "contradicted"]
    return not bad, "; ".join(bad) or "no contradiction among the directive reports of 000, 002, 003"


def corroborated(predicate, docs, minimum):
    def check(report, articles):
        best = None
        for _, g in groups(report):
            if g["predicate"] != predicate:
                continue
            have = {doc_of(c["article"], articles) for c in g["claims"]} & set(docs)
            if best is None or len(have) > len(best[1]):
                best = (g, have)
        if not best:
            return False, f"no {predicate} group"
        g, have = best
        ok = g["verdict"] == "corroborated" and len(have) >= minimum
        return ok, f"{g['verdict']}, {g['sources']} sources, articles {sorted(have)}"
    return check


CHECKS = [
    different_events,
    process_vs_act,
    troops,
    quote_variant,
    metric_and_period,
    directive_timing,
    corroborated("rejection", ["000", "001", "003"], 3),
    corroborated("designation", ["000", "001", "002", "003", "004"], 5),
]


def main(expected_path, report_path):
    expected = json.load(open(expected_path, encoding="utf-8"))["cross_source"]
    report = json.load(open(report_path, encoding="utf-8"))
    articles = {a["id"]: a for a in report["articles"]}
    passed = 0
    print("| # | kind | result | detail |")
    print("|---|---|---|---|")
    for i, (item, check) in enumerate(zip(expected, CHECKS), 1):
        ok, detail = check(report, articles)
        passed += ok
        print(f"| {i} | {item['kind']} | {'pass' if ok else 'FAIL'} | {detail} |")
    print(f"\n{passed}/{len(expected)} findings shown with the right verdict; "
          f"{len(report['stories'])} stories for {len(report['articles'])} articles.")
    print("\nEvery contradicted dispute and group, for review:")
    for s, g in groups(report):
        if g["verdict"] == "contradicted":
            print(f"- story {s + 1}, {g['label']}: group contradicted: {'; '.join(g['reasons'][:1])}")
        for d in g["disputes"]:
            if d["verdict"] == "contradicted":
                print(f"- story {s + 1}, {g['label']} ({d['aspect']}): {doc_of(d['a']['article'], articles)} vs "
                      f"{doc_of(d['b']['article'], articles)}: {d['reason']}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
