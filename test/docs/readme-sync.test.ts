import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../shared/paths';

/** A README cut into its sections: heading level, fenced code blocks, commands in inline code, and local links. */
interface Section { level: number; blocks: string[]; commands: string[]; links: string[] }

const COMMAND = /^(npm|npx|node|docker|MYSQL_URL=|COCKPIT_SCREENSHOTS=)\b/;

function sections(file: string): Section[] {
  const text = readFileSync(join(PROJECT_ROOT, file), 'utf8');
  const out: Section[] = [];
  let current: Section = { level: 1, blocks: [], commands: [], links: [] };
  out.push(current);
  // Fenced blocks first, so a "#" inside code is never taken for a heading.
  const parts = text.split(/^(```[^\n]*\n[\s\S]*?^```)\n/m);
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      current.blocks.push(part);
      return;
    }
    for (const line of part.split('\n')) {
      const h = line.match(/^(#{1,6})\s/);
      if (h) {
        current = { level: h[1].length, blocks: [], commands: [], links: [] };
        out.push(current);
      }
      for (const m of line.matchAll(/`([^`]+)`/g)) if (COMMAND.test(m[1])) current.commands.push(m[1]);
      for (const m of line.matchAll(/\]\(([^)#]+)\)/g)) if (!/^[a-z]+:/.test(m[1]) && !/README(\.zh-CN)?\.md$/.test(m[1])) current.links.push(m[1]);
    }
  });
  for (const s of out) { s.commands.sort(); s.links.sort(); }
  return out;
}

describe('README.zh-CN.md mirrors README.md', () => {
  const en = sections('README.md');
  const zh = sections('README.zh-CN.md');

  test('the English README has the sections, code and commands this comparison relies on', () => {
    expect(en.filter((s) => s.level === 2).length).toBeGreaterThanOrEqual(10);
    expect(en.flatMap((s) => s.commands)).toContain('npm run compose');
    expect(en.flatMap((s) => s.blocks).length).toBeGreaterThanOrEqual(5);
  });

  test('both have the same sections, at the same levels, in the same order', () => {
    expect(zh.map((s) => s.level)).toEqual(en.map((s) => s.level));
  });

  test('each section carries the same code blocks and the same commands in both languages', () => {
    expect(zh.length).toBe(en.length);
    en.forEach((s, i) => {
      expect({ section: i, blocks: zh[i].blocks }).toEqual({ section: i, blocks: s.blocks });
      expect({ section: i, commands: zh[i].commands }).toEqual({ section: i, commands: s.commands });
      expect({ section: i, links: zh[i].links }).toEqual({ section: i, links: s.links });
    });
  });
});
