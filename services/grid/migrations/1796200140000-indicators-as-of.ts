import type { MigrationInterface, QueryRunner } from 'typeorm';
import { index } from '../../../shared/migration';

const OLD = {
  workers: index('grid_workers', ['grid_code', 'ended_on', 'role']),
  cases: index('cases', ['grid_code', 'state', 'due_at', 'satisfaction', 'closed_after_seconds']),
  median: index('cases', ['grid_code', 'closed_after_seconds']),
};
const NEW = {
  workers: index('grid_workers', ['grid_code', 'role', 'started_on', 'ended_on']),
  cases: index('cases', [
    'grid_code',
    'state',
    'reported_at',
    'closed_at',
    'state_entered_at',
    'due_at',
    'satisfaction',
  ]),
  median: index('cases', ['grid_code', 'closed_after_seconds', 'closed_at']),
};

/** Region indicators read as of a day (Region.gridIndicators(asOf:)): the covering indexes carry the dates they filter on. */
export class IndicatorsAsOf1796200140000 implements MigrationInterface {
  name = 'IndicatorsAsOf1796200140000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createIndex('grid_workers', NEW.workers);
    await qr.dropIndex('grid_workers', OLD.workers.name!);
    await qr.createIndex('cases', NEW.cases);
    await qr.dropIndex('cases', OLD.cases.name!);
    await qr.createIndex('cases', NEW.median);
    await qr.dropIndex('cases', OLD.median.name!);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.createIndex('grid_workers', OLD.workers);
    await qr.dropIndex('grid_workers', NEW.workers.name!);
    await qr.createIndex('cases', OLD.cases);
    await qr.dropIndex('cases', NEW.cases.name!);
    await qr.createIndex('cases', OLD.median);
    await qr.dropIndex('cases', NEW.median.name!);
  }
}
