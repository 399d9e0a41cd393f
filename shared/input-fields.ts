import { Field } from 'type-graphql';
import { IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { fieldKinds, type ReturnTypeFunc } from './output-fields';

/**
 * An input or args field and its checks, declared together: `@Input.text('名称 name', { length: [2,
 * 100] })` stands for `@Field({ description: '名称 name' }) @Length(2, 100)`. The checks are
 * class-validator's, registered in the order they are listed here (IsOptional, Length, Matches,
 * Min, Max), so a field that fails two of them reports them as before.
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
}

function inputField(type: ReturnTypeFunc, description: string, spec: InSpec = {}) {
  const { nullable, defaultValue, optional, length, matches, message, min, max } = spec;
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
  // As a stack of decorators is applied: the lowest first.
  return ((target: object, property: string | symbol) => {
    for (const d of [...decorators].reverse()) d(target, property);
  }) as PropertyDecorator;
}

export const Input = fieldKinds(inputField);
