/**
 * Binzhou's multi-party assessment: a company's composite score for a quarter is the weighted mean of
 * each evaluator kind's average score, over the kinds that scored it (weights from EVALUATION_WEIGHTS;
 * a kind without a weight counts 0). Companies are ranked by it; equal composites share a rank.
 */
export interface KindRow {
  companyId: number;
  kind: string;
  n: number;
  total: number;
}
export interface CompositeRank {
  companyId: number;
  evaluations: number;
  averageScore: number;
  compositeScore: number;
  rank: number;
}

export function rankByComposite(
  rows: KindRow[],
  weights: Record<string, number>,
  limit: number,
): CompositeRank[] {
  const byCompany = new Map<number, KindRow[]>();
  for (const r of rows) byCompany.set(r.companyId, [...(byCompany.get(r.companyId) ?? []), r]);
  const ranked = [...byCompany].map(([companyId, kinds]) => {
    const n = kinds.reduce((s, k) => s + k.n, 0);
    const total = kinds.reduce((s, k) => s + k.total, 0);
    const weight = kinds.reduce((s, k) => s + (weights[k.kind] ?? 0), 0);
    const weighted = kinds.reduce((s, k) => s + (weights[k.kind] ?? 0) * (k.total / k.n), 0);
    // No weighted kind scored it: the plain average stands in.
    const compositeScore = weight > 0 ? weighted / weight : total / n;
    return { companyId, evaluations: n, averageScore: total / n, compositeScore, rank: 0 };
  });
  ranked.sort((a, b) => b.compositeScore - a.compositeScore || a.companyId - b.companyId);
  const top = ranked.slice(0, limit);
  top.forEach(
    (r, i) =>
      (r.rank = i > 0 && r.compositeScore === top[i - 1].compositeScore ? top[i - 1].rank : i + 1),
  );
  return top;
}
