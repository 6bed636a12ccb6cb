"""Dedup: which articles are one story, copied, reprinted or translated, and which article each copies.

    features(article) -> ArticleFeatures            per article, parallel-safe
    DedupIndex.add(key, features) -> list[Match]    incremental: the earlier articles it matches
    cluster(articles) -> StoryClusters              stories, originals, wire, independent outlets

See `index` for the kinds of match and their thresholds, `anchors` for the cross-lingual fingerprint.
"""

from __future__ import annotations

from dragoman.dedup.anchors import anchors, text_anchors
from dragoman.dedup.cluster import ArticleInfo, Story, StoryClusters, cluster, info_of, outlet_of, stories
from dragoman.dedup.index import ArticleFeatures, DedupIndex, IndexRow, Match, features

__all__ = [
    "ArticleFeatures",
    "ArticleInfo",
    "DedupIndex",
    "IndexRow",
    "Match",
    "Story",
    "StoryClusters",
    "anchors",
    "cluster",
    "features",
    "info_of",
    "outlet_of",
    "stories",
    "text_anchors",
]
