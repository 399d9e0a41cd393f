import { Entity } from 'typeorm';
import { Directive, ObjectType } from 'type-graphql';
import { Place, PublicRecord } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';
import { Col, WithRecordId } from '../../../shared/columns';

export type PartyUnitKind = EnumValue<typeof PartyUnitKind>;

export const PartyUnitKind = defineEnum('PartyUnitKind', '单位类别 kind of resident unit', {
  ORGAN: '机关 government organ',
  INSTITUTION: '事业单位 public institution (school, hospital, ...)',
  STATE_OWNED: '国有企业 state-owned enterprise',
  NON_PUBLIC: '非公企业 private enterprise',
  SOCIAL_ORGANIZATION: '社会组织 social organisation',
});

/** A resident unit (驻区单位) that reports to communities and grids and joins alliances. */
@Entity('party_units')
@ObjectType({
  description:
    '驻区单位 Resident unit: reports to communities and grids (双报到) and joins alliances',
})
@Directive('@key(fields: "id")')
@Place('regionCode')
@PublicRecord()
export class PartyUnit extends WithRecordId {
  @Col.text(100, '名称 name')
  name!: string;

  @Col.text(24, '类别 kind', { type: () => PartyUnitKind })
  kind!: PartyUnitKind;

  @Col.text(12, '所在区划 region code where the unit sits', { index: true })
  regionCode!: string;
}
