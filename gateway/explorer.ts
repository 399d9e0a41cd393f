import { dirname, join } from 'node:path';
import express from 'express';
import type { ExplorerTab } from './explorer-tabs';
import { demoTokensPage, readDemoTokens } from './explorer-demo-tokens';

/**
 * GraphiQL served from the gateway's own node_modules: government networks are often offline, and
 * the default landing page loads its explorer from a CDN. The Headers tab carries the bearer token.
 */
const ASSETS: Record<string, string> = {
  'react.js': join(
    dirname(require.resolve('react/package.json')),
    'umd',
    'react.production.min.js',
  ),
  'react-dom.js': join(
    dirname(require.resolve('react-dom/package.json')),
    'umd',
    'react-dom.production.min.js',
  ),
  'graphiql.js': join(dirname(require.resolve('graphiql/package.json')), 'graphiql.min.js'),
  'graphiql.css': join(dirname(require.resolve('graphiql/package.json')), 'graphiql.min.css'),
};

export interface ExplorerOptions {
  /** The preloaded tabs (README example, dashboard, case workflow) with the demo city's variables. */
  tabs: () => ExplorerTab[];
  /** Demo mode only: the file the launcher writes its demo tokens to, linked from the explorer. */
  demoTokensFile?: string;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
// JSON inside <script>: "<" escaped so no query text can close the tag.
const inline = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

function page(tabs: ExplorerTab[], demo: boolean): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <title>多网合一 · GraphQL 查询台 explorer</title>
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <link rel="stylesheet" href="/explorer/assets/graphiql.css" />
  <style>html, body { height: 100%; margin: 0; } #bar { height: 28px; padding: 4px 12px; font: 14px sans-serif; background: #102a52; color: #fff; }
    #bar a { color: #9fd0ff; margin-left: 14px; } #explorer { height: calc(100% - 36px); }</style>
</head>
<body>
  <div id="bar">多网合一 · GraphQL 查询台<a href="/cockpit">驾驶舱 一张图</a>${demo ? '<a id="demo-tokens" href="/explorer/demo-tokens">演示令牌 demo tokens</a>' : ''}</div>
  <div id="explorer">Loading…</div>
  <script src="/explorer/assets/react.js"></script>
  <script src="/explorer/assets/react-dom.js"></script>
  <script src="/explorer/assets/graphiql.js"></script>
  <script>
    // A token can arrive as #token=... (the launcher and the demo-token page link so); it is kept in
    // this browser only, and taken out of the address bar at once so it is not shared or bookmarked.
    var fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
    if (fromHash) {
      localStorage.setItem('grids-token', fromHash);
      history.replaceState(null, '', location.pathname + location.search);
    }
    var token = localStorage.getItem('grids-token') || '';
    var fetcher = GraphiQL.createFetcher({ url: location.origin + '/graphql' });
    var headers = JSON.stringify({ Authorization: 'Bearer ' + token }, null, 2);
    var tabs = ${inline(tabs)}.map(function (t) { return { query: t.query, variables: t.variables, headers: headers }; });
    ReactDOM.createRoot(document.getElementById('explorer')).render(
      // GraphiQL 3 fills the first tab's variable editor from the variables prop only, not from defaultTabs.
      React.createElement(GraphiQL, { fetcher: fetcher, defaultHeaders: headers, defaultTabs: tabs, variables: tabs[0].variables, headerEditorEnabled: true, shouldPersistHeaders: true, defaultEditorToolsVisibility: 'variables' })
    );
  </script>
</body>
</html>`;
}

export function mountExplorer(app: express.Express, opts: ExplorerOptions): void {
  app.get('/explorer/assets/:name', (req, res) => {
    const file = ASSETS[req.params.name];
    if (!file) {
      res.status(404).end();
      return;
    }
    res.sendFile(file, { maxAge: '1d' });
  });
  app.get('/explorer/demo-tokens', (_req, res) => {
    const tokens = readDemoTokens(opts.demoTokensFile);
    if (!tokens) {
      res
        .status(404)
        .type('html')
        .send(
          '<!doctype html><meta charset="utf-8"><p>演示令牌只在演示模式（npm start，无自配密钥）下提供。Demo tokens exist only in demo mode.</p>',
        );
      return;
    }
    res.type('html').send(demoTokensPage(tokens, esc));
  });
  const handler: express.RequestHandler = (req, res, next) => {
    // Browsers get the explorer; GraphQL GET requests (with ?query=) go on to the server.
    if (req.method === 'GET' && !req.query.query && req.accepts(['json', 'html']) === 'html') {
      res.type('html').send(page(opts.tabs(), readDemoTokens(opts.demoTokensFile) !== null));
      return;
    }
    next();
  };
  app.get('/', handler);
  app.get('/graphql', handler);
}
