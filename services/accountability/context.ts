import type { DataSource } from 'typeorm';
import type { BaseContext } from '../../shared/context';
import type { LoaderOptions } from '../../shared/loaders';
import { createAccountabilityLoaders } from './loaders';

/** Fresh loaders per request (a process-wide loader would serve stale rows). */
export function createLoaders(ds: DataSource, options: LoaderOptions) {
  return { ...createAccountabilityLoaders(ds, options) };
}

export type AccountabilityLoaders = ReturnType<typeof createLoaders>;
export type AccountabilityContext = BaseContext<AccountabilityLoaders>;
