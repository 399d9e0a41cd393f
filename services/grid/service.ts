import { defineSubgraph } from '../../shared/service';
import { GridImport } from './grid/grid.import';
import { GridWorkerImport } from './worker/grid-worker.import';
import { Region } from './region/region.entity';
import { Grid } from './grid/grid.entity';
import { GridWorker } from './worker/grid-worker.entity';
import { Department, DepartmentGrid } from './department/department.entity';
import { Case } from './case/case.entity';
import { CaseEvent } from './case/case-event.entity';
import { GridWorkerAssignment } from './worker/grid-worker-assignment.entity';
import { InitGrid1732000000000 } from './migrations/1732000000000-init-grid';
import { Protocols1796100000000 } from './migrations/1796100000000-protocols';
import { WebhookRegion1796170000000 } from './migrations/1796170000000-webhook-region';
import { IndicatorsAsOf1796200140000 } from './migrations/1796200140000-indicators-as-of';
import { WebhookDelivery, WebhookEndpoint } from './webhook/webhook.entity';
import { IntegrityReport1796181600000 } from './migrations/1796181600000-integrity-report';
import { IntegrityRun, IntegrityViolation } from './integrity/integrity.entity';
import { IntegrityResolver } from './integrity/integrity.resolver';
import { CaseAssignResolver } from './case/case-assign.resolver';
import { CaseFeedResolver } from './case/case-feed.resolver';
import { WebhookResolver } from './webhook/webhook.resolver';
import { GridAtResolver } from './grid/grid-at.resolver';
import { createDispatcher } from './webhook/dispatcher';
import { GridBoundaries1796150000000 } from './migrations/1796150000000-grid-boundaries';
import { CaseMediation } from './mediation/case-mediation.entity';
import { DisputeMediationPerformance1796161000000 } from './migrations/1796161000000-dispute-mediation-performance';
import { CaseMediationResolver } from './mediation/mediation.resolver';
import { PerformanceResolver } from './performance/performance.resolver';
import './visibility';
import { GridResolver } from './grid/grid.resolver';
import { GridMutations } from './grid/grid.mutations';
import { GridIndicatorsResolver, RegionResolver } from './region/region.resolver';
import { CaseResolver } from './case/case.resolver';
import { CaseMutations } from './case/case.mutations';
import { DepartmentGridResolver, DepartmentResolver } from './department/department.resolver';
import { DepartmentMutations } from './department/department.mutations';
import { GridWorkerResolver } from './worker/grid-worker.resolver';
import { gridReference } from './grid/grid.reference';
import { regionReference } from './region/region.reference';
import { caseReference } from './case/case.reference';
import { seedGrid } from './seed';
import { createLoaders } from './context';
import { parseDeadlines } from './case/case-machine';

/** The grid subgraph's manifest: everything the launcher, composition, the seeder and the tests need. */
export const gridService = defineSubgraph({
  name: 'grid',
  entities: [
    Region,
    Grid,
    GridWorker,
    GridWorkerAssignment,
    Department,
    DepartmentGrid,
    Case,
    CaseEvent,
    CaseMediation,
    WebhookEndpoint,
    WebhookDelivery,
    IntegrityRun,
    IntegrityViolation,
  ],
  migrations: [
    InitGrid1732000000000,
    Protocols1796100000000,
    GridBoundaries1796150000000,
    DisputeMediationPerformance1796161000000,
    WebhookRegion1796170000000,
    IntegrityReport1796181600000,
    IndicatorsAsOf1796200140000,
  ],
  resolvers: [
    GridImport,
    GridWorkerImport,
    GridResolver,
    GridMutations,
    RegionResolver,
    GridIndicatorsResolver,
    CaseResolver,
    CaseMutations,
    DepartmentGridResolver,
    DepartmentResolver,
    DepartmentMutations,
    GridWorkerResolver,
    CaseMediationResolver,
    PerformanceResolver,
    CaseAssignResolver,
    CaseFeedResolver,
    WebhookResolver,
    GridAtResolver,
    IntegrityResolver,
  ],
  references: { Grid: gridReference, Region: regionReference, Case: caseReference },
  loaders: createLoaders,
  config: (env) => ({ config: { deadlines: parseDeadlines(env.CASE_DEADLINES) } }),
  // Webhook deliveries run beside the server and stop with it; only when the environment configures them.
  plugins: (dataSource, env, log) =>
    env.WEBHOOK_POLL_MS
      ? [
          {
            async serverWillStart() {
              const dispatcher = createDispatcher(
                dataSource,
                {
                  pollMs: env.WEBHOOK_POLL_MS!,
                  baseDelayMs: env.WEBHOOK_BASE_DELAY_MS ?? 5000,
                  maxDelayMs: env.WEBHOOK_MAX_DELAY_MS ?? 3_600_000,
                  maxAttempts: env.WEBHOOK_MAX_ATTEMPTS ?? 12,
                  timeoutMs: env.WEBHOOK_TIMEOUT_MS ?? 10_000,
                },
                log,
              );
              dispatcher.start();
              return { serverWillStop: () => dispatcher.stop() };
            },
          },
        ]
      : [],
  seed: seedGrid,
});
