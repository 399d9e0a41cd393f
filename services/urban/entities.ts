import { UrbanComponent } from './component/component.entity';
import { Inspection, InspectionFinding } from './inspection/inspection.entity';
import { OnSiteRecord, UrbanTicket } from './case-record/case-record.entity';
import { InitUrban1795345830723 } from './migrations/1795345830723-init-urban';
import { IdempotencyKeysUrban1796000000000 } from './migrations/1796000000000-idempotency-keys';
import { IdempotencyKey } from '../../shared/idempotency';

export const entities = [UrbanComponent, Inspection, InspectionFinding, UrbanTicket, OnSiteRecord, IdempotencyKey];
export const migrations = [InitUrban1795345830723, IdempotencyKeysUrban1796000000000];
