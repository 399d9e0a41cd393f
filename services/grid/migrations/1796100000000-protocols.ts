import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TableColumn } from 'typeorm';
import { col, createTable, index } from '../../../shared/migration';

/** Open311 coordinates and photos, the case's grid worker, and the webhook endpoints and outbox. */
export class Protocols1796100000000 implements MigrationInterface {
  name = 'Protocols1796100000000';

  async up(qr: QueryRunner): Promise<void> {
    // SQLite spells int as integer, as createTable does.
    const int = qr.connection.driver.options.type === 'better-sqlite3' ? 'integer' : 'int';
    await qr.addColumns('cases', [
      new TableColumn({ name: 'latitude', type: 'double', isNullable: true }),
      new TableColumn({ name: 'longitude', type: 'double', isNullable: true }),
      new TableColumn({ name: 'media_url', type: 'varchar', length: '500', isNullable: true }),
      new TableColumn({ name: 'assignee_id', type: int, isNullable: true }),
    ]);
    await qr.createIndex('cases', index('cases', ['assignee_id']));
    await createTable(
      qr,
      'webhook_endpoints',
      [
        col.id(),
        col.int('department_id'),
        col.varchar('url', 500),
        col.varchar('secret', 200),
        col.bool('active', { default: 1 }),
        col.varchar('created_by', 64),
        col.datetime('created_at'),
      ],
      [index('webhook_endpoints', ['department_id'])],
    );
    await createTable(
      qr,
      'webhook_deliveries',
      [
        col.id(),
        col.int('endpoint_id'),
        col.int('event_id'),
        col.varchar('event_type', 32),
        col.text('payload'),
        col.varchar('state', 16),
        col.int('attempts', { default: 0 }),
        col.datetime('next_attempt_at'),
        col.int('last_status', { isNullable: true }),
        col.varchar('last_error', 300, { isNullable: true }),
        col.datetime('created_at'),
        col.datetime('delivered_at', { isNullable: true }),
      ],
      [
        index('webhook_deliveries', ['state', 'next_attempt_at']),
        index('webhook_deliveries', ['endpoint_id', 'event_id'], true),
      ],
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('webhook_deliveries', true);
    await qr.dropTable('webhook_endpoints', true);
    await qr.dropIndex('cases', index('cases', ['assignee_id']).name!);
    for (const c of ['assignee_id', 'media_url', 'longitude', 'latitude'])
      await qr.dropColumn('cases', c);
  }
}
