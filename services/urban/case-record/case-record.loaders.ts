import { type DataSource } from 'typeorm';
import { type LoaderOptions, rowBy, rowsBy } from '../../../shared/loaders';
import { OnSiteRecord, UrbanTicket } from './case-record.entity';

export function createCaseRecordLoaders(ds: DataSource, options: LoaderOptions) {
  const tickets = ds.getRepository(UrbanTicket);
  const records = ds.getRepository(OnSiteRecord);
  return {
    ticketByCaseId: rowBy(tickets, 'caseId', options),
    onSiteRecordsByCaseId: rowsBy(records, 'caseId', options, { at: 'ASC', id: 'ASC' }),
  };
}
