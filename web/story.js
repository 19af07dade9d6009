// One story: its timeline, its events, claim groups (disputed first, each opening onto its claims and their
// evidence), who reported what, quotes by speaker, sourcing per outlet, and its articles.
// Everything comes from one request, /api/stories/ID; long lists render in batches.
import { api, h, plural, verdictBadge, verdictLegend, baseName, query, moreButton } from './dom.js';
import { timelineSvg } from './timeline.js';

const BATCH = 60;

// Names for articles and outlets: an article without an outlet is known by its file name.
function outletNames(story) {
  const byArticle = new Map();
  for (const article of story.articles) if (article.outlet) byArticle.set(article.id, article.outlet);
  for (const profile of story.outlets || [])
    for (const id of profile.articles) if (!byArticle.has(id)) byArticle.set(id, baseName(profile.outlet));
  for (const article of story.articles) if (!byArticle.has(article.id)) byArticle.set(article.id, article.title || article.id);
  return (id) => byArticle.get(id) || id;
}

function storyTitle(story) {
  const titled = story.articles.find((a) => a.title);
  return titled ? titled.title : `Story ${story.id}`;
}

function isDisputed(group) {
  return group.verdict === 'contradicted' || (group.disputes || []).length > 0;
}

// The link to a claim's sentence in its article, its event word, figure and date marked inside.
function evidenceHref(story, claim) {
  const [span, ...parts] = claim.evidence || [];
  return `#/article/${encodeURIComponent(claim.article)}${query({
    span: span ? `${span[0]}-${span[1]}` : '',
    parts: parts.map(([b, e]) => `${b}-${e}`).join(','),
    story: story.id,
  })}`;
}

// What a claim says, briefly: its figure, else its date, else its subject and object.
function claimValue(claim) {
  if (claim.value_text) return claim.unit && !/[a-z]/i.test(claim.value_text) ? `${claim.value_text} ${claim.unit}` : claim.value_text;
  if (claim.time && claim.time.text) return claim.time.text;
  return [claim.subject_text, claim.object_text].filter(Boolean).join(' → ') || claim.trigger?.text || '✓';
}

// For each claim (article:claim), the strongest disagreement it takes part in.
const SEVERITY = { 'contradicted': 3, 'changed over time': 2, 'distinct events': 1, 'approximately equal': 0 };
function claimConflicts(group) {
  const worst = new Map();
  for (const d of group.disputes || [])
    for (const side of [d.a, d.b]) {
      const key = `${side.article}:${side.claim}`;
      if (!worst.has(key) || SEVERITY[d.verdict] > SEVERITY[worst.get(key)]) worst.set(key, d.verdict);
    }
  return worst;
}

function section(id, title, ...content) {
  return h('section', { id, class: 'story-section' }, h('h2', null, title), ...content);
}

function header(story, name) {
  const groups = story.claim_groups || [];
  const disputed = groups.filter(isDisputed).length;
  const outlets = new Set(story.articles.map((a) => name(a.id)));
  const nav = h('nav', { class: 'sections', 'aria-label': 'sections' },
    [['timeline', 'Timeline'], ['events', 'Events'], ['claims', 'Claims'], ['matrix', 'Who reported what'], ['quotes', 'Quotes'],
     ['sourcing', 'Sourcing'], ['articles', 'Articles']].map(([id, label]) =>
      h('button', { type: 'button', onclick: () => document.getElementById(id)?.scrollIntoView({ behavior: 'smooth' }) }, label)));
  const thread = story.thread !== undefined && story.thread !== story.id
    ? h('p', { class: 'thread-note muted' }, 'Continues ', h('a', { href: `#/story/${story.thread}` }, `story ${story.thread}`),
      ' (the first story of its thread).')
    : null;
  return h('header', { class: 'story-head' },
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, 'Stories'), ` › story ${story.id}`),
    thread,
    h('h1', null, storyTitle(story)),
    h('div', { class: 'counts' },
      h('span', null, plural(story.articles.length, 'article')),
      h('span', null, plural(outlets.size, 'outlet')),
      h('span', null, plural(groups.length, 'claim group')),
      h('span', { class: disputed ? 'disputed-count' : null }, `${disputed} disputed`),
      h('span', null, plural((story.quote_groups || []).length, 'speaker'))),
    nav);
}

// ---- Timeline

function timelineSection(story, pick) {
  const holder = h('div', { class: 'timeline-holder' });
  const body = section('timeline', 'Timeline', verdictLegend(), holder,
    h('p', { class: 'note muted' }, 'A dot is a day; a bar a week, month or year (fainter the vaguer). The axis is stretched where events are dense. Click an event for its claims.'));
  if (!(story.timeline || []).length) {
    holder.append(h('p', { class: 'muted' }, 'No dated events.'));
    return { body, draw() {} };
  }
  let lastWidth = 0;
  const draw = () => {
    const width = Math.max(300, Math.floor(holder.clientWidth));
    if (width === lastWidth) return;
    lastWidth = width;
    holder.replaceChildren(timelineSvg(story.timeline, width, pick));
  };
  let pending = 0;
  const observer = new ResizeObserver(() => { cancelAnimationFrame(pending); pending = requestAnimationFrame(draw); });
  observer.observe(holder);
  return { body, draw };
}

// ---- Events: what happened, one row per real-world happening its articles describe

function eventTime(time) {
  if (!time) return '';
  const when = time.begin === time.end ? time.begin : `${time.begin} – ${time.end}`;
  return time.precision && time.precision !== 'day' && time.precision !== 'range' ? `${when} (${time.precision})` : when;
}

function eventsSection(story, openGroup) {
  const events = story.events || [];
  const rows = new Map();
  const build = (from, to) => events.slice(from, to).map((event) => {
    const label = event.group !== undefined
      ? h('button', { type: 'button', class: 'event-label', title: 'open its claim group', onclick: () => openGroup(event.group) }, event.label)
      : h('span', { class: 'event-label' }, event.label);
    const row = h('tr', { class: 'event-row', id: `event-${event.id}`, dataset: { event: event.id } },
      h('td', null, label, h('div', { class: 'muted' }, event.predicate)),
      h('td', null, eventTime(event.time) || h('span', { class: 'muted' }, 'undated')),
      h('td', null, event.place || ''),
      h('td', null, (event.participants || []).join(', ')),
      h('td', { class: 'num' }, event.sources));
    rows.set(event.id, row);
    return row;
  });
  const body = h('tbody');
  body.append(...build(0, BATCH));
  const more = moreButton(body, events.length, BATCH, build, 'events');
  const content = events.length
    ? [h('p', { class: 'muted' }, `${plural(events.length, 'event')}, most reported first: the first is the story's main event.`),
       h('div', { class: 'scroll' }, h('table', { class: 'events' },
         h('thead', null, h('tr', null, ['Event', 'When', 'Where', 'Who', 'Sources'].map((t, i) => h('th', { class: i === 4 ? 'num' : null }, t)))),
         body)),
       more]
    : [h('p', { class: 'muted' }, 'No events.')];
  // An event chosen on the timeline: its row, shown and marked for a moment.
  const showEvent = (id) => {
    if (!rows.has(id) && more && more.isConnected) more.click();
    const row = rows.get(id);
    if (!row) return;
    row.classList.add('picked');
    row.scrollIntoView({ block: 'center', behavior: 'smooth' });
    setTimeout(() => row.classList.remove('picked'), 1500);
  };
  return { body: section('events', 'Events', ...content.filter(Boolean)), showEvent };
}

// ---- Claim groups

function claimRow(story, name, conflicts, claim) {
  const conflict = conflicts.get(`${claim.article}:${claim.claim}`);
  const source = claim.source && claim.source.kind !== 'outlet' && claim.source.text
    ? h('div', { class: 'source muted' }, `source: ${claim.source.text}${claim.source.kind === 'anonymous' ? ' (anonymous)' : ''}${claim.source.via ? ` via ${claim.source.via}` : ''}`)
    : null;
  const flags = [claim.modality !== 'asserted' ? claim.modality : null, claim.hedged ? 'hedged' : null].filter(Boolean);
  return h('tr', { class: ['claim', conflict ? 'conflict-' + conflict.replace(/\s+/g, '-') : null] },
    h('td', { class: 'outlet' }, name(claim.article)),
    h('td', { class: 'value' }, h('b', null, claimValue(claim)),
      flags.length ? h('div', { class: 'flags' }, flags.join(', ')) : null,
      claim.time && claim.time.value ? h('div', { class: 'muted' }, claim.time.text ? `${claim.time.text} (${claim.time.value})` : claim.time.value) : null,
      conflict ? h('div', null, verdictBadge(conflict)) : null),
    h('td', { class: 'evidence' },
      h('q', null, claim.evidence_text || ''), source,
      h('a', { class: 'evidence-link', href: evidenceHref(story, claim) }, 'Read in the article →')));
}

function disputeItem(name, d) {
  return h('li', { class: 'dispute' }, verdictBadge(d.verdict), ' ', h('span', { class: 'aspect' }, d.aspect), ': ', d.reason,
    h('span', { class: 'muted' }, ` (${name(d.a.article)} vs ${name(d.b.article)})`));
}

function groupDetail(story, name, group) {
  const conflicts = claimConflicts(group);
  const detail = h('div', { class: 'group-detail' });
  const disputes = group.disputes || [];
  if (disputes.length) {
    const order = [...disputes].sort((a, b) => SEVERITY[b.verdict] - SEVERITY[a.verdict]);
    const list = h('ul', { class: 'disputes' });
    const build = (from, to) => order.slice(from, to).map((d) => disputeItem(name, d));
    list.append(...build(0, 6));
    detail.append(...[h('h3', null, plural(disputes.length, 'disagreement')), list, moreButton(list, order.length, 6, build, 'disagreements')].filter(Boolean));
  }
  const claims = [...group.claims].sort((a, b) => (conflicts.has(`${b.article}:${b.claim}`) ? 1 : 0) - (conflicts.has(`${a.article}:${a.claim}`) ? 1 : 0));
  detail.append(h('h3', null, plural(claims.length, 'claim')),
    h('table', { class: 'claims-of-group' },
      h('thead', null, h('tr', null, h('th', null, 'Outlet'), h('th', null, 'Says'), h('th', null, 'Evidence'))),
      h('tbody', null, claims.map((claim) => claimRow(story, name, conflicts, claim)))));
  const reasons = (group.reasons || []).filter((r) => !disputes.length || !/^(contradicted|distinct events|changed over time|approximately equal) \(/.test(r));
  if (reasons.length) detail.append(h('p', { class: 'muted reasons' }, 'Why this verdict: ', reasons.join('; ')));
  return detail;
}

function groupRow(story, name, group, index) {
  const outlets = new Set(group.claims.map((c) => name(c.article)));
  const disputed = isDisputed(group);
  const toggle = h('button', { type: 'button', class: 'toggle', 'aria-expanded': 'false' },
    h('span', { class: 'label' }, group.label), group.subject ? h('span', { class: 'subject' }, group.subject.name) : null);
  const row = h('tr', { class: ['group', disputed ? 'disputed' : null], id: `group-${index}`, dataset: { group: index } },
    h('td', null, toggle),
    h('td', null, verdictBadge(group.verdict),
      group.disputed_by ? h('span', { class: 'muted disputed-by' }, ` disputed by ${group.disputed_by}`) : null),
    h('td', { class: 'num' }, group.sources),
    h('td', { class: 'num' }, outlets.size),
    h('td', { class: 'num' }, (group.disputes || []).length || ''));
  let detailRow = null;
  const open = (wanted) => {
    const opening = wanted === undefined ? !detailRow : wanted;
    if (opening && !detailRow) {
      detailRow = h('tr', { class: 'detail' }, h('td', { colspan: 5 }, groupDetail(story, name, group)));
      row.after(detailRow);
    } else if (!opening && detailRow) {
      detailRow.remove();
      detailRow = null;
    }
    row.classList.toggle('open', opening);
    toggle.setAttribute('aria-expanded', String(opening));
  };
  toggle.addEventListener('click', () => open());
  row.open = open;
  return row;
}

function claimsSection(story, name) {
  const groups = (story.claim_groups || []).map((group, index) => ({ group, index }));
  // The API sends disputed groups first; keep that, whatever the order of the record.
  groups.sort((a, b) => (isDisputed(b.group) ? 1 : 0) - (isDisputed(a.group) ? 1 : 0) || a.index - b.index);
  const tbody = h('tbody');
  const rows = new Map();
  const build = (from, to) => groups.slice(from, to).map(({ group, index }) => {
    const row = groupRow(story, name, group, index);
    rows.set(index, row);
    return row;
  });
  tbody.append(...build(0, BATCH));
  const filter = h('input', { type: 'search', class: 'filter', placeholder: 'Filter claims', 'aria-label': 'Filter claim groups' });
  const onlyDisputed = h('input', { type: 'checkbox', id: 'only-disputed' });
  const apply = () => {
    if (rows.size < groups.length) tbody.append(...build(rows.size, groups.length));
    more?.remove();
    const needle = filter.value.trim().toLowerCase();
    for (const { group, index } of groups) {
      const row = rows.get(index);
      const text = `${group.label} ${group.subject ? group.subject.name : ''} ${group.predicate}`.toLowerCase();
      row.hidden = (needle && !text.includes(needle)) || (onlyDisputed.checked && !isDisputed(group));
      if (row.hidden) row.open(false);
    }
  };
  filter.addEventListener('input', apply);
  onlyDisputed.addEventListener('change', apply);
  const table = h('table', { class: 'groups' },
    h('thead', null, h('tr', null, h('th', null, 'Claim'), h('th', null, 'Verdict'), h('th', { class: 'num', title: 'independent sources (copies counted once)' }, 'Sources'),
      h('th', { class: 'num' }, 'Outlets'), h('th', { class: 'num' }, 'Disagreements'))),
    tbody);
  const more = moreButton(tbody, groups.length, BATCH, build, 'claim groups');
  const disputed = groups.filter(({ group }) => isDisputed(group)).length;
  const body = section('claims', 'Claims, disputed first',
    h('p', { class: 'muted' }, `${plural(groups.length, 'claim group')}, ${disputed} disputed. Open one to see what each outlet says and where.`),
    h('div', { class: 'toolbar' }, filter, h('label', null, onlyDisputed, ' disputed only')),
    h('div', { class: 'scroll' }, table), more);
  const openGroup = (index) => {
    if (!rows.has(index)) apply();
    const row = rows.get(index);
    if (!row) return;
    row.hidden = false;
    row.open(true);
    row.scrollIntoView({ block: 'start', behavior: 'smooth' });
    row.querySelector('button.toggle').focus({ preventScroll: true });
  };
  return { body, openGroup };
}

// ---- Who reported what

function matrixSection(story, name, openGroup) {
  const groups = (story.claim_groups || []).map((group, index) => ({ group, index }))
    .sort((a, b) => (isDisputed(b.group) ? 1 : 0) - (isDisputed(a.group) ? 1 : 0) || a.index - b.index);
  const counts = new Map();
  for (const { group } of groups) for (const c of group.claims) counts.set(name(c.article), (counts.get(name(c.article)) || 0) + 1);
  const outlets = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || a.localeCompare(b));
  const tbody = h('tbody');
  const build = (from, to) => groups.slice(from, to).map(({ group, index }) => {
    const conflicts = claimConflicts(group);
    const cells = new Map();
    for (const claim of group.claims) {
      const outlet = name(claim.article);
      if (!cells.has(outlet)) cells.set(outlet, []);
      cells.get(outlet).push(claim);
    }
    return h('tr', { class: isDisputed(group) ? 'disputed' : null },
      h('th', { scope: 'row' }, h('a', { href: '#', onclick: (event) => { event.preventDefault(); openGroup(index); } }, group.label),
        group.subject ? h('span', { class: 'subject' }, group.subject.name) : null),
      outlets.map((outlet) => {
        const claims = cells.get(outlet);
        if (!claims) return h('td', { class: 'empty' });
        const values = [...new Set(claims.map(claimValue))];
        let worst = null;
        for (const c of claims) {
          const v = conflicts.get(`${c.article}:${c.claim}`);
          if (v && (!worst || SEVERITY[v] > SEVERITY[worst])) worst = v;
        }
        return h('td', { class: ['cell', worst && worst !== 'approximately equal' ? 'conflict-' + worst.replace(/\s+/g, '-') : null],
                         title: `${outlet}${worst ? ` — ${worst}` : ''}\n${claims.map((c) => c.evidence_text).join('\n')}` },
          h('a', { href: evidenceHref(story, claims[0]) }, values.slice(0, 2).join(' / ') + (values.length > 2 ? ' …' : '')));
      }));
  });
  tbody.append(...build(0, BATCH));
  const table = h('table', { class: 'matrix' },
    h('thead', null, h('tr', null, h('th', { class: 'corner' }, 'Claim \\ outlet'), outlets.map((o) => h('th', { scope: 'col', class: 'outlet-head' }, h('span', null, o))))),
    tbody);
  return section('matrix', 'Who reported what',
    h('p', { class: 'muted' }, 'Each cell is what an outlet reported for a claim; ',
      h('span', { class: 'swatch conflict-contradicted' }, 'contradicted'), ' ',
      h('span', { class: 'swatch conflict-changed-over-time' }, 'changed over time'), ' ',
      h('span', { class: 'swatch conflict-distinct-events' }, 'distinct events'),
      ' mark cells that disagree with another outlet. Click a value for its sentence.'),
    h('div', { class: 'scroll matrix-scroll' }, table), moreButton(tbody, groups.length, BATCH, build, 'claims'));
}

// ---- Quotes by speaker

// The date of a statement when it is a calendar date (TimeML values such as XXXX-XX-XXT01:00 are not).
function whenText(when) {
  const m = /^\d{4}(-\d{2}(-\d{2})?)?/.exec(when || '');
  return m ? m[0] : '';
}

// One speaker's quotes, the same words said once with every outlet that carried them.
function quoteItems(story, name, quotes) {
  const byText = new Map();
  for (const q of quotes) {
    const key = q.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (!byText.has(key)) byText.set(key, []);
    byText.get(key).push(q);
  }
  const items = [...byText.values()].map((same) => h('li', null,
    h('q', null, same[0].text), ' ',
    same.map((q, i) => [i ? ', ' : '',
      h('a', { class: 'outlet', href: `#/article/${encodeURIComponent(q.article)}${query({ span: `${q.span[0]}-${q.span[1]}`, story: story.id })}` }, name(q.article))]),
    whenText(same[0].when) ? h('span', { class: 'muted' }, ` · ${whenText(same[0].when)}`) : null));
  const list = h('ul');
  list.append(...items.slice(0, 5));
  return [list, moreButton(list, items.length, 5, (from, to) => items.slice(from, to), 'quotes')];
}

// Names and titles outlets write differently, each side linked to its words in the article.
function namesSection(story, name) {
  const disputes = story.text_disputes || [];
  if (!disputes.length) return null;
  const side = (x) => h('a', { class: 'outlet', href: `#/article/${encodeURIComponent(x.article)}${query({ span: `${x.span[0]}-${x.span[1]}`, story: story.id })}` },
    `“${x.text}”`, h('span', { class: 'muted' }, ` (${name(x.article)})`));
  const list = h('ul', { class: 'text-disputes' }, disputes.map((d) => h('li', null,
    h('span', { class: 'aspect' }, d.aspect), ': ', side(d.a), ' vs ', side(d.b), h('span', { class: 'muted' }, ` · ${d.reason}`))));
  return section('names', 'Names and titles written differently', list);
}

function quotesSection(story, name) {
  const groups = [...(story.quote_groups || [])].sort((a, b) => b.quotes.length - a.quotes.length || a.speaker.localeCompare(b.speaker));
  const list = h('div', { class: 'quote-groups' });
  const build = (from, to) => groups.slice(from, to).map((group) => h('article', { class: 'quote-group' },
    h('h3', null, group.speaker || 'Unnamed speaker', h('span', { class: 'muted' }, ` · ${plural(group.quotes.length, 'quote')}`),
      group.occasion ? h('span', { class: 'muted' }, ` · ${group.occasion}`) : null,
      group.variant ? h('span', { class: 'variant', title: 'one speaker on one occasion, quoted in different words by different outlets' }, 'worded differently') : null),
    quoteItems(story, name, group.quotes)));
  list.append(...build(0, 30));
  if (!groups.length) list.append(h('p', { class: 'muted' }, 'No quotes.'));
  return section('quotes', 'Quotes by speaker', list, moreButton(list, groups.length, 30, build, 'speakers'));
}

// ---- Sourcing

function sourcingSection(story, name) {
  const groups = story.claim_groups || [];
  const rows = (story.outlets || []).map((profile) => {
    const s = profile.sourcing || {};
    const total = (s.named || 0) + (s.anonymous || 0) + (s.outlets || 0) + (s.unsourced || 0);
    const bar = h('div', { class: 'bar', title: `named ${s.named}, anonymous ${s.anonymous}, other outlets ${s.outlets}, unsourced ${s.unsourced}` });
    for (const key of ['named', 'anonymous', 'outlets', 'unsourced']) {
      const part = h('span', { class: 'part-' + key });
      part.style.width = total ? `${(100 * (s[key] || 0)) / total}%` : '0';
      bar.append(part);
    }
    const exclusive = (profile.exclusive || []).map((i) => groups[i]?.label).filter(Boolean);
    const label = profile.articles.length ? name(profile.articles[0]) : baseName(profile.outlet);
    return h('tr', null,
      h('th', { scope: 'row' }, label),
      h('td', { class: 'num' }, profile.articles.length),
      h('td', { class: 'num' }, s.named), h('td', { class: 'num' }, s.anonymous),
      h('td', { class: 'num' }, s.outlets), h('td', { class: 'num' }, s.unsourced),
      h('td', { class: 'bar-cell' }, bar),
      h('td', { class: 'exclusive', title: exclusive.join(', ') }, exclusive.length ? `${exclusive.length}: ${exclusive.slice(0, 3).join(', ')}${exclusive.length > 3 ? '…' : ''}` : ''));
  });
  return section('sourcing', 'Sourcing by outlet',
    h('p', { class: 'muted' }, 'Sentences by who they are credited to: ',
      h('span', { class: 'key part-named' }), 'named sources, ', h('span', { class: 'key part-anonymous' }), 'anonymous, ',
      h('span', { class: 'key part-outlets' }), 'other outlets, ', h('span', { class: 'key part-unsourced' }), 'unsourced.'),
    h('div', { class: 'scroll' }, h('table', { class: 'sourcing' },
      h('thead', null, h('tr', null, ['Outlet', 'Articles', 'Named', 'Anonymous', 'Via outlets', 'Unsourced', 'Profile', 'Claims only it reports']
        .map((t, i) => h('th', { class: i >= 1 && i <= 5 ? 'num' : null }, t)))),
      h('tbody', null, rows))));
}

function articlesSection(story, name) {
  return section('articles', 'Articles',
    h('ol', { class: 'article-list' }, story.articles.map((a) => h('li', null,
      h('a', { href: `#/article/${encodeURIComponent(a.id)}${query({ story: story.id })}` }, a.title || a.id),
      h('span', { class: 'outlet' }, name(a.id)),
      a.copy_of ? h('span', { class: 'muted' }, ' (copy)') : null))));
}

export async function renderStory(id, params) {
  if (!/^\d+$/.test(id)) throw new Error(`'${id}' is not a story id`);
  const story = await api(`/api/stories/${id}`);
  const name = outletNames(story);
  const page = h('div', { class: 'page story', dataset: { title: storyTitle(story) } });
  const claims = claimsSection(story, name);
  const events = eventsSection(story, claims.openGroup);
  // A timeline entry is an event: its claim group when it has one, else its row among the events.
  const pick = (entry) => {
    if (Number.isInteger(entry.group)) claims.openGroup(entry.group);
    else if (Number.isInteger(entry.event)) events.showEvent(entry.event);
  };
  const timeline = timelineSection(story, pick);
  page.append(...[header(story, name), timeline.body, events.body, claims.body, namesSection(story, name),
    matrixSection(story, name, claims.openGroup), quotesSection(story, name), sourcingSection(story, name),
    articlesSection(story, name)].filter(Boolean));
  page.afterMount = () => {
    timeline.draw();
    const group = params.get('group');
    if (group !== null && /^\d+$/.test(group)) claims.openGroup(Number(group));
    else window.scrollTo(0, 0);
  };
  return page;
}
