import type { CheckReport } from './run';

const PASS = '通过 PASS';
const FAIL = '未通过 FAIL';
const MAX_HINTS = 8;

const section = (title: string, ok: boolean | null) =>
  `\n${title} ... ${ok === null ? '跳过 SKIPPED' : ok ? PASS : FAIL}`;

/** The readable report: one section per check, Chinese and English headings, a verdict at the end. */
export function formatReport(r: CheckReport): string {
  const out: string[] = [];
  const c = r.composition;
  out.push(
    `子图检查 Subgraph check: "${r.name}" from ${r.kind === 'url' ? 'URL' : 'SDL file'} ${r.source}`,
  );
  out.push(
    `与当前超级图的子图组合 composed with the current supergraph's subgraphs: ${c.with.join(', ')}${c.replaces ? ` (replacing the current "${r.name}")` : ` (as a new subgraph)`}`,
  );

  out.push(section('一、组合 Composition', c.errors.length === 0));
  for (const e of c.errors) out.push(`  ✗ [${e.code}] ${e.message}`);
  c.hints.slice(0, MAX_HINTS).forEach((h) => out.push(`  提示 hint: ${h}`));
  if (c.hints.length > MAX_HINTS) out.push(`  … ${c.hints.length - MAX_HINTS} more hints`);

  const breaking = r.changes?.filter((x) => x.breaking) ?? [];
  out.push(
    section(
      '二、破坏性变更 Breaking changes against the released supergraph',
      r.changes ? breaking.length === 0 : null,
    ),
  );
  if (!r.changes) out.push('  composition failed, so there is no new API schema to compare');
  for (const x of breaking) out.push(`  ✗ ${x.message}${x.path ? ` (${x.path})` : ''}`);
  const safe = r.changes?.filter((x) => !x.breaking) ?? [];
  safe.slice(0, MAX_HINTS).forEach((x) => out.push(`  · ${x.message}`));
  if (safe.length > MAX_HINTS) out.push(`  … ${safe.length - MAX_HINTS} more non-breaking changes`);
  if (r.changes && r.changes.length === 0) out.push('  no change to the API schema');

  for (const [title, lines] of [
    ['三、实体解析 Entity resolution (_entities)', r.entities],
    ['四、网关凭证 Refuses requests without the gateway proof', r.proof],
  ] as const) {
    out.push(section(title, lines ? lines.every((l) => l.ok) : null));
    if (!lines) out.push('  only for a running subgraph (pass its URL)');
    for (const l of lines ?? []) out.push(`  ${l.ok ? '✓' : '✗'} ${l.text}`);
  }

  const problems =
    c.errors.length +
    breaking.length +
    [...(r.entities ?? []), ...(r.proof ?? [])].filter((l) => !l.ok).length +
    (r.changes ? 0 : 1);
  out.push(
    `\n结论 Result: ${r.ok ? PASS : `${FAIL} (${problems} problem${problems === 1 ? '' : 's'})`}`,
  );
  return out.join('\n');
}
