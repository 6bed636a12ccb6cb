"""Actors: who an article's mentions are, as of its date.

    resolve_article(article, kb) -> Article     (fills article.mentions)

See `kb` for the knowledge base, `resolve` for the rules, `petrarch` for importing PETRARCH dictionaries.
"""

from __future__ import annotations

from dragoman.actors.kb import Entry, KnowledgeBase, knowledge_base
from dragoman.actors.resolve import resolve
from dragoman.model import Article

__all__ = ["Entry", "KnowledgeBase", "knowledge_base", "resolve", "resolve_article"]


def resolve_article(article: Article, kb: KnowledgeBase | None = None) -> Article:
    """Replace the article's entity mentions by resolved actor mentions (unresolved entities kept)."""
    if article.supported and article.lang:
        article.mentions = resolve(
            article.text, article.lang, article.published, article.mentions, article.sentences, kb
        )
    return article
