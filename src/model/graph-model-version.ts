/**
 * The version of the shape claimgraph stores in Neo4j: labels, relationship types, their properties,
 * and what a StoryVersion keeps. The graph records the version that wrote it in one
 * `(:GraphModel {id: 'claimgraph', version})` node, and every start compares the two.
 *
 * Rule: bump GRAPH_MODEL_VERSION in the commit that changes what the writer stores. Nothing else is
 * needed: an older graph is migrated by re-deriving every story from the documents its versions keep,
 * through the ingest pipeline of the day. A label the writer stops writing goes into RETIRED_LABELS, so
 * that the migration clears old nodes of it too.
 *
 * 1: b2d1327 and before, with no marker. 2: claims with mentions and speakers (issue 11); versions keep
 * their overlay. 3: one history — an item's older properties in ItemStates, an edge copied when a
 * version changes its properties, and each version's recordedAt. 4: shared identities across stories —
 * SourceIdentity and ClaimIdentity nodes, and each story's SAME_SOURCE_AS and SAME_CLAIM_AS edges to them.
 * 5: each DERIVED_FROM edge's kind, relay or analysis (src/model/derivations.ts), which corroboration reads.
 */
export const GRAPH_MODEL_VERSION = 5;

/** Labels of derived nodes that older models wrote and this one no longer does. */
export const RETIRED_LABELS: readonly string[] = [];
