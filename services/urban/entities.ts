import { UrbanComponent } from './component/component.entity';
import { Inspection, InspectionFinding } from './inspection/inspection.entity';
import { OnSiteRecord, UrbanTicket } from './case-record/case-record.entity';
import { InitUrban1795345830723 } from './migrations/1795345830723-init-urban';

export const entities = [UrbanComponent, Inspection, InspectionFinding, UrbanTicket, OnSiteRecord];
export const migrations = [InitUrban1795345830723];
