"""NLP: each supported article through its language's spaCy pipeline, batched with `nlp.pipe`.

    parse(articles) -> list[Doc | None]
    parsed(articles) -> Iterator[tuple[int, Doc | None]]

Fills the article's sentences and entity mentions (offsets into the cleaned text) and gives back the
spaCy docs for the stages after this one: `parse` all of them in the articles' order, `parsed` each as
soon as it is made (with its article's index, a language after the other), so that a caller who is done
with a doc lets it go: a batch of long articles held whole costs hundreds of MB more than spaCy's own
minibatch. Pipelines load once per process.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from functools import cache
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import IS_SPACE, ORTH, POS, SPACY
from spacy.symbols import VERB

from dragoman.errors import UsageError
from dragoman.model import Article, Mention, Span
from dragoman.resources import language_packs

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["BATCH_SIZE", "memory_zone", "parse", "parsed", "pipeline_for"]

# docs in flight in nlp.pipe: 64 long articles cost ~600 MB more at the peak than 16, and are no faster
BATCH_SIZE = 16
_NO_TENSOR = numpy.zeros((0, 0), dtype="float32")


def _paragraph_breaks(doc: Doc) -> Doc:
    """A paragraph break always ends a sentence (news paragraphs are whole sentences); the parser keeps
    the boundaries set before it."""
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist():  # (no Token object for every word)
        if "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


def _whole_hyphenated_words(doc: Doc) -> Doc:
    """A hyphen glued between two words joins them ("Royaume-Uni", "Bosnie-Herzégovine", "al-Chabab"): no
    sentence starts inside, though the parser, seeing a name its tokenizer cut in three open a text, makes
    each part a sentence ("Le Royaume-Uni a condamné ...": no subject). (The parser keeps to it where it can:
    one that reads a part as a sentence of its own still ends it there.)"""
    words = doc.to_array([ORTH, SPACY])  # (no Token object for every word)
    glued = (words[1:-1, 0] == doc.vocab.strings["-"]) & (words[:-2, 1] == 0) & (words[1:-1, 1] == 0)
    for i in (numpy.flatnonzero(glued) + 1).tolist():
        # (not a heading glued to its paragraph by a lost break: "Appel à la prudence en Angleterre-Le gouvernement")
        if doc[i - 1].is_alpha and doc[i + 1].is_alpha and not doc[i + 1].is_stop:
            doc[i].is_sent_start = False
            doc[i + 1].is_sent_start = False
    return doc


def _french_verb_lemmas(doc: Doc) -> Doc:
    """A finite French verb the lemmatizer left as it is written ("La Chine cherche à", "demande", "signent":
    regular -er verbs its lookup table lacks) gets its infinitive (cherche → chercher, signent → signer), so
    that the lexicons match it by lemma."""
    for i in numpy.flatnonzero(doc.to_array(POS) == VERB).tolist():  # (no Token object for every word)
        token = doc[i]
        form = token.morph.get("VerbForm", [])
        # (or one the morphologizer took for a participle though it ends as no participle does: "bombarde")
        if token.lemma_ == token.lower_ and ("Fin" in form or "Part" in form):
            written = token.lower_
            if written.endswith("ent") and "Fin" in form:
                token.lemma_ = written[:-2] + "r"
            elif written.endswith("es") and "Fin" in form:
                token.lemma_ = written[:-1] + "r"
            elif written.endswith("e") and ("Fin" in form or not written.endswith(("ée", "ie", "ue"))):
                token.lemma_ = written + "r"
    return doc


def _split_glued_sentences(nlp: Language) -> None:
    """A full stop glued to the next sentence's capital by a lost space ("cas de Covid-19.Parmi les",
    "(1979).L'Iran") splits the token there, so that the sentence ends where it does; the text is not changed.
    So does a double hyphen typed for a dash and glued to its word ("--Pays-Bas, Autriche et Suède--")."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    glued = r"(?<=[a-zà-ÿ0-9\)»\"%]{2})\.(?=[A-ZÀ-Ý][a-zà-ÿ'’])"
    dash = "--"
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        tokenizer.infix_finditer = compile_infix_regex([*(nlp.Defaults.infixes or ()), glued]).finditer
        tokenizer.prefix_search = compile_prefix_regex([dash, *(nlp.Defaults.prefixes or ())]).search
        tokenizer.suffix_search = compile_suffix_regex([dash, *(nlp.Defaults.suffixes or ())]).search


@cache
def pipeline_for(lang: str) -> Language:
    import spacy
    from spacy.language import Language

    pack = language_packs().get(lang)
    if pack is None:
        raise UsageError(f"no language pack for {lang!r}; packs: {', '.join(sorted(language_packs()))}")
    if "dragoman_paragraphs" not in Language.factories:
        Language.component("dragoman_paragraphs", func=_paragraph_breaks)
        Language.component("dragoman_hyphenated_words", func=_whole_hyphenated_words)
        Language.component("dragoman_french_verb_lemmas", func=_french_verb_lemmas)
    try:
        nlp = spacy.load(pack["spacy_model"])
        _split_glued_sentences(nlp)
        nlp.add_pipe("dragoman_paragraphs", before="parser")
        nlp.add_pipe("dragoman_hyphenated_words", before="parser")
        if lang == "fr":
            nlp.add_pipe("dragoman_french_verb_lemmas", after="lemmatizer")
        return nlp
    except OSError as exc:
        raise UsageError(
            f"spaCy pipeline {pack['spacy_model']} for {lang!r} is not installed; run `make demo` "
            f"or `pip install -e .` ({exc})"
        ) from None


@contextmanager
def memory_zone(langs: Iterable[str]) -> Iterator[None]:
    """Within it, the strings spaCy adds to its vocabulary while parsing are its own, freed when it ends:
    without it, every new word of every article stays, and a long run grows by gigabytes. Docs and
    tokens must not outlive it (what the stages keep of them, mentions and events, are Python strings)."""
    with ExitStack() as stack:
        for lang in sorted(set(langs)):
            stack.enter_context(pipeline_for(lang).memory_zone())
        yield


def _within_paragraph(start: int, end: int, text: str, label: str) -> Mention | None:
    """An entity the recogniser ran across a paragraph break (a heading "Pays-Bas" over "La police
    néerlandaise a ...") is the part in the paragraph where it ends (or before the break, when the break
    ends it); None when only blanks are left."""
    if "\n" not in text:
        return Mention(start, end, text, label)
    cut = text.rfind("\n")
    low, high = (cut + 1, len(text)) if text[cut + 1 :].strip() else (text.rfind("\n", 0, cut) + 1, cut)
    part = text[low:high]
    if not part.strip():
        return None
    low += len(part) - len(part.lstrip())
    name = part.strip()
    return Mention(start + low, start + low + len(name), name, label)


def parse(articles: list[Article]) -> list[Doc | None]:
    """Docs for the supported articles (None for the others), sentences and mentions filled in."""
    docs: list[Doc | None] = [None] * len(articles)
    for i, doc in parsed(articles):
        docs[i] = doc
    return docs


def parsed(articles: list[Article]) -> Iterator[tuple[int, Doc | None]]:
    """(index, doc) of every article, as each is parsed: the unsupported first (None), then a language
    after the other; sentences and mentions filled in."""
    by_lang: dict[str, list[int]] = defaultdict(list)
    for i, article in enumerate(articles):
        if article.supported and article.lang and article.text:
            by_lang[article.lang].append(i)
        else:
            yield i, None
    for lang, indexes in by_lang.items():
        nlp = pipeline_for(lang)
        texts = (articles[i].text for i in indexes)
        for i, doc in zip(indexes, nlp.pipe(texts, batch_size=BATCH_SIZE), strict=True):
            article = articles[i]
            article.sentences = [Span(s.start_char, s.end_char) for s in doc.sents]
            article.mentions = [
                m for e in doc.ents if (m := _within_paragraph(e.start_char, e.end_char, e.text, e.label_))
            ]
            # the stages after parsing read tokens, tags and the tree, never the token vectors
            doc.tensor = _NO_TENSOR
            yield i, doc
