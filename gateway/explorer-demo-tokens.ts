import { existsSync, readFileSync } from 'node:fs';

/** One token the launcher minted for the demo city (scripts/start.ts writes them beside the demo secrets). */
export interface DemoToken {
  role: string;
  what: string;
  token: string;
}

/** The demo tokens, or null when the gateway is not in demo mode (no file configured, or none written). */
export function readDemoTokens(file: string | undefined): DemoToken[] | null {
  if (!file || !existsSync(file)) return null;
  try {
    const rows = JSON.parse(readFileSync(file, 'utf8')) as DemoToken[];
    return Array.isArray(rows) ? rows : null;
  } catch {
    return null;
  }
}

const ROLES: Record<string, string> = {
  CITY_ADMIN: '市级管理员',
  STREET_STAFF: '街道（指挥中心）',
  COMMUNITY_STAFF: '社区工作者',
  GRID_WORKER: '网格员',
  DEPARTMENT: '职能部门',
  ANALYST: '分析人员',
};

/** A page listing each demo role's token: open the explorer with it (the token leaves the address bar at once). */
export function demoTokensPage(tokens: DemoToken[], esc: (s: string) => string): string {
  const rows = tokens.map(
    (
      t,
    ) => `<tr><td>${esc(ROLES[t.role] ?? t.role)}<br><code>${esc(t.role)}</code></td><td>${esc(t.what)}</td>
    <td><textarea readonly rows="3" cols="60">${esc(t.token)}</textarea></td><td><a href="/graphql#token=${encodeURIComponent(t.token)}">用此令牌打开查询台</a></td></tr>`,
  );
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>多网合一 · 演示令牌</title>
<style>body{font:14px sans-serif;margin:16px}td{border-bottom:1px solid #ccc;padding:6px;vertical-align:top}</style></head><body>
<h1>演示令牌 demo tokens</h1><p>演示模式下由 <code>npm start</code> 生成，30 天有效；驾驶舱（<a href="/cockpit">/cockpit</a>）中把令牌粘贴进页面即可。
Minted by <code>npm start</code> in demo mode; paste one into the cockpit, or open the explorer with it.</p>
<table>${rows.join('')}</table></body></html>`;
}
