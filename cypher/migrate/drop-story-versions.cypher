// The stored versions of the stories a user named with `claimgraph migrate --drop-story`.
UNWIND $storyIds AS storyId
MATCH (v:StoryVersion {storyId: storyId})
DETACH DELETE v
