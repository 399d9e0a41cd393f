import { Column, Index, PrimaryGeneratedColumn, type ColumnOptions } from 'typeorm';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PersonalData, type PersonalKind } from './personal-data';
import type { ReturnTypeFunc } from './output-fields';

/**
 * An entity's column and its GraphQL field are declared together, from one spec: the column's SQL
 * type and length, whether it is nullable (both sides), indexed or personal data, and the field's
 * description. `@Col.text(15, '网格编码 grid code', { index: true }) gridCode!: string` stands for
 * `@Index() @Column({ type: 'varchar', length: 15 }) @Field({ description: ... })`. A column that
 * is not in the schema keeps a plain typeorm `@Column`.
 */
export interface ColSpec {
  /** NULL in the column and a nullable field. */
  nullable?: boolean;
  /** An index on the column alone (`'unique'`: a unique one). */
  index?: boolean | 'unique';
  /** The column's default. */
  default?: unknown;
  /** The column's name, when it is not the snake-cased property's. */
  name?: string;
  /** The field's GraphQL type, when it is not the column kind's (an enum, ID, a scalar). */
  type?: ReturnTypeFunc;
  /** The field holds personal data of this kind (shared/personal-data.ts). */
  personal?: PersonalKind;
}

function columnField(
  column: ColumnOptions,
  graphql: ReturnTypeFunc,
  description: string,
  spec: ColSpec = {},
): PropertyDecorator {
  const { nullable, index, name, personal, type } = spec;
  const options: ColumnOptions = { ...column };
  if (nullable) options.nullable = true;
  if (spec.default !== undefined) options.default = spec.default;
  if (name) options.name = name;
  return (target, property) => {
    Field(type ?? graphql, nullable ? { nullable: true, description } : { description })(
      target,
      property,
    );
    if (personal) PersonalData(personal)(target, property);
    Column(options)(target, property);
    if (index) Index(index === 'unique' ? { unique: true } : {})(target, property);
  };
}

/** The decorator of one column kind: its SQL type and its GraphQL type, the spec left to the property. */
const ofKind =
  (column: ColumnOptions, graphql: ReturnTypeFunc) => (description: string, spec?: ColSpec) =>
    columnField(column, graphql, description, spec);

export const Col = {
  /** The generated primary key, as the field `id: ID!`. */
  id: (description: string): PropertyDecorator => {
    return (target, property) => {
      Field(() => ID, { description })(target, property);
      PrimaryGeneratedColumn()(target, property);
    };
  },
  /** varchar(length), a String field unless `type` says otherwise (an enum stored by name). */
  text: (length: number, description: string, spec?: ColSpec) =>
    columnField({ type: 'varchar', length }, () => String, description, spec),
  /** text, a String field. */
  longText: ofKind({ type: 'text' }, () => String),
  int: ofKind({ type: 'int' }, () => Int),
  double: ofKind({ type: 'double' }, () => Float),
  bool: ofKind({ type: 'boolean' }, () => Boolean),
  /** A calendar day (YYYY-MM-DD), kept and shown as a string. */
  date: ofKind({ type: 'date' }, () => String),
  datetime: ofKind({ type: 'datetime' }, () => Date),
  /** simple-json of the given GraphQL type (an object type, a list). */
  json: (type: ReturnTypeFunc, description: string, spec?: ColSpec) =>
    columnField({ type: 'simple-json' }, type, description, spec),
};

/**
 * An entity numbered by its generated primary key, `id: ID!` described '编号 id': `class Visit
 * extends WithId` stands for a first column and field `@Col.id('编号 id') id!: number`. The id
 * stays the first column of the table and the first field of the type (a base class's fields come
 * before the class's own). The base type itself is never in a schema: nothing returns it.
 */
@ObjectType('EntityWithId', { description: 'an entity numbered by its generated id' })
export abstract class WithId {
  @Col.id('编号 id')
  id!: number;
}

/** WithId for the records whose id is described '编号 the id of this record'. */
@ObjectType('EntityWithRecordId', { description: 'a record numbered by its generated id' })
export abstract class WithRecordId {
  @Col.id('编号 the id of this record')
  id!: number;
}
