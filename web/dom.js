// Small helpers shared by the pages: building elements (text always goes in as text, never as
// markup), fetching the API once per URL, verdict colors, and byte offsets into UTF-8 text.

const SVG_NS = 'http://www.w3.org/2000/svg';

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function setAttributes(node, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
}

// h('a', {href: '#/', class: 'x'}, 'text', child, [more]): an HTML element.
export function h(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attrs);
  return append(node, children);
}

// The same for SVG elements.
export function s(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttributes(node, attrs);
  return append(node, children);
}

const cache = new Map();

// The JSON of an API path, fetched once per page load; throws Error(message) on failure.
export function api(path) {
  if (!cache.has(path)) {
    const request = fetch(path, { headers: { Accept: 'application/json' } }).then(async (response) => {
      let body = null;
      try { body = await response.json(); } catch { /* not JSON */ }
      if (!response.ok) {
        cache.delete(path);
        throw new Error((body && body.error) || `${response.status} ${response.statusText}`);
      }
      return body;
    });
    cache.set(path, request);
  }
  return cache.get(path);
}

export const VERDICT_COLORS = {
  'corroborated': '#2e7d32',
  'approximately equal': '#689f38',
  'contradicted': '#c62828',
  'distinct events': '#6a1b9a',
  'changed over time': '#ef6c00',
  'single source': '#757575',
};

export function verdictColor(verdict) {
  return VERDICT_COLORS[verdict] || '#757575';
}

export function verdictBadge(verdict) {
  return h('span', { class: ['verdict', 'v-' + String(verdict).replace(/\s+/g, '-')] }, verdict);
}

// A legend of the verdicts, for the timeline and the tables.
export function verdictLegend() {
  return h('ul', { class: 'legend', 'aria-label': 'verdicts' },
    Object.keys(VERDICT_COLORS).map((v) => h('li', null, verdictBadge(v))));
}

// Maps byte offsets of a UTF-8 string to indexes of the JS string (UTF-16 code units). The API
// gives every span in bytes; slicing a JS string by them would be wrong past the first accent.
export function byteIndex(text) {
  const bytes = new TextEncoder().encode(text).length;
  const map = new Uint32Array(bytes + 1);
  let b = 0;
  let c = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    const length = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (let i = 0; i < length; i++) map[b + i] = c;
    b += length;
    c += ch.length;
  }
  map[b] = c;
  return (offset) => map[Math.max(0, Math.min(offset, bytes))];
}

// The text of a byte span [begin, end) of `text`, decoded from its UTF-8 bytes.
export function spanText(text, span) {
  const bytes = new TextEncoder().encode(text);
  return new TextDecoder().decode(bytes.subarray(span[0], span[1]));
}

export function plural(n, word, many) {
  return `${n} ${n === 1 ? word : (many || word + 's')}`;
}

// The last part of a path, without its extension: outlets with no name are known by their file.
export function baseName(path) {
  const name = String(path || '').split('/').pop();
  return name.replace(/\.(txt|html?|jsonl|json|xml|warc|gz)$/g, '') || path;
}

// A query string `a=1&b=2` from an object, leaving out empty values.
export function query(params) {
  const parts = [];
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') parts.push(`${key}=${encodeURIComponent(value)}`);
  return parts.length ? '?' + parts.join('&') : '';
}

// `text` with `[word]` marks (the search API's snippets) as <mark> elements.
export function snippet(text) {
  const out = h('span', { class: 'snippet' });
  const re = /\[([^\]]*)\]/g;
  let last = 0;
  for (let m; (m = re.exec(text));) {
    out.append(text.slice(last, m.index), h('mark', null, m[1]));
    last = m.index + m[0].length;
  }
  out.append(text.slice(last));
  return out;
}

// A button that shows the rest of a long list: `build(start, end)` makes items [start, end),
// appended to `container` on click. Null when everything is shown already.
export function moreButton(container, total, shown, build, label) {
  if (shown >= total) return null;
  const button = h('button', { class: 'more', type: 'button' }, `Show all ${total} ${label}`);
  button.addEventListener('click', () => {
    button.remove();
    container.append(...build(shown, total));
  });
  return button;
}
