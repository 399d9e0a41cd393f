import { chromium, type Browser } from 'playwright-core';
import { generateCity } from '../../services/demo-city';
import { startStack, type Stack } from '../helpers/stack';
import { tokenFor } from '../helpers/auth';
import { CHROMIUM_ARGS, ensureChromium } from '../helpers/chromium';

let stack: Stack;
let browser: Browser;
beforeAll(async () => {
  const executablePath = ensureChromium();
  stack = await startStack(generateCity('demo', 2));
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}, 300000);
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('the explorer served by the gateway', () => {
  test('loads from the gateway alone, sends the bearer token, runs a query and shows the answer', async () => {
    const origin = new URL(stack.gatewayUrl).origin;
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (req) => requested.push(req.url()));
    const token = await tokenFor('CITY_ADMIN', '220600');
    await page.goto(`${origin}/graphql#token=${token}`);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30000 });
    await page.click('.graphiql-execute-button');
    await page.waitForFunction("document.querySelector('.result-window')?.textContent?.includes('白山市')", null, { timeout: 30000 });
    const result = await page.textContent('.result-window');
    expect(result).toContain('"code": "220600"');
    expect(result).not.toContain('UNAUTHENTICATED');
    expect(requested.length).toBeGreaterThan(3);
    const outside = requested.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(outside).toEqual([]);
    await page.close();
  });
});
