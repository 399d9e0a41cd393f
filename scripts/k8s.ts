import { stringify } from 'yaml';
import { envPrefix, type SubgraphInfo } from '../shared/subgraphs';

/**
 * Kubernetes manifests for the replicas topology, generated from the light list of subgraphs like
 * docker-compose.yml (`npm run compose` writes deploy/k8s/; a test checks the files equal this), so a
 * new subgraph gets its Deployment, Service, autoscaler and disruption budget by construction.
 *
 * - one image for every process (the Dockerfile); the command picks the subgraph or the gateway;
 * - the secrets (JWT, gateway proof, and the MySQL URL with its password) come from the Secret
 *   `grids-secrets`, which the operator creates (README): none is shipped, so none can leak or
 *   be applied by mistake over a real one;
 * - MySQL (or TiDB) lives outside the cluster: MYSQL_URL in the Secret names it;
 * - migrations run once per release in the Job `grids-migrate`; the Deployments do not migrate at
 *   start (MIGRATE_ON_START=false), and a subgraph pod is not ready until its migrations are applied;
 * - readiness on /ready, liveness on /health, requests and limits, an HPA per Deployment.
 */

export const NAMESPACE = 'grids';
export const IMAGE = 'many-grids-into-one:0.1.0';
export const SECRET = 'grids-secrets';
export const CONFIG = 'grids-config';
export const GATEWAY_PORT = 4000;

type Obj = Record<string, unknown>;

const labels = (component: string) => ({
  'app.kubernetes.io/name': 'grids',
  'app.kubernetes.io/part-of': 'many-grids-into-one',
  'app.kubernetes.io/component': component,
});
const selector = (component: string) => ({
  'app.kubernetes.io/name': 'grids',
  'app.kubernetes.io/component': component,
});
const meta = (name: string, component: string) => ({
  name,
  namespace: NAMESPACE,
  labels: labels(component),
});
const fromSecret = (name: string, key = name) => ({
  name,
  valueFrom: { secretKeyRef: { name: SECRET, key } },
});

export const resourceName = (component: string) => `grids-${component}`;

/** What every process shares: production mode, logs, the database prefix, listening on the pod's address. */
function configMap(list: readonly SubgraphInfo[]): Obj {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: meta(CONFIG, 'config'),
    data: {
      NODE_ENV: 'production',
      HOST: '0.0.0.0',
      LOG_LEVEL: 'info',
      DB_PREFIX: 'grids_',
      // The Job migrates; the Deployments' replicas never race on it.
      MIGRATE_ON_START: 'false',
      // Where the gateway reaches each subgraph: its Service, which spreads requests over the replicas.
      ...Object.fromEntries(
        list.map((s) => [
          `${envPrefix(s.name)}_URL`,
          `http://${resourceName(s.name)}:${s.port}/graphql`,
        ]),
      ),
    },
  };
}

interface Tier {
  component: string;
  port: number;
  command: string[];
  env: Obj[];
  requests: { cpu: string; memory: string };
  limits: { cpu: string; memory: string };
}

function deployment(t: Tier): Obj {
  const probe = (path: string, extra: Obj) => ({
    httpGet: { path, port: 'http' },
    timeoutSeconds: 3,
    ...extra,
  });
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta(resourceName(t.component), t.component),
    spec: {
      replicas: 2,
      selector: { matchLabels: selector(t.component) },
      // A new pod takes traffic only once ready; an old one leaves only when a new one is.
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels: labels(t.component) },
        spec: {
          // The drain plugin finishes in-flight requests on SIGTERM; give it time to.
          terminationGracePeriodSeconds: 30,
          securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000 },
          containers: [
            {
              name: t.component,
              image: IMAGE,
              imagePullPolicy: 'IfNotPresent',
              command: t.command,
              ports: [{ name: 'http', containerPort: t.port, protocol: 'TCP' }],
              envFrom: [{ configMapRef: { name: CONFIG } }],
              env: t.env,
              resources: { requests: t.requests, limits: t.limits },
              // Starting (schema build, database pool) may take a while on a busy node.
              startupProbe: probe('/health', { periodSeconds: 2, failureThreshold: 60 }),
              livenessProbe: probe('/health', { periodSeconds: 10, failureThreshold: 3 }),
              readinessProbe: probe('/ready', { periodSeconds: 5, failureThreshold: 2 }),
              securityContext: {
                allowPrivilegeEscalation: false,
                capabilities: { drop: ['ALL'] },
              },
            },
          ],
        },
      },
    },
  };
}

function service(t: Tier): Obj {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta(resourceName(t.component), t.component),
    spec: {
      type: 'ClusterIP',
      selector: selector(t.component),
      ports: [{ name: 'http', port: t.port, targetPort: 'http', protocol: 'TCP' }],
    },
  };
}

function autoscaler(t: Tier): Obj {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: meta(resourceName(t.component), t.component),
    spec: {
      scaleTargetRef: {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        name: resourceName(t.component),
      },
      minReplicas: 2,
      maxReplicas: 10,
      metrics: [
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
        },
      ],
    },
  };
}

function disruptionBudget(t: Tier): Obj {
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: meta(resourceName(t.component), t.component),
    spec: { minAvailable: 1, selector: { matchLabels: selector(t.component) } },
  };
}

/** Migrations, once per release, before the new Deployments' pods become ready. */
function migrationJob(): Obj {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: meta('grids-migrate', 'migrate'),
    spec: {
      backoffLimit: 3,
      ttlSecondsAfterFinished: 3600,
      template: {
        metadata: { labels: labels('migrate') },
        spec: {
          restartPolicy: 'Never',
          securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000 },
          containers: [
            {
              name: 'migrate',
              image: IMAGE,
              imagePullPolicy: 'IfNotPresent',
              command: ['node', 'dist/scripts/seed.js', '--migrate-only'],
              envFrom: [{ configMapRef: { name: CONFIG } }],
              env: [fromSecret('MYSQL_URL')],
              resources: {
                requests: { cpu: '100m', memory: '256Mi' },
                limits: { cpu: '1', memory: '512Mi' },
              },
              securityContext: {
                allowPrivilegeEscalation: false,
                capabilities: { drop: ['ALL'] },
              },
            },
          ],
        },
      },
    },
  };
}

export function tiers(list: readonly SubgraphInfo[]): Tier[] {
  return [
    {
      component: 'gateway',
      port: GATEWAY_PORT,
      command: ['node', 'dist/gateway/main.js'],
      env: [
        { name: 'GATEWAY_PORT', value: String(GATEWAY_PORT) },
        fromSecret('JWT_SECRET'),
        fromSecret('GATEWAY_SECRET'),
      ],
      requests: { cpu: '200m', memory: '256Mi' },
      limits: { cpu: '2', memory: '768Mi' },
    },
    ...list.map((s) => ({
      component: s.name,
      port: s.port,
      command: ['node', `dist/services/${s.name}/main.js`],
      env: [
        { name: `${envPrefix(s.name)}_PORT`, value: String(s.port) },
        fromSecret('GATEWAY_SECRET'),
        fromSecret('MYSQL_URL'),
      ],
      requests: { cpu: '100m', memory: '192Mi' },
      limits: { cpu: '1', memory: '512Mi' },
    })),
  ];
}

/** Every manifest file of deploy/k8s/, by file name, in the order `kubectl apply -f deploy/k8s/` reads them. */
export function kubernetesManifests(list: readonly SubgraphInfo[]): Record<string, Obj[]> {
  const files: Record<string, Obj[]> = {
    '00-namespace.yaml': [
      {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: NAMESPACE, labels: labels('namespace') },
      },
    ],
    '01-config.yaml': [configMap(list)],
    '02-migrate-job.yaml': [migrationJob()],
  };
  for (const t of tiers(list))
    files[`${t.component === 'gateway' ? '10' : '20'}-${t.component}.yaml`] = [
      deployment(t),
      service(t),
      autoscaler(t),
      disruptionBudget(t),
    ];
  return files;
}

const HEADER =
  '# Generated from shared/subgraphs.ts by `npm run compose` (scripts/k8s.ts): edit those, not this.\n';

/** The text of each file: its documents as YAML, under the generated-file header. */
export function kubernetesFiles(list: readonly SubgraphInfo[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(kubernetesManifests(list)).map(([file, docs]) => [
      file,
      HEADER + docs.map((d) => `---\n${stringify(d, { lineWidth: 0 })}`).join(''),
    ]),
  );
}
