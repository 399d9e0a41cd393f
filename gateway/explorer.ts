import { dirname, join } from 'node:path';
import express from 'express';

/**
 * GraphiQL served from the gateway's own node_modules: government networks are often offline, and
 * the default landing page loads its explorer from a CDN. The Headers tab carries the bearer token.
 */
const ASSETS: Record<string, string> = {
  'react.js': join(dirname(require.resolve('react/package.json')), 'umd', 'react.production.min.js'),
  'react-dom.js': join(dirname(require.resolve('react-dom/package.json')), 'umd', 'react-dom.production.min.js'),
  'graphiql.js': join(dirname(require.resolve('graphiql/package.json')), 'graphiql.min.js'),
  'graphiql.css': join(dirname(require.resolve('graphiql/package.json')), 'graphiql.min.css'),
};

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <title>多网合一 · GraphQL explorer</title>
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <link rel="stylesheet" href="/explorer/assets/graphiql.css" />
  <style>html, body, #explorer { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="explorer">Loading…</div>
  <script src="/explorer/assets/react.js"></script>
  <script src="/explorer/assets/react-dom.js"></script>
  <script src="/explorer/assets/graphiql.js"></script>
  <script>
    // A token can arrive as #token=... (the launcher prints tokens); it is kept in this browser only.
    var fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
    if (fromHash) localStorage.setItem('grids-token', fromHash);
    var token = localStorage.getItem('grids-token') || '';
    var fetcher = GraphiQL.createFetcher({ url: location.origin + '/graphql' });
    var headers = JSON.stringify({ Authorization: 'Bearer ' + token }, null, 2);
    var query = '# 多网合一: paste a token from npm start into the Headers tab, then run.\\n{\\n  rootRegions { code name level }\\n}\\n';
    ReactDOM.createRoot(document.getElementById('explorer')).render(
      React.createElement(GraphiQL, { fetcher: fetcher, defaultHeaders: headers, defaultQuery: query, headerEditorEnabled: true, shouldPersistHeaders: true })
    );
  </script>
</body>
</html>`;

export function mountExplorer(app: express.Express): void {
  app.get('/explorer/assets/:name', (req, res) => {
    const file = ASSETS[req.params.name];
    if (!file) {
      res.status(404).end();
      return;
    }
    res.sendFile(file, { maxAge: '1d' });
  });
  const page: express.RequestHandler = (req, res, next) => {
    // Browsers get the explorer; GraphQL GET requests (with ?query=) go on to the server.
    if (req.method === 'GET' && !req.query.query && req.accepts(['json', 'html']) === 'html') {
      res.type('html').send(PAGE);
      return;
    }
    next();
  };
  app.get('/', page);
  app.get('/graphql', page);
}
