// WebKit for @web/test-runner: WebKitGTK's MiniBrowser through WebKitWebDriver (WebDriver classic;
// it has no BiDi). A driver holds one browser session, so this launcher pools several drivers (one
// test file each at a time); scripts/test.mjs starts them under Xvfb and passes their ports.
import { webdriverLauncher } from '@web/test-runner-webdriver';

/** @param {{ ports: number[], binary: string }} options */
export function webkitLauncher({ ports, binary }) {
  const drivers = ports.map((port) =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary, args: ['--automation'] },
        'wdio:enforceWebDriverClassic': true,
      },
    }),
  );
  const owners = new Map(); // test session id → driver
  const idle = [...drivers];
  const waiting = [];

  const acquire = () => (idle.length ? Promise.resolve(idle.shift()) : new Promise((resolve) => waiting.push(resolve)));
  const release = (driver) => {
    const next = waiting.shift();
    if (next) next(driver);
    else idle.push(driver);
  };
  const owner = (id) => {
    const driver = owners.get(id);
    if (!driver) throw new Error(`WebKit: no browser holds test session ${id}`);
    return driver;
  };

  return {
    name: 'WebKit',
    type: 'webdriver',
    concurrency: drivers.length,
    async initialize(config, testFiles) {
      await Promise.all(drivers.map((driver) => driver.initialize(config, testFiles)));
    },
    async stop() {
      await Promise.all(drivers.map((driver) => driver.stop()));
    },
    async startSession(id, url) {
      const driver = await acquire();
      owners.set(id, driver);
      try {
        await driver.startSession(id, url);
      } catch (error) {
        owners.delete(id);
        release(driver);
        throw error;
      }
    },
    isActive(id) {
      return owners.get(id)?.isActive(id) ?? false;
    },
    getBrowserUrl(id) {
      return owner(id).getBrowserUrl(id);
    },
    async stopSession(id) {
      const driver = owner(id);
      try {
        return await driver.stopSession(id);
      } finally {
        owners.delete(id);
        release(driver);
      }
    },
    startDebugSession() {
      throw new Error('WebKit runs headless under Xvfb here; debug in Chromium or Firefox.');
    },
    sendKeys: (id, keys) => owner(id).sendKeys(id, keys),
    sendMouseMove: (id, x, y) => owner(id).sendMouseMove(id, x, y),
    sendMouseClick: (id, x, y, button) => owner(id).sendMouseClick(id, x, y, button),
    sendMouseDown: (id, button) => owner(id).sendMouseDown(id, button),
    sendMouseUp: (id, button) => owner(id).sendMouseUp(id, button),
    resetMouse: (id) => owner(id).resetMouse(id),
    takeScreenshot: (id, locator) => owner(id).takeScreenshot(id, locator),
  };
}
