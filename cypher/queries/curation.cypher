// The curation of claims or sources by id (a revision, a source's reliability and retraction):
// one Curation node per curated item, by its unique itemId; an item never curated answers no row.
UNWIND $ids AS id
MATCH (c:Curation {itemId: id})
RETURN id, c {.*} AS node
