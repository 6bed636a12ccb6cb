"""Dedup scored on real corpora (read from ../shared at run time, nothing of them kept in the repo).

- WMT newstest (2012, 2013, 2014 fr-en): the same article in English and in French (one is the original,
  the other a professional translation). Every English and French document goes into one index; a
  `translation` match between the two versions of one document is right, any other is wrong.
- The 2016 scraper copies: Reuters stories that came both through the Reuters feed and through Google
  News (the same Reuters story id, `idUSKCN...`, ends both links) must land in one story; the empty-body
  posts must not make one giant story.
- OrangeSum: the authors' groups of articles with an identical body, lede or headline; those with the
  same body must all be found, and the others are reported by what they share.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from dragoman.counts import Counts
from dragoman.dedup import ArticleFeatures, DedupIndex, cluster, features
from dragoman.dedup.cluster import StoryClusters
from dragoman.dedup.index import MIN_WORDS
from dragoman.model import Article, RawDocument

__all__ = [
    "WMT_SETS",
    "ParallelDoc",
    "read_wmt",
    "score_orangesum",
    "score_scraper",
    "score_wmt",
]

WMT_SETS = (
    ("newstest2012", "newstest2012-src.en.sgm", "newstest2012-src.fr.sgm"),
    ("newstest2013", "newstest2013-src.en.sgm", "newstest2013-src.fr.sgm"),
    ("newstest2014", "newstest2014-fren-src.en.sgm", "newstest2014-fren-src.fr.sgm"),
)
_DOC = re.compile(r'<doc\s+docid="([^"]+)"[^>]*>(.*?)</doc>', re.S)
_SEG = re.compile(r"<seg[^>]*>(.*?)</seg>", re.S)
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&#39;": "'"}


@dataclass(frozen=True, slots=True)
class ParallelDoc:
    """One language version of one WMT document: the first segment is its headline."""

    set: str
    docid: str
    lang: str
    title: str
    text: str

    @property
    def key(self) -> str:
        return f"{self.set}/{self.docid}/{self.lang}"


def _unescape(text: str) -> str:
    return re.sub("|".join(_ENTITIES), lambda m: _ENTITIES[m.group(0)], text).strip()


def read_wmt(root: Path, sets: Iterable[str] | None = None) -> list[ParallelDoc]:
    """The English and French documents of the WMT sets under `root` (all three unless `sets` names some)."""
    wanted = set(sets) if sets is not None else None
    docs = []
    for name, *files in WMT_SETS:
        if wanted is not None and name not in wanted:
            continue
        for file, lang in zip(files, ("en", "fr"), strict=True):
            sgml = (root / name / file).read_text(encoding="utf-8")
            for docid, body in _DOC.findall(sgml):
                segments = [_unescape(s) for s in _SEG.findall(body)]
                if segments:
                    docs.append(ParallelDoc(name, docid, lang, segments[0], "\n\n".join(segments[1:])))
    return docs


def _prepared(raw: RawDocument) -> Article | None:
    from dragoman.pipeline import prepare

    return prepare(raw, Counts())


def parsed_features(
    articles: list[Article], keys: list[str], cache: Path | None = None
) -> dict[str, ArticleFeatures]:
    """Features of the articles with their mentions resolved (parse and actors), cached in `cache` by
    the hash of each cleaned text: parsing runs at about ten articles a second per core."""
    from dragoman.actors import knowledge_base, resolve_article
    from dragoman.nlp import parse

    stored: dict[str, list[str]] = {}
    if cache is not None and cache.exists():
        stored = json.loads(cache.read_text(encoding="utf-8"))
    todo = [a for a in articles if a.id not in stored]
    if todo:
        kb = knowledge_base()
        for article, doc in zip(todo, parse(todo), strict=True):
            if doc is not None:
                resolve_article(article, doc, kb)
            stored[article.id] = sorted(features(article).anchors)
        if cache is not None:
            cache.parent.mkdir(parents=True, exist_ok=True)
            cache.write_text(json.dumps(stored), encoding="utf-8")
    return {
        k: replace(features(a), anchors=frozenset(stored[a.id])) for k, a in zip(keys, articles, strict=True)
    }


@dataclass
class CopyScore:
    documents: int = 0
    gold_pairs: int = 0
    found: int = 0  # translation matches
    right: int = 0
    other_matches: Counter[str] = field(default_factory=Counter)  # near/exact/title matches (all wrong here)
    wrong: list[tuple[str, str, float, tuple[str, ...]]] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.right / self.gold_pairs if self.gold_pairs else 0.0


def score_wmt(
    root: Path, sets: Iterable[str] | None = None, *, resolve: bool = True, cache: Path | None = None
) -> CopyScore:
    """Cross-lingual copy detection among all English and French documents of the WMT sets together."""
    docs = read_wmt(root, sets)
    articles: list[Article] = []
    keys: list[str] = []
    for doc in docs:
        raw = RawDocument(doc.key, "wmt", doc.text, title=doc.title, lang_hint=doc.lang)
        article = _prepared(raw)
        if article is not None:
            articles.append(article)
            keys.append(doc.key)
    if resolve:
        found = parsed_features(articles, keys, cache)
    else:
        found = {k: features(a) for k, a in zip(keys, articles, strict=True)}
    pairs = {(d.set, d.docid) for d in docs if d.lang == "en"} & {
        (d.set, d.docid) for d in docs if d.lang == "fr"
    }
    result = CopyScore(documents=len(articles), gold_pairs=len(pairs))
    index = DedupIndex()
    matched: set[tuple[str, str]] = set()
    for key in keys:
        for match in index.add(key, found[key]):
            if match.kind != "translation":
                result.other_matches[match.kind] += 1
                continue
            result.found += 1
            if _document(key) == _document(match.other):
                result.right += 1
                matched.add(_document(key))
            else:
                result.wrong.append((key, match.other, match.score, match.shared))
    result.missed = sorted(f"{s}/{d}" for s, d in pairs - matched)
    return result


def _document(key: str) -> tuple[str, str]:
    name, _, rest = key.partition("/")
    return name, rest.rpartition("/")[0]


# -- the 2016 scraper copies ---------------------------------------------------------------------------

_REUTERS_ID = re.compile(r"id([A-Z]{5}[0-9A-Z]{5,})\b")


@dataclass(frozen=True, slots=True)
class Post:
    key: str
    title: str
    published: date | None
    link: str  # the original article's URL (Google News redirects followed)
    via: str  # reuters_feed | google_news | other
    body: str


def read_post(path: Path) -> Post:
    """One scraper post: its YAML front matter and its HTML body."""
    import yaml

    _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
    meta = yaml.safe_load(front) or {}
    links = meta.get("original_link") or [""]
    link = html.unescape(str(links[0] if isinstance(links, list) else links).strip())
    via = "other"
    if "news.google.com" in link:
        via = "google_news"
        link = unquote(parse_qs(urlsplit(link).query).get("url", [link])[0])
    elif "feeds.reuters.com" in link:
        via = "reuters_feed"
    posted = meta.get("post_date")
    day = posted.date() if isinstance(posted, datetime) else None
    return Post(path.name, html.unescape(str(meta.get("post_title") or "")).strip(), day, link, via, body)


def post_article(post: Post) -> Article | None:
    from dragoman.ingest.formats import parse_html

    raw = parse_html(post.body, post.key, post.key)
    host = urlsplit(post.link).hostname or ""
    outlet = "reuters.com" if post.via == "reuters_feed" else host.removeprefix("www.") or None
    raw = replace(raw, title=post.title or raw.title, published=post.published, url=post.link, outlet=outlet)
    return _prepared(raw)


@dataclass
class ScraperScore:
    posts: int = 0
    stories: int = 0
    sizes: Counter[int] = field(default_factory=Counter)
    both_ways: int = 0  # Reuters story ids that came through the feed and through Google News
    both_ways_together: int = 0  # ... whose posts are all in one story
    split: list[str] = field(default_factory=list)
    short_posts: int = 0  # bodies under MIN_WORDS words
    largest_with_short: int = 0  # the largest story holding a short-body post
    clusters: StoryClusters | None = None


def score_scraper(folder: Path, pattern: str = "*.md") -> ScraperScore:
    """Stories of the posts named by `pattern` (all of them by default; about 25 a second)."""
    paths = sorted(folder.glob(pattern))
    posts = [read_post(p) for p in paths]
    articles: dict[str, Article] = {}
    for post in posts:
        article = post_article(post)
        if article is not None:
            articles[post.key] = article
        else:  # nothing left after cleaning: still an article of the corpus, with an empty body
            articles[post.key] = Article(
                post.key, post.key, post.body, "", title=post.title, published=post.published
            )
    clusters = cluster(list(articles.values()))
    result = ScraperScore(posts=len(posts), stories=len(clusters.stories), sizes=clusters.sizes())
    result.clusters = clusters
    by_id: dict[str, list[Post]] = {}
    for post in posts:
        found = _REUTERS_ID.search(post.link)
        if found and (post.via == "reuters_feed" or "reuters.com" in post.link):
            by_id.setdefault(found.group(1), []).append(post)
    for story_id, group in sorted(by_id.items()):
        if {p.via for p in group} >= {"reuters_feed", "google_news"}:
            result.both_ways += 1
            if len({clusters.story_of[p.key] for p in group}) == 1:
                result.both_ways_together += 1
            else:
                result.split.append(story_id + ": " + ", ".join(p.key for p in group))
    short = [k for k, a in articles.items() if features(a).words < MIN_WORDS]
    result.short_posts = len(short)
    result.largest_with_short = max(
        (len(clusters.stories[clusters.story_of[k]].members) for k in short), default=0
    )
    return result


# -- OrangeSum ----------------------------------------------------------------------------------------


@dataclass
class GroupScore:
    groups: Counter[str] = field(default_factory=Counter)  # by what the members share: body, lede, headline
    found: Counter[str] = field(default_factory=Counter)  # ... all in one story
    missed: list[str] = field(default_factory=list)
    articles: int = 0
    stories: int = 0
    sizes: Counter[int] = field(default_factory=Counter)

    def share(self, kind: str) -> float:
        return self.found[kind] / self.groups[kind] if self.groups[kind] else 0.0


def score_orangesum(folder: Path, groups: int | None = None) -> GroupScore:
    """The duplicate groups of list_of_duplicates.txt against dragoman's stories over every parsed article
    (or, with `groups`, over the articles of the first that many groups only)."""
    lines = (folder / "list_of_duplicates.txt").read_text(encoding="utf-8").splitlines()
    if groups is None:
        paths = sorted((folder / "parsed").glob("*.json"))
    else:
        lines = lines[:groups]
        paths = sorted(
            {folder / "parsed" / n.strip() for line in lines for n in line.split(",") if n.strip()}
        )
    records: dict[str, dict[str, str]] = {}
    for path in paths:
        if path.exists():
            records[path.name] = json.loads(path.read_text(encoding="utf-8"))
    articles = []
    for name, record in records.items():
        text = "\n\n".join(p for p in (record.get("heading", ""), record.get("article", "")) if p)
        day = date.fromisoformat(record["date"]) if record.get("date") else None
        raw = RawDocument(name, "orangesum", text, title=record.get("title"), published=day, lang_hint="fr")
        article = _prepared(raw)
        if article is not None:
            articles.append(article)
    clusters = cluster(articles)
    result = GroupScore(articles=len(articles), stories=len(clusters.stories), sizes=clusters.sizes())
    for line in lines:
        group = [n.strip() for n in line.split(",") if n.strip() in records]
        if len(group) < 2:
            continue
        kind = _shared_field(group, records)
        result.groups[kind] += 1
        if len({clusters.story_of.get(n) for n in group}) == 1:
            result.found[kind] += 1
        else:
            result.missed.append(f"{kind}: {','.join(group)}")
    return result


def _shared_field(group: list[str], records: dict[str, dict[str, str]]) -> str:
    """`body` when the members' article texts are identical, else `lede`, else `headline`."""
    for name, kind in (("article", "body"), ("heading", "lede"), ("title", "headline")):
        values = {hashlib.blake2b(records[n].get(name, "").encode(), digest_size=8).digest() for n in group}
        if len(values) == 1:
            return kind
    return "none"


def main() -> None:
    """`python -m dragoman.evaluate.dedup [SHARED_DIR]`: the three figures, over the whole corpora."""
    import sys

    root = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared") / "corpora"
    code = Path(__file__).resolve().parents[1] / "dedup" / "anchors.py"
    version = hashlib.blake2b(code.read_bytes(), digest_size=6).hexdigest()
    cache = Path.home() / ".cache" / "dragoman" / f"dedup-wmt-anchors-{version}.json"  # new code, new cache
    for resolve in (False, True):
        wmt = score_wmt(root / "wmt_newstest_multiparallel", resolve=resolve, cache=cache)
        how = "with parsed actors" if resolve else "text anchors only"
        print(
            f"WMT EN↔FR ({how}): {wmt.documents} documents, {wmt.gold_pairs} pairs, {wmt.found} found, "
            f"precision {wmt.precision:.3f}, recall {wmt.recall:.3f}"
        )
    scraper = score_scraper(root / "scraper_republished_wire_2016" / "_posts")
    print(
        f"scraper 2016: {scraper.posts} posts in {scraper.stories} stories, sizes {sorted(scraper.sizes.items())}; "
        f"Reuters stories via feed and Google News: {scraper.both_ways_together}/{scraper.both_ways} in one story; "
        f"{scraper.short_posts} short-body posts, largest story holding one: {scraper.largest_with_short}"
    )
    orange = score_orangesum(root / "orangesum_fr_news")
    shares = ", ".join(f"{k} {orange.found[k]}/{n}" for k, n in sorted(orange.groups.items()))
    print(
        f"OrangeSum: {orange.articles} articles in {orange.stories} stories (largest {max(orange.sizes)}); "
        f"duplicate groups in one story by what they share: {shares}"
    )


if __name__ == "__main__":
    main()
