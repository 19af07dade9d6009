#!/usr/bin/env python3
"""Synthetic news corpus for scaling runs: many invented stories, each told by several outlets.

    bench/synth_corpus.py --articles N --seed S > corpus.jsonl

One JSON object a line, with the fields `storyline` reads from JSON Lines:
{"id", "url", "outlet", "title", "published", "lang", "text"}. Deterministic for a seed.

Stories are fires, floods, strikes, elections, trials, explosions, road crashes, protests, drug
seizures and layoffs in invented places, with invented people and companies. Each article of a
story is written from templates (English or Spanish, chosen per article) by one outlet: its own
wording, its own choice of facts, and numbers that mostly agree with the other outlets, sometimes
differ a little ("about 2,000", "at least 38"), sometimes contradict, and grow in later reports.
About one article in eight is a syndicated copy of an earlier one, exact or lightly edited.
Dates spread over about eight months; output is in publication order, stories interleaved.
Templates and names live in synth_templates.py-free form below: nothing is taken from real news.
"""
import argparse
import datetime as dt
import json
import random
import sys

from synth_templates import KINDS, OUTLETS, SYNONYMS, first_names, surnames, place_name, company_name

MONTHS = {'en': 'January February March April May June July August September October November December'.split(),
          'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split()}
WEEKDAYS = {'en': 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(),
            'es': 'lunes martes miércoles jueves viernes sábado domingo'.split()}
SMALL = {'en': 'zero one two three four five six seven eight nine'.split(),
         'es': 'cero uno dos tres cuatro cinco seis siete ocho nueve'.split()}
START = dt.date(2025, 1, 6)
SPAN_DAYS = 240


def number(n, lang, rng=None):
    """A count as an outlet would print it: small ones sometimes in words, separators per language."""
    n = int(round(n))
    if rng and 1 < n < 10 and rng.random() < 0.4:
        return SMALL[lang][n]
    s = f'{n:,}'
    return s.replace(',', '.') if lang == 'es' else s


def money(millions, lang):
    v = f'{millions:.1f}'.rstrip('0').rstrip('.')
    return f'${v} million' if lang == 'en' else f'{v.replace(".", ",")} millones de dólares'


def percent(p, lang, rng):
    v = f'{p:.1f}'.rstrip('0').rstrip('.')
    if lang == 'es':
        v = v.replace('.', ',')
        return f'{v} %' if rng.random() < 0.5 else f'{v} por ciento'
    return f'{v}%' if rng.random() < 0.5 else f'{v} percent'


class Reporter:
    """One outlet's view of the facts: mostly the truth, sometimes rounded, hedged or wrong."""

    def __init__(self, rng, lang, day_index):
        self.rng, self.lang, self.day_index = rng, lang, day_index

    def count(self, true_value, grows=False):
        rng, lang = self.rng, self.lang
        value = true_value
        if grows and self.day_index > 0:  # tolls rise in later reports
            value = true_value * (1 + 0.15 * self.day_index * rng.random())
        r = rng.random()
        if r < 0.6:
            text = number(value, lang, rng)
            return (('at least ' if lang == 'en' else 'al menos ') + text) if grows and rng.random() < 0.4 else text
        if r < 0.85:
            rounded = round(value, -1) if value >= 30 else round(value)
            word = rng.choice(['about', 'nearly', 'some', 'around'] if lang == 'en' else ['unos', 'casi', 'cerca de', 'alrededor de'])
            if word == 'unos' and rounded == 1:
                word = 'casi'
            return f'{word} {number(max(rounded, 1), lang)}'
        if r < 0.95:
            return number(max(1, value * rng.uniform(0.9, 1.1)), lang)
        return number(max(1, value * rng.choice([0.5, 0.6, 1.5, 2.0])), lang)  # a contradiction

    def amount(self, millions):
        r = self.rng.random()
        if r > 0.9:
            millions *= self.rng.choice([0.5, 2.0])
        elif r > 0.75:
            millions = round(millions * self.rng.uniform(0.9, 1.1), 1)
        return money(millions, self.lang)

    def share(self, p):
        return percent(p if self.rng.random() < 0.85 else p + self.rng.choice([-1.2, 0.8, 2.5]), self.lang, self.rng)


def person(rng, lang):
    return f'{rng.choice(first_names(lang))} {rng.choice(surnames())}' + (
        f' {rng.choice(surnames())}' if lang == 'es' and rng.random() < 0.3 else '')


def new_story(rng, number_of_story):
    kind = rng.choice(list(KINDS))
    start = START + dt.timedelta(days=rng.randrange(SPAN_DAYS))
    facts = KINDS[kind]['facts'](rng)
    cast = {'place': place_name(rng), 'region': place_name(rng), 'company': company_name(rng),
            'company2': company_name(rng), 'official': person(rng, 'en' if rng.random() < 0.5 else 'es'),
            'person2': person(rng, 'es'), 'person3': person(rng, 'en')}
    return {'kind': kind, 'start': start, 'facts': facts, 'cast': cast, 'n': number_of_story}


def when(published, event, lang, rng):
    """How the article dates the event: a weekday, 'yesterday', or a calendar date."""
    gap = (published - event).days
    if gap == 0 and rng.random() < 0.5:
        return 'today' if lang == 'en' else 'hoy'
    if gap == 1 and rng.random() < 0.4:
        return 'yesterday' if lang == 'en' else 'ayer'
    if gap < 7 and rng.random() < 0.7:
        return f'on {WEEKDAYS["en"][event.weekday()]}' if lang == 'en' else f'el {WEEKDAYS["es"][event.weekday()]}'
    if lang == 'en':
        return f'on {MONTHS["en"][event.month - 1]} {event.day}'
    return f'el {event.day} de {MONTHS["es"][event.month - 1]}'


def write_article(rng, story, lang, day_index):
    kind = KINDS[story['kind']]
    published = story['start'] + dt.timedelta(days=day_index)
    event = story['start'] - dt.timedelta(days=rng.choice([0, 0, 1]))
    rep = Reporter(rng, lang, day_index)
    values = dict(story['cast'])
    values.update(kind['render'](story['facts'], rep))
    values['when'] = when(published, event, lang, rng)
    values['date'] = f'{MONTHS["en"][event.month - 1]} {event.day}' if lang == 'en' else f'{event.day} de {MONTHS["es"][event.month - 1]}'
    t = kind[lang]
    fill = lambda template: template.format(**values)
    paragraphs = [fill(rng.choice(t['lead']))]
    body = [fill(x) for x in rng.sample(t['detail'], k=min(len(t['detail']), rng.randint(2, 4)))]
    quotes = [fill(x) for x in rng.sample(t['quote'], k=min(len(t['quote']), rng.randint(1, 2)))]
    for q in quotes:
        body.insert(rng.randrange(len(body) + 1), q)
    paragraphs += body
    if rng.random() < 0.7:
        paragraphs.append(fill(rng.choice(t['closing'])))
    text = '\n\n'.join(p[0].upper() + p[1:] for p in paragraphs)
    return fill(rng.choice(t['title'])), text, published


def light_edit(rng, text, lang):
    """A wire copy as a second site runs it: sometimes a new first paragraph, a few words swapped."""
    paragraphs = text.split('\n\n')
    if rng.random() < 0.5 and len(paragraphs) > 2:
        paragraphs = paragraphs[1:]
    words = '\n\n'.join(paragraphs).split(' ')
    swaps = SYNONYMS[lang]
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(words))
        if words[i].lower() in swaps:
            words[i] = swaps[words[i].lower()]
    return ' '.join(words)


def slug(title):
    keep = ''.join(c.lower() if c.isalnum() else '-' for c in title)
    return '-'.join(p for p in keep.split('-') if p)[:60]


def generate(count, seed):
    rng = random.Random(seed)
    articles = []  # (timestamp, article dict)
    story_number = 0
    while len(articles) < count:
        story = new_story(rng, story_number)
        story_number += 1
        size = min(1 + int(rng.expovariate(1 / 6)), 40, count - len(articles))
        spanish_share = rng.choice([0.0, 0.2, 0.5, 0.8, 1.0])
        written = []
        for _ in range(size):
            stamp_minutes = rng.randrange(6 * 60, 23 * 60)
            if written and rng.random() < 0.13:  # syndication: a copy of an earlier report
                original = rng.choice(written)
                text = original['text'] if rng.random() < 0.5 else light_edit(rng, original['text'], original['lang'])
                outlet = rng.choice(OUTLETS[original['lang']])
                published = original['_day']
                art = {'lang': original['lang'], 'title': original['title'], 'text': text}
                stamp_minutes = max(stamp_minutes, original['_minutes'] + rng.randrange(5, 120))
            else:
                lang = 'es' if rng.random() < spanish_share else 'en'
                day_index = min(int(rng.expovariate(1 / 2)), 25)
                title, text, published = write_article(rng, story, lang, day_index)
                outlet = rng.choice(OUTLETS[lang])
                art = {'lang': lang, 'title': title, 'text': text}
            art.update(outlet=outlet[0], _domain=outlet[1], _day=published, _minutes=stamp_minutes)
            written.append(art)
        for art in written:
            stamp = dt.datetime.combine(art['_day'], dt.time()) + dt.timedelta(minutes=art['_minutes'])
            articles.append((stamp, len(articles), art))
    articles.sort(key=lambda x: (x[0], x[1]))
    for i, (stamp, _, art) in enumerate(articles):
        day = art['_day']
        yield {'id': f'synth-{seed}-{i}',
               'url': f'https://{art["_domain"]}/{day:%Y/%m/%d}/{slug(art["title"])}-{i}',
               'outlet': art['outlet'], 'title': art['title'],
               'published': stamp.strftime('%Y-%m-%dT%H:%M:00Z'), 'lang': art['lang'], 'text': art['text']}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--articles', type=int, required=True, help='number of articles to write')
    ap.add_argument('--seed', type=int, default=1, help='random seed (same seed, same corpus)')
    args = ap.parse_args()
    if args.articles < 0:
        ap.error('--articles must be at least 0')
    out = sys.stdout
    for article in generate(args.articles, args.seed):
        out.write(json.dumps(article, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
