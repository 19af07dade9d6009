"""Publication dates given by `storyline analyze` on texts submitted without a date, checked
against the date the document itself prints at its top (a date line under the title, or a date
in its URL line): given / correct / wrong / not checkable. See eval/published_dates/run -h.

The reference is read here independently of storyline, from the first lines of each document
only: a short line (at most 100 characters) whose words are a date and the words that stamp one
("Published", "Updated", weekdays, times, zones), or a /YYYY/MM/DD/ URL path. A document without
one cannot be checked automatically; `--list` prints those for review by hand.
"""
import json
import re
import sys

MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
MONTHS.update({m: i + 1 for i, m in enumerate(
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split())})
STAMP_WORDS = set("""published updated posted last first originally created story on at by pm am p m a
 edt est pdt pst cdt cst mdt mst et pt ct gmt bst utc ist hkt aest akdt uk hrs de del el
 monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
 lunes martes miércoles jueves viernes sábado domingo publicado actualizado""".split())


def written_date(line):
    low = line.lower()
    m = re.search(r"\b([a-zé]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(\d{4})\b", low)
    if m and m.group(1) in MONTHS:
        return (int(m.group(3)), MONTHS[m.group(1)], int(m.group(2))), m
    m = re.search(r"\b(\d{1,2})\s+(?:de\s+)?([a-zé]+)\.?,?\s+(?:de\s+)?(\d{4})\b", low)
    if m and m.group(2) in MONTHS:
        return (int(m.group(3)), MONTHS[m.group(2)], int(m.group(1))), m
    m = re.search(r"\b(\d{4})\s*-\s*(\d{2})\s*-\s*(\d{2})\b", low)
    if m:
        return (int(m.group(1)), int(m.group(2)), int(m.group(3))), m
    # Numeric day/month: only when it cannot be read two ways.
    m = re.search(r"\b(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\b", low)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        if a == b or b > 12:
            return (int(m.group(3)), a, b), m
        if a > 12:
            return (int(m.group(3)), b, a), m
    return None, None


def is_stamp_line(line, match):
    if len(line) > 100:
        return False
    rest = (line[:match.start()] + " " + line[match.end():]).lower()
    words = re.findall(r"[^\W\d_]+", rest)
    return all(w in STAMP_WORDS for w in words)


def url_date(line):
    if not line.startswith("http"):
        return None
    url = re.sub(r"\s+", "", line)
    m = re.search(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})/", url)
    if m:
        return (int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return None


def reference(text):
    lines = [l.strip() for l in text.split("\n") if l.strip()][:6]
    for line in lines:
        date, match = written_date(line)
        if date and is_stamp_line(line, match):
            return date, "date line"
    for line in lines[:1]:
        date = url_date(line)
        if date:
            return date, "url"
    return None, None


def agrees(value, truth):
    want = "%04d-%02d-%02d" % truth
    return want.startswith(value[:10])


def main():
    docs_path, out_path = sys.argv[1], sys.argv[2]
    listing = "--list" in sys.argv
    docs = {}
    for line in open(docs_path, encoding="utf-8"):
        doc = json.loads(line)
        docs[doc["id"]] = doc
    counts = {"documents": 0, "with reference": 0, "given": 0, "correct": 0, "wrong": 0,
              "not checkable": 0}
    rows = []
    for line in open(out_path, encoding="utf-8"):
        article = json.loads(line)
        doc = docs[article["id"]]
        counts["documents"] += 1
        truth, how = reference(doc["text"])
        counts["with reference"] += truth is not None
        value = article.get("published", {}).get("value") or ""
        source = article.get("published", {}).get("from", "none")
        if not value:
            continue
        counts["given"] += 1
        if truth is None:
            counts["not checkable"] += 1
            verdict = "?"
        elif agrees(value, truth):
            counts["correct"] += 1
            verdict = "ok"
        else:
            counts["wrong"] += 1
            verdict = "WRONG"
        rows.append((verdict, article["id"], value, source,
                     "%04d-%02d-%02d (%s)" % (truth + (how,)) if truth else "-"))
    print(" ".join("%s=%d" % kv for kv in counts.items()))
    for row in rows:
        if row[0] == "WRONG" or (listing and row[0] == "?"):
            print("  %-5s %-14s given %-22s from %-9s reference %s" % row)


if __name__ == "__main__":
    main()
