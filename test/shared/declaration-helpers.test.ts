import 'reflect-metadata';
import { validate } from 'class-validator';
import { Arg, InputType, ObjectType, Query, Resolver, buildSchema } from 'type-graphql';
import type { GraphQLObjectType } from 'graphql';
import { DataSource, Entity } from 'typeorm';
import { Col, WithId } from '../../shared/columns';
import { Input, isoDate, numericId } from '../../shared/input-fields';
import { IdempotencyKeyField } from '../../shared/idempotency';
import { PLACE_STAFF, WriteMutation, argPlace, writeRuleOf } from '../../shared/auth/write-rule';

@InputType('DeclarationHelperItem')
class Item {
  @Input.text('名称 label', { length: [1, 5] })
  label!: string;
}

@InputType('DeclarationHelperInput')
class HelperInput {
  @Input.of(() => [String], '标签 tags', { items: [1, 2], eachLength: [1, 3] })
  tags!: string[];

  @Input.of(() => [Item], '条目 items', { items: [0, 3], nested: 'each' })
  items!: Item[];

  @Input.text('日期 on', isoDate('on'))
  on!: string;

  @Input.id('编号 the thing', numericId('thingId', { nullable: true, optional: true }))
  thingId?: string;

  @IdempotencyKeyField({ optional: true })
  idempotencyKey?: string;
}

@Entity('declaration_helper_rows')
@ObjectType('DeclarationHelperRow', { description: 'a row' })
class HelperRow extends WithId {
  @Col.text(10, '名称 label')
  label!: string;
}

@Resolver()
class HelperResolver {
  @Query(() => HelperRow, { nullable: true })
  declarationHelperRow(): HelperRow | null {
    return null;
  }

  @WriteMutation(() => Boolean, '试写 a helper write', {
    roles: PLACE_STAFF,
    place: argPlace('input.on'),
  })
  declarationHelperWrite(@Arg('input') _input: HelperInput): boolean {
    return true;
  }
}

const failed = async (o: object) =>
  (await validate(o)).flatMap((e) => [
    ...Object.keys(e.constraints ?? {}).map((c) => `${e.property}:${c}`),
    ...(e.children ?? []).flatMap((c) =>
      (c.children ?? []).flatMap((g) =>
        Object.keys(g.constraints ?? {}).map((k) => `${e.property}.${g.property}:${k}`),
      ),
    ),
  ]);

const input = (fields: Partial<HelperInput>) =>
  Object.assign(new HelperInput(), { tags: ['a'], items: [], on: '2026-01-02', ...fields });

describe('declaration helpers', () => {
  test('list, nested, date and id checks of an input run as the class-validator decorators they stand for', async () => {
    expect(await failed(input({}))).toEqual([]);
    expect(await failed(input({ tags: [] }))).toEqual(['tags:arrayMinSize']);
    expect(await failed(input({ tags: ['a', 'b', 'c'] }))).toEqual(['tags:arrayMaxSize']);
    expect(await failed(input({ tags: ['abcd'] }))).toEqual(['tags:isLength']);
    const item = Object.assign(new Item(), { label: 'too long' });
    expect(await failed(input({ items: [item] }))).toEqual(['items.label:isLength']);
    const errors = await validate(input({ on: '2026-1-2', thingId: 'x1' }));
    expect(errors.map((e) => [e.property, Object.values(e.constraints ?? {})])).toEqual([
      ['on', ['on must be YYYY-MM-DD']],
      ['thingId', ['thingId must be a numeric id']],
    ]);
    expect(await failed(input({ thingId: undefined, idempotencyKey: undefined }))).toEqual([]);
    expect(await failed(input({ idempotencyKey: 'no spaces' }))).toEqual([
      'idempotencyKey:matches',
    ]);
  });

  test('WriteMutation declares the mutation with its description and its write rule', async () => {
    const schema = await buildSchema({ resolvers: [HelperResolver], validate: false });
    const write = schema.getMutationType()!.getFields().declarationHelperWrite;
    expect(write.description).toBe('试写 a helper write');
    expect(String(write.type)).toBe('Boolean!');
    expect(writeRuleOf('declarationHelperWrite')?.roles).toBe(PLACE_STAFF);
    // WithId: the id comes first, in the type and in the table.
    const row = schema.getType('DeclarationHelperRow') as GraphQLObjectType;
    expect(Object.keys(row.getFields())).toEqual(['id', 'label']);
    expect(row.getFields().id.description).toBe('编号 id');
    expect(schema.getType('EntityWithId')).toBeUndefined();
    const ds = new DataSource({
      type: 'better-sqlite3',
      database: ':memory:',
      entities: [HelperRow],
    });
    await ds.initialize();
    const columns = ds.getMetadata(HelperRow).columns;
    await ds.destroy();
    expect(columns.map((c) => [c.propertyName, c.isPrimary, c.isGenerated])).toEqual([
      ['id', true, true],
      ['label', false, false],
    ]);
  });
});
