// Story.aggregates and Query.aggregates, for a batch of (grouping, stories) keys in one statement:
// each id is the AggregateBy value and the story ids, space-separated (ids hold no spaces). The
// grouping picks one branch below by value, never by text built from input. Each branch answers one
// row per item counted, with its key: a property of the item as the version held it (a claim's kind
// and speaker as an editor corrected them, on a default read), upper-cased
// where it is an enum value; a month `YYYY-MM` (an event dated only to its year: `YYYY`); an actor's id.
// Groups are summed over the stories: an actor's or a month's group is one across them. At most
// $groupsLimit groups, the largest first, ties by key, the group without a key last among equals.
UNWIND $ids AS id
CALL (id) {
  WITH split(id, ' ') AS parts
  WITH head(parts) AS by, tail(parts) AS storyIds
  UNWIND storyIds AS storyId
  CALL (by, storyId) {
    MATCH (c:Claim {storyId: storyId})
    WHERE by IN ['CLAIM_KIND', 'CLAIM_SECTION', 'CLAIM_SPEAKER'] AND CASE WHEN $version IS NULL THEN c.current ELSE $version IN c.versions END
    WITH by, c, CASE WHEN $version IS NULL THEN c
      ELSE coalesce(head(COLLECT {
        MATCH (c)-[:HAS_STATE]->(state:ItemState)
        WHERE ($storyId IS NULL OR c.storyId = $storyId) AND $version IN state.versions
        RETURN state {.*, id: c.id, versions: c.versions, current: c.current, atStoryId: $storyId, atVersion: $version}
      }), c {.*, atStoryId: $storyId, atVersion: $version}) END AS held
    // A default read counts an editor's corrected kind and speaker (correctClaim).
    RETURN CASE by
      WHEN 'CLAIM_KIND' THEN toUpper(coalesce(CASE WHEN $version IS NULL AND 'kind' IN coalesce(c.correctedFields, []) THEN head(COLLECT {
          MATCH (:Curation {itemId: c.id})-[:HAS_CORRECTION]->(correction:Correction {field: 'kind'})
          RETURN correction.corrected
        }) END, held.kind))
      WHEN 'CLAIM_SECTION' THEN toUpper(held.section)
      ELSE coalesce(CASE WHEN $version IS NULL AND 'speaker' IN coalesce(c.correctedFields, []) THEN head(COLLECT {
          MATCH (:Curation {itemId: c.id})-[:HAS_CORRECTION]->(correction:Correction {field: 'speaker'})
          RETURN correction.corrected
        }) END, head(COLLECT {
          MATCH (c)-[spoken:SPOKEN_BY]->(speaker:Actor)
          WHERE CASE WHEN $version IS NULL THEN spoken.current ELSE $version IN spoken.versions END
          RETURN speaker.id
        }))
    END AS key
    UNION ALL
    MATCH (s:Source {storyId: storyId})
    WHERE by IN ['SOURCE_KIND', 'SOURCE_PUBLISHER', 'SOURCE_MONTH'] AND CASE WHEN $version IS NULL THEN s.current ELSE $version IN s.versions END
    WITH by, s, CASE WHEN $version IS NULL THEN s
      ELSE coalesce(head(COLLECT {
        MATCH (s)-[:HAS_STATE]->(state:ItemState)
        WHERE ($storyId IS NULL OR s.storyId = $storyId) AND $version IN state.versions
        RETURN state {.*, id: s.id, versions: s.versions, current: s.current, atStoryId: $storyId, atVersion: $version}
      }), s {.*, atStoryId: $storyId, atVersion: $version}) END AS held
    RETURN CASE by
      WHEN 'SOURCE_KIND' THEN toUpper(held.kind)
      WHEN 'SOURCE_MONTH' THEN left(toString(held.publishedAt), 7)
      ELSE head(COLLECT {
        MATCH (s)-[r:PUBLISHED_BY]->(publisher:Actor)
        WHERE CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END
        RETURN publisher.id
      })
    END AS key
    UNION ALL
    MATCH (e:Event {storyId: storyId})
    WHERE by = 'EVENT_MONTH' AND CASE WHEN $version IS NULL THEN e.current ELSE $version IN e.versions END
    WITH CASE WHEN $version IS NULL THEN e
      ELSE coalesce(head(COLLECT {
        MATCH (e)-[:HAS_STATE]->(state:ItemState)
        WHERE ($storyId IS NULL OR e.storyId = $storyId) AND $version IN state.versions
        RETURN state {.*, id: e.id, versions: e.versions, current: e.current, atStoryId: $storyId, atVersion: $version}
      }), e {.*, atStoryId: $storyId, atVersion: $version}) END AS held
    RETURN left(toString(held.date), CASE held.datePrecision WHEN 'year' THEN 4 ELSE 7 END) AS key
    UNION ALL
    MATCH (c:Claim {storyId: storyId})<-[r:ASSERTS]-(:Actor)
    WHERE by IN ['ASSERTION_CHANNEL', 'ASSERTION_MONTH'] AND CASE WHEN $version IS NULL THEN r.current ELSE $version IN r.versions END
    RETURN CASE by WHEN 'ASSERTION_CHANNEL' THEN toUpper(r.channel) ELSE left(toString(r.at), 7) END AS key
  }
  WITH key, count(*) AS count
  ORDER BY count DESC, key IS NULL, key
  RETURN sum(count) AS total, collect({key: key, count: count})[..$groupsLimit] AS groups
}
RETURN id, {by: head(split(id, ' ')), total: total, groups: groups} AS node
