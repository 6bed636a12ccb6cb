"""Actors: who an article's mentions are, as of its date.

    resolve_article(article, kb) -> Article     (fills article.mentions)

See `kb` for the knowledge base, `resolve` for the rules, `petrarch` for importing PETRARCH dictionaries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dragoman.actors.kb import Entry, KnowledgeBase, knowledge_base
from dragoman.actors.resolve import resolve
from dragoman.model import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Entry", "KnowledgeBase", "knowledge_base", "resolve", "resolve_article"]


def resolve_article(article: Article, doc: Doc | None = None, kb: KnowledgeBase | None = None) -> Article:
    """Replace the article's entity mentions by resolved actor mentions (unresolved entities kept).

    With the article's spaCy doc, words the parser tagged as adjectives are not read as agent nouns, and
    "police in Kenya" is one phrase only where the parse hangs the place on the noun.
    """
    if article.supported and article.lang:
        adjectives: frozenset[int] = frozenset()
        heads = None
        if doc is not None:
            from spacy.attrs import HEAD, IDX, POS

            # (read from the parse's arrays: a Token object per word and per head costs more than the rest)
            table = doc.to_array([IDX, HEAD, POS]).tolist()
            tags = {pos: doc.vocab.strings[pos] for pos in {row[2] for row in table}}
            heads = {
                idx: (table[(i + head) % 2**64][0], tags[pos])  # (HEAD: an unsigned offset)
                for i, (idx, head, pos) in enumerate(table)
            }
            adjectives = frozenset(idx for idx, (_, pos) in heads.items() if pos == "ADJ")
        article.mentions = resolve(
            article.text,
            article.lang,
            article.published,
            article.mentions,
            article.sentences,
            kb,
            adjectives,
            heads,
        )
    return article
