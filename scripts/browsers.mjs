// Finds the browsers the tests and benchmarks run in: an environment variable first, then Debian's
// paths. Test tools cannot download browsers on these machines, so we use the system's. WebKit is
// WebKitGTK's MiniBrowser driven by WebKitWebDriver on an Xvfb display, both started and stopped here.
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** The browsers `npm test` runs in, in order; `CIVIC_BROWSERS=chromium,firefox,webkit` picks some. */
export const ALL_BROWSERS = ['chromium', 'firefox', 'webkit'];

/** The browsers CIVIC_BROWSERS asks for (all three by default). Throws on a name it does not know. */
export function wantedBrowsers(value = process.env.CIVIC_BROWSERS) {
  const names = (value || ALL_BROWSERS.join(','))
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !ALL_BROWSERS.includes(name));
  if (unknown.length) throw new Error(`CIVIC_BROWSERS: unknown browser ${unknown.join(', ')} (known: ${ALL_BROWSERS.join(', ')})`);
  return ALL_BROWSERS.filter((name) => names.includes(name));
}

// MiniBrowser lives in the multiarch library folder: /usr/lib/<triplet>/webkit2gtk-4.1/MiniBrowser.
const miniBrowserPaths = () =>
  (existsSync('/usr/lib') ? readdirSync('/usr/lib') : [])
    .filter((entry) => entry.endsWith('-linux-gnu'))
    .flatMap((triplet) => ['webkit2gtk-4.1', 'webkitgtk-6.0'].map((api) => `/usr/lib/${triplet}/${api}/MiniBrowser`));

/** A program on PATH (or in /usr/bin), or undefined. */
function onPath(program) {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/bin', '/usr/local/bin'].filter(Boolean);
  return dirs.map((dir) => join(dir, program)).find((path) => existsSync(path));
}

// What each browser needs: executables found from an environment variable or known paths, and the
// Debian package each comes from.
const BROWSERS = {
  chromium: {
    label: 'Chromium',
    needs: [{ env: ['CIVIC_CHROMIUM', 'CHROME_PATH', 'CHROMIUM_BIN'], paths: () => ['/usr/bin/chromium', '/usr/bin/chromium-browser'], debian: 'chromium' }],
  },
  firefox: {
    label: 'Firefox ESR',
    needs: [{ env: ['CIVIC_FIREFOX', 'FIREFOX_BIN'], paths: () => ['/usr/bin/firefox-esr', '/usr/bin/firefox'], debian: 'firefox-esr' }],
  },
  webkit: {
    label: 'WebKit',
    needs: [
      { env: ['CIVIC_WEBKIT'], paths: miniBrowserPaths, debian: 'webkit2gtk-driver' },
      { env: ['CIVIC_WEBKIT_DRIVER'], paths: () => [onPath('WebKitWebDriver')].filter(Boolean), debian: 'webkit2gtk-driver' },
      { env: ['CIVIC_XVFB'], paths: () => [onPath('Xvfb')].filter(Boolean), debian: 'xvfb' },
    ],
  },
};

function find({ env, paths }) {
  for (const variable of env) {
    const value = process.env[variable];
    if (value && existsSync(value)) return value;
  }
  return paths().find((path) => existsSync(path));
}

/** The executable for `name` ('chromium' | 'firefox' | 'webkit': its MiniBrowser), or undefined. */
export function findBrowser(name) {
  return find(BROWSERS[name].needs[0]);
}

const missingPackages = (names) => [...new Set(names.flatMap((name) => BROWSERS[name].needs.filter((need) => !find(need)).map((need) => need.debian)))];

/**
 * Makes sure the browsers in `names` are there: installs Debian's packages when they are missing and
 * we run as root with apt-get; otherwise says in one line what to install and returns false.
 */
export function ensureBrowsers(names = wantedBrowsers()) {
  let packages = missingPackages(names);
  if (!packages.length) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`civic-story: installing ${packages.join(', ')} from Debian's packages…`);
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    } catch (error) {
      console.error(`civic-story: apt-get could not install ${packages.join(' ')}: ${error.message}`);
    }
    packages = missingPackages(names);
    if (!packages.length) return true;
  }
  const browsers = names.filter((name) => missingPackages([name]).length).map((name) => BROWSERS[name].label);
  console.error(`civic-story: the tests need ${browsers.join(', ')}: sudo apt-get install -y ${packages.join(' ')}`);
  console.error(`  (or run fewer browsers, e.g. CIVIC_BROWSERS=${ALL_BROWSERS.filter((name) => !missingPackages([name]).length).join(',') || 'chromium'})`);
  return false;
}

/** A TCP port that is free on 127.0.0.1 right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Spawns `command` in a process group of its own, so that stopping it also stops what it started. */
function spawnGroup(command, args, options) {
  const child = spawn(command, args, { ...options, detached: true });
  child.exited = new Promise((resolve) => child.once('exit', resolve));
  child.output = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (text) => {
      child.output = (child.output + text).slice(-4000);
    });
  }
  return child;
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** Stops a process group: SIGTERM, then SIGKILL for whatever is left after a few seconds. */
async function stopGroup(child) {
  if (!child?.pid) return;
  signalGroup(child.pid, 'SIGTERM');
  for (let waited = 0; waited < 3000 && groupAlive(child.pid); waited += 100) await sleep(100);
  if (groupAlive(child.pid)) signalGroup(child.pid, 'SIGKILL');
  for (let waited = 0; waited < 2000 && groupAlive(child.pid); waited += 100) await sleep(100);
}

/** Xvfb on a display number it picks itself (free at that moment); resolves with its number. */
async function startXvfb(xvfb) {
  // -displayfd: Xvfb takes the first free display and writes its number on fd 3 once it accepts clients.
  const child = spawnGroup(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const display = await new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start in 10 s\n${child.output}`)), 10000);
    child.stdio[3].setEncoding('utf8');
    child.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(Number(text.trim()));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code})\n${child.output}`));
    });
  }).catch(async (error) => {
    await stopGroup(child);
    throw error;
  });
  return { child, display };
}

/** WebKitWebDriver on a free port of 127.0.0.1, on `display`; resolves when it answers /status. */
async function startDriver(driver, display) {
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    const child = spawnGroup(driver, [`--port=${port}`, '--host=local'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      // NO_AT_BRIDGE: GTK need not look for an accessibility bus on the virtual display.
      env: { ...process.env, DISPLAY: `:${display}`, GDK_BACKEND: 'x11', NO_AT_BRIDGE: '1', WAYLAND_DISPLAY: '' },
    });
    let exited = false;
    child.exited.then(() => (exited = true));
    for (let waited = 0; waited < 10000 && !exited; waited += 100) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(1000) });
        if (response.ok) return { child, port };
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    await stopGroup(child);
    // The port may have been taken between our check and the driver's bind: try another one.
    if (attempt === 3) throw new Error(`WebKitWebDriver did not start on :${display}\n${child.output}`);
  }
}

const started = new Set();
// The last resort when the process ends without the `stop()` below (an exception, process.exit):
// kill the process groups synchronously.
process.once('exit', () => {
  for (const child of started) signalGroup(child.pid, 'SIGKILL');
});

/**
 * Starts `count` WebKitWebDrivers, each on an Xvfb display of its own (each drives one MiniBrowser at a
 * time). A display of its own matters: WebKit matches :focus and :focus-visible only in the active
 * window, and a second browser window on the same display takes that from the first. Returns the
 * drivers' ports and `stop()`, which ends the drivers, their browsers and the displays.
 */
export async function startWebKit(count = 1) {
  const [, driver, xvfb] = BROWSERS.webkit.needs.map(find);
  const displays = [];
  const drivers = [];
  const stop = async () => {
    // Drivers (with their MiniBrowsers and web processes) first, then the displays.
    await Promise.all(drivers.map(stopGroup));
    await Promise.all(displays.map(stopGroup));
    for (const child of [...drivers, ...displays]) started.delete(child);
  };
  try {
    const ports = [];
    for (let i = 0; i < count; i += 1) {
      const x = await startXvfb(xvfb);
      displays.push(x.child);
      started.add(x.child);
      const d = await startDriver(driver, x.display);
      drivers.push(d.child);
      started.add(d.child);
      ports.push(d.port);
    }
    return { ports, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
