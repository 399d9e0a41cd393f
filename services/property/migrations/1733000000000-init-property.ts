import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, index } from '../../../shared/migration';

export class InitProperty1733000000000 implements MigrationInterface {
  name = 'InitProperty1733000000000';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'residential_compounds',
      [
        col.id(),
        col.varchar('name', 100),
        col.varchar('grid_code', 15),
        col.int('households', { default: 0 }),
        col.int('buildings', { default: 1 }),
        col.bool('old', { default: 0 }),
        col.bool('single_building', { default: 0 }),
        col.varchar('management_mode', 16),
        col.int('company_id', { isNullable: true }),
        col.date('management_since'),
        col.varchar('disclosure_from', 7, { isNullable: true }),
      ],
      [
        index('residential_compounds', ['grid_code']),
        index('residential_compounds', ['management_mode']),
        index('residential_compounds', ['company_id']),
      ],
    );
    await createTable(
      qr,
      'compound_management_changes',
      [
        col.id(),
        col.int('compound_id'),
        col.varchar('grid_code', 15),
        col.varchar('management_mode', 16),
        col.int('company_id', { isNullable: true }),
        col.date('effective_on'),
        col.varchar('note', 200, { isNullable: true }),
      ],
      [
        index('compound_management_changes', ['compound_id', 'effective_on']),
        index('compound_management_changes', ['grid_code', 'effective_on']),
        index('compound_management_changes', ['company_id']),
      ],
    );
    await createTable(
      qr,
      'property_companies',
      [
        col.id(),
        col.varchar('name', 100),
        col.varchar('credit_code', 18),
        col.varchar('region_code', 6),
        col.bool('state_owned', { default: 0 }),
        col.int('party_organization_id', { isNullable: true }),
      ],
      [
        index('property_companies', ['credit_code'], true),
        index('property_companies', ['region_code']),
        index('property_companies', ['party_organization_id']),
      ],
    );
    await createTable(
      qr,
      'owners_committees',
      [
        col.id(),
        col.int('compound_id'),
        col.varchar('grid_code', 15),
        col.date('term_start'),
        col.date('term_end'),
      ],
      [
        index('owners_committees', ['compound_id']),
        index('owners_committees', ['grid_code', 'term_end']),
      ],
    );
    await createTable(
      qr,
      'owners_committee_members',
      [
        col.id(),
        col.int('committee_id'),
        col.varchar('grid_code', 15),
        col.varchar('name', 50),
        col.varchar('phone', 20),
        col.varchar('role', 16),
        col.int('party_member_id', { isNullable: true }),
        col.bool('cross_appointed', { default: 0 }),
      ],
      [
        index('owners_committee_members', ['committee_id']),
        index('owners_committee_members', ['grid_code']),
        index('owners_committee_members', ['party_member_id']),
      ],
    );
    await this.upActivity(qr);
  }

  /** Meetings, decisions, evaluations and disclosures: the rows that accumulate month by month. */
  private async upActivity(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'linkage_meetings',
      [
        col.id(),
        col.int('compound_id'),
        col.varchar('grid_code', 15),
        col.date('held_on'),
        col.varchar('topic', 200),
        col.int('party_organization_id', { isNullable: true }),
        col.bool('residents_committee', { default: 1 }),
        col.int('owners_committee_id', { isNullable: true }),
        col.int('company_id', { isNullable: true }),
        col.text('other_parties'),
      ],
      [
        index('linkage_meetings', ['compound_id', 'held_on']),
        index('linkage_meetings', ['grid_code', 'held_on']),
      ],
    );
    await createTable(
      qr,
      'linkage_decisions',
      [
        col.id(),
        col.int('meeting_id'),
        col.varchar('grid_code', 15),
        col.varchar('content', 500),
        col.bool('follow_up_required', { default: 0 }),
        col.int('follow_up_case_id', { isNullable: true }),
      ],
      [
        index('linkage_decisions', ['meeting_id']),
        index('linkage_decisions', ['grid_code']),
        index('linkage_decisions', ['follow_up_case_id'], true),
      ],
    );
    await createTable(
      qr,
      'service_evaluations',
      [
        col.id(),
        col.int('company_id'),
        col.int('compound_id'),
        col.varchar('grid_code', 15),
        col.varchar('quarter', 6),
        col.int('score'),
        col.varchar('evaluator_kind', 24),
        col.varchar('evaluator', 100),
        col.date('evaluated_on'),
      ],
      [
        index('service_evaluations', ['company_id', 'compound_id', 'quarter'], true),
        index('service_evaluations', ['compound_id', 'quarter']),
        index('service_evaluations', ['grid_code', 'quarter']),
      ],
    );
    await createTable(
      qr,
      'fee_disclosures',
      [
        col.id(),
        col.int('compound_id'),
        col.varchar('grid_code', 15),
        col.varchar('month', 7),
        col.int('revision', { default: 0 }),
        col.int('income_cents'),
        col.int('remuneration_cents'),
        col.int('expenses_cents'),
        col.int('balance_cents'),
        col.datetime('published_at'),
        col.int('corrects_id', { isNullable: true }),
        col.varchar('correction_reason', 200, { isNullable: true }),
      ],
      [
        index('fee_disclosures', ['compound_id', 'month', 'revision'], true),
        index('fee_disclosures', ['grid_code', 'month']),
        index('fee_disclosures', ['corrects_id'], true),
      ],
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    const tables = [
      'fee_disclosures',
      'service_evaluations',
      'linkage_decisions',
      'linkage_meetings',
      'owners_committee_members',
      'owners_committees',
      'property_companies',
      'compound_management_changes',
      'residential_compounds',
    ];
    for (const t of tables) await qr.dropTable(t, true);
  }
}
