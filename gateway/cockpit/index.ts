import { join } from 'node:path';
import express from 'express';
import { PROJECT_ROOT } from '../../shared/paths';

/**
 * The cockpit (驾驶舱 · 一张图): a static page that a frontend team could have written, calling the
 * public /graphql with the caller's token. Everything it loads comes from this origin: its own
 * files and Apache ECharts from node_modules, so it works on an offline government network.
 */
const PUBLIC = join(PROJECT_ROOT, 'gateway', 'cockpit', 'public');
const FILES: Record<string, string> = {
  'echarts.js': require.resolve('echarts/dist/echarts.min.js'),
  'cockpit.css': join(PUBLIC, 'cockpit.css'),
  'api.js': join(PUBLIC, 'api.js'),
  'map.js': join(PUBLIC, 'map.js'),
  'dashboard.js': join(PUBLIC, 'dashboard.js'),
  'main.js': join(PUBLIC, 'main.js'),
};

export function mountCockpit(app: express.Express): void {
  app.get('/cockpit/assets/:name', (req, res) => {
    const file = FILES[req.params.name];
    if (!file) {
      res.status(404).end();
      return;
    }
    res.sendFile(file, { maxAge: '1h' });
  });
  app.get(['/cockpit', '/cockpit/'], (_req, res) => {
    res.sendFile(join(PUBLIC, 'cockpit.html'));
  });
}
