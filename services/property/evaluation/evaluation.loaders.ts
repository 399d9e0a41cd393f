import type { DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type LoaderOptions } from '../../../shared/loaders';
import { ServiceEvaluation } from './evaluation.entity';

export interface ScorePointRow {
  companyId: number;
  quarter: string;
  evaluations: number;
  averageScore: number;
}

export function createEvaluationLoaders(ds: DataSource, options: LoaderOptions) {
  const evaluations = ds.getRepository(ServiceEvaluation);
  return {
    // The newest quarter per compound in one statement; ties (two companies in a quarter) go to the later row.
    latestEvaluationByCompoundId: keyedLoader<number, ServiceEvaluation>(
      (ids) =>
        evaluations
          .createQueryBuilder('e')
          .where('e.compound_id IN (:...ids)', { ids: [...ids] })
          .andWhere(
            'NOT EXISTS (SELECT 1 FROM service_evaluations n WHERE n.compound_id = e.compound_id AND (n.quarter > e.quarter OR (n.quarter = e.quarter AND n.id > e.id)))',
          )
          .getMany(),
      (e) => e.compoundId,
      options,
    ),
    scoreTrendByCompanyId: groupedLoader<number, ScorePointRow>(
      async (ids) => {
        const rows: {
          company_id: number;
          quarter: string;
          n: number | string;
          total: number | string;
        }[] = await ds.query(
          `SELECT company_id, quarter, COUNT(*) AS n, SUM(score) AS total FROM service_evaluations
           WHERE company_id IN (${ids.map(() => '?').join(', ')}) GROUP BY company_id, quarter ORDER BY quarter`,
          [...ids],
        );
        return rows.map((r) => ({
          companyId: Number(r.company_id),
          quarter: r.quarter,
          evaluations: Number(r.n),
          averageScore: Number(r.total) / Number(r.n),
        }));
      },
      (r) => r.companyId,
      options,
    ),
  };
}
