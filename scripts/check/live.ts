import { randomBytes } from 'node:crypto';
import { Kind, parse, type ConstDirectiveNode, type DocumentNode } from 'graphql';
import { PROOF_HEADER, signProof } from '../../shared/auth/gateway-proof';

export interface CheckLine {
  ok: boolean;
  text: string;
}

export interface DemoKeys {
  gridCode: string;
  regionCode: string;
}

const SERVICE = { sub: 'check-subgraph', role: 'SERVICE' as const, regionPrefix: '' };

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } = {};
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: `not JSON: ${text.slice(0, 80)}` }] };
  }
  return { status: res.status, body };
}

/** The candidate's SDL as it serves it, asked the way the gateway would ask (with a signed proof). */
export async function fetchSdl(url: string, gatewaySecret: string): Promise<string> {
  const { status, body } = await post(
    url,
    '{ _service { sdl } }',
    {},
    { [PROOF_HEADER]: await signProof(gatewaySecret, SERVICE) },
  );
  const sdl = body.data?._service?.sdl;
  if (typeof sdl !== 'string')
    throw new Error(
      `${url} did not return _service.sdl (HTTP ${status}: ${body.errors?.[0]?.message ?? 'no data'})`,
    );
  return sdl;
}

/** Every resolvable @key the candidate declares, as [type, key fields]. */
export function entityKeys(doc: DocumentNode): [string, string][] {
  const keys: [string, string][] = [];
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION)
      continue;
    for (const d of (def.directives ?? []) as ConstDirectiveNode[]) {
      if (d.name.value !== 'key') continue;
      const arg = (n: string) => d.arguments?.find((a) => a.name.value === n)?.value;
      const fields = arg('fields');
      const resolvable = arg('resolvable');
      if (resolvable?.kind === Kind.BOOLEAN && !resolvable.value) continue;
      if (fields?.kind === Kind.STRING) keys.push([def.name.value, fields.value]);
    }
  }
  return keys;
}

/** A representation from the demo city: a grid or region code for `code`, 1 for `id`. */
function representation(
  type: string,
  fields: string,
  demo: DemoKeys,
): Record<string, string> | null {
  const names = fields.trim().split(/\s+/);
  if (names.some((f) => !/^\w+$/.test(f))) return null;
  const rep: Record<string, string> = { __typename: type };
  for (const f of names) {
    if (f === 'code') rep.code = type === 'Region' ? demo.regionCode : demo.gridCode;
    else if (f === 'id') rep.id = '1';
    else return null;
  }
  return rep;
}

/** (c) each @key type answers _entities for a demo key, with no error and the right __typename. */
export async function checkEntities(
  url: string,
  sdl: string,
  gatewaySecret: string,
  demo: DemoKeys,
): Promise<CheckLine[]> {
  const lines: CheckLine[] = [];
  const headers = { [PROOF_HEADER]: await signProof(gatewaySecret, SERVICE) };
  for (const [type, fields] of entityKeys(parse(sdl))) {
    const rep = representation(type, fields, demo);
    if (!rep) {
      lines.push({
        ok: false,
        text: `${type} @key(fields: "${fields}"): cannot build a demo key for these fields; check it by hand`,
      });
      continue;
    }
    const shown = JSON.stringify(rep);
    const { body } = await post(
      url,
      'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
      { r: [rep] },
      headers,
    );
    const got = body.data?._entities?.[0]?.__typename;
    if (body.errors?.length)
      lines.push({
        ok: false,
        text: `${shown}: ${body.errors.map((e) => `${e.extensions?.code ?? 'ERROR'} ${e.message}`).join('; ')}`,
      });
    else if (got !== type)
      lines.push({ ok: false, text: `${shown}: answered ${got ?? 'null'} instead of ${type}` });
    else lines.push({ ok: true, text: `${shown} → ${type}` });
  }
  if (!lines.length) lines.push({ ok: true, text: 'no resolvable @key types: nothing to resolve' });
  return lines;
}

/** (d) a request without the proof, and one with a proof signed by another secret, get 401 UNAUTHENTICATED. */
export async function checkProofRefusal(url: string): Promise<CheckLine[]> {
  const forged = await signProof(randomBytes(32).toString('hex'), SERVICE);
  const lines: CheckLine[] = [];
  for (const [what, headers] of [
    ['no proof', {}],
    ['a proof signed with another secret', { [PROOF_HEADER]: forged }],
  ] as const) {
    const { status, body } = await post(url, '{ __typename }', {}, headers);
    const code = body.errors?.[0]?.extensions?.code;
    const ok = status === 401 && code === 'UNAUTHENTICATED';
    lines.push({
      ok,
      text: `${what}: HTTP ${status} ${code ?? (body.data ? 'answered with data' : 'no code')}${ok ? '' : ' (expected 401 UNAUTHENTICATED)'}`,
    });
  }
  return lines;
}
