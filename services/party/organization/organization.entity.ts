import { Column, Entity, Index } from 'typeorm';
import { Directive, ObjectType } from 'type-graphql';
import { Place, PublicRecord } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';
import { ENTITY } from '../../../shared/foreign-entities';
import { Col } from '../../../shared/columns';

export type PartyOrganizationLevel = EnumValue<typeof PartyOrganizationLevel>;
export type PartyGridKind = EnumValue<typeof PartyGridKind>;

/** The five-level chain under the city and district committees, plus the kinds that sit beside it. */
export const PartyOrganizationLevel = defineEnum(
  'PartyOrganizationLevel',
  '党组织层级 level or kind of a party organisation',
  {
    CITY_COMMITTEE: '市委 city committee',
    DISTRICT_COMMITTEE: '区委 district (county) committee',
    STREET_WORKING_COMMITTEE: '街道党工委 street working committee',
    COMMUNITY_COMMITTEE: '社区党委/党总支 community committee',
    GRID_BRANCH: '网格(小区)党支部 grid (compound) branch',
    BUILDING_GROUP: '楼栋党小组 building group',
    JOINT_COMMITTEE:
      '大工委/联合党委 joint committee of a street or community, with part-time members from resident units',
    INDUSTRY: '行业党委 industry committee',
    ENTERPRISE: "企业党组织 enterprise organisation, e.g. a property company's",
  },
);

/** What kind of grid a grid-tied organisation or station serves; coverage counts residential (basic) grids only. */
export const PartyGridKind = defineEnum(
  'PartyGridKind',
  '网格类别 kind of grid a party organisation or station serves',
  {
    RESIDENTIAL: '居民网格 a basic (residential, compound) grid',
    DEDICATED: '专属网格 a dedicated grid: school, hospital, market, business district',
  },
);

@Entity('party_organizations')
@Index(['regionCode', 'level'])
@ObjectType({ description: ENTITY.PartyOrganization.description })
@Directive('@key(fields: "id")')
@Place('gridCode', 'regionCode')
@PublicRecord()
export class PartyOrganization {
  @Col.id(ENTITY.PartyOrganization.keyDescription)
  id!: number;

  @Col.text(100, '名称 name')
  name!: string;

  @Col.text(32, '层级 level or kind', { index: true, type: () => PartyOrganizationLevel })
  level!: PartyOrganizationLevel;

  @Index()
  @Column({ type: 'int', nullable: true })
  parentId!: number | null;

  /** Materialised path: 8-digit ids from the root down to this node, so subtree = a prefix range. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100 })
  path!: string;

  @Col.text(12, '所在区划代码 the region it serves (a grid-tied organisation stores its community)')
  regionCode!: string;

  @Col.text(15, '所在网格编码 the grid it serves (grid branches and building groups)', {
    nullable: true,
    index: true,
  })
  gridCode!: string | null;

  @Col.text(16, '网格类别 kind of grid served, for grid-tied organisations', {
    nullable: true,
    type: () => PartyGridKind,
  })
  gridKind!: PartyGridKind | null;

  @Col.text(50, '楼栋 buildings covered, for building groups (e.g. 1-4号楼)', { nullable: true })
  buildingLabel!: string | null;

  @Col.text(50, '书记 secretary (personal data)', { nullable: true, personal: 'name' })
  secretary!: string | null;

  @Col.int('版本 version for optimistic concurrency', { default: 1 })
  version!: number;
}

export const PATH_SEGMENT = 8;
export const MAX_PATH_LENGTH = 96;
export const pathSegment = (id: number): string => String(id).padStart(PATH_SEGMENT, '0');
/** Ids on the path from the root down to (and including) the node. */
export const pathIds = (path: string): number[] =>
  Array.from({ length: path.length / PATH_SEGMENT }, (_, i) =>
    Number(path.slice(i * PATH_SEGMENT, (i + 1) * PATH_SEGMENT)),
  );

/** [lo, hi) of every path under `path` (itself included): digits only, so it collates alike on every database. */
export function pathRange(path: string): { lo: string; hi: string } {
  return { lo: path, hi: (BigInt(path) + 1n).toString().padStart(path.length, '0') };
}
