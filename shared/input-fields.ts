import { Field } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { fieldKinds, type ReturnTypeFunc } from './output-fields';

/**
 * An input or args field and its checks, declared together: `@Input.text('名称 name', { length: [2,
 * 100] })` stands for `@Field({ description: '名称 name' }) @Length(2, 100)`. The checks are
 * class-validator's, registered in the order they are listed here (IsOptional, Length, Matches,
 * Min, Max, ArrayMinSize, ArrayMaxSize, Length of each item, ValidateNested), so a field that fails
 * two of them reports them as before. A list: `@Input.of(() => [DecisionInput], '议定事项
 * decisions', { items: [1, 20], nested: 'each' })`.
 */
export interface InSpec {
  /** The field may be left out (GraphQL). */
  nullable?: boolean;
  /** The value GraphQL gives a field left out. */
  defaultValue?: unknown;
  /** @IsOptional(): a missing or null value skips the checks. */
  optional?: boolean;
  /** @Length(min, max) */
  length?: readonly [number, number];
  /** @Matches(pattern), with `message` when given. */
  matches?: RegExp;
  message?: string;
  /** @Min(min) */
  min?: number;
  /** @Max(max) */
  max?: number;
  /** A list's @ArrayMinSize(min) (when min > 0) and @ArrayMaxSize(max). */
  items?: readonly [number, number];
  /** @Length(min, max, { each: true }): the length of each string of a list. */
  eachLength?: readonly [number, number];
  /** @ValidateNested(): an input object's own checks run (`'each'`: each object of a list's). */
  nested?: true | 'each';
}

function inputField(type: ReturnTypeFunc, description: string, spec: InSpec = {}) {
  const { nullable, defaultValue, optional, length, matches, message, min, max } = spec;
  const { items, eachLength, nested } = spec;
  const options: { description: string; nullable?: boolean; defaultValue?: unknown } = {
    description,
  };
  if (nullable) options.nullable = true;
  if (defaultValue !== undefined) options.defaultValue = defaultValue;
  const decorators: PropertyDecorator[] = [Field(type, options)];
  if (optional) decorators.push(IsOptional());
  if (length) decorators.push(Length(length[0], length[1]));
  if (matches) decorators.push(message ? Matches(matches, { message }) : Matches(matches));
  if (min !== undefined) decorators.push(Min(min));
  if (max !== undefined) decorators.push(Max(max));
  if (items && items[0] > 0) decorators.push(ArrayMinSize(items[0]));
  if (items) decorators.push(ArrayMaxSize(items[1]));
  if (eachLength) decorators.push(Length(eachLength[0], eachLength[1], { each: true }));
  if (nested)
    decorators.push(nested === 'each' ? ValidateNested({ each: true }) : ValidateNested());
  // As a stack of decorators is applied: the lowest first.
  return ((target: object, property: string | symbol) => {
    for (const d of [...decorators].reverse()) d(target, property);
  }) as PropertyDecorator;
}

export const Input = fieldKinds(inputField);

/** A calendar day written YYYY-MM-DD, its message naming the field: `isoDate('startedOn')`. */
export const isoDate = (field: string, spec: InSpec = {}): InSpec => ({
  ...spec,
  matches: /^\d{4}-\d{2}-\d{2}$/,
  message: `${field} must be YYYY-MM-DD`,
});

/** An id argument that must be a number, its message naming the field: `numericId('componentId')`. */
export const numericId = (field: string, spec: InSpec = {}): InSpec => ({
  ...spec,
  matches: /^\d{1,10}$/,
  message: `${field} must be a numeric id`,
});
