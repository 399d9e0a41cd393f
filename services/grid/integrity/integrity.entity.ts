import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { Col, WithId } from '../../../shared/columns';
import { Out } from '../../../shared/output-fields';

/**
 * One run of the federated integrity audit (`npm run audit`), as it stored its report here: the
 * grid subgraph, which holds the regions, serves the last one. Not a GraphQL type of its own.
 */
@Entity('integrity_runs')
export class IntegrityRun {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'datetime' })
  computedAt!: Date;

  @Column({ type: 'int' })
  total!: number;

  @Column({ type: 'int' })
  durationMs!: number;
}

/** One broken rule of the merged networks, at the place of the record that breaks it. */
@Entity('integrity_violations')
@Index(['runId', 'code'])
@Place('code')
@ObjectType({
  description:
    '数据一致性问题 one violation the federated integrity audit found: a key one subgraph holds to a missing or wrong entity of another, or dates out of the domain order (CITY_ADMIN only)',
})
export class IntegrityViolation extends WithId {
  @Column({ type: 'int' })
  runId!: number;

  @Col.text(
    40,
    '问题类型 the rule broken, e.g. UNKNOWN_COMPOUND, PERSON_MISMATCH, AGREEMENT_OUT_OF_ORDER (the README lists them)',
  )
  kind!: string;

  @Col.text(32, '编码 the grid or region code of the record that breaks it')
  code!: string;

  @Col.text(
    12,
    '所属区划 the street it is counted in (the first 9 digits), or the district or city for a record above streets',
    { index: true },
  )
  regionCode!: string;

  @Col.text(200, '记录 the record, by kind and id (e.g. "package responsibility 12")')
  subject!: string;

  @Col.text(500, '说明 what is wrong, naming records by id, never a person')
  detail!: string;

  @Field({ description: '计算时间 when the audit that found it ran' })
  computedAt!: Date;
}

@ObjectType({ description: '按类型计数 violations of one kind' })
export class IntegrityKindCount {
  @Out.text('问题类型 the rule broken')
  kind!: string;

  @Out.int('数量 how many')
  count!: number;
}

@Place('regionCode')
@ObjectType({
  description: '区划问题统计 the violations counted in one street (or district or city)',
})
export class IntegrityRegionCount {
  @Out.text('区划代码 the street (9 digits), or the district or city (6)')
  regionCode!: string;

  @Out.int('问题总数 violations in it')
  total!: number;

  @Out.of(() => [IntegrityKindCount], '按类型 per kind, most first')
  kinds!: IntegrityKindCount[];
}

@Place('regionCode')
@ObjectType({
  description:
    '数据一致性报告 the federated integrity report of a region (多网合一 is only as good as its joins): per street the violations per kind, as the last audit run stored it (CITY_ADMIN only)',
})
export class IntegrityReport {
  @Out.text("区划代码 the region reported on (cut to the caller's jurisdiction)")
  regionCode!: string;

  @Out.of(
    () => Date,
    '计算时间 when the audit ran (`npm run audit`, or seeding); null when none has stored a report',
    { nullable: true },
  )
  computedAt!: Date | null;

  @Out.int('问题总数 violations under the region')
  total!: number;

  @Out.of(() => [IntegrityKindCount], '按类型 per kind under the region, most first')
  kinds!: IntegrityKindCount[];

  @Out.of(
    () => [IntegrityRegionCount],
    '按区划 per street (or district or city) with violations, in code order',
  )
  regions!: IntegrityRegionCount[];
}
