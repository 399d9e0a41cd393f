import type { DataSource } from 'typeorm';
import type { DemoCity } from '../demo-city';
import { insertAll } from '../../shared/seed-writer';
import { UrbanComponent } from './component/component.entity';
import { Inspection, InspectionFinding } from './inspection/inspection.entity';
import { OnSiteRecord, UrbanTicket } from './case-record/case-record.entity';

/** This subgraph's part of the demo city, generated in shared/demo/urban.ts. */
export async function seedUrban(
  ds: DataSource,
  city: DemoCity,
  progress: (msg: string) => void,
): Promise<void> {
  const u = city.urban;
  await insertAll(ds, UrbanComponent, u.components, progress, 'urban components');
  await insertAll(ds, Inspection, u.inspections, progress, 'inspections');
  await insertAll(ds, InspectionFinding, u.findings, progress, 'inspection findings');
  await insertAll(ds, UrbanTicket, u.tickets, progress, 'urban tickets');
  await insertAll(ds, OnSiteRecord, u.onSiteRecords, progress, 'on-site records');
}
