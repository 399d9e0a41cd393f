import {
  getLocation,
  Kind,
  visit,
  type ArgumentNode,
  type DocumentNode,
  type GraphQLFormattedError,
  type ObjectFieldNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';

/**
 * A domain scalar (GridCode, RegionCode, LocalDate...: shared/scalars.ts) refuses a value before
 * any resolver runs, and does not know which input field it was given for. This names the field in
 * the answer, as a resolver's BAD_USER_INPUT does: `extensions.field` and the message's start, from
 * the variable path graphql-js reports ("i.gridCode"), the argument a variable feeds, or the
 * literal's place in the document. A refused literal is BAD_USER_INPUT too, like a variable.
 */
type Named = ArgumentNode | ObjectFieldNode;

function fieldOf(error: GraphQLFormattedError, document: DocumentNode | undefined): string | null {
  const inside = /^Variable "\$(\w+)" got invalid value .*? at "\1\.([^"]+)"/.exec(error.message);
  if (inside) return inside[2];
  const variable = /^Variable "\$(\w+)" got invalid value/.exec(error.message)?.[1];
  const at = error.locations?.[0];
  if (!document || (!variable && !at)) return null;
  let found: string | null = null;
  const source = document.loc?.source;
  const visitor = (node: Named) => {
    if (found) return;
    const value = node.value;
    if (variable && value.kind === Kind.VARIABLE && value.name.value === variable)
      found = node.name.value;
    if (!variable && at && source && value.loc) {
      const where = getLocation(source, value.loc.start);
      if (where.line === at.line && where.column === at.column) found = node.name.value;
    }
  };
  visit(document, { Argument: visitor, ObjectField: visitor });
  return found;
}

export function nameScalarFields(
  errors: readonly GraphQLFormattedError[],
  document: DocumentNode | undefined,
): GraphQLFormattedError[] {
  return errors.map((e) => {
    if (!e.extensions?.scalar || e.extensions.field) return e;
    const field = fieldOf(e, document);
    if (!field) return e;
    return {
      ...e,
      message: `${field}: ${e.message}`,
      extensions: { ...e.extensions, field, code: 'BAD_USER_INPUT' },
    };
  });
}

/** The Apollo plugin every server of the graph runs (shared/http.ts). */
export function scalarFieldsPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, document }) {
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          if (body?.errors) body.errors = nameScalarFields(body.errors, document);
        },
      };
    },
  };
}
