import type { DataSource } from 'typeorm';
import type { BaseContext } from '../../shared/context';
import type { LoaderOptions } from '../../shared/loaders';
import { createUrbanComponentLoaders } from './component/component.loaders';
import { createInspectionLoaders } from './inspection/inspection.loaders';
import { createCaseRecordLoaders } from './case-record/case-record.loaders';

/** Fresh loaders per request (a process-wide loader would serve stale rows). */
export function createLoaders(ds: DataSource, options: LoaderOptions) {
  return {
    ...createUrbanComponentLoaders(ds, options),
    ...createInspectionLoaders(ds, options),
    ...createCaseRecordLoaders(ds, options),
  };
}

export type UrbanLoaders = ReturnType<typeof createLoaders>;
export type UrbanContext = BaseContext<UrbanLoaders>;
