import { Kind, type DocumentNode } from 'graphql';
import { schemaDocument } from './schema-document';

/**
 * Every `@listBound(max: …)` of schema.graphql, by `Type.field`. The schema is where clients read a
 * list's bound, so it is also where the server takes it from: the resolvers' guard (bounded-lists.ts)
 * and the statements' LIMITs (the loaders) use these numbers.
 */
function listBoundsIn(document: DocumentNode): Map<string, number> {
  const bounds = new Map<string, number>();
  for (const definition of document.definitions) {
    // `extend type` counts too: the curation section of schema.graphql adds its fields to Claim and Source so.
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    for (const field of definition.fields ?? []) {
      const directive = field.directives?.find((d) => d.name.value === 'listBound');
      const max = directive?.arguments?.find((a) => a.name.value === 'max')?.value;
      if (max?.kind === Kind.INT) bounds.set(`${definition.name.value}.${field.name.value}`, Number(max.value));
    }
  }
  return bounds;
}

let bounds: ReadonlyMap<string, number> | undefined;

/** Every list bound of schema.graphql, by `Type.field`, read once per process. */
export function listBounds(): ReadonlyMap<string, number> {
  bounds ??= listBoundsIn(schemaDocument());
  return bounds;
}

/** The bound schema.graphql states for `Type.field`; a field without one is a programming error. */
export function listBound(typeName: string, fieldName: string): number {
  const bound = listBounds().get(`${typeName}.${fieldName}`);
  if (bound === undefined) throw new Error(`schema.graphql states no @listBound for ${typeName}.${fieldName}`);
  return bound;
}
