import { excel } from './exceljs';
import type { Writable } from 'node:stream';
import {
  GraphQLEnumType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  getNamedType,
  isLeafType,
  type GraphQLField,
  type GraphQLType,
} from 'graphql';
import { chineseTerm, enumLabels, supergraphSchema } from './schema-labels';
import type { GraphClient } from './graph-client';
import { MAX_PAGE_SIZE } from '../../shared/pagination';
import { DASHBOARD_QUERY } from '../../scripts/dashboard-query';
import { BadUserInputError } from '../../shared/errors';

interface OutColumn {
  header: string;
  path: string[];
  enumName?: string;
}

const unwrap = (t: GraphQLType): GraphQLType => (t instanceof GraphQLNonNull ? t.ofType : t);
const isList = (t: GraphQLType) => unwrap(t) instanceof GraphQLList;
const graphOf = (f: GraphQLField<unknown, unknown>) =>
  f.astNode?.directives
    ?.find((d) => d.name.value === 'join__field')
    ?.arguments?.find((a) => a.name.value === 'graph')?.value;
const graphName = (f: GraphQLField<unknown, unknown>) => {
  const v = graphOf(f);
  return v && 'value' in v ? String(v.value) : undefined;
};
const plainField = (f: GraphQLField<unknown, unknown>) =>
  f.args.every((a) => !(a.type instanceof GraphQLNonNull) || a.defaultValue !== undefined);

/** A paginated root list (a type with items and totalCount) and the columns of its items: its own subgraph's fields only. */
function listColumns(list: string) {
  const root = supergraphSchema().getQueryType()!.getFields()[list];
  const page = root && getNamedType(root.type);
  const items = page instanceof GraphQLObjectType ? page.getFields().items : undefined;
  const item = items && getNamedType(items.type);
  if (
    !(item instanceof GraphQLObjectType) ||
    !page ||
    !(page as GraphQLObjectType).getFields().totalCount
  ) {
    throw new BadUserInputError(`${list} is not a paginated list of the graph`, { field: 'list' });
  }
  const graph = graphName(root);
  const columns: OutColumn[] = [];
  const headers = new Set<string>();
  const push = (c: OutColumn) => {
    if (!headers.has(c.header)) {
      headers.add(c.header);
      columns.push(c);
    }
  };
  for (const f of Object.values(item.getFields())) {
    if (!plainField(f) || isList(f.type) || (graphName(f) && graphName(f) !== graph)) continue;
    const named = getNamedType(f.type);
    const header = chineseTerm(f.description) ?? f.name;
    if (isLeafType(named))
      push({
        header,
        path: [f.name],
        enumName: named instanceof GraphQLEnumType ? named.name : undefined,
      });
    else if (named instanceof GraphQLObjectType && named.getFields().name)
      push({ header, path: [f.name, 'name'] });
  }
  return { columns, args: root.args.map((a) => a.name) };
}

function selection(columns: OutColumn[]): string {
  const nested = new Map<string, string[]>();
  const flat: string[] = [];
  for (const c of columns) {
    if (c.path.length === 1) flat.push(c.path[0]);
    else nested.set(c.path[0], [...(nested.get(c.path[0]) ?? []), c.path[1]]);
  }
  return [...flat, ...[...nested].map(([k, v]) => `${k} { ${v.join(' ')} }`)].join(' ');
}

function cellOf(value: unknown, c: OutColumn): string | number {
  if (value == null) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (c.enumName) return enumLabels(c.enumName).toLabel.get(String(value)) ?? String(value);
  return typeof value === 'number' ? value : String(value);
}

const dig = (obj: any, path: string[]) => path.reduce((o, k) => (o == null ? o : o[k]), obj);

function failed(r: { errors?: { message: string; extensions?: any }[] }): never {
  const e = r.errors?.[0];
  throw Object.assign(new Error(e?.message ?? 'no answer'), {
    code: e?.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
  });
}

/** Any paginated list under a code, page by page through the graph with the caller's token (masked as the graph masks it), streamed to a workbook. */
export async function exportList(
  graph: GraphClient,
  list: string,
  under: string,
  out: string | Writable,
): Promise<number> {
  const { columns, args } = listColumns(list);
  if (!args.includes('under'))
    throw new BadUserInputError(`${list} is not listed by a code (under)`, { field: 'list' });
  const doc = `query SheetExport($under: String!, $offset: Int!) { page: ${list}(under: $under, limit: ${MAX_PAGE_SIZE}, offset: $offset) { totalCount items { ${selection(columns)} } } }`;
  const wb = new (excel().stream.xlsx.WorkbookWriter)(
    typeof out === 'string'
      ? { filename: out, useSharedStrings: false }
      : { stream: out, useSharedStrings: false },
  );
  const sheet = wb.addWorksheet(list);
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: Math.max(12, c.header.length * 3),
  }));
  let offset = 0;
  for (;;) {
    const r = await graph(doc, { under, offset });
    if (!r.data?.page) failed(r);
    for (const item of r.data.page.items)
      sheet.addRow(columns.map((c) => cellOf(dig(item, c.path), c))).commit();
    offset += r.data.page.items.length;
    if (!r.data.page.items.length || offset >= r.data.page.totalCount) break;
  }
  sheet.commit();
  await wb.commit();
  return offset;
}

/** Leaf fields of an object, flattened (gridIndicators.closureRate), with headers from the descriptions; lists left out. */
function flatColumns(
  type: GraphQLObjectType,
  value: any,
  prefix: string[] = [],
  label = '',
): OutColumn[] {
  const out: OutColumn[] = [];
  for (const key of Object.keys(value ?? {})) {
    const f = type.getFields()[key];
    if (!f || isList(f.type)) continue;
    const named = getNamedType(f.type);
    const header = `${label}${chineseTerm(f.description) ?? f.name}`;
    if (isLeafType(named))
      out.push({
        header,
        path: [...prefix, key],
        enumName: named instanceof GraphQLEnumType ? named.name : undefined,
      });
    else if (named instanceof GraphQLObjectType)
      out.push(...flatColumns(named, value[key], [...prefix, key], `${header}·`));
  }
  return out;
}

/** A region's dashboard (the region, then each child region) as one sheet of indicators. */
export async function exportDashboard(
  graph: GraphClient,
  code: string,
  out: string | Writable,
): Promise<number> {
  const r = await graph(DASHBOARD_QUERY, { code });
  const region = r.data?.region;
  if (!region) failed(r);
  const rows = [region, ...(region.children ?? [])];
  const columns = flatColumns(supergraphSchema().getType('Region') as GraphQLObjectType, region);
  const wb = new (excel().stream.xlsx.WorkbookWriter)(
    typeof out === 'string' ? { filename: out } : { stream: out },
  );
  const sheet = wb.addWorksheet('指标看板');
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: Math.max(12, c.header.length * 2),
  }));
  for (const row of rows) sheet.addRow(columns.map((c) => cellOf(dig(row, c.path), c))).commit();
  sheet.commit();
  await wb.commit();
  return rows.length;
}
