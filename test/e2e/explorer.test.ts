import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCity } from '../../services/demo-city';
import { startStack } from '../helpers/stack';
import { forThisFile } from '../helpers/for-this-file';
import { tokenFor } from '../helpers/auth';
import { launchChromium } from '../helpers/chromium';
import { demoTabs } from '../../gateway/explorer-tabs';
import { exampleGridCode } from '../../scripts/example-query';

const SEED = 2;
// Demo mode: the launcher's token file, here written by the test into its own folder.
const tokenFile = join(mkdtempSync(join(tmpdir(), 'explorer-')), 'demo-tokens.json');
let adminToken: string;
beforeAll(async () => {
  adminToken = await tokenFor('CITY_ADMIN', '220600');
  writeFileSync(
    tokenFile,
    JSON.stringify([{ role: 'CITY_ADMIN', what: 'the whole city 220600', token: adminToken }]),
  );
});
const stack = forThisFile(
  () =>
    startStack(generateCity('demo', SEED), {
      gateway: { explorer: { tabs: demoTabs('demo', SEED), demoTokensFile: tokenFile } },
    }),
  300000,
);
const browser = forThisFile(launchChromium, 300000);
/** Where the stack's gateway serves its pages. */
const origin = () => new URL(stack.gatewayUrl).origin;

describe('the explorer served by the gateway', () => {
  test('loads from the gateway alone, sends the bearer token, runs a query and shows the answer', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (req) => requested.push(req.url()));
    await page.goto(`${origin()}/graphql#token=${adminToken}`);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30000 });
    // The token is read, then taken out of the address bar.
    expect(page.url()).toBe(`${origin()}/graphql`);
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(
      "document.querySelector('.result-window')?.textContent?.includes('\"code\"')",
      null,
      { timeout: 30000 },
    );
    const result = await page.textContent('.result-window');
    expect(result).toContain(`"code": "${exampleGridCode('demo', SEED)}"`);
    expect(result).not.toContain('UNAUTHENTICATED');
    expect(requested.length).toBeGreaterThan(3);
    const outside = requested.filter(
      (u) => !u.startsWith(origin()) && !u.startsWith('data:') && !u.startsWith('blob:'),
    );
    expect(outside).toEqual([]);
    await page.close();
  });

  test('opens with the README example, the dashboard and a case workflow, variables filled for the demo city', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin()}/graphql`);
    await page.waitForSelector('.graphiql-tab', { timeout: 30000 });
    const tabs = await page.$$eval('.graphiql-tab .graphiql-tab-button', (ts) =>
      ts.map((t) => t.textContent?.trim()),
    );
    expect(tabs).toEqual(['GridPicture', 'Dashboard', 'ReportCase']);
    await page.click('.graphiql-tab:nth-child(2) .graphiql-tab-button');
    await page.waitForFunction(
      "document.querySelector('.graphiql-editor-tool .CodeMirror')?.CodeMirror?.getValue().includes('220600')",
      null,
      { timeout: 30000 },
    );
    await page.close();
  });

  test('in demo mode links the demo tokens, whose page opens the explorer with one', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin()}/graphql`);
    await page.click('#demo-tokens');
    await page.waitForSelector('text=演示令牌 demo tokens');
    expect(await page.textContent('table')).toContain('CITY_ADMIN');
    await page.click('text=用此令牌打开查询台');
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30000 });
    expect(page.url()).toBe(`${origin()}/graphql`);
    expect(await page.evaluate(() => (globalThis as any).localStorage.getItem('grids-token'))).toBe(
      adminToken,
    );
    await page.close();
  });

  test('without demo tokens there is no link, and the demo-token page says why with a 404', async () => {
    const bare = await startStack(undefined, { modules: [] });
    try {
      const res = await fetch(`${new URL(bare.gatewayUrl).origin}/explorer/demo-tokens`);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('演示模式');
      const html = await (
        await fetch(`${new URL(bare.gatewayUrl).origin}/graphql`, {
          headers: { accept: 'text/html' },
        })
      ).text();
      expect(html).not.toContain('demo-tokens');
      expect(html).toContain('GridPicture');
    } finally {
      await bare.close();
    }
  });
});
