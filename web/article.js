// One article: its text by paragraph, with the span asked for (`?span=B-E`, bytes) highlighted
// and scrolled into view, the claim's parts inside it (`&parts=B-E,B-E`: event word, figure,
// date) in bold, search words (`?q=`) marked, and direct quotes underlined with their speaker.
import { api, h, byteIndex, query, baseName } from './dom.js';

function parseSpan(text) {
  const m = /^(\d+)-(\d+)$/.exec(text || '');
  return m && +m[1] < +m[2] ? [+m[1], +m[2]] : null;
}

// Folds case and accents, keeping for each folded character the index it came from.
function folded(text) {
  let out = '';
  const from = [];
  for (let i = 0; i < text.length; i++) {
    const f = text[i].normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (let k = 0; k < f.length; k++) from.push(i);
    out += f;
  }
  from.push(text.length);
  return { out, from };
}

// [begin, end) character ranges of the words of `q` (prefixes when they end in '*') in `text`.
function wordHits(text, q) {
  const words = (q || '').split(/\s+/).map((w) => folded(w.replace(/[^\p{L}\p{N}*]/gu, '')).out).filter((w) => w.replace('*', ''));
  if (!words.length) return [];
  const { out, from } = folded(text);
  const hits = [];
  for (const word of words) {
    const prefix = word.endsWith('*');
    const stem = word.replace(/\*/g, '');
    for (let at = out.indexOf(stem); at >= 0; at = out.indexOf(stem, at + 1)) {
      const before = at > 0 ? out[at - 1] : ' ';
      let end = at + stem.length;
      if (/[\p{L}\p{N}]/u.test(before)) continue;
      if (prefix) while (end < out.length && /[\p{L}\p{N}]/u.test(out[end])) end++;
      else if (end < out.length && /[\p{L}\p{N}]/u.test(out[end])) continue;
      hits.push([from[at], from[end]]);
    }
  }
  return hits;
}

// The characters [begin, end) of `text` as nodes, cut where `ranges` ({begin, end, make}) start
// and end: each piece is wrapped by every range covering it, innermost last.
function pieces(text, begin, end, ranges) {
  const inside = ranges.filter((r) => r.begin < end && r.end > begin);
  const cuts = new Set([begin, end]);
  for (const r of inside) {
    if (r.begin > begin) cuts.add(r.begin);
    if (r.end < end) cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < points.length; i++) {
    let node = document.createTextNode(text.slice(points[i], points[i + 1]));
    for (const r of inside) if (r.begin <= points[i] && r.end >= points[i + 1]) node = r.make(node);
    nodes.push(node);
  }
  return nodes;
}

function paragraphNode(text, begin, end, highlight, ranges) {
  const p = h('p');
  if (highlight && highlight[0] < end && highlight[1] > begin) {
    const hb = Math.max(begin, highlight[0]);
    const he = Math.min(end, highlight[1]);
    const mark = h('mark', { id: 'highlight', class: 'highlight', tabindex: -1 });
    mark.append(...pieces(text, hb, he, ranges));
    p.append(...pieces(text, begin, hb, ranges), mark, ...pieces(text, he, end, ranges));
  } else {
    p.append(...pieces(text, begin, end, ranges));
  }
  return p;
}

// A side list of the article's claims (each a link to its sentence here) and its sourcing.
function aside(article, params) {
  const here = (span, parts) => `#/article/${encodeURIComponent(article.id)}${query({
    span: `${span[0]}-${span[1]}`, parts: parts.map(([b, e]) => `${b}-${e}`).join(','), story: params.get('story') })}`;
  const claims = (article.claims || []).map((c) => {
    const [span, ...parts] = c.evidence || [];
    const quantity = c.value !== undefined && article.quantities ? article.quantities[c.value] : null;
    const words = [...new Set([c.trigger && c.trigger.text, quantity && quantity.text].filter(Boolean))].join(': ');
    return h('li', null, span ? h('a', { href: here(span, parts) }, c.predicate.replace(/_/g, ' ')) : c.predicate,
      words ? h('span', { class: 'muted' }, ` · ${words}`) : null);
  });
  const s = article.sourcing || {};
  return h('aside', { class: 'article-aside' },
    h('h2', null, 'Sourcing'),
    h('p', { class: 'muted' }, `Sentences credited to named sources: ${s.named || 0}, anonymous: ${s.anonymous || 0}, other outlets: ${s.outlets || 0}; unsourced: ${s.unsourced || 0}.`),
    claims.length ? [h('h2', null, `Claims (${claims.length})`), h('ol', { class: 'article-claims' }, claims)] : null);
}

function published(article) {
  const p = article.published;
  if (!p || !p.value) return 'date unknown';
  return p.from === 'estimated' ? `${p.value} (estimated)` : p.value;
}

export async function renderArticle(id, params) {
  const article = await api(`/api/articles/${encodeURIComponent(id)}`);
  const text = article.text || '';
  const at = byteIndex(text);
  const toChars = (span) => [at(span[0]), at(span[1])];
  const spanParam = parseSpan(params.get('span'));
  const highlight = spanParam ? toChars(spanParam) : null;
  const q = params.get('q') || '';
  const ranges = [];
  for (const quote of article.quotes || []) {
    const [b, e] = toChars(quote.span);
    const speaker = quote.speaker && quote.speaker.text ? quote.speaker.text : 'unknown speaker';
    ranges.push({ begin: b, end: e, make: (node) => h('span', { class: 'quote', title: `quote: ${speaker}` }, node) });
  }
  for (const part of (params.get('parts') || '').split(',')) {
    const span = parseSpan(part);
    if (!span) continue;
    const [b, e] = toChars(span);
    ranges.push({ begin: b, end: e, make: (node) => h('strong', { class: 'evidence-part' }, node) });
  }
  for (const [b, e] of wordHits(text, q)) ranges.push({ begin: b, end: e, make: (node) => h('mark', { class: 'word' }, node) });

  const paragraphs = (article.paragraphs && article.paragraphs.length) ? article.paragraphs : [[0, new TextEncoder().encode(text).length]];
  const body = h('div', { class: 'article-text', lang: article.lang && article.lang !== 'und' ? article.lang : null });
  for (const span of paragraphs) {
    const [b, e] = toChars(span);
    body.append(paragraphNode(text, b, e, highlight, ranges));
  }
  const storyId = article.story || params.get('story');
  const url = /^https?:\/\//i.test(article.url || '') ? article.url : '';
  const page = h('div', { class: 'page article', dataset: { title: article.title || article.id } },
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, 'Stories'),
      storyId ? [' › ', h('a', { href: `#/story/${storyId}` }, `story ${storyId}`)] : null, ' › article'),
    h('h1', null, article.title || article.id),
    h('div', { class: 'counts' },
      h('span', { class: 'outlet' }, article.outlet || baseName(article.source) || 'outlet unknown'),
      h('span', null, published(article)),
      (article.byline || []).length ? h('span', null, 'by ' + article.byline.join(', ')) : null,
      h('span', null, article.lang || ''),
      url ? h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original') : null),
    highlight ? h('p', { class: 'note' }, 'The highlighted sentence is the evidence you followed.', storyId ? [' ', h('a', { href: `#/story/${storyId}` }, 'Back to the story.')] : null) : null,
    q ? h('p', { class: 'note' }, 'Words of “', q, '” are marked. ', h('a', { href: '#/search' + query({ q }) }, 'Back to the results.')) : null,
    h('div', { class: 'article-layout' }, body, aside(article, params)));
  page.afterMount = () => {
    const target = page.querySelector('#highlight') || page.querySelector('mark.word');
    if (target) {
      target.scrollIntoView({ block: 'center' });
      if (target.id === 'highlight') target.focus({ preventScroll: true });
    } else {
      window.scrollTo(0, 0);
    }
  };
  return page;
}
