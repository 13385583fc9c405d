// kabar web reader. Every string from the store is put into the page as text (textContent /
// text nodes), never as HTML; links to the outside are only http(s) URLs.
'use strict';

const main = document.getElementById('main');
const qInput = document.getElementById('q');

// el('p', {class: 'x'}, 'text', child...): attribute names come from this file only.
function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'onclick') node.addEventListener('click', value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function safeUrl(url) {
  if (typeof url !== 'string') return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch (e) {
    return null;
  }
}

function externalLink(url, label) {
  const href = safeUrl(url);
  if (!href) return el('span', {}, label || url || '');
  return el('a', {href, rel: 'noopener noreferrer nofollow', target: '_blank'}, label || href);
}

const link = {
  article: (id) => '#/article/' + encodeURIComponent(id),
  story: (id) => '#/story/' + encodeURIComponent(id),
  search: (q) => '#/search?q=' + encodeURIComponent(q),
  storyline: (id) => '#/timeline?storyline=' + encodeURIComponent(id),
  queryTimeline: (q) => '#/timeline?q=' + encodeURIComponent(q),
  entityTimeline: (name) => '#/timeline?entity=' + encodeURIComponent(name),
};

// "2023-06-12T10:37:00+07:00" -> "2023-06-12 10:37" (the outlet's own clock).
function when(iso) {
  if (typeof iso !== 'string' || iso.length < 10) return null;
  return iso.length >= 16 ? iso.slice(0, 10) + ' ' + iso.slice(11, 16) : iso.slice(0, 10);
}

function dateRange(a, b) {
  if (!a) return 'undated';
  return !b || a === b ? a : a + ' – ' + b;
}

function marked(parts) {
  return (parts || []).map((p) => (p.match ? el('mark', {}, p.text) : document.createTextNode(p.text)));
}

function meta(...items) {
  return el('div', {class: 'meta'}, items.filter(Boolean).map((x) => el('span', {}, x)));
}

async function api(path, params) {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, v);
  }
  const response = await fetch(url, {headers: {Accept: 'application/json'}});
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) throw new Error((body && body.error) || 'HTTP ' + response.status);
  return body;
}

function show(...nodes) {
  main.replaceChildren(...nodes.flat(Infinity).filter((n) => n !== null && n !== undefined && n !== false));
  window.scrollTo(0, 0);
}

function showError(err) {
  show(el('p', {class: 'error', 'data-testid': 'error'}, String(err.message || err)));
}

function storyCard(s) {
  return el('article', {class: 'card', 'data-testid': 'story-card'},
    el('h2', {}, el('a', {href: link.story(s.id)}, s.headline || '(untitled story)')),
    meta(dateRange(s.first_date, s.last_date), s.article_ids.length + ' article(s)'),
    el('ul', {class: 'chips'}, s.outlets.map((o) => el('li', {class: 'chip'}, o))));
}

async function renderHome() {
  document.title = 'kabar';
  const data = await api('/api/stories', {limit: 20});
  show(el('div', {class: 'section-title'}, 'Latest stories'),
    data.stories.length ? data.stories.map(storyCard) : el('p', {class: 'empty'}, 'The store is empty.'));
}

function hitCard(h) {
  return el('article', {class: 'card', 'data-testid': 'hit'},
    el('h2', {}, el('a', {href: link.article(h.id), 'data-testid': 'hit-title'}, marked(h.title_parts))),
    meta(h.outlet || h.site, when(h.published) || h.event_date,
      h.duplicates ? '+' + h.duplicates + ' duplicate(s) folded' : null),
    el('p', {class: 'snippet'}, marked(h.snippet)),
    h.story_id ? el('a', {href: link.story(h.story_id), 'data-testid': 'story-link'},
      'Story from every outlet →') : null);
}

async function renderSearch(q) {
  document.title = q + ' · kabar';
  qInput.value = q;
  const list = el('div', {'data-testid': 'results'});
  const more = el('button', {class: 'quiet more', 'data-testid': 'more'}, 'More results');
  let offset = 0;
  const load = async () => {
    const data = await api('/api/search', {q, offset, limit: 10});
    list.append(...data.hits.map(hitCard));
    offset += data.hits.length;
    more.hidden = !data.has_more;
    if (!offset) list.append(el('p', {class: 'empty'}, 'No articles match.'));
  };
  more.addEventListener('click', () => load().catch(showError));
  show(el('div', {class: 'section-title'}, 'Results for “', q, '”'),
    el('p', {}, el('a', {href: link.queryTimeline(q), 'data-testid': 'query-timeline'},
      'Timeline of these stories →')),
    list, more);
  await load();
}

function removedPanel(removed) {
  const list = el('ol', {class: 'removed', 'data-testid': 'removed-lines', hidden: true},
    removed.map((r) => el('li', {},
      el('span', {class: 'line-no'}, r.line), el('span', {}, el('span', {class: 'chip warn'}, r.reason)),
      el('span', {class: 'text'}, r.text))));
  const label = () => (list.hidden ? 'Show' : 'Hide') + ' removed lines (' + removed.length + ')';
  const button = el('button', {class: 'quiet', 'data-testid': 'toggle-removed', 'aria-expanded': 'false'}, label());
  button.addEventListener('click', () => {
    list.hidden = !list.hidden;
    button.textContent = label();
    button.setAttribute('aria-expanded', String(!list.hidden));
  });
  return el('section', {class: 'panel'},
    el('div', {class: 'section-title'}, 'What the cleaner removed'),
    removed.length ? button : el('p', {class: 'empty'}, 'Nothing was removed.'), list);
}

function provenancePanel(data) {
  const a = data.article;
  const rows = [
    ['Site', a.site], ['Outlet', a.outlet], ['Language', a.language], ['URL', a.url && externalLink(a.url)],
    ['Canonical', a.canonical_url && externalLink(a.canonical_url)], ['Fetched', a.fetched_at],
    ['Published', a.published], ['Modified', a.modified], ['Section', a.section],
    ['Editors', (a.editors || []).join(', ')], ['Agencies', (a.agencies || []).join(', ')],
    ['Syndicated from', a.syndicated_from && (a.syndicated_from.site || a.syndicated_from.url)],
    ['Duplicate of', a.duplicate_of && el('a', {href: link.article(a.duplicate_of)}, a.duplicate_of)],
    ['Content id', a.id],
  ];
  for (const s of data.sources) rows.push(['Source', s.path + ' @ ' + s.offset + (s.record_id ? ' #' + s.record_id : '')]);
  for (const d of data.duplicates) {
    rows.push(['Duplicate', el('span', {}, el('a', {href: link.article(d.id)}, d.outlet || d.site || d.id), ' (' + d.kind + ')')]);
  }
  return el('section', {class: 'panel'}, el('div', {class: 'section-title'}, 'Provenance'),
    el('dl', {class: 'kv', 'data-testid': 'provenance'},
      rows.filter(([, v]) => v).map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])));
}

async function renderArticle(id) {
  const data = await api('/api/articles/' + encodeURIComponent(id));
  const a = data.article;
  document.title = (a.title || 'Article') + ' · kabar';
  show(el('article', {'data-testid': 'article'},
    el('div', {class: 'outlet-name'}, a.outlet || a.site || ''),
    el('h1', {'data-testid': 'article-title'}, a.title || '(untitled)'),
    meta(when(a.published), (a.authors || []).join(', '), a.dateline),
    a.lead ? el('p', {class: 'lead'}, a.lead) : null,
    el('div', {class: 'body'}, (a.body || []).map((p) => el('p', {}, p))),
    a.story_id ? el('p', {}, el('a', {href: link.story(a.story_id), 'data-testid': 'story-link'},
      'This story from every outlet →')) : null,
    entitiesPanel(a.entities || []), quotesPanel(a.quotes || []),
    provenancePanel(data), removedPanel(a.removed || [])));
}

const entityTypes = {PER: 'person', ORG: 'organisation', LOC: 'place'};

// The article's entities, each linking to the timeline of the stories that name it.
function entitiesPanel(entities) {
  if (!entities.length) return null;
  return [el('div', {class: 'section-title'}, 'Who and where'),
    el('ul', {class: 'chips', 'data-testid': 'entities'}, entities.map((e) =>
      el('li', {class: 'chip', title: entityTypes[e.type] || e.type},
        el('a', {href: link.entityTimeline(e.name), 'data-testid': 'entity-link'}, e.name))))];
}

function quoteItem(q, speakerLink) {
  const text = q.direct ? '“' + q.text + '”' : q.text;
  return el('li', {'data-testid': 'quote'},
    el('blockquote', {}, text),
    el('div', {class: 'meta'}, '— ',
      q.speaker ? (speakerLink ? el('a', {href: link.entityTimeline(q.speaker)}, q.speaker) : q.speaker)
        : 'unattributed',
      q.verb ? ' (' + q.verb + ')' : ''));
}

function quotesPanel(quotes) {
  if (!quotes.length) return null;
  return [el('div', {class: 'section-title'}, 'Quotes'),
    el('ul', {class: 'quotes', 'data-testid': 'quotes'}, quotes.map((q) => quoteItem(q, true)))];
}

function storyArticle(a) {
  const body = (a.body || []).slice(0, 2);
  return el('article', {class: 'card', 'data-testid': 'story-article'},
    el('div', {class: 'outlet-name', 'data-testid': 'story-outlet'}, a.outlet || a.site || 'Unknown outlet'),
    el('h2', {}, el('a', {href: link.article(a.id)}, a.title || '(untitled)')),
    meta(when(a.published), (a.authors || []).join(', ')),
    a.lead ? el('p', {class: 'snippet'}, a.lead) : null,
    body.map((p) => el('p', {class: 'snippet'}, p)),
    el('a', {href: link.article(a.id)}, 'Read the clean article →'),
    a.duplicates.length ? el('div', {class: 'dups', 'data-testid': 'folded-duplicates'},
      'Also published as: ', a.duplicates.map((d, i) => [i ? ', ' : '',
        el('a', {href: link.article(d.id)}, d.outlet || d.site || d.id), ' (' + d.kind + ')'])) : null);
}

async function renderStory(id) {
  const data = await api('/api/stories/' + encodeURIComponent(id));
  const s = data.story;
  document.title = (s.headline || 'Story') + ' · kabar';
  show(el('div', {class: 'section-title'}, 'Story'),
    el('h1', {'data-testid': 'story-headline'}, s.headline || '(untitled story)'),
    meta(dateRange(s.first_date, s.last_date), s.outlets.length + ' outlet(s)'),
    el('ul', {class: 'chips'}, s.outlets.map((o) => el('li', {class: 'chip'}, o))),
    s.storyline_id ? el('p', {}, el('a', {href: link.storyline(s.storyline_id), 'data-testid': 'timeline-link'},
      'Timeline of this storyline →')) : null,
    el('div', {class: 'section-title'}, 'As every outlet told it'),
    data.articles.map(storyArticle),
    data.truncated ? el('p', {class: 'empty'}, 'More articles are not shown.') : null);
}

async function renderTimeline(params) {
  const storyline = params.get('storyline');
  const entity = storyline ? null : params.get('entity');
  const q = storyline || entity ? null : params.get('q');
  const data = await api('/api/timeline', {storyline, entity, q, limit: 100});
  const said = entity ? await api('/api/quotes', {speaker: entity, limit: 100}) : null;
  document.title = 'Timeline · kabar';
  show(el('div', {class: 'section-title'},
    storyline ? 'Storyline' : entity ? 'Stories naming' : 'Timeline for “' + q + '”'),
    el('h1', {'data-testid': 'timeline-title'},
      storyline ? (data.stories[0] && data.stories[0].headline) || storyline : entity || q),
    data.stories.length ? el('ol', {class: 'timeline', 'data-testid': 'timeline'},
      data.stories.map((s) => el('li', {'data-testid': 'timeline-item'},
        el('div', {class: 'date'}, dateRange(s.first_date, s.last_date)),
        el('h2', {}, el('a', {href: link.story(s.id)}, s.headline || '(untitled story)')),
        el('ul', {class: 'chips'}, s.outlets.map((o) => el('li', {class: 'chip'}, o))))))
      : el('p', {class: 'empty'}, 'No stories.'),
    said && said.quotes.length ? [el('div', {class: 'section-title'}, 'What ' + entity + ' said'),
      el('ul', {class: 'quotes', 'data-testid': 'entity-quotes'}, said.quotes.map((x) =>
        el('li', {'data-testid': 'quote'}, el('blockquote', {}, x.direct ? '“' + x.text + '”' : x.text),
          el('div', {class: 'meta'}, x.date || 'undated', ' · ', x.outlet || '', ' · ',
            el('a', {href: link.article(x.article_id)}, x.title || x.article_id)))))] : null);
}

async function route() {
  const hash = window.location.hash.replace(/^#/, '') || '/';
  const [path, query] = hash.split('?', 2);
  const params = new URLSearchParams(query || '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  try {
    if (parts[0] === 'search' && params.get('q')) await renderSearch(params.get('q'));
    else if (parts[0] === 'article' && parts[1]) await renderArticle(parts[1]);
    else if (parts[0] === 'story' && parts[1]) await renderStory(parts[1]);
    else if (parts[0] === 'timeline') await renderTimeline(params);
    else await renderHome();
  } catch (err) {
    showError(err);
  }
}

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = qInput.value.trim();
  if (q) window.location.hash = link.search(q);
});
window.addEventListener('hashchange', route);
route();
