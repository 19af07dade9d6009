// The first page (the stories) and search results.
import { api, h, plural, snippet, query } from './dom.js';

function storyTitle(story) {
  return story.title || `Story ${story.id}`;
}

function dateRange(first, last) {
  const day = (iso) => (iso || '').slice(0, 10);
  if (!first && !last) return 'dates unknown';
  return day(first) === day(last) || !last ? day(first) : `${day(first)} – ${day(last)}`;
}

function storyCard(story) {
  return h('li', { class: 'story-card', dataset: { title: storyTitle(story).toLowerCase() } },
    h('a', { class: 'story-link', href: `#/story/${story.id}` }, storyTitle(story)),
    h('div', { class: 'counts' },
      h('span', null, plural(story.articles, 'article')),
      h('span', null, plural(story.outlets, 'outlet')),
      h('span', null, plural(story.claim_groups, 'claim group')),
      h('span', { class: story.disputed ? 'disputed-count' : null }, `${story.disputed} disputed`),
      h('span', { class: 'muted' }, dateRange(story.first_published, story.last_published))));
}

// Stories that continue one another (a thread) sit together under its heading, in order; a
// story alone is a card as it is.
function threadCard(thread, stories) {
  const first = stories[0];
  const last = stories.reduce((a, b) => ((b.last_published || '') > (a.last_published || '') ? b : a));
  return h('li', { class: 'thread-card', dataset: { title: stories.map((s) => storyTitle(s).toLowerCase()).join('\n') } },
    h('h2', { class: 'thread-title' }, h('span', { class: 'thread-mark' }, 'Thread'), ' ', thread.title || storyTitle(first)),
    h('div', { class: 'counts' },
      h('span', null, plural(stories.length, 'story', 'stories')),
      h('span', null, plural(stories.reduce((n, s) => n + s.articles, 0), 'article')),
      thread.entities && thread.entities.length ? h('span', { class: 'muted' }, `about ${thread.entities.join(', ')}`) : null,
      h('span', { class: 'muted' }, dateRange(first.first_published, last.last_published))),
    h('ul', { class: 'story-list thread-stories' }, stories.map(storyCard)));
}

export async function renderStories() {
  const [{ stories }, { threads }] = await Promise.all([api('/api/stories'), api('/api/threads')]);
  const page = h('div', { class: 'page stories', dataset: { title: 'Stories' } });
  page.append(h('h1', null, 'Stories'));
  if (!stories.length) {
    page.append(h('p', { class: 'muted' }, 'The store holds no story yet: run ', h('code', null, 'storyline ingest'), ' first.'));
    return page;
  }
  const threadOf = new Map(threads.map((thread) => [thread.id, thread]));
  // Threads (each story in one, by `thread`), largest first; a thread's stories in order.
  const members = new Map();
  for (const story of stories) {
    const key = threadOf.has(story.thread) ? story.thread : story.id;
    if (!members.has(key)) members.set(key, []);
    members.get(key).push(story);
  }
  const groups = [...members.entries()].map(([id, list]) => ({
    id, list: list.sort((a, b) => a.id - b.id), articles: list.reduce((n, s) => n + s.articles, 0),
  }));
  groups.sort((a, b) => b.articles - a.articles || a.id - b.id);
  const filter = h('input', { type: 'search', class: 'filter', placeholder: 'Filter stories by title', 'aria-label': 'Filter stories' });
  const list = h('ul', { class: 'story-list' });
  const items = groups.map((g) => (g.list.length > 1 ? threadCard(threadOf.get(g.id) || { id: g.id }, g.list) : storyCard(g.list[0])));
  list.append(...items);
  filter.addEventListener('input', () => {
    const needle = filter.value.trim().toLowerCase();
    for (const item of items) {
      item.hidden = needle !== '' && !item.dataset.title.includes(needle);
      for (const card of item.querySelectorAll('.thread-stories .story-card'))
        card.hidden = needle !== '' && !item.hidden && !card.dataset.title.includes(needle);
    }
  });
  const threaded = groups.filter((g) => g.list.length > 1).length;
  page.append(h('p', { class: 'muted' }, `${plural(stories.length, 'story', 'stories')}${threaded ? `, ${plural(threaded, 'thread')} of stories that continue one another` : ''}, largest first.`));
  if (stories.length > 8) page.append(filter);
  page.append(list);
  return page;
}

function hitLink(hit, q) {
  return `#/article/${encodeURIComponent(hit.id)}${query({ q })}`;
}

export async function renderSearch(q) {
  const page = h('div', { class: 'page search-results', dataset: { title: `Search: ${q}` } });
  page.append(h('h1', null, 'Search'));
  if (!q.trim()) {
    page.append(h('p', { class: 'muted' }, 'Type words in the search box: every word must match, case and accents ignored, word* for a prefix.'));
    return page;
  }
  const result = await api('/api/search' + query({ q, limit: 50 }));
  page.append(h('p', { class: 'muted' }, `“${q}”: ${plural(result.articles.length, 'article')}, ${plural(result.quotes.length, 'quote')}.`));
  const articles = h('section', { class: 'results', id: 'article-results' }, h('h2', null, 'Articles'));
  if (!result.articles.length) articles.append(h('p', { class: 'muted' }, 'No article matches.'));
  const articleList = h('ol', { class: 'hits' });
  for (const hit of result.articles)
    articleList.append(h('li', { class: 'hit' },
      h('a', { href: hitLink(hit, q) }, hit.title || hit.id),
      h('span', { class: 'outlet' }, hit.outlet),
      h('div', null, snippet(hit.snippet))));
  articles.append(articleList);
  const quotes = h('section', { class: 'results', id: 'quote-results' }, h('h2', null, 'Quotes'));
  if (!result.quotes.length) quotes.append(h('p', { class: 'muted' }, 'No quote matches.'));
  const quoteList = h('ol', { class: 'hits' });
  for (const hit of result.quotes)
    quoteList.append(h('li', { class: 'hit' },
      h('b', null, hit.speaker || 'unknown speaker'), ' ',
      h('q', null, snippet(hit.snippet)),
      h('div', { class: 'muted' }, 'in ', h('a', { href: hitLink(hit, q) }, hit.title || hit.id), hit.outlet ? ` (${hit.outlet})` : '')));
  quotes.append(quoteList);
  page.append(articles, quotes);
  return page;
}
