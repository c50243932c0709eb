// Applied at every start; each statement is idempotent (IF NOT EXISTS).
// Uniqueness constraints also give each label an index on id, which every lookup starts from.
CREATE CONSTRAINT story_id IF NOT EXISTS FOR (n:Story) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT story_version_id IF NOT EXISTS FOR (n:StoryVersion) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT question_id IF NOT EXISTS FOR (n:Question) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT perspective_id IF NOT EXISTS FOR (n:Perspective) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT tension_id IF NOT EXISTS FOR (n:Tension) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT mention_id IF NOT EXISTS FOR (n:Mention) REQUIRE n.id IS UNIQUE;
// Shared identities: every story's record of one real-world source or statement MERGEs onto one node.
CREATE CONSTRAINT source_identity_id IF NOT EXISTS FOR (n:SourceIdentity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_identity_id IF NOT EXISTS FOR (n:ClaimIdentity) REQUIRE n.id IS UNIQUE;

// Filters by story, the API's most common entry point (the list queries seek on storyId alone).
CREATE INDEX claim_story_id IF NOT EXISTS FOR (n:Claim) ON (n.storyId);
CREATE INDEX event_story_id IF NOT EXISTS FOR (n:Event) ON (n.storyId);
CREATE INDEX source_story_id IF NOT EXISTS FOR (n:Source) ON (n.storyId);
CREATE INDEX question_story_id IF NOT EXISTS FOR (n:Question) ON (n.storyId);
CREATE INDEX perspective_story_id IF NOT EXISTS FOR (n:Perspective) ON (n.storyId);
CREATE INDEX tension_story_id IF NOT EXISTS FOR (n:Tension) ON (n.storyId);
// Sources by their number within a story (tension sides cite by number).
CREATE INDEX source_story_ref IF NOT EXISTS FOR (n:Source) ON (n.storyId, n.ref);

// Dates and names users filter and sort by.
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX source_published IF NOT EXISTS FOR (n:Source) ON (n.publishedAt);
CREATE INDEX story_updated IF NOT EXISTS FOR (n:Story) ON (n.updatedAt);
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE INDEX claim_kind IF NOT EXISTS FOR (n:Claim) ON (n.kind);

// Full-text search across claims, sources, events and actors (aliases are a list, indexed element by
// element). The english analyzer stems ("layoffs" finds "layoff") and drops stop words. An index
// that differs from its line here is dropped and created anew at start (src/db/apply-schema.ts).
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (n:Claim) ON EACH [n.text, n.quote] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
CREATE FULLTEXT INDEX source_text IF NOT EXISTS FOR (n:Source) ON EACH [n.title, n.publisher] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
CREATE FULLTEXT INDEX event_text IF NOT EXISTS FOR (n:Event) ON EACH [n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
CREATE FULLTEXT INDEX actor_text IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
// An editor's corrections (correctClaim): search finds a claim by its corrected text (field 'text';
// the others' values are indexed too, and left out by the search).
CREATE FULLTEXT INDEX correction_text IF NOT EXISTS FOR (n:Correction) ON EACH [n.corrected] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};

// API keys: looked up by the SHA-256 of the key a client sends, revoked by id.
CREATE CONSTRAINT api_key_hash IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.hash IS UNIQUE;
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.id IS UNIQUE;

// The graph model marker: one node, read at every start (src/model/graph-model-version.ts).
CREATE CONSTRAINT graph_model_id IF NOT EXISTS FOR (n:GraphModel) REQUIRE n.id IS UNIQUE;

// Curation (src/graphql/curation/): one Curation node per curated item, verdicts, and the audit trail.
CREATE CONSTRAINT curation_item_id IF NOT EXISTS FOR (n:Curation) REQUIRE n.itemId IS UNIQUE;
// A story's ClaimReview feed finds its curated claims by story (cypher/queries/claim-reviews.cypher).
CREATE INDEX curation_story_id IF NOT EXISTS FOR (n:Curation) ON (n.storyId);
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (n:Correction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT verdict_id IF NOT EXISTS FOR (n:Verdict) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_idempotency_key IF NOT EXISTS FOR (n:Change) REQUIRE n.idempotencyKey IS UNIQUE;
CREATE INDEX change_item_id IF NOT EXISTS FOR (n:Change) ON (n.itemId);
CREATE INDEX change_by IF NOT EXISTS FOR (n:Change) ON (n.by);
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
// Curated relations between claims or sources (src/graphql/curation/curated-relations.ts), read from either end.
CREATE CONSTRAINT curated_relation_id IF NOT EXISTS FOR (n:CuratedRelation) REQUIRE n.id IS UNIQUE;
CREATE INDEX curated_relation_from_id IF NOT EXISTS FOR (n:CuratedRelation) ON (n.fromId);
CREATE INDEX curated_relation_to_id IF NOT EXISTS FOR (n:CuratedRelation) ON (n.toId);
// Parts split off claims (src/graphql/curation/claim-splits.ts), behind their claim's Curation node.
CREATE CONSTRAINT claim_split_id IF NOT EXISTS FOR (n:ClaimSplit) REQUIRE n.id IS UNIQUE;
