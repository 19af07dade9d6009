// The page's router: the part of the URL after '#' picks the view, so the server only serves a
// handful of fixed files.
//   #/                         stories
//   #/search?q=WORDS           articles and quotes matching WORDS
//   #/story/ID[?group=N]       one story (N: a claim group to open)
//   #/article/ID[?span=B-E&parts=B-E,...&q=WORDS&story=ID]   an article, bytes B..E highlighted
import { h } from './dom.js';
import { renderStories, renderSearch } from './home.js';
import { renderStory } from './story.js';
import { renderArticle } from './article.js';

const main = document.getElementById('main');
const searchForm = document.getElementById('search-form');
const searchInput = document.getElementById('search-input');

function parseHash() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, search = ''] = hash.split('?');
  const params = new URLSearchParams(search);
  const parts = path.split('/').filter(Boolean).map((p) => {
    try { return decodeURIComponent(p); } catch { return p; }
  });
  return { parts, params };
}

let generation = 0;

async function route() {
  const { parts, params } = parseHash();
  const current = ++generation;
  const view = h('div', { class: 'view' }, h('p', { class: 'muted' }, 'Loading…'));
  main.replaceChildren(view);
  searchInput.value = parts[0] === 'search' ? params.get('q') || '' : '';
  try {
    let content;
    if (parts.length === 0) content = await renderStories();
    else if (parts[0] === 'search') content = await renderSearch(params.get('q') || '');
    else if (parts[0] === 'story' && parts[1]) content = await renderStory(parts[1], params);
    else if (parts[0] === 'article' && parts[1]) content = await renderArticle(parts[1], params);
    else content = h('p', { class: 'error' }, 'No such page. ', h('a', { href: '#/' }, 'Back to the stories.'));
    if (current !== generation) return;  // a newer navigation won
    view.replaceChildren(content);
    document.title = (content.dataset && content.dataset.title ? content.dataset.title + ' · ' : '') + 'storyline';
    if (typeof content.afterMount === 'function') content.afterMount();
    else window.scrollTo(0, 0);
  } catch (error) {
    if (current !== generation) return;
    view.replaceChildren(h('p', { class: 'error', role: 'alert' }, 'Could not load this page: ', error.message));
  }
}

searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = searchInput.value.trim();
  if (q) location.hash = '#/search?q=' + encodeURIComponent(q);
});

window.addEventListener('hashchange', route);
route();
