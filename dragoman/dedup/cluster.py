"""Story clusters: the articles that are one story (copies, reprints, translations), and who copied whom.

    cluster(articles) -> StoryClusters
    stories(items, links) -> StoryClusters     (the same, from stored features and matches)

A story is a connected group of matched articles. Within it each article's `original` is the earliest
article (by publication date, ties by key) among those it matched that came before it: the article it
copies or translates. An article that matched nothing earlier than itself is an origin; the story's
independent outlets are the outlets of its origins (a wire story and its reprints count once), and its
wire is the agency most of its articles credit.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

from dragoman.dedup.index import DedupIndex, Match, features
from dragoman.model import Article

__all__ = ["ArticleInfo", "Story", "StoryClusters", "cluster", "outlet_of", "stories"]


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What a story needs to know of one of its articles."""

    key: str
    published: date | None
    outlet: str | None
    wire: str | None

    @property
    def order(self) -> tuple[date, str]:
        return (self.published or date.max, self.key)


@dataclass(frozen=True, slots=True)
class Story:
    id: str  # "story:" + the earliest article's key
    members: tuple[str, ...]  # keys, earliest first
    earliest: str
    wire: str | None
    outlets: tuple[str, ...]  # every outlet that carried it
    independent_outlets: tuple[str, ...]  # outlets of the articles that copy no earlier one of the story


@dataclass
class StoryClusters:
    story_of: dict[str, str] = field(default_factory=dict)  # article key → story id
    original_of: dict[str, str] = field(default_factory=dict)  # copy → the article it copies or translates
    link_kind: dict[str, str] = field(
        default_factory=dict
    )  # copy → exact | near | update | translation | title | url
    stories: dict[str, Story] = field(default_factory=dict)

    def sizes(self) -> Counter[int]:
        """How many stories have each number of articles."""
        return Counter(len(s.members) for s in self.stories.values())


def outlet_of(article: Article) -> str | None:
    """The outlet's name as given, else the host of the article's URL without `www.`."""
    if article.outlet:
        return article.outlet
    host = urlsplit(article.url).hostname if article.url else None
    return host.removeprefix("www.") if host else None


def info_of(key: str, article: Article) -> ArticleInfo:
    wire = article.wire or (article.dateline.wire if article.dateline else None)
    return ArticleInfo(key, article.published, outlet_of(article), wire)


def cluster(
    articles: Sequence[Article], *, key: Callable[[Article], str] = lambda a: a.doc_id
) -> StoryClusters:
    """Index the articles in publication order and group them into stories.

    `key` names an article (the caller's `doc_id` by default, so that byte-identical copies stay separate
    articles; a store passes `Article.id`). Keys must be unique."""
    index = DedupIndex()
    items: list[ArticleInfo] = []
    links: list[tuple[str, Match]] = []
    for article in sorted(articles, key=lambda a: (a.published or date.max, key(a))):
        name = key(article)
        items.append(info_of(name, article))
        links += [(name, m) for m in index.add(name, features(article))]
    return stories(items, links)


class _Groups:
    """Union-find over article keys."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.parent = {k: k for k in keys}

    def find(self, key: str) -> str:
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def join(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def stories(items: Iterable[ArticleInfo], links: Iterable[tuple[str, Match]]) -> StoryClusters:
    """Stories from the articles and their matches (article key, match with an earlier article)."""
    info = {i.key: i for i in items}
    groups = _Groups(info)
    result = StoryClusters()
    for key, match in links:
        groups.join(key, match.other)
        a, b = sorted((info[key], info[match.other]), key=lambda i: i.order)
        current = result.original_of.get(b.key)
        if current is None or a.order < info[current].order:
            result.original_of[b.key] = a.key
            result.link_kind[b.key] = match.kind
    members: dict[str, list[ArticleInfo]] = {}
    for key in info:
        members.setdefault(groups.find(key), []).append(info[key])
    for group in members.values():
        group.sort(key=lambda i: i.order)
        story = _story(group, result.original_of)
        result.stories[story.id] = story
        for item in group:
            result.story_of[item.key] = story.id
    return result


def _story(group: list[ArticleInfo], original_of: dict[str, str]) -> Story:
    outlets = tuple(dict.fromkeys(i.outlet for i in group if i.outlet))
    origins = tuple(dict.fromkeys(i.outlet for i in group if i.outlet and i.key not in original_of))
    wires = Counter(i.wire for i in group if i.wire)
    wire = max(wires, key=lambda w: (wires[w], w == group[0].wire)) if wires else None
    return Story(
        id="story:" + group[0].key,
        members=tuple(i.key for i in group),
        earliest=group[0].key,
        wire=wire,
        outlets=outlets,
        independent_outlets=origins,
    )
