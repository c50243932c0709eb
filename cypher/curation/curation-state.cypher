// Read under the item's lock (lock-item.cypher): its curation as committed, its verdicts and corrections, and the
// change an earlier write with the same idempotency key made, if any.
MATCH (c:Curation {itemId: $itemId})
OPTIONAL MATCH (done:Change {idempotencyKey: $idempotencyKey})
RETURN c {.*} AS curation,
       COLLECT { MATCH (c)-[:HAS_VERDICT]->(v:Verdict) RETURN v {.*} ORDER BY v.recordedAt DESC, v.id } AS verdicts,
       COLLECT { MATCH (c)-[:HAS_CORRECTION]->(k:Correction) RETURN k {.*} ORDER BY k.field } AS corrections,
       done {.*} AS done
