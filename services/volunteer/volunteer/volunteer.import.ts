import { Field, InputType, Int } from 'type-graphql';
import { In } from 'typeorm';
import { Volunteer } from './volunteer.entity';
import { PointsBalance } from '../points/points.entity';
import { bulkImportResolver, reject, type BulkSpec } from '../../../shared/bulk-upsert';
import { phoneProblem } from '../../../shared/cell-checks';

@InputType({
  description:
    '志愿者台账行 one row of a volunteer spreadsheet, matched on the phone number (a person exists once)',
})
export class VolunteerImportRow {
  @Field(() => Int, { description: '行号 the spreadsheet row, named in rejections' })
  row!: number;

  @Field({ description: '姓名 name' })
  name!: string;

  @Field({ description: '电话 phone: the natural key' })
  phone!: string;

  @Field({ description: '登记社区代码 the 12-digit community registered in' })
  communityCode!: string;
}

const SPEC: BulkSpec<VolunteerImportRow, Volunteer, null> = {
  entity: Volunteer,
  roles: ['CITY_ADMIN', 'STREET_STAFF', 'COMMUNITY_STAFF', 'SERVICE'],
  inputKey: (r) => r.phone,
  storedKey: (v) => v.phone,
  where: (v) => ({ id: v.id }),
  async prepare(em, rows) {
    return {
      existing: await em.findBy(Volunteer, { phone: In(rows.map((r) => r.phone)) }),
      refs: null,
    };
  },
  values(r, _refs, existing) {
    if (phoneProblem(r.phone)) return reject('phone', phoneProblem(r.phone)!);
    if (!/^\d{12}$/.test(r.communityCode))
      return reject('communityCode', `"${r.communityCode}" is not a 12-digit community code`);
    const values = { name: r.name, phone: r.phone, regionCode: r.communityCode };
    return {
      place: r.communityCode,
      values: existing ? values : { ...values, registeredAt: new Date(), partyMemberId: null },
    };
  },
  async afterCreate(em, created) {
    // Registration opens the points account (积分账户), as registerVolunteer does.
    await em.insert(
      PointsBalance,
      created.map((v) => ({ volunteerId: Number(v.id), balance: 0, regionCode: v.regionCode! })),
    );
  },
};

export const VolunteerImport = bulkImportResolver({
  mutation: 'importVolunteers',
  description:
    '志愿者台账导入 upsert up to 500 spreadsheet rows by phone, all or nothing; dryRun checks and rolls back',
  row: VolunteerImportRow,
  placeField: 'communityCode',
  spec: SPEC,
});
