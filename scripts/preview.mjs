// Serves a built folder on loopback with vite's own preview server (for the scripts that load the
// catalogue or the bundle in a browser). `npm start` runs the same server from the command line.
import { preview } from 'vite';

/**
 * Starts a static server for `folder` on 127.0.0.1 at a free port; returns its port and a close().
 * `middleware` (connect-style: request, response, next) may answer requests before the files do.
 */
export async function serveFolder(folder, middleware = undefined) {
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    appType: 'mpa',
    root: folder,
    build: { outDir: folder },
    preview: { host: '127.0.0.1', port: 0, open: false },
    plugins: middleware ? [{ name: 'civic-story-extra-routes', configurePreviewServer: (preview) => void preview.middlewares.use(middleware) }] : [],
  });
  const { port } = server.httpServer.address();
  return { port, close: () => server.close() };
}
