#!/usr/bin/env python3
"""Scores storyline's who-said-what layers against the seeds' expected.json.

Articles are matched to expected items by the three-digit prefix of their file name ("003").
Every comparison folds case, accents and quote styles; the rules are in README.md.
"""
import json
import re
import sys
import unicodedata


def fold(text):
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def words(text):
    return re.findall(r"[\w.'-]+", fold(text))


def doc_id(article):
    name = re.search(r"(\d{3})_[^/]*$", article.get("source", "") or article.get("id", ""))
    return name.group(1) if name else None


def span_text(article, span):
    raw = article["text"].encode("utf-8")
    return raw[span[0]:span[1]].decode("utf-8", "replace")


def speaker_names(article, speaker):
    names = [speaker.get("text", "")]
    entity = speaker.get("entity", -1)
    if entity is not None and entity >= 0:
        names.append(article["entities"][entity]["name"])
    return [n for n in names if n]


def same_speaker(expected, names):
    """The expected description and one predicted name agree: equal, one ends the other, or the
    expected head word (its last word) is among the predicted words."""
    exp = fold(re.sub(r"\(.*?\)", "", expected))
    for name in names:
        got = fold(name)
        if not got:
            continue
        if got == exp or exp.endswith(got) or got.endswith(exp):
            return True
        exp_words, got_words = words(exp), words(got)
        if exp_words and exp_words[-1] in got_words:
            return True
    return False


def byte_find(article, needle):
    """Byte offsets of each occurrence of `needle` in the article text, at word boundaries."""
    text = article["text"]
    found = []
    for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text):
        begin = len(text[:m.start()].encode("utf-8"))
        found.append((begin, begin + len(m.group(0).encode("utf-8"))))
    return found


def score_quotes(expected, by_doc, misses):
    found = right = 0
    for item in expected["quotes"]:
        article = by_doc.get(item["doc"])
        prefix = fold(item["prefix"])
        quote = None
        for q in (article or {}).get("quotes", []):
            text = fold(q["text"])
            if text.startswith(prefix) or prefix in text:
                quote = q
                break
        if not quote:
            misses.append(f"quote not found: {item['doc']} {item['prefix']!r}")
            continue
        found += 1
        names = speaker_names(article, quote["speaker"])
        anonymous = bool(quote["speaker"].get("anonymous"))
        if same_speaker(item["speaker"], names) and anonymous == bool(item.get("anonymous")):
            right += 1
        else:
            misses.append(f"wrong speaker: {item['doc']} {item['prefix']!r}: expected "
                          f"{item['speaker']!r} anonymous={bool(item.get('anonymous'))}, got "
                          f"{names} anonymous={anonymous}")
    return found, right, len(expected["quotes"])


def score_false_quotes(expected, by_doc, misses):
    """Quoted terms the seeds list as not quotes (nicknames, scare quotes), unless the item says
    a partial quote is acceptable; a term that is "not a full quote" counts only when reported
    as a full one."""
    false = 0
    for note in expected["not_quotes"]:
        if "acceptable" in note:
            continue
        terms = re.findall(r"\u201c([^\u201d]+)\u201d", note)
        docs = re.findall(r"\b(\d{3})\b", note) or list(by_doc)
        for doc in docs:
            for q in by_doc.get(doc, {}).get("quotes", []):
                # "not a full quote": reporting the term as a partial quote is no error.
                if "not a full quote" in note and q.get("partial"):
                    continue
                if any(fold(q["text"]).strip(" ,.") == fold(t).strip(" ,.") for t in terms):
                    false += 1
                    misses.append(f"false quote: {doc} {q['text']!r}")
    return false


def score_attributions(expected, by_doc, misses):
    found = right = 0
    for item in expected["attributions"]:
        article = by_doc.get(item["doc"])
        if not article:
            continue
        places = byte_find(article, item["cue"]) or byte_find(article, item["cue"].capitalize())
        if item.get("hedge"):
            hit = any(h["span"][0] < e and s < h["span"][1]
                      for h in article.get("hedges", []) for s, e in places)
            found += hit
            right += hit
            if not hit:
                misses.append(f"hedge not found: {item['doc']} {item['cue']!r}")
            continue
        match = None
        for a in article.get("attributions", []):
            if any(a["span"][0] < e and s < a["span"][1] for s, e in places):
                match = a
                break
        if not match:
            misses.append(f"attribution not found: {item['doc']} {item['cue']!r}")
            continue
        found += 1
        names = speaker_names(article, match["source"])
        ok = same_speaker(item["source"], names) and \
            bool(match["source"].get("anonymous")) == bool(item.get("anonymous"))
        if item.get("via"):
            ok = ok and same_speaker(item["via"], speaker_names(article, match.get("via", {})))
        if ok:
            right += 1
        else:
            misses.append(f"wrong source: {item['doc']} {item['cue']!r}: expected "
                          f"{item['source']!r} via {item.get('via')!r}, got {names} via "
                          f"{speaker_names(article, match.get('via', {}))}")
    return found, right, len(expected["attributions"])


def entity_is(entity, item, forms_of_others):
    """The predicted entity is the expected one: same type, its name is the expected name or
    one of its forms, and it took in no form of another expected entity."""
    if entity["type"] != item["type"]:
        return False
    names = {fold(item["name"])} | {fold(f) for f in item["forms"]}
    if fold(entity["name"]) not in names:
        return False
    return not any(fold(a) in forms_of_others for a in entity["aliases"])


def score_entities(expected, by_doc, misses):
    items = expected["entities"]["items"]
    all_forms = [(f, i) for i, item in enumerate(items) for f in item["forms"]]
    checked = right = 0
    for doc, article in sorted(by_doc.items()):
        occurrences = []  # (begin, end, item index, form)
        for form, i in all_forms:
            for begin, end in byte_find(article, form):
                occurrences.append((begin, end, i, form))
        for begin, end, i, form in occurrences:
            # A form inside a longer expected form is judged there ("Trump" in "Donald Trump").
            if any(b <= begin and end <= e and (e - b) > (end - begin) for b, e, _, _ in occurrences):
                continue
            item = items[i]
            others = {fold(f) for j, it in enumerate(items) if j != i for f in it["forms"]}
            overlapping = [m for m in article.get("mentions", [])
                           if m["span"][0] < end and begin < m["span"][1]]
            overlapping.sort(key=lambda m: -(min(end, m["span"][1]) - max(begin, m["span"][0])))
            checked += 1
            entity = article["entities"][overlapping[0]["entity"]] if overlapping else None
            if entity and entity_is(entity, item, others - {fold(f) for f in item["forms"]}):
                right += 1
            else:
                got = f"{entity['name']!r} {entity['type']}" if entity else "no mention"
                misses.append(f"entity form: {doc} {form!r} -> expected {item['name']!r} "
                              f"{item['type']}, got {got}")
    return right, checked


def main(argv):
    details = "--details" in argv
    paths = [a for a in argv if not a.startswith("--")]
    expected = json.load(open(paths[0], encoding="utf-8"))
    by_doc = {}
    for line in open(paths[1], encoding="utf-8"):
        article = json.loads(line)
        doc = doc_id(article)
        if doc:
            by_doc[doc] = article
    misses = []
    q_found, q_right, q_total = score_quotes(expected, by_doc, misses)
    false = score_false_quotes(expected, by_doc, misses)
    a_found, a_right, a_total = score_attributions(expected, by_doc, misses)
    e_right, e_checked = score_entities(expected, by_doc, misses)
    pct = lambda a, b: f"{100.0 * a / b:.1f}%" if b else "n/a"
    print("| measure | result | target |")
    print("|---|---|---|")
    print(f"| quotes found | {q_found}/{q_total} | |")
    print(f"| quotes with the right speaker | {q_right}/{q_total} | >= 17/19 |")
    print(f"| nicknames or scare quotes reported as quotes | {false} | 0 |")
    print(f"| attributions (and hedges) found | {a_found}/{a_total} | |")
    print(f"| attributions with the right source | {a_right}/{a_total} | >= 9/11 |")
    print(f"| entity form occurrences resolved and typed right | {e_right}/{e_checked} = "
          f"{pct(e_right, e_checked)} | >= 90% |")
    if details:
        print()
        for miss in misses:
            print("-", miss)


if __name__ == "__main__":
    main(sys.argv[1:])
