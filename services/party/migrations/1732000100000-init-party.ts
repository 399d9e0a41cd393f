import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, index } from '../../../shared/migration';

export class InitParty1732000100000 implements MigrationInterface {
  name = 'InitParty1732000100000';

  async up(qr: QueryRunner): Promise<void> {
    const t = 'party_organizations';
    await createTable(
      qr,
      t,
      [
        col.id(),
        col.varchar('name', 100),
        col.varchar('level', 32),
        col.int('parent_id', { isNullable: true }),
        col.varchar('path', 100),
        col.varchar('region_code', 12),
        col.varchar('grid_code', 15, { isNullable: true }),
        col.varchar('grid_kind', 16, { isNullable: true }),
        col.varchar('building_label', 50, { isNullable: true }),
        col.varchar('secretary', 50, { isNullable: true }),
        col.int('version', { default: 1 }),
      ],
      [
        index(t, ['level']),
        index(t, ['parent_id']),
        index(t, ['path'], true),
        index(t, ['grid_code']),
        index(t, ['region_code', 'level']),
      ],
    );

    const m = 'party_members';
    await createTable(
      qr,
      m,
      [
        col.id(),
        col.varchar('name', 50),
        col.varchar('phone', 20, { isNullable: true }),
        col.varchar('address', 200, { isNullable: true }),
        col.int('organization_id'),
        col.varchar('status', 16),
        col.bool('center_household', { default: 0 }),
        col.varchar('grid_code', 15, { isNullable: true }),
        col.varchar('region_code', 12),
        col.date('joined_on'),
        col.int('version', { default: 1 }),
      ],
      [
        index(m, ['organization_id']),
        index(m, ['status']),
        index(m, ['region_code', 'status']),
        index(m, ['grid_code', 'center_household']),
      ],
    );

    const tr = 'party_member_transfers';
    await createTable(
      qr,
      tr,
      [
        col.id(),
        col.int('member_id'),
        col.int('from_organization_id'),
        col.int('to_organization_id'),
        col.varchar('from_region_code', 12),
        col.varchar('to_region_code', 12),
        col.varchar('reason', 24),
        col.date('transferred_on'),
        col.varchar('note', 200, { isNullable: true }),
      ],
      [index(tr, ['member_id']), index(tr, ['to_region_code'])],
    );

    await createTable(
      qr,
      'party_units',
      [col.id(), col.varchar('name', 100), col.varchar('kind', 24), col.varchar('region_code', 12)],
      [index('party_units', ['region_code'])],
    );

    const d = 'party_dual_reports';
    await createTable(
      qr,
      d,
      [
        col.id(),
        col.varchar('reporter_kind', 8),
        col.int('member_id', { isNullable: true }),
        col.int('unit_id', { isNullable: true }),
        col.varchar('target', 12),
        col.varchar('region_code', 12),
        col.varchar('grid_code', 15, { isNullable: true }),
        col.varchar('building_label', 50, { isNullable: true }),
        col.date('reported_on'),
        col.date('ended_on', { isNullable: true }),
        col.text('offers'),
      ],
      [
        index(d, ['member_id']),
        index(d, ['unit_id']),
        index(d, ['region_code', 'ended_on', 'target', 'reporter_kind']),
        index(d, ['grid_code', 'ended_on']),
      ],
    );

    await createTable(
      qr,
      'party_alliances',
      [
        col.id(),
        col.varchar('name', 100),
        col.varchar('region_code', 12),
        col.int('lead_organization_id', { isNullable: true }),
        col.date('founded_on'),
      ],
      [index('party_alliances', ['region_code'])],
    );

    const am = 'party_alliance_members';
    await createTable(
      qr,
      am,
      [
        col.id(),
        col.int('alliance_id'),
        col.int('unit_id'),
        col.varchar('region_code', 12),
        col.date('joined_on'),
        col.text('co_building'),
        col.text('resource_sharing'),
        col.text('affairs_consultation'),
        col.text('talent_development'),
      ],
      [
        index(am, ['unit_id']),
        index(am, ['region_code']),
        index(am, ['alliance_id', 'unit_id'], true),
      ],
    );

    const j = 'party_joint_committee_members';
    await createTable(
      qr,
      j,
      [
        col.id(),
        col.int('organization_id'),
        col.int('unit_id'),
        col.varchar('name', 50),
        col.varchar('position', 50),
        col.varchar('region_code', 12),
      ],
      [index(j, ['organization_id']), index(j, ['unit_id']), index(j, ['region_code'])],
    );

    const s = 'party_service_stations';
    await createTable(
      qr,
      s,
      [
        col.id(),
        col.varchar('name', 100),
        col.varchar('kind', 8),
        col.varchar('region_code', 12),
        col.varchar('grid_code', 15, { isNullable: true }),
        col.varchar('grid_kind', 16, { isNullable: true }),
        col.int('floor_area'),
        col.date('opened_on'),
      ],
      [index(s, ['region_code']), index(s, ['grid_code'])],
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of [
      'party_service_stations',
      'party_joint_committee_members',
      'party_alliance_members',
      'party_alliances',
      'party_dual_reports',
      'party_units',
      'party_member_transfers',
      'party_members',
      'party_organizations',
    ])
      await qr.dropTable(t, true);
  }
}
