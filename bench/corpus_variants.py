#!/usr/bin/env python3
"""Synthetic variants of a corpus, for load tests at scale: the same reporting told about
invented places, people and companies.

Reads JSON Lines as `storyline extract` writes them and writes N variants of every article, in
JSON Lines that `storyline ingest` reads. In variant k every word that the resources do not
know (names, and the content words the lexicons do not list) is replaced by an invented one, the
same within the variant and different across variants. What the recognizers read survives: cue
verbs, titles, event and number words, month names, digits. So each variant is its own story, with
the structure of the original (the same claims, quotes, sources and disputes), and its texts are
not copies of another variant's: renaming only the proper names would leave most word shingles
shared, and the copy detector would rightly call the variants rewrites of one article.

Variant k is also published (k - 1) * --spread-days later (an article without a date gets the
corpus's earliest). The default, 45 days, is beyond the story index's 30-day window: variants
keep the original's figures, and a hundred stories of one shape with the same figures a few days
apart would chain into one story (as they might for a reader: "another blast, again three dead").

    storyline extract examples/corpus | bench/corpus_variants.py --variants 1000 > variants.jsonl
"""

import argparse
import datetime
import hashlib
import json
import pathlib
import re
import sys

WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
SYLLABLES = ["ka", "lo", "mi", "ran", "te", "vo", "sel", "du", "ne", "pra", "gu", "zi", "mar", "to",
             "bel", "fi", "no", "ras", "qui", "len", "do", "var", "su", "pe", "tri", "ho", "gan", "ju"]


def known_words(resources):
    """Every word of every resource file (comments left out): what the recognizers may need to
    see unchanged."""
    words = set()
    for path in pathlib.Path(resources).rglob("*.txt"):
        for line in path.read_text(encoding="utf-8").splitlines():
            words.update(w.lower() for w in WORD.findall(line.split("#", 1)[0]))
    return words


def stems(words):
    """Prefixes of at least four letters of the known words: "killing" survives because the
    lexicon lists "killed"."""
    return {w[:n] for w in words for n in range(4, len(w) + 1)}


SUFFIXES = ("ing", "ed", "es", "s", "ion", "ions", "e")


def is_known(word, known, prefixes):
    lower = word.lower()
    if lower in known:
        return True
    return any(lower.endswith(s) and len(lower) - len(s) >= 4 and lower[:-len(s)] in prefixes for s in SUFFIXES)


def invented(word, variant):
    digest = hashlib.blake2b(f"{variant}:{word.lower()}".encode(), digest_size=8).digest()
    length = 2 + digest[0] % 2
    name = "".join(SYLLABLES[b % len(SYLLABLES)] for b in digest[1:1 + length])
    if word.isupper() and len(word) > 1:
        return name.upper()
    return name.capitalize() if word[0].isupper() else name


def rename(text, known, variant):
    prefixes = known[1]
    return WORD.sub(lambda m: m.group(0) if is_known(m.group(0), known[0], prefixes)
                    else invented(m.group(0), variant), text)


def published_of(article):
    value = (article.get("published") or {}).get("value")
    if not value:
        return None
    moment = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.timezone.utc)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--variants", type=int, required=True, help="how many variants of every article")
    parser.add_argument("--resources", default=str(pathlib.Path(__file__).resolve().parent.parent / "resources"),
                        help="resource folder (its words are kept)")
    parser.add_argument("--spread-days", type=int, default=45, help="days between consecutive variants")
    parser.add_argument("input", nargs="?", default="-", help="JSON Lines from `storyline extract` (- for stdin)")
    args = parser.parse_args()
    if args.variants < 1:
        parser.error("--variants must be at least 1")
    source = sys.stdin if args.input == "-" else open(args.input, encoding="utf-8")
    articles = [json.loads(line) for line in source if line.strip()]
    if not articles:
        sys.exit("corpus_variants: no articles in the input")
    words = known_words(args.resources)
    known = (words, stems(words))
    dates = [published_of(a) for a in articles]
    earliest = min((d for d in dates if d), default=datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc))
    out = sys.stdout
    for variant in range(1, args.variants + 1):
        for n, article in enumerate(articles):
            published = (dates[n] or earliest) + datetime.timedelta(days=(variant - 1) * args.spread_days)
            record = {
                "id": f"v{variant}-{n}",
                "url": f"https://variant{variant}.example/{n}",
                "title": rename(article["title"], known, variant),
                "text": rename(article["text"], known, variant),
                "lang": article.get("lang", ""),
                "outlet": rename(article.get("outlet", ""), known, variant),
                "byline": [rename(b, known, variant) for b in article.get("byline", [])],
            }
            record["published"] = published.strftime("%Y-%m-%dT%H:%M:%SZ")
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
