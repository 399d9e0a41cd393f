import { Column, Entity, Index } from 'typeorm';
import { Directive, ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';
import { ENTITY } from '../../../shared/foreign-entities';
import { Col } from '../../../shared/columns';

export type ManagementMode = EnumValue<typeof ManagementMode>;

/** How a compound is managed; the three Baishan models plus a professional company or nothing. */
export const ManagementMode = defineEnum(
  'ManagementMode',
  '物业管理模式 how a compound is managed',
  {
    PROFESSIONAL: '专业物业 a professional property company',
    QUASI: '准物业 community-run, low-fee, non-profit management',
    SELF_MANAGED: '居民自治 residents manage the compound themselves',
    FALLBACK: '街道社区兜底 the street or community steps in as manager of last resort',
    NONE: '无物业 no management at all',
  },
);

@Entity('residential_compounds')
@ObjectType({ description: ENTITY.ResidentialCompound.description })
@Directive('@key(fields: "id")')
@Place('gridCode')
export class ResidentialCompound {
  @Col.id(ENTITY.ResidentialCompound.keyDescription)
  id!: number;

  @Col.text(100, '名称 name')
  name!: string;

  @Col.text(15, '所在网格编码 the basic grid the compound lies in (15 digits)', { index: true })
  gridCode!: string;

  @Col.int('户数 households', { default: 0 })
  households!: number;

  @Col.int('楼栋数 buildings', { default: 1 })
  buildings!: number;

  @Col.bool('老旧小区 an old compound (built before 2000, due for renovation)', { default: false })
  old!: boolean;

  @Col.bool('单体楼 a single stand-alone building rather than a compound', { default: false })
  singleBuilding!: boolean;

  @Col.text(16, '当前管理模式 management mode now', { index: true, type: () => ManagementMode })
  managementMode!: ManagementMode;

  @Index()
  @Column({ type: 'int', nullable: true })
  companyId!: number | null;

  @Col.date('现模式起始日 the date the current mode and company took effect (YYYY-MM-DD)')
  managementSince!: string;

  @Col.text(
    7,
    '阳光酬金制起始月 first month of monthly fee disclosure (YYYY-MM); null when not in the scheme',
    { nullable: true },
  )
  disclosureFrom!: string | null;
}
