// Read under both items' locks: the curated relation of this id, if any, and whether the story's
// newest version makes the relation itself (its own SUPPORTS, CONTRADICTS or DERIVED_FROM edge from
// $fromId to $toId, or, for SAME_ITEM, both sources' edges to one SourceIdentity).
OPTIONAL MATCH (r:CuratedRelation {id: $id})
RETURN r {.*} AS curated,
  CASE $relation
    WHEN 'SUPPORTS' THEN EXISTS { MATCH (:Claim {id: $fromId})-[e:SUPPORTS]->(:Claim {id: $toId}) WHERE e.current }
    WHEN 'CONTRADICTS' THEN EXISTS { MATCH (:Claim {id: $fromId})-[e:CONTRADICTS]->(:Claim {id: $toId}) WHERE e.current }
    WHEN 'DERIVED_FROM' THEN EXISTS { MATCH (:Source {id: $fromId})-[e:DERIVED_FROM]->(:Source {id: $toId}) WHERE e.current }
    WHEN 'SAME_ITEM' THEN EXISTS {
      MATCH (:Source {id: $fromId})-[a:SAME_SOURCE_AS]->(:SourceIdentity)<-[b:SAME_SOURCE_AS]-(:Source {id: $toId})
      WHERE a.current AND b.current
    }
    // A merge is the curator's alone: a story never merges claims.
    ELSE false
  END AS inDocument
