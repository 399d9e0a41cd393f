import { GraphQLEnumType, GraphQLInputObjectType, GraphQLNonNull, getNamedType } from 'graphql';
import {
  chineseTerm,
  enumLabels,
  explanation,
  supergraphSchema,
  type EnumLabels,
} from './schema-labels';
import { dateProblem, idNumberProblem, phoneProblem } from '../../shared/cell-checks';
import { creditCodeProblem } from '../../services/property/company/credit-code';

/** What a cell must also be, beyond its GraphQL type: a checked format, or a code that must exist at a level. */
export type Check =
  | { format: (v: string) => string | null }
  | { grid: readonly string[] | null; inFile?: boolean }
  | { region: 'COMMUNITY' };

export interface Column {
  field: string;
  header: string;
  description: string;
  required: boolean;
  type: 'String' | 'Int' | 'Boolean' | 'enum';
  enum?: EnumLabels;
  check?: Check;
}

export interface ImportKind {
  name: string;
  /** The bulk mutation of the owning subgraph and its row input type. */
  mutation: string;
  rowType: string;
  /** The natural key of a row, to catch a file that repeats one. */
  key: string[];
  checks: Record<string, Check>;
  /** The list query an export of this kind reads, so an export imports again. */
  list?: string;
}

const format = (f: (v: string) => string | null): Check => ({ format: f });
const DATE = format(dateProblem);

export const KINDS: Record<string, ImportKind> = {
  grids: {
    name: 'grids',
    mutation: 'importGrids',
    rowType: 'GridImportRow',
    key: ['code'],
    list: 'grids',
    checks: {
      code: format((v) => (/^\d{15}$/.test(v) ? null : 'a grid code is 15 digits')),
      parentCode: { grid: null, inFile: true },
      communityCode: { region: 'COMMUNITY' },
    },
  },
  'grid-workers': {
    name: 'grid-workers',
    mutation: 'importGridWorkers',
    rowType: 'GridWorkerImportRow',
    key: ['gridCode', 'phone', 'role'],
    checks: { phone: format(phoneProblem), gridCode: { grid: null }, startedOn: DATE },
  },
  'party-members': {
    name: 'party-members',
    mutation: 'importPartyMembers',
    rowType: 'PartyMemberImportRow',
    key: ['idNumber'],
    list: 'partyMembers',
    checks: {
      idNumber: format(idNumberProblem),
      phone: format(phoneProblem),
      gridCode: { grid: null },
      joinedOn: DATE,
    },
  },
  compounds: {
    name: 'compounds',
    mutation: 'importCompounds',
    rowType: 'CompoundImportRow',
    key: ['gridCode', 'name'],
    list: 'compounds',
    checks: {
      gridCode: { grid: ['BASIC', 'DEDICATED'] },
      companyCreditCode: format(creditCodeProblem),
      managementSince: DATE,
    },
  },
  volunteers: {
    name: 'volunteers',
    mutation: 'importVolunteers',
    rowType: 'VolunteerImportRow',
    key: ['phone'],
    checks: { phone: format(phoneProblem), communityCode: { region: 'COMMUNITY' } },
  },
};

export function importKind(name: string): ImportKind {
  const kind = KINDS[name];
  if (!kind) throw new Error(`unknown kind "${name}"; one of ${Object.keys(KINDS).join(', ')}`);
  return kind;
}

/** The columns of a kind, from its row input type: header, meaning, type and whether required. */
export function columnsOf(kind: ImportKind): Column[] {
  const type = supergraphSchema().getType(kind.rowType);
  if (!(type instanceof GraphQLInputObjectType))
    throw new Error(`${kind.rowType} is not in the supergraph`);
  return Object.values(type.getFields())
    .filter((f) => f.name !== 'row')
    .map((f) => {
      const named = getNamedType(f.type);
      const isEnum = named instanceof GraphQLEnumType;
      return {
        field: f.name,
        header: chineseTerm(f.description) ?? f.name,
        description: explanation(f.description),
        required: f.type instanceof GraphQLNonNull,
        type: isEnum ? 'enum' : (named.name as Column['type']),
        enum: isEnum ? enumLabels(named.name) : undefined,
        check: kind.checks[f.name],
      };
    });
}
