import { Region } from './region/region.entity';
import { Grid } from './grid/grid.entity';
import { GridWorker } from './worker/grid-worker.entity';
import { Department, DepartmentGrid } from './department/department.entity';
import { Case } from './case/case.entity';
import { CaseEvent } from './case/case-event.entity';
import { GridWorkerAssignment } from './worker/grid-worker-assignment.entity';
import { WebhookDelivery, WebhookEndpoint } from './webhook/webhook.entity';
import { InitGrid1732000000000 } from './migrations/1732000000000-init-grid';
import { Protocols1796100000000 } from './migrations/1796100000000-protocols';
import { GridBoundaries1796150000000 } from './migrations/1796150000000-grid-boundaries';

export const entities = [Region, Grid, GridWorker, GridWorkerAssignment, Department, DepartmentGrid, Case, CaseEvent, WebhookEndpoint, WebhookDelivery];
export const migrations = [InitGrid1732000000000, Protocols1796100000000, GridBoundaries1796150000000];
