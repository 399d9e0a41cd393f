import { In, IsNull, type DataSource } from 'typeorm';
import { groupedLoader, type LoaderOptions, rowBy, rowsBy } from '../../../shared/loaders';
import { DualReport } from './dual-report.entity';
import { PartyUnit } from './unit.entity';

export function createDualReportLoaders(ds: DataSource, options: LoaderOptions) {
  const reports = ds.getRepository(DualReport);
  const units = ds.getRepository(PartyUnit);
  return {
    partyUnitById: rowBy(units, 'id', options),
    activeDualReportsByGridCode: groupedLoader<string, DualReport>(
      (codes) =>
        reports.find({
          where: { gridCode: In([...codes]), endedOn: IsNull() },
          order: { reportedOn: 'ASC', id: 'ASC' },
        }),
      (r) => r.gridCode!,
      options,
    ),
    dualReportsByMemberId: rowsBy(reports, 'memberId', options, { reportedOn: 'ASC', id: 'ASC' }),
    dualReportsByUnitId: rowsBy(reports, 'unitId', options, { reportedOn: 'ASC', id: 'ASC' }),
  };
}
