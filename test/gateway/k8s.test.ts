import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { Namespace, ConfigMap, Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { PROJECT_ROOT } from '../../shared/paths';
import { parseEnv } from '../../shared/env';
import { SERVICES, SUBGRAPH_LIST, envPrefix, subgraphInfo } from '../../shared/subgraphs';
import { kubernetesFiles, kubernetesManifests, SECRET, CONFIG } from '../../scripts/k8s';

// No cluster runs here: the manifests are checked against the Kubernetes OpenAPI schemas (the JSON
// schemas the kubernetes-models package ships, compiled for ajv) and against the light list.
const DIR = join(PROJECT_ROOT, 'deploy', 'k8s');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));
const docs = files.flatMap((f) =>
  parseAllDocuments(readFileSync(join(DIR, f), 'utf8')).map((d) => ({ file: f, doc: d.toJS() })),
);
const MODELS: Record<string, { validate(): void } & any> = {
  'v1/Namespace': Namespace,
  'v1/ConfigMap': ConfigMap,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'batch/v1/Job': Job,
};
const ofKind = (kind: string) => docs.map((d) => d.doc).filter((d) => d.kind === kind);
const named = (kind: string, name: string) =>
  ofKind(kind).find((d) => d.metadata.name === name) as any;
const config = named('ConfigMap', CONFIG);

function validate(doc: any): void {
  const Model = MODELS[`${doc.apiVersion}/${doc.kind}`];
  if (!Model) throw new Error(`no schema for ${doc.apiVersion} ${doc.kind}`);
  new Model(doc).validate();
}

describe('Kubernetes manifests (deploy/k8s/)', () => {
  test('are the files generated from the light list of subgraphs (run `npm run compose` when this fails)', () => {
    const generated = kubernetesFiles(SUBGRAPH_LIST);
    expect(files.sort()).toEqual(Object.keys(generated).sort());
    for (const f of files)
      expect({ f, text: readFileSync(join(DIR, f), 'utf8') }).toEqual({ f, text: generated[f] });
  });

  test('every document validates against the Kubernetes OpenAPI schema of its kind', () => {
    expect(docs.length).toBeGreaterThan(20);
    for (const { file, doc } of docs) {
      try {
        validate(doc);
      } catch (err) {
        throw new Error(`${file}: ${doc.kind} ${doc.metadata?.name}: ${(err as Error).message}`);
      }
    }
  });

  test('the validator refuses what the API server would: a wrong type, a container without a name', () => {
    const d = structuredClone(named('Deployment', 'grids-grid'));
    d.spec.replicas = 'two';
    expect(() => validate(d)).toThrow(/replicas must be integer/);
    const e = structuredClone(named('Deployment', 'grids-grid'));
    delete e.spec.template.spec.containers[0].name;
    expect(() => validate(e)).toThrow(/must have required property name/);
  });

  test.each([...SERVICES, 'gateway'])(
    '%s has a Deployment, a Service, an autoscaler and a disruption budget, on its port from the light list',
    (name) => {
      const port = name === 'gateway' ? 4000 : subgraphInfo(name).port;
      const dep = named('Deployment', `grids-${name}`);
      const c = dep.spec.template.spec.containers[0];
      expect(c.command).toEqual(
        name === 'gateway'
          ? ['node', 'dist/gateway/main.js']
          : ['node', `dist/services/${name}/main.js`],
      );
      expect(c.ports).toEqual([{ name: 'http', containerPort: port, protocol: 'TCP' }]);
      expect(c.env).toContainEqual({
        name: name === 'gateway' ? 'GATEWAY_PORT' : `${envPrefix(name)}_PORT`,
        value: String(port),
      });
      expect(dep.spec.replicas).toBeGreaterThanOrEqual(2);
      expect(c.readinessProbe.httpGet).toEqual({ path: '/ready', port: 'http' });
      expect(c.livenessProbe.httpGet).toEqual({ path: '/health', port: 'http' });
      expect(c.resources.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
      expect(c.resources.limits).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
      const svc = named('Service', `grids-${name}`);
      expect(svc.spec.ports).toEqual([{ name: 'http', port, targetPort: 'http', protocol: 'TCP' }]);
      expect(svc.spec.selector).toEqual(dep.spec.selector.matchLabels);
      expect(dep.spec.template.metadata.labels).toMatchObject(dep.spec.selector.matchLabels);
      const hpa = named('HorizontalPodAutoscaler', `grids-${name}`);
      expect(hpa.spec.scaleTargetRef).toEqual({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        name: `grids-${name}`,
      });
      expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
      expect(hpa.spec.maxReplicas).toBeGreaterThan(hpa.spec.minReplicas);
      expect(named('PodDisruptionBudget', `grids-${name}`).spec.selector.matchLabels).toEqual(
        dep.spec.selector.matchLabels,
      );
    },
  );

  test('the gateway reaches every subgraph through its Service, which spreads over the replicas', () => {
    for (const s of SUBGRAPH_LIST)
      expect(config.data[`${envPrefix(s.name)}_URL`]).toBe(
        `http://grids-${s.name}:${s.port}/graphql`,
      );
  });

  test('secrets come from the Secret the operator creates, and none is shipped', () => {
    expect(ofKind('Secret')).toEqual([]);
    const envs = [...ofKind('Deployment'), ...ofKind('Job')].flatMap(
      (d: any) => d.spec.template.spec.containers[0].env as any[],
    );
    for (const e of envs.filter((e) => /SECRET|MYSQL_URL/.test(e.name)))
      expect(e).toEqual({
        name: e.name,
        valueFrom: { secretKeyRef: { name: SECRET, key: e.name } },
      });
    const gw = named('Deployment', 'grids-gateway').spec.template.spec.containers[0].env;
    expect(gw.map((e: any) => e.name)).toEqual(
      expect.arrayContaining(['JWT_SECRET', 'GATEWAY_SECRET']),
    );
    for (const s of SERVICES) {
      const env = named('Deployment', `grids-${s}`).spec.template.spec.containers[0].env;
      expect(env.map((e: any) => e.name)).toEqual(
        expect.arrayContaining(['GATEWAY_SECRET', 'MYSQL_URL']),
      );
    }
    expect(JSON.stringify(config)).not.toMatch(/SECRET|mysql:\/\//);
  });

  test('MySQL is outside the cluster, migrations run once in a Job, and the replicas do not migrate at start', () => {
    expect(ofKind('StatefulSet')).toEqual([]);
    expect(config.data.MIGRATE_ON_START).toBe('false');
    const job = named('Job', 'grids-migrate').spec.template.spec;
    expect(job.containers[0].command).toEqual(['node', 'dist/scripts/seed.js', '--migrate-only']);
    expect(job.restartPolicy).toBe('Never');
  });

  test('sets only environment variables that the processes parse successfully', () => {
    const secretValue: Record<string, string> = {
      JWT_SECRET: 'x'.repeat(32),
      GATEWAY_SECRET: 'y'.repeat(32),
      MYSQL_URL: 'mysql://grids:password@mysql.example.internal:3306',
    };
    for (const d of [...ofKind('Deployment'), ...ofKind('Job')] as any[]) {
      const c = d.spec.template.spec.containers[0];
      const env = {
        ...config.data,
        ...Object.fromEntries(
          (c.env as any[]).map((e) => [
            e.name,
            e.value ?? secretValue[e.valueFrom.secretKeyRef.key],
          ]),
        ),
      };
      expect(() => parseEnv(env)).not.toThrow();
    }
  });

  test('a subgraph added to the light list gets its manifests by construction', () => {
    const more = [...SUBGRAPH_LIST, { name: 'probe', cn: '探针', port: 4099 }] as any;
    const generated = kubernetesManifests(more);
    expect(generated['20-probe.yaml'].map((d: any) => d.kind)).toEqual([
      'Deployment',
      'Service',
      'HorizontalPodAutoscaler',
      'PodDisruptionBudget',
    ]);
    expect((generated['01-config.yaml'][0] as any).data.PROBE_URL).toBe(
      'http://grids-probe:4099/graphql',
    );
    for (const doc of generated['20-probe.yaml']) validate(doc);
  });
});
