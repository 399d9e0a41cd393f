import { Field, InputType, Int } from 'type-graphql';
import { In } from 'typeorm';
import { ManagementMode, ResidentialCompound } from './compound.entity';
import { CompoundManagementChange } from './management-change.entity';
import { PropertyCompany } from '../company/company.entity';
import { creditCodeProblem } from '../company/credit-code';
import { bulkImportResolver, reject, type BulkSpec } from '../../../shared/bulk-upsert';
import { dateProblem } from '../../../shared/cell-checks';
import { isGridCode } from '../../../shared/codes';

@InputType({
  description: '小区台账行 one row of a compound spreadsheet, matched on grid code and name',
})
export class CompoundImportRow {
  @Field(() => Int, { description: '行号 the spreadsheet row, named in rejections' })
  row!: number;

  @Field({ description: '名称 name' })
  name!: string;

  @Field({ description: '所在网格编码 the basic grid (15 digits)' })
  gridCode!: string;

  @Field(() => Int, { description: '户数 households' })
  households!: number;

  @Field(() => Int, { description: '楼栋数 buildings' })
  buildings!: number;

  @Field({ description: '老旧小区 an old compound' })
  old!: boolean;

  @Field({ description: '单体楼 a single building' })
  singleBuilding!: boolean;

  @Field(() => ManagementMode, { description: '当前管理模式 management mode' })
  managementMode!: ManagementMode;

  @Field(() => String, {
    nullable: true,
    description:
      "物业企业统一社会信用代码 the company's credit code (professional or quasi management)",
  })
  companyCreditCode?: string | null;

  @Field({ description: '现模式起始日 mode in effect since (YYYY-MM-DD)' })
  managementSince!: string;
}

type Refs = Map<string, { id: number }>;
const key = (x: { gridCode: string; name: string }) => `${x.gridCode}|${x.name}`;

const SPEC: BulkSpec<CompoundImportRow, ResidentialCompound, Refs> = {
  entity: ResidentialCompound,
  roles: ['CITY_ADMIN', 'STREET_STAFF', 'COMMUNITY_STAFF', 'SERVICE'],
  inputKey: key,
  storedKey: key,
  where: (c) => ({ id: c.id }),
  async prepare(em, rows) {
    const existing = await em.findBy(ResidentialCompound, {
      gridCode: In([...new Set(rows.map((r) => r.gridCode))]),
      name: In([...new Set(rows.map((r) => r.name))]),
    });
    const codes = [
      ...new Set(rows.map((r) => r.companyCreditCode).filter((c): c is string => Boolean(c))),
    ];
    // A company is a public record (readable wherever registered); read as raw ids so the row guard's
    // write-side check does not take a district-registered company for a row the street writes.
    const companies: { id: number; creditCode: string }[] = codes.length
      ? await em
          .createQueryBuilder(PropertyCompany, 'c')
          .select('c.id', 'id')
          .addSelect('c.credit_code', 'creditCode')
          .where({ creditCode: In(codes) })
          .getRawMany()
      : [];
    return { existing, refs: new Map(companies.map((c) => [c.creditCode, { id: Number(c.id) }])) };
  },
  values(r, companies, existing) {
    if (!isGridCode(r.gridCode))
      return reject('gridCode', `grid code "${r.gridCode}" must be 15 digits`);
    if (dateProblem(r.managementSince))
      return reject('managementSince', dateProblem(r.managementSince)!);
    let companyId: number | null = null;
    if (r.companyCreditCode) {
      const problem = creditCodeProblem(r.companyCreditCode);
      if (problem) return reject('companyCreditCode', problem);
      const company = companies.get(r.companyCreditCode);
      if (!company)
        return reject(
          'companyCreditCode',
          `no property company has the credit code ${r.companyCreditCode}`,
        );
      companyId = company.id;
    }
    if (r.managementMode === ManagementMode.PROFESSIONAL && companyId === null)
      return reject('companyCreditCode', 'a PROFESSIONAL compound needs its company');
    for (const k of ['households', 'buildings'] as const)
      if (r[k] < 0) return reject(k, `${k} cannot be negative`);
    if (
      existing &&
      (existing.managementMode !== r.managementMode || existing.companyId !== companyId)
    ) {
      return reject(
        'managementMode',
        'a change of mode or company goes through changeCompoundManagement, which keeps the history',
      );
    }
    const values = {
      name: r.name,
      gridCode: r.gridCode,
      households: r.households,
      buildings: r.buildings,
      old: r.old,
      singleBuilding: r.singleBuilding,
    };
    return {
      place: r.gridCode,
      values: existing
        ? values
        : {
            ...values,
            managementMode: r.managementMode,
            companyId,
            managementSince: r.managementSince,
          },
    };
  },
  async afterCreate(em, created) {
    await em.insert(
      CompoundManagementChange,
      created.map((c) => ({
        compoundId: Number(c.id),
        gridCode: c.gridCode!,
        managementMode: c.managementMode!,
        companyId: c.companyId ?? null,
        effectiveOn: c.managementSince!,
        note: '台账导入 spreadsheet import',
      })),
    );
  },
};

export const CompoundImport = bulkImportResolver({
  mutation: 'importCompounds',
  description:
    '小区台账导入 upsert up to 500 spreadsheet rows by grid and name, all or nothing; dryRun checks and rolls back',
  row: CompoundImportRow,
  placeField: 'gridCode',
  spec: SPEC,
});
