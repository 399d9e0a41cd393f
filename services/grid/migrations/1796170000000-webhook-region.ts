import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TableColumn } from 'typeorm';

/** A webhook endpoint covers the region it was registered for: deliveries only for cases under it. */
export class WebhookRegion1796170000000 implements MigrationInterface {
  name = 'WebhookRegion1796170000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn(
      'webhook_endpoints',
      new TableColumn({ name: 'region_code', type: 'varchar', length: '15', default: "''" }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropColumn('webhook_endpoints', 'region_code');
  }
}
