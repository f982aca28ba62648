// Finds the browsers the tests and benchmarks run in: an environment variable first, then Debian's
// paths. Test tools cannot download browsers on these machines, so we use the system's.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

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

const BROWSERS = {
  chromium: { env: ['CIVIC_CHROMIUM', 'CHROME_PATH', 'CHROMIUM_BIN'], paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'], debian: 'chromium' },
  firefox: { env: ['CIVIC_FIREFOX', 'FIREFOX_BIN'], paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'], debian: 'firefox-esr' },
};

/** The executable for `name` ('chromium' | 'firefox'), or undefined. */
export function findBrowser(name) {
  const browser = BROWSERS[name];
  for (const variable of browser.env) {
    const value = process.env[variable];
    if (value && existsSync(value)) return value;
  }
  return browser.paths.find((path) => existsSync(path));
}

/**
 * Makes sure both browsers are there: installs Debian's packages when they are missing and we run as
 * root with apt-get; otherwise says exactly what to install and returns false.
 */
export function ensureBrowsers() {
  const missing = Object.keys(BROWSERS).filter((name) => !findBrowser(name));
  if (!missing.length) return true;
  const packages = missing.map((name) => BROWSERS[name].debian);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`civic-story: installing ${packages.join(' and ')} from Debian's packages…`);
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    } catch (error) {
      console.error(`civic-story: apt-get could not install ${packages.join(' ')}: ${error.message}`);
    }
    if (Object.keys(BROWSERS).every((name) => findBrowser(name))) return true;
  }
  console.error(
    [
      `civic-story: the tests need ${missing.join(' and ')}, and none was found.`,
      `  Install Debian's packages:  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`,
      '  or point to your own:  CIVIC_CHROMIUM=/path/to/chromium CIVIC_FIREFOX=/path/to/firefox npm test',
    ].join('\n'),
  );
  return false;
}
