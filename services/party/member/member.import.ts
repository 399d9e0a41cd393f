import { Field, InputType, Int } from 'type-graphql';
import { In } from 'typeorm';
import { PartyMember, PartyMemberStatus } from './member.entity';
import { PartyOrganization } from '../organization/organization.entity';
import { bulkImportResolver, reject, type BulkSpec } from '../../../shared/bulk-upsert';
import { dateProblem, idNumberProblem, phoneProblem } from '../../../shared/cell-checks';
import { isGridCode } from '../../../shared/codes';

@InputType({
  description: '党员台账行 one row of a party-member spreadsheet, matched on the ID number',
})
export class PartyMemberImportRow {
  @Field(() => Int, { description: '行号 the spreadsheet row, named in rejections' })
  row!: number;

  @Field({ description: '姓名 name' })
  name!: string;

  @Field({ description: '身份证号 18-digit ID number: the natural key' })
  idNumber!: string;

  @Field(() => String, { nullable: true, description: '电话 phone' })
  phone?: string | null;

  @Field({ description: "所在党组织 the name of the organisation holding the member's relation" })
  organization!: string;

  @Field(() => PartyMemberStatus, { description: '状态 status' })
  status!: PartyMemberStatus;

  @Field({ description: '党员中心户 a centre household' })
  centerHousehold!: boolean;

  @Field(() => String, {
    nullable: true,
    description: '纳入管理的网格 the grid code the member is managed in (15 digits)',
  })
  gridCode?: string | null;

  @Field({ description: '入党日期 joined on (YYYY-MM-DD)' })
  joinedOn!: string;

  @Field(() => String, { nullable: true, description: '住址 address' })
  address?: string | null;
}

const SPEC: BulkSpec<PartyMemberImportRow, PartyMember, Map<string, PartyOrganization[]>> = {
  entity: PartyMember,
  roles: ['CITY_ADMIN', 'STREET_STAFF', 'COMMUNITY_STAFF', 'SERVICE'],
  inputKey: (r) => r.idNumber,
  storedKey: (m) => m.idNumber ?? '',
  where: (m) => ({ id: m.id }),
  async prepare(em, rows) {
    const existing = await em.findBy(PartyMember, { idNumber: In(rows.map((r) => r.idNumber)) });
    const orgs = await em.findBy(PartyOrganization, {
      name: In([...new Set(rows.map((r) => r.organization))]),
    });
    const byName = new Map<string, PartyOrganization[]>();
    for (const o of orgs) byName.set(o.name, [...(byName.get(o.name) ?? []), o]);
    return { existing, refs: byName };
  },
  values(r, orgs) {
    const problem = idNumberProblem(r.idNumber);
    if (problem) return reject('idNumber', problem);
    if (r.phone && phoneProblem(r.phone)) return reject('phone', phoneProblem(r.phone)!);
    if (dateProblem(r.joinedOn)) return reject('joinedOn', dateProblem(r.joinedOn)!);
    if (r.gridCode && !isGridCode(r.gridCode))
      return reject('gridCode', `grid code "${r.gridCode}" must be 15 digits`);
    const found = orgs.get(r.organization) ?? [];
    if (found.length !== 1)
      return reject(
        'organization',
        found.length
          ? `${found.length} organisations are named "${r.organization}"`
          : `no organisation is named "${r.organization}"`,
      );
    const org = found[0];
    const gridCode = r.gridCode || org.gridCode;
    if (gridCode && !gridCode.startsWith(org.regionCode))
      return reject(
        'gridCode',
        `grid ${gridCode} does not lie under ${org.name} (${org.regionCode})`,
      );
    return {
      place: gridCode ?? org.regionCode,
      values: {
        name: r.name,
        idNumber: r.idNumber,
        phone: r.phone || null,
        address: r.address || null,
        organizationId: org.id,
        status: r.status,
        centerHousehold: r.centerHousehold,
        gridCode: gridCode ?? null,
        regionCode: org.regionCode,
        joinedOn: r.joinedOn,
      },
    };
  },
};

export const PartyMemberImport = bulkImportResolver({
  mutation: 'importPartyMembers',
  description:
    '党员台账导入 upsert up to 500 spreadsheet rows by ID number, all or nothing; dryRun checks and rolls back',
  row: PartyMemberImportRow,
  placeField: 'gridCode',
  spec: SPEC,
});
