import type { MigrationInterface, QueryRunner } from 'typeorm';
import { index } from '../../../shared/migration';

/** One evaluation per evaluator kind (Binzhou's multi-party assessment), not one per company, compound and quarter. */
export class EvaluationPerKind1796000000001 implements MigrationInterface {
  name = 'EvaluationPerKind1796000000001';

  async up(qr: QueryRunner): Promise<void> {
    await qr.dropIndex(
      'service_evaluations',
      index('service_evaluations', ['company_id', 'compound_id', 'quarter'], true).name!,
    );
    await qr.createIndex(
      'service_evaluations',
      index(
        'service_evaluations',
        ['company_id', 'compound_id', 'quarter', 'evaluator_kind'],
        true,
      ),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex(
      'service_evaluations',
      index('service_evaluations', ['company_id', 'compound_id', 'quarter', 'evaluator_kind'], true)
        .name!,
    );
    await qr.createIndex(
      'service_evaluations',
      index('service_evaluations', ['company_id', 'compound_id', 'quarter'], true),
    );
  }
}
