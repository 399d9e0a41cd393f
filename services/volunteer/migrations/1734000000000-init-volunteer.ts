import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, index } from '../../../shared/migration';

const TABLES = [
  'service_projects',
  'unit_resources',
  'resident_needs',
  'micro_wishes',
  'points_rates',
  'points_balances',
  'points_entries',
  'participations',
  'service_activities',
  'volunteer_team_members',
  'volunteers',
  'volunteer_teams',
];

export class InitVolunteer1734000000000 implements MigrationInterface {
  name = 'InitVolunteer1734000000000';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'volunteer_teams',
      [
        col.id(),
        col.varchar('name', 100),
        col.varchar('category', 20),
        col.varchar('region_code', 12),
        col.varchar('grid_code', 15, { isNullable: true }),
        col.int('leader_volunteer_id', { isNullable: true }),
        col.datetime('founded_at'),
      ],
      [
        index('volunteer_teams', ['region_code', 'category']),
        index('volunteer_teams', ['grid_code']),
      ],
    );
    await createTable(
      qr,
      'volunteers',
      [
        col.id(),
        col.varchar('name', 50),
        col.varchar('phone', 20),
        col.varchar('region_code', 12),
        col.int('party_member_id', { isNullable: true }),
        col.datetime('registered_at'),
      ],
      [index('volunteers', ['region_code']), index('volunteers', ['party_member_id'])],
    );
    await createTable(
      qr,
      'volunteer_team_members',
      [col.id(), col.int('team_id'), col.int('volunteer_id'), col.varchar('region_code', 12)],
      [
        index('volunteer_team_members', ['team_id', 'volunteer_id'], true),
        index('volunteer_team_members', ['volunteer_id']),
        index('volunteer_team_members', ['region_code']),
      ],
    );
    await createTable(
      qr,
      'service_activities',
      [
        col.id(),
        col.int('team_id'),
        col.varchar('title', 200),
        col.varchar('region_code', 12),
        col.varchar('grid_code', 15, { isNullable: true }),
        col.datetime('starts_at'),
        col.datetime('ends_at'),
        col.int('capacity'),
        col.int('signed_up', { default: 0 }),
      ],
      [
        index('service_activities', ['team_id']),
        index('service_activities', ['region_code']),
        index('service_activities', ['grid_code', 'starts_at']),
      ],
    );
    await createTable(
      qr,
      'participations',
      [
        col.id(),
        col.int('activity_id'),
        col.int('volunteer_id'),
        col.varchar('region_code', 12),
        col.varchar('state', 16),
        col.int('minutes', { isNullable: true }),
        col.varchar('verified_by_role', 16, { isNullable: true }),
        col.varchar('verified_by', 50, { isNullable: true }),
        col.datetime('verified_at', { isNullable: true }),
        col.datetime('signed_up_at'),
      ],
      [
        index('participations', ['activity_id', 'volunteer_id'], true),
        index('participations', ['volunteer_id', 'state']),
        index('participations', ['region_code', 'state']),
      ],
    );
    await createTable(
      qr,
      'points_entries',
      [
        col.id(),
        col.int('volunteer_id'),
        col.varchar('kind', 10),
        col.int('points'),
        col.varchar('region_code', 12),
        col.int('participation_id', { isNullable: true }),
        col.int('reverses_entry_id', { isNullable: true }),
        col.varchar('note', 200, { isNullable: true }),
        col.datetime('created_at'),
      ],
      [
        index('points_entries', ['volunteer_id']),
        index('points_entries', ['region_code', 'kind']),
        index('points_entries', ['participation_id'], true),
        index('points_entries', ['reverses_entry_id'], true),
      ],
    );
    await createTable(
      qr,
      'points_balances',
      [
        col.int('volunteer_id', { isPrimary: true }),
        col.int('balance', { default: 0 }),
        col.varchar('region_code', 12),
      ],
      [index('points_balances', ['region_code'])],
    );
    await createTable(qr, 'points_rates', [
      col.varchar('region_code', 12, { isPrimary: true }),
      col.int('points_per_hour'),
    ]);
    await createTable(
      qr,
      'micro_wishes',
      [
        col.id(),
        col.varchar('title', 200),
        col.varchar('resident_name', 50),
        col.varchar('grid_code', 15),
        col.varchar('state', 12),
        col.varchar('claimant_kind', 12, { isNullable: true }),
        col.int('claimant_member_id', { isNullable: true }),
        col.int('claimant_unit_id', { isNullable: true }),
        col.varchar('claimant_unit_name', 100, { isNullable: true }),
        col.datetime('posted_at'),
        col.datetime('claimed_at', { isNullable: true }),
        col.datetime('fulfilled_at', { isNullable: true }),
        col.datetime('confirmed_at', { isNullable: true }),
      ],
      [
        index('micro_wishes', ['grid_code', 'state']),
        index('micro_wishes', ['claimant_member_id']),
        index('micro_wishes', ['claimant_unit_id']),
      ],
    );
    await createTable(
      qr,
      'resident_needs',
      [
        col.id(),
        col.varchar('title', 200),
        col.varchar('category', 20),
        col.varchar('region_code', 12),
        col.varchar('grid_code', 15, { isNullable: true }),
        col.varchar('state', 10),
        col.datetime('recorded_at'),
      ],
      [index('resident_needs', ['region_code', 'state'])],
    );
    await createTable(
      qr,
      'unit_resources',
      [
        col.id(),
        col.int('unit_id', { isNullable: true }),
        col.varchar('unit_name', 100),
        col.varchar('title', 200),
        col.varchar('category', 20),
        col.varchar('region_code', 12),
        col.datetime('offered_at'),
      ],
      [index('unit_resources', ['region_code'])],
    );
    await createTable(
      qr,
      'service_projects',
      [
        col.id(),
        col.varchar('title', 200),
        col.int('need_id'),
        col.int('resource_id'),
        col.int('team_id', { isNullable: true }),
        col.varchar('region_code', 12),
        col.datetime('created_at'),
      ],
      [
        index('service_projects', ['need_id'], true),
        index('service_projects', ['resource_id']),
        index('service_projects', ['region_code']),
      ],
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of TABLES) await qr.dropTable(t, true);
  }
}
