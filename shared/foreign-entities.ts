import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { ForeignStub, Place } from './auth/policy';

/**
 * The entities one subgraph owns and others extend or point at, each described once. The owner's
 * entity class takes its type and key descriptions from here, and every other subgraph gets its
 * stub from `foreignEntities()`, so the supergraph carries one description per type whichever
 * subgraph composition reads first (before this, a stub's "extended here with ..." could replace
 * the owner's description).
 */
export const ENTITY = {
  Grid: {
    owner: 'grid',
    key: 'code',
    description: '网格 Grid: the unit every subgraph hangs its rows on, keyed by its 15-digit code',
    keyDescription: '网格编码 15 digits: 12-digit community code + 3-digit sequence',
  },
  Region: {
    owner: 'grid',
    key: 'code',
    description:
      '行政区划 Region: a city, district, street or community, keyed by its division code',
    keyDescription: '区划代码 division code (GB/T 2260 / GB/T 10114): 6, 9 or 12 digits',
  },
  Case: {
    owner: 'grid',
    key: 'id',
    description: "网格事项 Case: a resident's problem run through the closed loop",
    keyDescription: '事项编号 case id',
  },
  PartyMember: {
    owner: 'party',
    key: 'id',
    description: '党员 Party member',
    keyDescription: '党员编号 party member id',
  },
  PartyOrganization: {
    owner: 'party',
    key: 'id',
    description:
      '党组织 Party organisation: a node of the organisation tree laid over regions and grids',
    keyDescription: '党组织编号 party organisation id',
  },
  ResidentialCompound: {
    owner: 'property',
    key: 'id',
    description: '小区 Residential compound: usually one basic grid (1小区1网格)',
    keyDescription: '小区编号 compound id',
  },
} as const;

export type ForeignEntityName = keyof typeof ENTITY;

/** Makes a stub instance from a key; passes null through for optional links. */
export interface RefMaker<T> {
  (key: number | string): T;
  (key: number | string | null | undefined): T | null;
}

function refMaker<T extends object>(cls: new () => T, field: string): RefMaker<T> {
  return ((key: number | string | null | undefined) =>
    key == null ? null : Object.assign(new cls(), { [field]: String(key) })) as RefMaker<T>;
}

export interface ForeignEntityOptions {
  /**
   * Entities this subgraph only points at and adds nothing to: their key is declared
   * `resolvable: false`, so the planner never sends `_entities` for them here.
   */
  referenceOnly?: readonly ForeignEntityName[];
}

/**
 * One subgraph's stubs of the entities other subgraphs own. Called once per subgraph (in its
 * `place.stub.ts`): each call makes fresh classes, because type-graphql keeps field resolvers in
 * global metadata and a class shared by two subgraphs would carry one subgraph's fields into the
 * other's schema when both are built in one process. A subgraph's schema includes only the stubs
 * its resolvers reach (or that it lists as orphaned types).
 */
export function foreignEntities(options: ForeignEntityOptions = {}) {
  const only = new Set(options.referenceOnly ?? []);
  const key = (name: ForeignEntityName) =>
    `@key(fields: "${ENTITY[name].key}"${only.has(name) ? ', resolvable: false' : ''})`;

  @ObjectType('Grid', { description: ENTITY.Grid.description })
  @Directive(key('Grid'))
  @Place('code')
  class Grid {
    @Field({ description: ENTITY.Grid.keyDescription })
    code!: string;
  }

  @ObjectType('Region', { description: ENTITY.Region.description })
  @Directive(key('Region'))
  @Place('code')
  class Region {
    @Field({ description: ENTITY.Region.keyDescription })
    code!: string;
  }

  @ObjectType('Case', { description: ENTITY.Case.description })
  @Directive(key('Case'))
  @ForeignStub()
  class Case {
    @Field(() => ID, { description: ENTITY.Case.keyDescription })
    id!: string;
  }

  @ObjectType('PartyMember', { description: ENTITY.PartyMember.description })
  @Directive(key('PartyMember'))
  @ForeignStub()
  class PartyMember {
    @Field(() => ID, { description: ENTITY.PartyMember.keyDescription })
    id!: string;
  }

  @ObjectType('PartyOrganization', { description: ENTITY.PartyOrganization.description })
  @Directive(key('PartyOrganization'))
  @ForeignStub()
  class PartyOrganization {
    @Field(() => ID, { description: ENTITY.PartyOrganization.keyDescription })
    id!: string;
  }

  @ObjectType('ResidentialCompound', { description: ENTITY.ResidentialCompound.description })
  @Directive(key('ResidentialCompound'))
  @ForeignStub()
  class ResidentialCompound {
    @Field(() => ID, { description: ENTITY.ResidentialCompound.keyDescription })
    id!: string;
  }

  const gridRef = refMaker(Grid, 'code');
  const regionRef = refMaker(Region, 'code');
  const caseRef = refMaker(Case, 'id');
  const partyMemberRef = refMaker(PartyMember, 'id');
  const partyOrganizationRef = refMaker(PartyOrganization, 'id');
  const compoundRef = refMaker(ResidentialCompound, 'id');

  /** Stubs resolve without a query: every field a subgraph adds goes through a batched loader. */
  const reference = <T>(make: RefMaker<T>, field: string) => ({
    __resolveReference: (ref: Record<string, string>) => make(ref[field]),
  });
  const references = {
    Grid: reference(gridRef, 'code'),
    Region: reference(regionRef, 'code'),
    Case: reference(caseRef, 'id'),
    PartyMember: reference(partyMemberRef, 'id'),
    PartyOrganization: reference(partyOrganizationRef, 'id'),
    ResidentialCompound: reference(compoundRef, 'id'),
  };

  return {
    Grid,
    Region,
    Case,
    PartyMember,
    PartyOrganization,
    ResidentialCompound,
    gridRef,
    regionRef,
    caseRef,
    partyMemberRef,
    partyOrganizationRef,
    compoundRef,
    /** Reference resolvers for the given stubs (the resolvable ones a subgraph extends). */
    referencesFor: (...names: ForeignEntityName[]) =>
      Object.fromEntries(names.map((n) => [n, references[n]])) as Partial<typeof references>,
  };
}
