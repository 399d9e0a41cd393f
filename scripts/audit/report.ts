import type { AuditData } from './data';
import { checkReferences } from './references';
import { checkOrdering } from './ordering';
import { checkAccountabilityReferences } from './accountability-references';
import { checkAccountabilityOrdering } from './accountability-ordering';
import type { Violation } from './violation';

export type { Violation } from './violation';

/** Every violation of the federated data: cross-subgraph references first, then ordering. */
export const audit = (d: AuditData): Violation[] => [
  ...checkReferences(d),
  ...checkAccountabilityReferences(d),
  ...checkOrdering(d),
  ...checkAccountabilityOrdering(d),
];

/** The report a person reads: a count per street and kind, then every violation, one a line. */
export function formatReport(
  violations: Violation[],
  names: Map<string, string> = new Map(),
): string {
  const lines = [`${violations.length} violations`];
  const byStreet = new Map<string, Violation[]>();
  for (const v of violations)
    (
      byStreet.get(v.code.slice(0, 9)) ??
      byStreet.set(v.code.slice(0, 9), []).get(v.code.slice(0, 9))!
    ).push(v);
  for (const [street, list] of [...byStreet].sort((a, b) => a[0].localeCompare(b[0]))) {
    const kinds = new Map<string, number>();
    for (const v of list) kinds.set(v.kind, (kinds.get(v.kind) ?? 0) + 1);
    lines.push(
      '',
      `${street} ${names.get(street) ?? ''}: ${list.length} (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')})`,
    );
    for (const v of list) lines.push(`  ${v.kind}  ${v.code}  ${v.subject}: ${v.detail}`);
  }
  return lines.join('\n');
}
