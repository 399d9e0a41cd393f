import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, index } from '../../../shared/migration';

/** The accountability records (考核督办); replaces the kit's placeholder table, which never held data. */
export class AccountabilityRecords1796160000000 implements MigrationInterface {
  name = 'AccountabilityRecords1796160000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.dropTable('accountability_projects', true);
    await createTable(
      qr,
      'secretary_projects',
      [
        col.id(),
        col.varchar('level', 16),
        col.varchar('region_code', 12),
        col.int('organization_id', { isNullable: true }),
        col.varchar('secretary_name', 32),
        col.int('year'),
        col.varchar('title', 100),
        col.varchar('problem', 500),
        col.text('milestones'),
        col.varchar('status', 16),
        col.int('problems_solved'),
        col.date('claimed_on'),
      ],
      [
        index('secretary_projects', ['region_code']),
        index('secretary_projects', ['organization_id']),
      ],
    );
    await createTable(
      qr,
      'project_reviews',
      [
        col.id(),
        col.int('project_id'),
        col.varchar('region_code', 12),
        col.varchar('kind', 16),
        col.date('reviewed_on'),
        col.int('score'),
        col.varchar('comment', 500),
        col.date('rectify_by', { isNullable: true }),
        col.varchar('reviewer', 64),
      ],
      [index('project_reviews', ['project_id']), index('project_reviews', ['region_code'])],
    );
    await createTable(
      qr,
      'first_secretary_assignments',
      [
        col.id(),
        col.varchar('cadre_name', 32),
        col.int('party_member_id', { isNullable: true }),
        col.varchar('home_unit', 100),
        col.varchar('home_level', 16),
        col.varchar('community_code', 12),
        col.date('term_start'),
        col.date('term_end'),
        col.text('team_members'),
        col.int('problems_solved'),
      ],
      [index('first_secretary_assignments', ['community_code'])],
    );
    await createTable(
      qr,
      'package_responsibilities',
      [
        col.id(),
        col.varchar('leader_name', 32, { isNullable: true }),
        col.varchar('unit_name', 100, { isNullable: true }),
        col.int('compound_id'),
        col.varchar('grid_code', 15),
        col.varchar('target', 16),
        col.text('duties'),
        col.date('started_on'),
      ],
      [
        index('package_responsibilities', ['compound_id']),
        index('package_responsibilities', ['grid_code']),
      ],
    );
    await createTable(
      qr,
      'package_visits',
      [
        col.id(),
        col.int('package_id'),
        col.varchar('grid_code', 15),
        col.date('visited_on'),
        col.varchar('note', 500),
      ],
      [index('package_visits', ['package_id']), index('package_visits', ['grid_code'])],
    );
    await createTable(
      qr,
      'co_building_agreements',
      [
        col.id(),
        col.varchar('unit_name', 100),
        col.int('unit_id', { isNullable: true }),
        col.varchar('region_code', 12),
        col.int('organization_id', { isNullable: true }),
        col.int('year'),
        col.text('needs'),
        col.text('resources'),
        col.text('projects'),
        col.varchar('stage', 16),
        col.date('signed_on'),
        col.date('supervised_on', { isNullable: true }),
        col.varchar('supervision_note', 500, { isNullable: true }),
        col.date('assessed_on', { isNullable: true }),
        col.int('assessment_score', { isNullable: true }),
        col.varchar('assessment_grade', 16, { isNullable: true }),
      ],
      [
        index('co_building_agreements', ['region_code']),
        index('co_building_agreements', ['organization_id']),
      ],
    );
    await createTable(
      qr,
      'task_admissions',
      [
        col.id(),
        col.varchar('district_code', 6),
        col.varchar('department_code', 16),
        col.varchar('title', 200),
        col.varchar('kind', 24),
        col.varchar('reason', 500),
        col.date('requested_on'),
        col.varchar('status', 16),
        col.date('decided_on', { isNullable: true }),
        col.varchar('decision_note', 500, { isNullable: true }),
      ],
      [index('task_admissions', ['district_code'])],
    );
    await createTable(
      qr,
      'receptions',
      [
        col.id(),
        col.varchar('community_code', 12),
        col.varchar('representative_name', 32),
        col.varchar('representative_kind', 16),
        col.date('received_on'),
        col.int('residents'),
        col.int('problems_raised'),
        col.int('problems_solved'),
        col.text('topics'),
      ],
      [index('receptions', ['community_code'])],
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of [
      'receptions',
      'task_admissions',
      'co_building_agreements',
      'package_visits',
      'package_responsibilities',
      'first_secretary_assignments',
      'project_reviews',
      'secretary_projects',
    ]) {
      await qr.dropTable(t, true);
    }
  }
}
