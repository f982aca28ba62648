// `npm run test:wordpress` (and `npm test`): the WordPress plugin on a real WordPress, Debian's
// `wordpress` package with MariaDB and PHP's built-in server on 127.0.0.1. As root on Debian it
// installs what is missing (apt-get), then, in a temporary folder it removes afterwards:
//   - starts MariaDB on its own datadir and socket (no network) and PHP on a free port,
//   - installs WordPress (theme Twenty Twenty-Three), an administrator, an author and a contributor,
//   - uploads dist/civic-story-wordpress.zip through WordPress's own plugin upload and activates it,
//   - uploads a story document as the author, saves posts as each role through the REST API (block,
//     shortcode block, Classic shortcode, Custom HTML and Classic hand-written markup),
//   - checks in headless Chromium what a reader sees: each widget upgrades and shows its content,
//     nothing was stripped, no one but administrators and editors posts a <script>.
// WordPress makes no request off this machine (WP_HTTP_BLOCK_EXTERNAL, no updates, no cron), and the
// browser may only talk to 127.0.0.1. Everything started is stopped, also on failure. Elsewhere (not
// root, not Debian) it says so and reports nothing. Last line: {"passed":N,"failed":N}.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { CHROMIUM_FLAGS, findBrowser } from './browsers.mjs';

const started = performance.now();
const ZIP = resolve('dist/civic-story-wordpress.zip');
const PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'php-cli', 'php-mysql', 'mariadb-server'];
const results = { passed: 0, failed: 0 };
const matrix = [];

function finish(note) {
  if (note) console.log(note);
  console.log(JSON.stringify(results));
}

function check(name, ok, detail = '') {
  if (ok) results.passed += 1;
  else results.failed += 1;
  console.log(`${ok ? '  ✓' : '  ✗'} ${name}${!ok && detail ? `: ${detail}` : ''}`);
  return ok;
}

// ---------------------------------------------------------------------------------------------
// Can it run here?
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/etc/debian_version') && spawnSync('sh', ['-c', 'command -v apt-get dpkg-query'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  finish(`test:wordpress skipped: it needs root on Debian (apt-get) to install WordPress, MariaDB and PHP${isRoot ? '' : ' (not root)'}.`);
  process.exit(0);
}
if (!existsSync(ZIP)) {
  check('dist/civic-story-wordpress.zip exists (npm run build)', false);
  finish();
  process.exit(1);
}
const chromium = findBrowser('chromium');
if (!chromium) {
  check('Chromium is installed (npm test installs it)', false);
  finish();
  process.exit(1);
}

function installed(name) {
  const query = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return query.status === 0 && query.stdout.includes('install ok installed');
}

const missing = PACKAGES.filter((name) => !installed(name));
if (missing.length) {
  console.log(`test:wordpress: installing ${missing.join(' ')} (apt-get, first run only)…`);
  // Installing must not start Debian's Apache or MariaDB services: a policy-rc.d says no while apt runs.
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const args = ['install', '-y', '--no-install-recommends', ...missing];
    let apt = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (apt.status !== 0) {
      spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
      apt = spawnSync('apt-get', args, { stdio: 'inherit', env });
    }
    if (apt.status !== 0) {
      check(`apt-get install ${missing.join(' ')}`, false);
      finish();
      process.exit(1);
    }
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// The site: everything in one temporary folder; the processes stopped in `stop()`.
const work = mkdtempSync(join(tmpdir(), 'civic-wp-'));
const site = join(work, 'site');
const socket = join(work, 'mysql.sock');
const processes = [];
let browser;

/** Sends a signal to a child, or to its whole process group when it leads one. */
function signal(child, name) {
  try {
    if (child.groupLeader) process.kill(-child.pid, name);
    else child.kill(name);
  } catch {
    // already gone
  }
}

async function stop() {
  if (browser) await browser.close().catch(() => {});
  browser = undefined;
  for (const child of processes.reverse()) {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      signal(child, 'SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 10000))]);
      if (child.exitCode === null && child.signalCode === null) signal(child, 'SIGKILL');
    }
    // A process group (the PHP server's workers) may outlive its leader for a moment.
    if (child.groupLeader) signal(child, 'SIGKILL');
  }
  processes.length = 0;
  rmSync(work, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    void stop().finally(() => process.exit(130));
  });
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
  return result.stdout;
}

const wait = (ms) => new Promise((done) => setTimeout(done, ms));

async function until(what, test, ms = 30000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await test()) return;
    await wait(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function startDatabase() {
  const data = join(work, 'db');
  run('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=root', '--skip-test-db', '--auth-root-authentication-method=normal', '--skip-name-resolve'], { cwd: work });
  const db = spawn('/usr/sbin/mariadbd', [
    '--no-defaults', `--datadir=${data}`, `--socket=${socket}`, `--pid-file=${join(work, 'mariadb.pid')}`,
    '--skip-networking', '--user=root', '--skip-log-bin', '--innodb-buffer-pool-size=32M', `--log-error=${join(work, 'mariadb.log')}`,
  ], { stdio: 'ignore' });
  processes.push(db);
  await until('MariaDB', () => spawnSync('mariadb-admin', ['--no-defaults', `--socket=${socket}`, '-uroot', 'ping'], { stdio: 'ignore' }).status === 0);
  run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4']);
}

function writeConfig(url) {
  const salt = () => randomBytes(24).toString('base64');
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
    .map((key) => `define('${key}', '${salt()}');`).join('\n');
  writeFileSync(join(site, 'wp-config.php'), `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_ENVIRONMENT_TYPE', 'local');
// Nothing leaves this machine: no HTTP to other hosts, no updates, no cron requests.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('DISABLE_WP_CRON', true);
define('FS_METHOD', 'direct');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${join(work, 'debug.log')}');
${keys}
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`);
}

/** Runs PHP with WordPress loaded (as no user); prints what the code echoes. */
function wpPhp(code, installing = false) {
  const file = join(work, `cli-${randomBytes(4).toString('hex')}.php`);
  writeFileSync(file, `<?php
function wp_mail() { return true; }
${installing ? "define('WP_INSTALLING', true);" : ''}
$_SERVER['HTTP_HOST'] = '127.0.0.1';
require '${site}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
${code}
`);
  return run('php', [file]);
}

async function startPhp(port) {
  const php = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site], {
    cwd: site,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    // Its own process group: the workers are stopped with it.
    detached: true,
  });
  php.stderr.resume();
  php.groupLeader = true;
  processes.push(php);
  await until('PHP server', async () => {
    try {
      return (await fetch(`http://127.0.0.1:${port}/readme.html`)).ok;
    } catch {
      return false;
    }
  });
}

// ---------------------------------------------------------------------------------------------
// The story document: Mechelen, with a quote id "motto".
const STORY = readFileSync('samples/mechelen.json', 'utf8');
const story = JSON.parse(STORY);
const CITY = 'Mechelen';
const firstTitle = typeof story.initiatives[0].title === 'string' ? story.initiatives[0].title : story.initiatives[0].title.en;
const QUOTE_ID = story.quotes?.find((quote) => quote.id === 'motto') ? 'motto' : story.quotes[0].id;

const tagOf = { profile: 'civic-city-profile', timeline: 'civic-timeline', quote: 'civic-quote' };

function blockContent(data) {
  return ['profile', 'timeline', 'quote']
    .map((element) => {
      const attributes = { element, ...(element === 'quote' ? { quote: QUOTE_ID } : {}), ...data };
      return `<!-- wp:civic-story/story ${JSON.stringify(attributes)} /-->`;
    })
    .join('\n\n');
}

const shortcodes = (url) => [
  `[civic-story element="profile" src="${url}"]`,
  `[civic-story element="timeline" src="${url}"]`,
  `[civic-story element="quote" src="${url}" quote="${QUOTE_ID}"]`,
];

/** The README's hand-written snippet: inline JSON for the profile, src for the others. */
function handWritten(url, bundle) {
  const inline = JSON.stringify({ version: 1, lang: 'nl', city: story.city, sources: story.sources }, null, 2);
  return `<script type="module" src="${bundle}"></script>

<civic-city-profile>
  <script type="application/json">
${inline}
  </script>
  <p>Mechelen, Belgium: 86,000 inhabitants.</p>
</civic-city-profile>

<civic-timeline src="${url}"></civic-timeline>
<civic-quote src="${url}" quote="${QUOTE_ID}"></civic-quote>`;
}

// ---------------------------------------------------------------------------------------------
async function main() {
  const t0 = performance.now();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // A site of its own: WordPress's files (wp-includes, read only through ABSPATH, as a symlink; the
  // rest copied, since wp-admin finds wp-load.php by its own path) and our wp-config.php.
  mkdirSync(site);
  for (const entry of readdirSync('/usr/share/wordpress')) {
    if (entry === 'wp-config.php') continue;
    if (entry === 'wp-includes') symlinkSync('/usr/share/wordpress/wp-includes', join(site, entry));
    else cpSync(join('/usr/share/wordpress', entry), join(site, entry), { recursive: true, verbatimSymlinks: true });
  }
  // wp-content: the Debian package's themes; plugins are what the test installs.
  rmSync(join(site, 'wp-content/plugins/akismet'), { recursive: true, force: true });
  mkdirSync(join(site, 'wp-content/uploads'), { recursive: true });
  writeConfig(url);
  const t1 = performance.now();
  await startDatabase();
  const t2 = performance.now();
  await startPhp(port);
  console.log(`test:wordpress: copy ${Math.round(t1 - t0)} ms, MariaDB ${Math.round(t2 - t1)} ms, PHP ${Math.round(performance.now() - t2)} ms`);

  // WordPress itself, and the three users with application passwords for the REST API.
  const setup = JSON.parse(wpPhp(`
    wp_install('civic-story on WordPress', 'admin', 'admin@example.org', true, '', 'admin-password-1');
    switch_theme('twentytwentythree');
    update_option('permalink_structure', '');
    // No avatars from a third party in the admin bar (the public-sector default this test keeps).
    update_option('show_avatars', 0);
    $out = array();
    foreach (array('admin' => 'administrator', 'author' => 'author', 'contributor' => 'contributor') as $login => $role) {
      $id = 'admin' === $login ? 1 : wp_insert_user(array('user_login' => $login, 'user_pass' => $login . '-password-1', 'user_email' => $login . '@example.org', 'role' => $role));
      list($password) = WP_Application_Passwords::create_new_application_password($id, array('name' => 'civic-story test'));
      $out[$login] = array('id' => $id, 'password' => $password, 'unfiltered_html' => user_can($id, 'unfiltered_html'), 'upload_files' => user_can($id, 'upload_files'));
    }
    echo wp_json_encode($out);
  `, true).trim().split('\n').at(-1));
  console.log(`test:wordpress: WordPress ${wpPhp('echo get_bloginfo("version");').trim()} on ${url} (${Math.round(performance.now() - t0)} ms to set up)`);

  const auth = (login) => `Basic ${Buffer.from(`${login}:${setup[login].password}`).toString('base64')}`;
  async function rest(login, method, route, body, headers = {}) {
    const [path, query] = route.split('?');
    const response = await fetch(`${url}/?rest_route=${encodeURIComponent(path)}${query ? `&${query}` : ''}`, {
      method,
      headers: { authorization: auth(login), ...(body && !(body instanceof Buffer) ? { 'content-type': 'application/json' } : {}), ...headers },
      body: body instanceof Buffer ? body : body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      json = { raw: text };
    }
    return { status: response.status, json };
  }

  const { chromium: pw } = await import('playwright-core');
  browser = await pw.launch({ executablePath: chromium, args: CHROMIUM_FLAGS, headless: true });
  const offsite = [];
  async function context(log = offsite) {
    const ctx = await browser.newContext();
    // Only this machine: any other request is refused and recorded.
    await ctx.route('**/*', (route) => {
      const target = new URL(route.request().url());
      if (target.hostname === '127.0.0.1' || target.protocol === 'data:' || target.protocol === 'blob:') return route.continue();
      log.push(target.href);
      return route.abort();
    });
    return ctx;
  }

  // --- The plugin zip through WordPress's own upload, as the administrator.
  console.log('The plugin zip, uploaded as the administrator:');
  // WordPress's own admin screens may ask for pictures from wordpress.org (refused, and only reported).
  const adminOffsite = [];
  const admin = await context(adminOffsite);
  const page = await admin.newPage();
  // WordPress answers a login posted before its test cookie is in place with the form again; a busy
  // machine makes that more likely. Up to three tries, each reported if it fails.
  for (let attempt = 1; ; attempt++) {
    await page.goto(`${url}/wp-login.php`, { waitUntil: 'load' });
    await page.fill('#user_login', 'admin');
    await page.fill('#user_pass', 'admin-password-1');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: 60000 }), page.click('#wp-submit')]);
    if (/\/wp-admin\//.test(page.url())) break;
    const reason = (await page.locator('#login_error').innerText().catch(() => '')).trim();
    console.log(`  (login attempt ${attempt} came back to ${page.url()}${reason ? `: ${reason}` : ''})`);
    if (attempt === 3) throw new Error(`the administrator could not log in: ${reason || page.url()}`);
  }
  await page.goto(`${url}/wp-admin/plugin-install.php?tab=upload`);
  await page.setInputFiles('#pluginzip', ZIP);
  await Promise.all([page.waitForURL(/update\.php\?action=upload-plugin/), page.click('#install-plugin-submit')]);
  await page.waitForLoadState('load');
  const installText = await page.locator('.wrap').innerText();
  check('update.php?action=upload-plugin installs the zip', /Plugin installed successfully/i.test(installText), installText.slice(0, 300));
  const activate = page.locator('a[href*="action=activate"]').first();
  if (await activate.count()) await Promise.all([page.waitForLoadState('load'), activate.click()]);
  const active = wpPhp(`echo is_plugin_active('civic-story/civic-story.php') ? 'yes' : 'no';`).trim();
  check('the plugin is active', active === 'yes', active);
  if (active !== 'yes') {
    // Go on with the other checks from the zip, unpacked by WordPress's own unzip_file().
    wpPhp(`WP_Filesystem(); unzip_file('${ZIP}', WP_PLUGIN_DIR); activate_plugin('civic-story/civic-story.php');`);
  }
  check('plugin files in place: bundle, block, compiled translations',
    ['assets/civic-story.bundle.js', 'assets/civic-story.bundle.nl.js', 'assets/civic-story.bundle.messages.js', 'assets/civic-story.bundle.messages.nl.js', 'block/block.json', 'block/editor.js', 'languages/civic-story-nl_NL.mo', 'languages/civic-story-ar-civic-story-block-editor.json']
      .every((file) => existsSync(join(site, 'wp-content/plugins/civic-story', file))));

  // --- Roles: nothing widened.
  console.log('Roles and uploads:');
  check('authors and contributors have no unfiltered_html (administrators do)',
    setup.admin.unfiltered_html && !setup.author.unfiltered_html && !setup.contributor.unfiltered_html);
  const upload = (login, name, type, body) => rest(login, 'POST', '/wp/v2/media', Buffer.from(body), { 'content-type': type, 'content-disposition': `attachment; filename=${name}` });
  const media = await upload('author', 'mechelen.json', 'application/json', STORY);
  check('an author uploads a .json story document to the Media Library', media.status === 201 && media.json.mime_type === 'application/json', `${media.status} ${JSON.stringify(media.json).slice(0, 200)}`);
  const mediaUrl = media.json.source_url ?? `${url}/wp-content/uploads/mechelen.json`;
  const mediaId = media.json.id ?? 0;
  const small = await upload('author', 'tiny.json', 'application/json', '{"version":1}');
  check('a small .json (detected as text/plain) is accepted too', small.status === 201, `${small.status} ${small.json.message ?? ''}`);
  const fake = await upload('author', 'fake.json', 'application/json', '<script>alert(1)</script>');
  check('a .json that is not JSON is refused', fake.status >= 400, `${fake.status}`);
  const js = await upload('author', 'evil.js', 'text/javascript', 'alert(1)');
  check('an author still cannot upload .js', js.status >= 400, `${js.status}`);
  const html = await upload('author', 'evil.html', 'text/html', '<script>alert(1)</script>');
  check('an author still cannot upload .html', html.status >= 400, `${html.status}`);
  const contributorUpload = await upload('contributor', 'mechelen.json', 'application/json', STORY);
  check('a contributor cannot upload at all (WordPress\'s rule, unchanged)', contributorUpload.status === 403, `${contributorUpload.status}`);

  // --- Posts: each role, each form, each way of giving the data.
  const posts = [];
  const bundleUrl = `${url}/wp-content/plugins/civic-story/assets/civic-story.bundle.js`;
  const forms = [
    { form: 'block', data: 'Media Library', roles: ['admin', 'author'], content: () => blockContent({ mediaId, src: mediaUrl }), widgets: 3 },
    { form: 'block', data: 'URL', roles: ['admin', 'author', 'contributor'], content: () => blockContent({ src: mediaUrl }), widgets: 3 },
    { form: 'shortcode block', data: 'URL', roles: ['admin', 'author', 'contributor'], content: () => shortcodes(mediaUrl).map((code) => `<!-- wp:shortcode -->\n${code}\n<!-- /wp:shortcode -->`).join('\n\n'), widgets: 3 },
    { form: 'Classic shortcode', data: 'URL', roles: ['admin', 'author', 'contributor'], content: () => `Mechelen's story, in three parts.\n\n${shortcodes(mediaUrl).join('\n\n')}\n\nThe end.`, widgets: 3 },
    { form: 'Custom HTML', data: 'inline + URL', roles: ['admin', 'author', 'contributor'], content: () => `<!-- wp:html -->\n${handWritten(mediaUrl, bundleUrl)}\n<!-- /wp:html -->`, widgets: 3, handWritten: true },
    { form: 'Classic HTML', data: 'inline + URL', roles: ['admin', 'author', 'contributor'], content: () => handWritten(mediaUrl, bundleUrl), widgets: 3, handWritten: true },
  ];
  console.log('Posts saved through the REST API:');
  for (const spec of forms) {
    for (const role of spec.roles) {
      const content = spec.content();
      const status = role === 'contributor' ? 'pending' : 'publish';
      const saved = await rest(role, 'POST', '/wp/v2/posts', { title: `${spec.form}, ${spec.data}, by the ${role}`, content, status });
      if (!check(`the ${role} saves a post (${spec.form}, ${spec.data})`, saved.status === 201, `${saved.status} ${JSON.stringify(saved.json).slice(0, 200)}`)) continue;
      const id = saved.json.id;
      // A contributor's post is published by the administrator (status only; the content stays as saved).
      if (role === 'contributor') await rest('admin', 'POST', `/wp/v2/posts/${id}`, { status: 'publish' });
      const stored = await rest('admin', 'GET', `/wp/v2/posts/${id}?context=edit`);
      posts.push({ ...spec, role, id, sent: content, raw: stored.json.content?.raw ?? '' });
    }
  }
  // The script test: an author and a contributor cannot post a <script>, in any form.
  for (const role of ['author', 'contributor']) {
    const saved = await rest(role, 'POST', '/wp/v2/posts', { title: 'script', content: '<!-- wp:html --><script>document.title="pwned"</script><!-- /wp:html -->\n<p onclick="alert(1)">x</p>', status: 'draft' });
    const raw = (await rest('admin', 'GET', `/wp/v2/posts/${saved.json.id}?context=edit`)).json.content?.raw ?? '';
    check(`the ${role} still cannot post a <script> or an event handler`, saved.status === 201 && raw.includes('<p') && !/<script/i.test(raw) && !/onclick/i.test(raw), raw.slice(0, 200));
  }
  const plain = await rest('author', 'POST', '/wp/v2/posts', { title: 'no widget', content: '<!-- wp:paragraph --><p>No story here.</p><!-- /wp:paragraph -->', status: 'publish' });

  console.log('What WordPress stored:');
  for (const post of posts) {
    if (post.handWritten) {
      const scriptKept = /<script type="application\/json">/.test(post.raw) && /<civic-city-profile>/.test(post.raw);
      const at = [...post.sent].findIndex((char, index) => post.raw[index] !== char);
      if (post.role === 'admin') check(`${post.form} by the admin: stored unchanged`, post.raw === post.sent, `differs at ${at}: stored ${JSON.stringify(post.raw.slice(Math.max(0, at - 20), at + 60))}`);
      else check(`${post.form} by the ${post.role}: kses stripped the <script> and the <civic-*> tags (WordPress's rule)`, !scriptKept && !/<civic-/.test(post.raw), post.raw.slice(0, 200));
    } else {
      const at = [...post.sent].findIndex((char, index) => post.raw[index] !== char);
      check(`${post.form} (${post.data}) by the ${post.role}: stored byte-identical, nothing stripped`, post.raw === post.sent,
        `differs at ${at}: sent ${JSON.stringify(post.sent.slice(Math.max(0, at - 20), at + 60))}, stored ${JSON.stringify(post.raw.slice(Math.max(0, at - 20), at + 60))}`);
    }
  }

  // --- What a reader sees (not logged in), in Chromium.
  console.log('What a reader sees:');
  const reader = await context();
  const readerPage = await reader.newPage();
  const pageErrors = [];
  readerPage.on('pageerror', (error) => pageErrors.push(error.message));
  for (const post of posts) {
    const label = `${post.form} (${post.data}) by the ${post.role}`;
    const served = await (await fetch(`${url}/?p=${post.id}`)).text();
    await readerPage.goto(`${url}/?p=${post.id}`);
    const seen = await readerPage.evaluate(async ({ tags }) => {
      const out = { widgets: {}, moduleScript: false, rawJson: false, alerts: 0, fallbackTwice: false };
      out.moduleScript = [...document.querySelectorAll('script[type="module"]')].some((script) => /civic-story\.bundle\.js/.test(script.src));
      const main = document.querySelector('main') ?? document.body;
      out.rawJson = /"version"|&#8220;version|“version/.test(main.innerText);
      for (const [name, tag] of Object.entries(tags)) {
        const element = document.querySelector(tag);
        if (!element) continue;
        await Promise.race([customElements.whenDefined(tag), new Promise((done) => setTimeout(done, 5000))]);
        const deadline = Date.now() + 8000;
        let text = '';
        while (Date.now() < deadline) {
          await element.updateComplete;
          const root = element.shadowRoot;
          const ready = root && (root.querySelector('article, ol, blockquote, [role="alert"], [part="empty"]'));
          if (ready) {
            text = root.textContent.replace(/\s+/g, ' ').trim();
            break;
          }
          await new Promise((done) => setTimeout(done, 50));
        }
        const root = element.shadowRoot;
        out.alerts += root ? root.querySelectorAll('[role="alert"]').length : 0;
        out.widgets[name] = {
          upgraded: Boolean(root),
          article: Boolean(root?.querySelector('article')),
          entries: root ? root.querySelectorAll('ol > li').length : 0,
          quote: root?.querySelector('blockquote')?.textContent.trim() ?? '',
          text: text.slice(0, 120),
          height: element.getBoundingClientRect().height,
        };
      }
      // Hand-written markup through the Classic editor: wpautop moves the fallback <p> out of the element.
      const outside = [...main.querySelectorAll('p')].filter((p) => /86,000 inhabitants/.test(p.textContent) && !p.closest('civic-city-profile'));
      out.fallbackTwice = outside.length > 0;
      return out;
    }, { tags: tagOf });
    const w = seen.widgets;
    const shown = [
      w.profile?.article && w.profile.text.includes(CITY) ? 'profile' : null,
      w.timeline?.entries > 0 ? `timeline (${w.timeline.entries} entries)` : null,
      w.quote?.quote ? 'quote' : null,
    ].filter(Boolean);
    const sees = shown.length
      ? `${shown.join(', ')}${seen.alerts ? `, ${seen.alerts} error(s)` : ''}${seen.fallbackTwice ? '; the fallback sentence again under the card' : ''}`
      : seen.rawJson ? 'raw JSON text, no widget' : 'no widget';
    matrix.push({ role: post.role, form: post.form, data: post.data, sees });
    if (post.handWritten && post.role !== 'admin') {
      check(`${label}: no widget (stripped at save), and the page does not load the bundle`, !shown.length && !seen.moduleScript, sees);
      continue;
    }
    check(`${label}: all three widgets upgrade and show Mechelen's story`, shown.length === 3 && seen.alerts === 0, JSON.stringify(seen.widgets));
    if (!post.handWritten) {
      check(`${label}: the bundle loads as a module`, seen.moduleScript);
      check(`${label}: no raw JSON on the page`, !seen.rawJson);
      check(`${label}: server-rendered elements with src, one line each (wpautop finds nothing to wrap)`,
        /<civic-timeline src="[^"]+\.json"/.test(served) && !/<p>\s*<civic-/.test(served) && !/<civic-[^>]*>\s*<br/.test(served));
      if (post.data === 'Media Library' || post.data === 'URL') {
        check(`${label}: the no-JavaScript fallback is in the served HTML`,
          /<civic-timeline[^>]*><ul><li>/.test(served) && /<civic-quote[^>]*><blockquote><p lang="nl">/.test(served) && /<civic-city-profile[^>]*><p><strong[^>]*>Mechelen<\/strong>/.test(served),
          (served.match(/<civic-[a-z-]+ [^>]*>.{0,80}/g) ?? []).join(' | '));
      }
    }
  }
  check('no script errors on the readers\' pages', pageErrors.length === 0, pageErrors.join('; '));
  if (plain.status === 201) {
    const served = await (await fetch(`${url}/?p=${plain.json.id}`)).text();
    check('a post without a widget does not load the bundle', !/civic-story\.bundle\.js/.test(served));
  }

  // Fallback without JavaScript: the reader sees the fallback text.
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const noJsPage = await noJs.newPage();
  const blockPost = posts.find((post) => post.form === 'block' && post.role === 'author');
  await noJsPage.goto(`${url}/?p=${blockPost.id}`);
  const noJsText = await noJsPage.locator('main').innerText();
  // CIVIC_WP_SHOTS=folder: screenshots of what a reader sees, with and without JavaScript.
  const shots = process.env.CIVIC_WP_SHOTS;
  if (shots) {
    mkdirSync(shots, { recursive: true });
    await noJsPage.screenshot({ path: join(shots, 'reader-no-js.png'), fullPage: true });
    await readerPage.goto(`${url}/?p=${blockPost.id}`);
    await readerPage.waitForTimeout(1500);
    await readerPage.screenshot({ path: join(shots, 'reader-block.png'), fullPage: true });
    const stripped = posts.find((post) => post.form === 'Custom HTML' && post.role === 'author');
    await readerPage.goto(`${url}/?p=${stripped.id}`);
    await readerPage.screenshot({ path: join(shots, 'reader-custom-html-author.png'), fullPage: true });
  }
  check('without JavaScript, the reader sees the fallback (city, initiatives, quote)', noJsText.includes(CITY) && noJsText.includes(firstTitle) && noJsText.includes('Bart Somers'), noJsText.slice(0, 300));
  await noJs.close();

  // --- Invalid attributes: nothing for readers, a translated note for those who can edit.
  console.log('Invalid attributes and translations:');
  const bad = await rest('admin', 'POST', '/wp/v2/posts', { title: 'bad', status: 'publish', content: `[civic-story element="map" src="${mediaUrl}"]\n\n[civic-story element="quote" src="${mediaUrl}" quote="<b>x</b>"]\n\n[civic-story element="timeline" src="javascript:alert(1)"]` });
  const badHtml = await (await fetch(`${url}/?p=${bad.json.id}`)).text();
  check('invalid element, quote id or URL: readers get nothing, no element, no script', !/<civic-/.test(badHtml) && !/civic-story-problem/.test(badHtml) && !/javascript:alert/.test(badHtml) && !/civic-story\.bundle/.test(badHtml));
  // The site in French (WordPress's own French files are not installed, so the option is set past
  // its check) and the administrator's own language French.
  wpPhp(`add_filter('sanitize_option_WPLANG', function ($value, $option, $original) { return $original; }, 10, 3); update_option('WPLANG', 'fr_FR'); update_user_meta(1, 'locale', 'fr_FR');`);
  await page.goto(`${url}/?p=${bad.json.id}`);
  const notes = await page.locator('.civic-story-problem').allInnerTexts();
  wpPhp(`update_option('WPLANG', '');`);
  check('an editor sees why, in their language (French)', notes.length === 3 && notes[0].includes('Récit de ville') && notes[0].includes('map') && notes[1].includes('identifiant'), notes.join(' | '));

  // --- The block in the editor: its title translated, the widget previewing in the canvas.
  console.log('The block editor:');
  await page.goto(`${url}/wp-admin/post.php?post=${blockPost.id}&action=edit`);
  await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('civic-story/story'), null, { timeout: 60000 });
  const title = await page.evaluate(() => window.wp.blocks.getBlockType('civic-story/story').title);
  check('the block is registered in the editor, its title translated (fr: "Récit de ville")', title === 'Récit de ville', title);
  const preview = await page.waitForFunction(() => {
    const doc = document.querySelector('iframe[name="editor-canvas"]')?.contentDocument ?? document;
    const element = doc.querySelector('.civic-story-block civic-timeline');
    return element?.shadowRoot?.querySelectorAll('ol > li').length ?? 0;
  }, null, { timeout: 60000 }).then((handle) => handle.jsonValue()).catch(() => 0);
  check('the timeline previews in the editor canvas', preview > 0, `${preview} entries`);
  const pasted = await page.evaluate(() => window.wp.blocks.rawHandler({ HTML: '<p>[civic-story element="quote" src="/s.json" quote="motto"]</p>' })
    .map((block) => ({ name: block.name, attributes: block.attributes })));
  check('a pasted [civic-story] shortcode becomes a City story block', pasted.length === 1 && pasted[0].name === 'civic-story/story' &&
    pasted[0].attributes.element === 'quote' && pasted[0].attributes.quote === 'motto' && pasted[0].attributes.src === '/s.json', JSON.stringify(pasted));
  if (process.env.CIVIC_WP_SHOTS) await page.screenshot({ path: join(process.env.CIVIC_WP_SHOTS, 'editor.png') });
  wpPhp(`delete_user_meta(1, 'locale');`);

  check('no request from a reader\'s page left this machine', offsite.length === 0, offsite.slice(0, 5).join(' '));
  if (adminOffsite.length) console.log(`  (WordPress's admin screens asked for, and were refused: ${[...new Set(adminOffsite)].join(' ')})`);
  const log = join(work, 'debug.log');
  const notices = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter((line) => /civic-story/.test(line)) : [];
  check('no PHP notice from the plugin', notices.length === 0, notices.slice(0, 3).join(' | '));
}

let crashed;
try {
  await main();
} catch (error) {
  crashed = error;
  check('the WordPress test ran to the end', false, error.stack ?? String(error));
} finally {
  await stop();
}

if (matrix.length) {
  console.log('\nWhat the reader sees (role × form × data):');
  for (const row of matrix) console.log(`  ${row.role.padEnd(12)} ${row.form.padEnd(18)} ${row.data.padEnd(14)} ${row.sees}`);
}
console.log(`test:wordpress: ${((performance.now() - started) / 1000).toFixed(1)} s`);
finish();
process.exit(crashed || results.failed ? 1 : 0);
