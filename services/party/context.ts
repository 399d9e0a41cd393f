import type { DataSource } from 'typeorm';
import type { BaseContext } from '../../shared/context';
import type { LoaderOptions } from '../../shared/loaders';
import { createOrganizationLoaders } from './organization/organization.loaders';
import { createMemberLoaders } from './member/member.loaders';
import { createDualReportLoaders } from './dual-report/dual-report.loaders';
import { createAllianceLoaders } from './alliance/alliance.loaders';
import { createStationLoaders } from './station/station.loaders';

export function createLoaders(ds: DataSource, options: LoaderOptions) {
  return {
    ...createOrganizationLoaders(ds, options),
    ...createMemberLoaders(ds, options),
    ...createDualReportLoaders(ds, options),
    ...createAllianceLoaders(ds, options),
    ...createStationLoaders(ds, options),
  };
}

export type PartyLoaders = ReturnType<typeof createLoaders>;
export type PartyContext = BaseContext<PartyLoaders>;
