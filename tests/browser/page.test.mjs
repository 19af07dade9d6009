// The web page of `storyline serve`, used as a person would, in headless Chromium:
//   node tests/browser/page.test.mjs path/to/storyline
// Ingests examples/corpus into a temporary store, serves it on a free port, then: the story
// list shows the story; the story page draws its timeline; a disputed claim group opens; a
// claim's evidence link leads to its sentence, highlighted and in view; search finds a word;
// the outlet matrix, quotes and sourcing render; the page fits a phone's width. Screenshots go
// to $STORYLINE_BROWSER_OUT (default tests/browser/out/). Exits 1 at the first failed step.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, accessSync, constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const STEP_TIMEOUT = 30_000;  // generous: the binary may be a sanitizer build

function fail(message) {
  console.error(`browser test: ${message}`);
  process.exit(1);
}

const binary = process.argv[2] && resolve(process.argv[2]);
if (!binary) fail('usage: node tests/browser/page.test.mjs path/to/storyline');
try { accessSync(binary, constants.X_OK); } catch { fail(`${binary} is not an executable storyline binary`); }
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!existsSync(chromiumPath)) fail(`no Chromium at ${chromiumPath}: install Debian's chromium (scripts/setup) or set CHROMIUM`);
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  fail(`playwright-core is not installed: run tests/browser/run, or npm ci in ${here}`);
}

const out = resolve(process.env.STORYLINE_BROWSER_OUT || join(here, 'out'));
mkdirSync(out, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'storyline-browser-'));
const store = join(work, 'store.db');
let server = null;
let context = null;

async function cleanup() {
  if (context) await context.close().catch(() => {});
  if (server && server.exitCode === null) server.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}

function ingest() {
  const result = spawnSync(binary, ['ingest', '--db', store, join(root, 'examples/corpus')], { encoding: 'utf8', timeout: 600_000 });
  if (result.status !== 0) throw new Error(`storyline ingest failed (${result.status ?? result.signal}):\n${result.stderr}`);
}

// Starts `storyline serve --port 0`; resolves to its base URL, read from its first stderr line.
function serve() {
  return new Promise((resolveUrl, reject) => {
    server = spawn(binary, ['serve', '--db', store, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`storyline serve printed no address in 60 s:\n${stderr}`)), 60_000);
    server.stderr.setEncoding('utf8');
    server.stderr.on('data', (chunk) => {
      stderr += chunk;
      const m = /http:\/\/([^\s/]+):(\d+)\//.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolveUrl(`http://127.0.0.1:${m[2]}/`);
      }
    });
    server.on('exit', (code) => { clearTimeout(timer); reject(new Error(`storyline serve exited (${code}):\n${stderr}`)); });
  });
}

let page;
const problems = [];  // console errors and uncaught exceptions of the page, CSP violations included
let stepCount = 0;

async function step(name, body) {
  stepCount++;
  try {
    await body();
    console.log(`ok ${stepCount} - ${name}`);
  } catch (error) {
    console.log(`not ok ${stepCount} - ${name}`);
    if (page) await page.screenshot({ path: join(out, 'failure.png'), fullPage: true }).catch(() => {});
    throw new Error(`step "${name}" failed: ${error.message}${page ? `\n  at ${page.url()}; screenshot ${join(out, 'failure.png')}` : ''}`);
  }
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

// Fails when the page shows a JavaScript value where words should be.
async function noJunk() {
  const text = await page.locator('main').textContent();
  const junk = /(?<![\p{L}\p{N}])(null|undefined|NaN|\[object Object\])(?!\p{L})/u.exec(text);
  check(!junk, `the page shows "${junk && junk[0]}"`);
}

const normalize = (text) => String(text || '').replace(/\s+/g, ' ').trim();

async function shot(name, options = {}) {
  await page.screenshot({ path: join(out, name), ...options });
}

// One section of the page, cut from a full-page screenshot (so the sticky top bar stays on top).
async function sectionShot(selector, name) {
  const clip = await page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height };
  });
  await page.screenshot({ path: join(out, name), fullPage: true, clip });
}

async function main() {
  await step('ingest examples/corpus', async () => ingest());
  let base;
  await step('start storyline serve', async () => { base = await serve(); });
  await step('launch Chromium', async () => {
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: chromiumPath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
             '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
      timeout: 60_000,
    });
    page = context.pages()[0] || await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  });

  let storyHref;
  await step('the story list shows the story with its counts', async () => {
    await page.goto(base);
    const link = page.locator('a.story-link').first();
    await link.waitFor();
    check(/Port Saltmere/.test(await link.textContent()), `first story is "${await link.textContent()}"`);
    const counts = normalize(await page.locator('.story-card .counts').first().textContent());
    check(/10 articles/.test(counts) && /disputed/.test(counts), `counts read "${counts}"`);
    storyHref = await link.getAttribute('href');
    await shot('01-stories.png');
  });

  await step('the story page draws a timeline with event marks', async () => {
    await page.locator('a.story-link').first().click();
    await page.waitForURL(/#\/story\/\d+/);
    await page.locator('svg.timeline g.event').first().waitFor();
    const events = await page.locator('svg.timeline g.event').count();
    check(events >= 5, `only ${events} timeline events`);
    const marks = await page.locator('svg.timeline g.event :is(circle, rect)').count();
    check(marks === events, `${events} events but ${marks} marks`);
    check(await page.locator('svg.timeline g.event title').first().textContent() !== '', 'events have no tooltip');
    await shot('02-story.png');
    await sectionShot('#timeline', '03-timeline.png');
  });

  await step('the story page lists its events with time, place, participants and sources', async () => {
    const rows = page.locator('#events table.events tr.event-row');
    await rows.first().waitFor();
    const count = await rows.count();
    check(count >= 1, 'no event rows');
    const cells = await rows.first().locator('td').count();
    check(cells === 5, `an event row has ${cells} cells`);
    const sources = Number(normalize(await rows.first().locator('td.num').textContent()));
    check(sources >= 1, `the main event has ${sources} sources`);
    const label = normalize(await rows.first().locator('.event-label').textContent());
    check(label !== '', 'the main event has no label');
    await sectionShot('#events', '03b-events.png');
  });

  let evidence;
  await step('a disputed claim group opens onto its claims and disagreements', async () => {
    const row = page.locator('table.groups tr.group.disputed').first();
    check(await row.count() === 1, 'no disputed claim group');
    // Disputed groups come first.
    const firstRowClass = await page.locator('table.groups tr.group').first().getAttribute('class');
    check(/disputed/.test(firstRowClass), 'the first claim group is not a disputed one');
    await row.locator('button.toggle').click();
    const detail = page.locator('table.groups tr.detail').first();
    await detail.locator('tr.claim').first().waitFor();
    check(await detail.locator('li.dispute').count() > 0, 'the disputed group lists no disagreement');
    const claim = detail.locator('tr.claim').first();
    evidence = normalize(await claim.locator('td.evidence q').textContent());
    check(evidence.length > 10, `evidence text is "${evidence}"`);
    await noJunk();
    await row.scrollIntoViewIfNeeded();
    await shot('04-claim-group.png');
  });

  await step("a claim's evidence link opens the article with its sentence highlighted and in view", async () => {
    await page.locator('table.groups tr.detail tr.claim').first().locator('a.evidence-link').click();
    await page.waitForURL(/#\/article\/[^?]+\?span=\d+-\d+/);
    const mark = page.locator('mark#highlight');
    await mark.waitFor();
    check(await page.locator('mark#highlight strong.evidence-part').count() > 0, 'the event word or figure is not marked in the sentence');
    const highlighted = normalize(await mark.textContent());
    check(highlighted === evidence, `highlighted "${highlighted}"\n  expected "${evidence}"`);
    await page.waitForFunction(() => {
      const box = document.getElementById('highlight').getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    }, null, { timeout: STEP_TIMEOUT });
    await noJunk();
    await shot('05-article-highlight.png');
  });

  await step('search finds articles and quotes, and a result opens with the word marked', async () => {
    await page.fill('#search-input', 'chlorine');
    await page.press('#search-input', 'Enter');
    await page.waitForURL(/#\/search\?q=chlorine/);
    const hits = page.locator('#article-results li.hit');
    await hits.first().waitFor();
    check(await hits.count() > 0, 'no article found');
    check(/chlorine/i.test(await hits.first().locator('mark').first().textContent()), 'the snippet marks no matched word');
    check(await page.locator('#quote-results li.hit').count() > 0, 'no quote found');
    await noJunk();
    await shot('06-search.png');
    await hits.first().locator('a').first().click();
    await page.locator('.article-text mark.word').first().waitFor();
    check(/chlorine/i.test(await page.locator('.article-text mark.word').first().textContent()), 'the word is not marked in the article');
  });

  await step('the outlet matrix, quotes and sourcing render', async () => {
    await page.goto(base + storyHref);
    await page.locator('table.matrix td.cell').first().waitFor();
    const outlets = await page.locator('table.matrix thead th.outlet-head').count();
    check(outlets >= 5, `the matrix has ${outlets} outlet columns`);
    check(await page.locator('table.matrix td[class*="conflict-"]').count() > 0, 'no matrix cell is marked as disagreeing');
    const speakers = await page.locator('#quotes .quote-group').count();
    check(speakers > 0, 'no quote group');
    check(await page.locator('#quotes .quote-group q').count() >= speakers, 'quote groups without quotes');
    check(await page.locator('table.sourcing tbody tr').count() >= 5, 'fewer than 5 outlets in the sourcing table');
    await noJunk();
    await sectionShot('#matrix', '07-matrix.png');
    await sectionShot('#quotes', '08-quotes.png');
    await sectionShot('#sourcing', '09-sourcing.png');
  });

  await step('a timeline event opens its claim group', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const event = page.locator('svg.timeline g.event[data-group]').first();
    const group = await event.getAttribute('data-group');
    await event.locator('circle, rect').click();
    await page.locator(`#group-${group}.open`).waitFor();
  });

  await step('a timeline event without a claim group shows its event', async () => {
    const lone = page.locator('svg.timeline g.event:not([data-group])');
    if (await lone.count() === 0) return;  // every event of this story has a claim group
    await page.evaluate(() => window.scrollTo(0, 0));
    const id = await lone.first().getAttribute('data-event');
    await lone.first().locator('circle, rect').click();
    await page.locator(`#event-${id}`).waitFor();
  });

  await step('the story page fits a narrow screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(base);
    await page.locator('a.story-link').first().waitFor();
    await page.goto(base + storyHref);
    await page.locator('svg.timeline g.event').first().waitFor();
    await page.waitForFunction(() => document.querySelector('svg.timeline').getBoundingClientRect().width <= window.innerWidth);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(overflow <= 1, `the page is ${overflow} px wider than the screen`);
    await shot('10-narrow.png');
    await page.locator('table.groups tr.group.disputed button.toggle').first().click();
    await page.locator('table.groups tr.detail tr.claim').first().waitFor();
    await shot('11-narrow-claims.png');
  });

  await step('no console errors or page errors (CSP violations included)', async () => {
    check(problems.length === 0, problems.join('\n  '));
  });
}

try {
  await main();
  console.log(`browser test: all ${stepCount} steps passed; screenshots in ${out}`);
  await cleanup();
} catch (error) {
  console.error(`browser test: ${error.message}`);
  await cleanup();
  process.exit(1);
}
