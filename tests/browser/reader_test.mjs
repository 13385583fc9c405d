// Browser test of kabar's web reader: system Chromium driven by playwright-core.
//  1. reader: ingest the seed pages, search "Kim Jong Un", open a story and see both outlets,
//     open the storyline's timeline, open an article and toggle its removed lines; screenshots
//     on desktop and phone sizes.
//  2. xss: ingest pages carrying script, event-handler and javascript: payloads in the title,
//     body, author and URL; visit every page that shows them and check nothing executed.
import {chromium} from 'playwright-core';
import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';

const kabar = process.env.KABAR_BIN;
const seeds = process.env.KABAR_SEEDS;
const shots = process.env.KABAR_SHOTS;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kabar-browser-'));
const children = [];

function ingest(db, inputs) {
  const r = spawnSync(kabar, ['ingest', '--db', db, '--now', '2024-07-01T00:00:00+07:00', ...inputs],
    {encoding: 'utf8'});
  assert.equal(r.status, 0, 'kabar ingest failed: ' + r.stderr);
}

// Starts `kabar serve` on a free loopback port; resolves to its base URL.
function serve(db) {
  return new Promise((resolve, reject) => {
    const child = spawn(kabar, ['serve', '--db', db, '--port', '0'], {stdio: ['ignore', 'ignore', 'pipe']});
    children.push(child);
    let err = '';
    child.stderr.on('data', (chunk) => {
      err += chunk;
      const m = err.match(/serving .* on (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error('kabar serve exited ' + code + ': ' + err)));
  });
}

async function launch() {
  // A fresh profile directory (playwright passes it as --user-data-dir).
  return chromium.launchPersistentContext(fs.mkdtempSync(path.join(tmp, 'profile-')), {
    executablePath: process.env.KABAR_CHROMIUM,
    headless: true,
    viewport: {width: 1200, height: 900},
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

async function shot(page, name) {
  await page.screenshot({path: path.join(shots, name + '.png'), fullPage: true});
}

async function readerTest(browser) {
  const db = path.join(tmp, 'seeds.db');
  const pages = fs.readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => path.join(seeds, f));
  assert.ok(pages.length >= 2, 'seed pages missing');
  ingest(db, pages);
  const base = await serve(db);
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await page.goto(base);
  await page.waitForSelector('[data-testid=story-card]');
  await shot(page, 'home');

  await page.fill('#q', 'Kim Jong Un');
  await page.press('#q', 'Enter');
  await page.waitForSelector('[data-testid=hit]');
  const hits = await page.locator('[data-testid=hit]').count();
  assert.ok(hits >= 4, 'expected the Kim Jong Un articles, got ' + hits);
  const marks = await page.locator('[data-testid=hit] mark').allTextContents();
  assert.ok(marks.some((m) => /kim/i.test(m)), 'matched words are not marked');
  await shot(page, 'search');

  // The story with the most outlets (the 2023 Russia Day message: Tempo and Tribun Video).
  const storyLinks = await page.locator('[data-testid=hit] [data-testid=story-link]').evaluateAll(
    (as) => as.map((a) => a.getAttribute('href')));
  let best = null;
  for (const href of storyLinks) {
    const id = decodeURIComponent(href.split('/').pop());
    const r = await page.request.get(base + 'api/stories/' + encodeURIComponent(id));
    const outlets = (await r.json()).story.outlets;
    if (!best || outlets.length > best.outlets.length) best = {href, outlets};
  }
  await page.click(`[data-testid=hit] a[href="${best.href}"]`);
  await page.waitForSelector('[data-testid=story-article]');
  const outletsShown = await page.locator('[data-testid=story-outlet]').allTextContents();
  for (const o of best.outlets) assert.ok(outletsShown.includes(o), 'outlet ' + o + ' not shown');
  assert.ok(new Set(outletsShown).size >= 2,
    'the story shows one outlet only: ' + JSON.stringify(outletsShown));
  await shot(page, 'story');
  await page.setViewportSize({width: 390, height: 844});
  await shot(page, 'story-phone');
  await page.setViewportSize({width: 1200, height: 900});

  await page.click('[data-testid=timeline-link]');
  await page.waitForSelector('[data-testid=timeline-item]');
  assert.ok(await page.locator('[data-testid=timeline-item]').count() >= 1);
  await shot(page, 'timeline');

  await page.locator('[data-testid=timeline-item] a').first().click();
  await page.waitForSelector('[data-testid=story-article]');
  await page.locator('[data-testid=story-article] h2 a').first().click();
  await page.waitForSelector('[data-testid=article-title]');
  const removed = page.locator('[data-testid=removed-lines]');
  assert.equal(await removed.isVisible(), false, 'removed lines shown before the toggle');
  await page.click('[data-testid=toggle-removed]');
  assert.equal(await removed.isVisible(), true, 'the toggle does not show the removed lines');
  assert.ok(await removed.locator('li').count() > 0);
  await shot(page, 'article');
  await page.setViewportSize({width: 390, height: 844});
  await shot(page, 'article-phone');
  await page.setViewportSize({width: 1200, height: 900});

  // Entities link to the timeline of the stories naming them, with what the person said.
  const entityNames = await page.locator('[data-testid=entity-link]').allTextContents();
  assert.ok(entityNames.includes('Kim Jong Un'), 'entities shown: ' + JSON.stringify(entityNames));
  assert.ok(await page.locator('[data-testid=quotes] [data-testid=quote]').count() >= 1,
    'the article\'s quotes are not shown');
  await page.locator('[data-testid=entity-link]', {hasText: 'Kim Jong Un'}).first().click();
  await page.waitForSelector('[data-testid=timeline-item]');
  assert.equal(await page.locator('[data-testid=timeline-title]').textContent(), 'Kim Jong Un');
  const entityDates = await page.locator('[data-testid=timeline-item] .date').allTextContents();
  assert.deepEqual(entityDates, [...entityDates].sort(), 'entity timeline not oldest first');
  assert.ok(entityDates.length >= 3, 'entity timeline: ' + JSON.stringify(entityDates));
  const said = await page.locator('[data-testid=entity-quotes] blockquote').allTextContents();
  assert.ok(said.some((q) => q.includes('Keadilan pasti menang')), 'Kim\'s quotes: ' + JSON.stringify(said));
  await shot(page, 'entity-timeline');
  assert.deepEqual(errors, [], 'script errors on the page');
  await page.close();
  console.log('reader: ok (' + hits + ' hits, story outlets ' + outletsShown.join(', ') + ')');
}

// Pages whose title, body, author and URL carry payloads. Any of them running sets
// window.__pwned, opens a dialog or logs "pwned".
function writeXssInput() {
  const p = 'window.__pwned=1;console.log("pwned")';
  const html = (title, author, body, canonical) => `<!doctype html><html><head>
<title>${title}</title><meta property="og:title" content="${title.replaceAll('"', '&quot;')}">
<meta name="author" content="${author.replaceAll('"', '&quot;')}">
<meta property="article:published_time" content="2024-05-02T09:00:00+07:00">
<link rel="canonical" href="${canonical}"></head><body><article><h1>${title}</h1>
<p class="byline">Penulis: ${author}</p>${body.map((b) => `<p>${b}</p>`).join('\n')}</article></body></html>`;
  const body = [
    'Banjir besar melanda kota pesisir itu pada Kamis pagi, merendam ratusan rumah warga dan ' +
      'memaksa ribuan orang mengungsi ke tempat yang lebih tinggi. &lt;script&gt;' + p + '&lt;/script&gt;',
    'Petugas gabungan mengevakuasi warga dengan perahu karet. &lt;img src=x onerror="' + p + '"&gt; ' +
      'Menurut kepala desa, air mulai naik sejak tengah malam setelah hujan deras.',
    'Warga diminta waspada. &lt;a href="javascript:' + p + '"&gt;klik&lt;/a&gt; &lt;svg onload="' + p +
      '"&gt; Bantuan logistik mulai berdatangan dari kabupaten tetangga pada sore harinya.',
    '"Air naik cepat sekali &lt;img src=x onerror=' + p + '&gt; sejak tengah malam," kata ' +
      'Kepala Desa Sutrisno kepada wartawan di balai desa.',
  ];
  const records = [
    {url: 'https://xss.example/banjir-1?q="><script>' + p + '</script>',
      html: html('Banjir &lt;script&gt;' + p + '&lt;/script&gt; rendam desa',
        '&lt;img src=x onerror=' + p + '&gt; Budi', body, 'javascript:' + p)},
    {url: 'javascript:' + p,
      html: html('Banjir &lt;img src=x onerror="' + p + '"&gt; susulan',
        '&quot;&gt;&lt;svg onload=' + p + '&gt;', [
          'Hujan deras kembali mengguyur wilayah itu sehingga banjir susulan merendam jalan ' +
            'utama. &lt;iframe src="javascript:' + p + '"&gt;&lt;/iframe&gt;',
          'Sekolah diliburkan selama tiga hari. &lt;body onload="' + p + '"&gt; Pemerintah ' +
            'daerah menyiapkan dapur umum bagi para pengungsi di balai desa.',
        ], 'https://xss.example/x')},
  ];
  const file = path.join(tmp, 'xss.jsonl');
  fs.writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return file;
}

async function xssTest(browser) {
  const db = path.join(tmp, 'xss.db');
  ingest(db, [writeXssInput()]);
  const base = await serve(db);
  const page = await browser.newPage();
  const executed = [];
  page.on('dialog', async (d) => {
    executed.push('dialog: ' + d.message());
    await d.dismiss();
  });
  page.on('console', (m) => {
    if (m.text().includes('pwned')) executed.push('console: ' + m.text());
  });
  const check = async (where) => {
    const state = await page.evaluate(() => ({
      pwned: window.__pwned,
      scripts: [...document.scripts].map((s) => s.getAttribute('src')),
      handlers: [...document.querySelectorAll('*')].filter((e) =>
        [...e.attributes].some((a) => a.name.startsWith('on'))).length,
      jsLinks: [...document.querySelectorAll('a')].filter((a) =>
        /^\s*javascript:/i.test(a.getAttribute('href') || '')).length,
    }));
    assert.equal(state.pwned, undefined, where + ': a payload ran');
    assert.deepEqual(state.scripts, ['/app.js'], where + ': injected script element');
    assert.equal(state.handlers, 0, where + ': element with an event handler attribute');
    assert.equal(state.jsLinks, 0, where + ': javascript: link');
  };
  await page.goto(base + '#/search?q=banjir');
  await page.waitForSelector('[data-testid=hit]');
  const titles = await page.locator('[data-testid=hit-title]').allTextContents();
  assert.ok(titles.some((t) => t.includes('<script>') || t.includes('<img')),
    'the payloads should be shown as text: ' + JSON.stringify(titles));
  await check('search');
  await shot(page, 'xss-search');
  const articleLinks = await page.locator('[data-testid=hit-title]').evaluateAll(
    (as) => as.map((a) => a.getAttribute('href')));
  assert.equal(articleLinks.length, 2, 'both hostile pages should be stored and found');
  for (const href of articleLinks) {
    await page.goto(base + href);
    await page.waitForSelector('[data-testid=article-title]');
    await page.click('[data-testid=toggle-removed]').catch(() => {});
    await check('article ' + href);
    await page.click('[data-testid=story-link]');
    await page.waitForSelector('[data-testid=story-article]');
    await check('story of ' + href);
    await page.click('[data-testid=timeline-link]');
    await page.waitForSelector('[data-testid=timeline-item]');
    await check('timeline of ' + href);
  }
  await page.goto(base + '#/article/' + encodeURIComponent(articleLinks[0].split('/').pop()));
  await page.waitForSelector('[data-testid=provenance]');
  await shot(page, 'xss-article');
  await page.goto(base + '#/timeline?q=' + encodeURIComponent('<script>'));
  await page.waitForSelector('main');
  await check('timeline by query');
  // A quote carrying a payload is shown as text on the article page and the speaker's timeline.
  const quotes = [];
  for (const href of articleLinks) {
    await page.goto('about:blank');  // a fresh load: no earlier page's elements to match
    await page.goto(base + href);
    await page.waitForSelector('[data-testid=article-title]');
    quotes.push(...await page.locator('[data-testid=quotes] blockquote').allTextContents());
    await check('article quotes of ' + href);
  }
  assert.ok(quotes.some((q) => q.includes('<img')), 'the hostile quote: ' + JSON.stringify(quotes));
  await page.goto('about:blank');
  await page.goto(base + '#/timeline?entity=' + encodeURIComponent('<img src=x onerror=window.__pwned=1>'));
  await page.waitForSelector('[data-testid=timeline-title]');
  await check('timeline by hostile entity');
  // Hash routes carrying payloads are text too.
  await page.goto(base + '#/search?q=' + encodeURIComponent('"><img src=x onerror=' + 'window.__pwned=1>'));
  await page.waitForSelector('main');
  await check('hostile query');
  assert.deepEqual(executed, [], 'payloads executed');
  await page.close();
  console.log('xss: ok (' + articleLinks.length + ' hostile articles, nothing executed)');
}

let failed = false;
const browser = await launch();
try {
  await readerTest(browser);
  await xssTest(browser);
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  await browser.close();
  for (const c of children) c.kill();
  fs.rmSync(tmp, {recursive: true, force: true});
}
process.exit(failed ? 1 : 0);
