"""The event coder: who did what to whom, read from each sentence's dependency parse.

    code_events(article, doc) -> list[Event]

For every trigger (a verb or event noun of the language's lexicon, with the particle or object it needs),
the source is the subject (the `by`/`par` agent in the passive, the subject of the governing verb for
infinitives and conjoined verbs, the possessor or `de`/`of` complement of an event noun) and the target the
object or prepositional complement (the passive subject; `contre`/`against`/`on` for nouns; the place of a
visit). Each side is the actor mention inside that phrase; coordinated actors give one event each.
Modality comes from negation and the verbs governing the trigger (`refused to`, `envisageait de`, `may`),
attribution from a governing verb of saying or `selon`/`according to`. Precision first: no source, or no
reading, no event.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from dragoman import __version__
from dragoman.coding.lexicon import Lexicon, Trigger, lexicon
from dragoman.coding.tables import cameo_codes
from dragoman.model import Article, Event, EventActor, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["code_events"]

SUBJECTS = ("nsubj", "nsubj:pass", "nsubjpass", "csubj")
OBJECTS = ("dobj", "obj", "dative", "iobj")
PASSIVE_SUBJECTS = ("nsubj:pass", "nsubjpass")
AGENTS = ("agent", "obl:agent")
# Prepositions that introduce an event's target, and those that say where a visit or delivery goes.
TARGET_PREPS = {
    "en": ("to", "against", "on", "with", "toward", "towards", "into", "at", "from", "for", "over"),
    "fr": ("à", "contre", "avec", "sur", "envers", "vers", "auprès", "en", "au", "aux", "de"),
}
NOUN_TARGET_PREPS = (
    "against",
    "with",
    "to",
    "toward",
    "towards",
    "contre",
    "avec",
    "à",
    "envers",
    "vers",
    "auprès",
)
PLACE_PREPS = ("to", "in", "into", "à", "en", "au", "aux", "dans", "vers")
SOURCE_PREPS = ("of", "by", "de", "du", "des", "par")
# PLOVER types that need a recipient (PLOVER manual): without a target there is no such event.
NEEDS_TARGET = frozenset({"COOPERATE", "AID", "SANCTION"})
# What intending an act of each PLOVER type is coded as (CAMEO 03, "express intent to ...").
INTENT_OF = {
    "CONSULT": "036",
    "AID": "033",
    "COOPERATE": "031",
    "SUPPORT": "032",
    "CONCEDE": "035",
    "RETREAT": "035",
}
# Speech acts whose addressee may be the subject of their complement clause, and those whose complement
# is only asked for, promised or threatened (CAMEO roots: appeal, intent, demand, disapprove, reject, threaten).
SPEECH_ROOTS = frozenset({"02", "03", "10", "11", "12", "13"})
ASKING_ROOTS = frozenset({"02", "03", "10", "13"})
# PLOVER types whose target, when the text names none, is the source's own state.
DOMESTIC = frozenset({"PROTEST", "COERCE", "CONCEDE"})
# Giving and yielding: the recipient is the `to`/`à` complement, the object is what is given.
TRANSFER_ROOTS = frozenset({"03", "06", "07"})
PRONOUNS = frozenset({"il", "elle", "ils", "elles", "it", "they", "he", "she", "lui", "eux"})
# Refinements of aid codes by what the aid is (root 07 and the 033 intent codes): facts of CAMEO.
AID_KIND = {
    "military": ("072", "0332"),
    "militaire": ("072", "0332"),
    "economic": ("071", "0331"),
    "économique": ("071", "0331"),
    "financial": ("071", "0331"),
    "financier": ("071", "0331"),
    "financière": ("071", "0331"),
    "humanitarian": ("073", "0333"),
    "humanitaire": ("073", "0333"),
}


def code_events(article: Article, doc: Doc | None) -> list[Event]:
    """The events of one parsed article, in text order."""
    if doc is None or not article.lang or not article.supported:
        return []
    coder = _Coder(article, doc, lexicon(article.lang))
    events: list[Event] = []
    seen: set[str] = set()
    for index, sentence in enumerate(doc.sents):
        for event in coder.sentence_events(index, sentence):
            if event.event_id not in seen:
                seen.add(event.event_id)
                events.append(event)
    return events


class _Coder:
    def __init__(self, article: Article, doc: Doc, lex: Lexicon) -> None:
        self.article, self.doc, self.lex = article, doc, lex
        self.lang = article.lang or ""
        self.mentions = [m for m in article.mentions if m.actor_id or m.country]
        self._subject_spans = {
            (m.start, m.end)
            for token in doc
            if token.dep_ in SUBJECTS
            for m in [self._mention_at(token)]
            if m is not None
        }

    # -- triggers ----------------------------------------------------------------------------------

    def triggers(self, token: Token) -> list[Trigger]:
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX"):
            found = []
            for entry in self.lex.verbs.get(lemma, ()):
                if entry.object and not any(
                    c.dep_ in OBJECTS and c.lemma_.lower() == entry.object for c in token.children
                ):
                    continue
                if entry.prep and not self._has_particle(token, entry.prep):
                    continue
                found.append(entry)
            # The most specific entry wins: one with an object or particle over a bare verb.
            found.sort(key=lambda e: (e.object is None, e.prep is None))
            return found[:1]
        if token.pos_ in ("NOUN", "PROPN"):
            if self._mention_at(token) is not None:
                return []  # a noun that names an actor ("l'opposition camerounaise") is no event
            entries = self.lex.nouns.get(lemma, ())
            # the entry whose target preposition the noun has ("sanctions contre"), else the bare one
            with_prep = [e for e in entries if e.prep and self._has_particle(token, e.prep)]
            bare = [e for e in entries if not e.prep]
            return (with_prep or bare or list(entries))[:1]
        return []

    def _has_particle(self, verb: Token, prep: str) -> bool:
        for child in verb.children:
            if any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
                continue  # "agreed on Wednesday" is no agreement "on" something
            if child.dep_ in ("prt", "prep", "compound:prt") and child.text.lower() == prep:
                return True
            if any(c.dep_ in ("case", "mark") and c.text.lower() == prep for c in child.children):
                return True
        return False

    # -- actors ------------------------------------------------------------------------------------

    def actors_in(self, head: Token) -> list[Mention]:
        """The actor mentions a phrase names: the one covering its head, else those inside it; one per
        coordinated member ("Spain, Ireland and Norway")."""
        heads = [head, *self._conjuncts(head)]
        # "Hungarian and Romanian officials": one noun, two coordinated actor adjectives
        for adjective in (c for c in head.children if c.dep_ == "amod"):
            heads += [c for c in adjective.children if c.dep_ == "conj"]
        found: list[Mention] = []
        for h in heads:
            mention = self._mention_at(h) or self._first_mention(h)
            if mention is None and h.lemma_.lower() in PRONOUNS:
                mention = self._antecedent(h)
            if mention is not None and mention not in found:
                found.append(mention)
        return found

    def _conjuncts(self, head: Token) -> list[Token]:
        return [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON")]

    def _mention_at(self, token: Token) -> Mention | None:
        for m in self.mentions:
            if m.start <= token.idx < m.end:
                return m
        return None

    def _first_mention(self, head: Token) -> Mention | None:
        start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
        conj_starts = [c.left_edge.idx for c in self._conjuncts(head)]
        end = min([end, *conj_starts])
        inside = [m for m in self.mentions if start <= m.start and m.end <= end]
        return inside[0] if inside else None

    def _antecedent(self, pronoun: Token) -> Mention | None:
        """The actor a subject pronoun stands for: the last actor before it that agrees with it in number
        (and gender, in French), preferring actors that were subjects ("les responsables américains ont
        averti qu'elle ...": "elle" is not the officials)."""
        before = [
            m
            for m in self.mentions
            if m.end <= pronoun.idx
            and m.actor_id
            and m.label in ("state", "org", "person", "agent", "title")
            and pronoun.idx - m.start < 600
            and self._agrees(pronoun, m)
        ]
        subjects = [m for m in before if (m.start, m.end) in self._subject_spans]
        return (subjects or before)[-1] if before else None

    def _agrees(self, pronoun: Token, mention: Mention) -> bool:
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return True
        head = span.root
        for feature in ("Number", "Gender"):
            want = pronoun.morph.to_dict().get(feature, "")
            have = head.morph.to_dict().get(feature, "")
            if want and have and not set(want.split(",")) & set(have.split(",")):
                return False
        return True

    # -- roles ---------------------------------------------------------------------------------------

    def subject(self, verb: Token) -> Token | None:
        """The verb's subject, inherited through infinitive complements and conjoined verbs."""
        seen = 0
        while seen < 6:
            for child in verb.children:
                if child.dep_ in SUBJECTS and child.dep_ not in PASSIVE_SUBJECTS:
                    return child
            if verb.dep_ in ("xcomp", "conj", "advcl", "acl") and verb.head is not verb:
                verb = verb.head
                seen += 1
                continue
            return None
        return None

    def verb_roles(self, verb: Token, entry: Trigger) -> tuple[list[Mention], list[tuple[Mention, bool]]]:
        """Sources and targets (each with whether it is only a place) of a verb trigger."""
        passive = any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ in ("auxpass", "aux:pass") for c in verb.children)
        sources: list[Mention] = []
        targets: list[tuple[Mention, bool]] = []
        if passive:
            for child in verb.children:
                if child.dep_ in AGENTS:
                    sources += self.actors_in(self._pobj(child))
                elif child.dep_ in PASSIVE_SUBJECTS:
                    targets += [(m, False) for m in self.actors_in(child)]
        else:
            subject = self.subject(verb)
            if subject is not None:
                sources = self.actors_in(subject)
            for child in verb.children:
                if child.dep_ not in OBJECTS:
                    continue
                if entry.object and child.lemma_.lower() == entry.object:
                    # "imposed sanctions on Belarus": the object is part of the trigger, its complement the target
                    targets += self._prep_targets(child, None, of_is_target=True) or [
                        (m, False)
                        for m in self._noun_agents(child)  # "rejected a U.S. request"
                    ]
                elif child.lemma_.lower() in self.lex.nouns:
                    # "critiquer l'invasion de Moscou": the target is who did what the object names
                    agents = self._noun_agents(child)
                    targets += [(m, False) for m in agents or self.actors_in(child)]
                else:
                    targets += [(m, False) for m in self.actors_in(child)]
        if entry.cameo[:2] in TRANSFER_ROOTS:
            # "offered its troops to Lebanon": the recipient, not the thing given
            recipients = self._prep_targets(verb, entry.prep or ("à" if self.lang == "fr" else "to"))
            targets = recipients or targets
        if not targets:
            targets = self._prep_targets(verb, entry.prep)
        if not targets and entry.cameo[:2] in SPEECH_ROOTS:
            # "demanded that the US cancel", "threatened to attack Iraq": whom the words are aimed at,
            # the subject of their clause, else the object or complement of its verb
            clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None)
            if clause is not None:
                subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
                if subject is not None:
                    targets = [(m, False) for m in self.actors_in(subject)]
                else:
                    for child in clause.children:
                        if child.dep_ in OBJECTS:
                            targets += [(m, False) for m in self.actors_in(child)]
                    targets = targets or self._prep_targets(clause, None)
        return sources, targets

    def _pobj(self, token: Token) -> Token:
        return next((c for c in token.children if c.dep_ in ("pobj", "obj")), token)

    def _prep_targets(
        self, head: Token, wanted: str | None, *, of_is_target: bool = False
    ) -> list[tuple[Mention, bool]]:
        """Targets introduced by a preposition: in English a `prep` child with its object, in French an
        oblique or nominal complement with its `case` word. Below an event noun, `de`/`of` says who did it,
        not to whom; below the object of a light verb ("expel the ambassador of France") it names the
        target."""
        preps: tuple[str, ...] = TARGET_PREPS.get(self.lang, ())
        if head.pos_ in ("NOUN", "PROPN") and not of_is_target:
            # below an event noun only the prepositions that clearly point at someone ("talks on the
            # pullback" is a topic, "sanctions on Belarus" says so in its lexicon entry)
            preps = tuple(p for p in preps if p in NOUN_TARGET_PREPS)
        for child in head.children:
            word, phrase = None, None
            if child.dep_ == "prep":
                word, phrase = child.text.lower(), self._pobj(child)
            elif child.dep_.startswith(("obl", "nmod")) and child.dep_ != "obl:agent":
                case = next((c for c in child.children if c.dep_ == "case"), None)
                if case is not None:
                    word, phrase = case.text.lower(), child
            if word is None or phrase is None or (phrase is child and child.dep_ == "prep"):
                continue
            if (wanted and word == wanted) or (not wanted and word in preps):
                found = self.actors_in(phrase)
                if found:
                    return [(m, word in PLACE_PREPS) for m in found]
        return []

    def _noun_agents(self, noun: Token, exclude: set[tuple[int, int]] | None = None) -> list[Mention]:
        """Who an event noun says did it: possessor, compound or adjective actor, `de`/`of`/`by` complement."""
        sources: list[Mention] = []
        exclude = exclude or set()
        for child in noun.children:
            if child.dep_ in ("poss", "nmod:poss", "compound", "amod", "nmod", "det:poss"):
                case = next((c for c in child.children if c.dep_ == "case"), None)
                if case is not None and case.text.lower() not in SOURCE_PREPS:
                    continue
                phrase = child
            elif child.dep_ == "prep" and child.text.lower() in ("of", "by"):
                phrase = self._pobj(child)
            else:
                continue
            for m in self.actors_in(phrase):
                if (m.start, m.end) not in exclude and m not in sources:
                    sources.append(m)
        return sources

    def noun_roles(self, noun: Token, entry: Trigger) -> tuple[list[Mention], list[tuple[Mention, bool]]]:
        """Sources and targets of an event noun: its possessor, compound or adjective actor, or `de`/`of`
        complement; its target preposition (on the noun or a participle after it: "sanctions imposed on");
        else the verb that governs it, unless that verb is itself an event ("condemned the sanctions")."""
        targets: list[tuple[Mention, bool]] = self._prep_targets(noun, entry.prep)
        for child in noun.children:
            if not targets and child.dep_ in ("acl", "amod") and child.pos_ == "VERB":
                targets = self._prep_targets(child, entry.prep)
        sources = self._noun_agents(noun, {(m.start, m.end) for m, _ in targets})
        own_sources = bool(sources)
        governor = self._governing_verb(noun)
        if governor is not None and not self.triggers(governor) and not self._is_cue_verb(governor):
            receiving = self.lex.cue("receiving", governor.lemma_) or any(
                c.dep_ in (*OBJECTS, "case") and self.lex.cue("receiving", c.lemma_)
                for c in (*governor.children, *noun.children)
            )
            subject = self.subject(governor)
            if receiving and subject is not None and not targets:
                targets = [(m, False) for m in self.actors_in(subject)]
            elif not sources and subject is not None and not receiving:
                sources = self.actors_in(subject)
            if not targets and not receiving:
                targets = self._prep_targets(governor, None)
            if not targets and not own_sources:
                # an event noun whose doer and target both come from elsewhere ("fleeing the fighting") is
                # not read as an event: precision first
                return [], []
        return sources, targets

    def _is_cue_verb(self, verb: Token) -> bool:
        return any(self.lex.cue(kind, verb.lemma_) for kind in ("negating", "reporting"))

    def _governing_verb(self, token: Token) -> Token | None:
        head, steps = token.head, 0
        while head is not token and steps < 4:
            if head.pos_ in ("VERB", "AUX"):
                return head
            token, head, steps = head, head.head, steps + 1
        return None

    # -- modality and attribution ------------------------------------------------------------------

    def modality(self, trigger: Token) -> str:
        if any(c.dep_ in ("neg", "advmod") and self.lex.cue("negation", c.lemma_) for c in trigger.children):
            return "negated"
        node, steps = trigger, 0
        while (
            node.dep_ in ("xcomp", "ccomp", "acl", "advcl", "obj", "dobj", "pobj", "obl", "nmod")
            and steps < 4
        ):
            head = node.head
            if head is node:
                break
            negated_head = any(
                c.dep_ in ("neg", "advmod") and self.lex.cue("negation", c.lemma_) for c in head.children
            )
            if self.lex.cue("negating", head.lemma_) and not negated_head:
                return "negated"
            if self.lex.cue("possible", head.lemma_):
                return "possible"
            if node.dep_ in ("ccomp", "xcomp") and any(
                t.cameo[:2] in ASKING_ROOTS for t in self.triggers(head)
            ):
                return "possible"  # what is demanded, urged or threatened has not happened
            if self.lex.cue("reporting", head.lemma_):
                break
            node, steps = head, steps + 1
        if any(c.dep_ in ("aux", "aux:tense") and self.lex.cue("modal", c.lemma_) for c in trigger.children):
            return "possible"
        if "Cnd" in trigger.morph.to_dict().get("Mood", "") or trigger.sent.text.rstrip().endswith("?"):
            return "possible"
        return "asserted"

    def attribution(self, trigger: Token) -> Mention | None:
        """Who claims it: the subject of a verb of saying whose complement holds the trigger, or the
        complement of `selon` / `according to` in the sentence."""
        node, steps = trigger, 0
        while node.head is not node and steps < 5:
            head = node.head
            if self.lex.cue("reporting", head.lemma_) and node.dep_ in (
                "ccomp",
                "parataxis",
                "xcomp",
            ):
                subject = self.subject(head)
                found = self.actors_in(subject) if subject is not None else []
                if found:
                    return found[0]
            node, steps = head, steps + 1
        for token in trigger.sent:
            if self.lex.cue("according", token.lemma_) or self.lex.cue("according", token.text):
                phrase = token.head if token.dep_ == "case" else self._pobj(token)
                if token.text.lower() == "according":
                    phrase = next((self._pobj(c) for c in token.children if c.dep_ == "prep"), phrase)
                found = self.actors_in(phrase)
                if found:
                    return found[0]
        return None

    # -- events ------------------------------------------------------------------------------------

    def sentence_events(self, index: int, sentence: Span) -> list[Event]:
        if next(iter(self.lex.discards.find(sentence.text)), None) is not None:
            return []  # sports, markets, weather, entertainment, obituaries (lang/<iso>/discards.tsv)
        events = []
        consumed: set[int] = set()  # triggers folded into an intent ("agreed to provide aid")
        emitted: set[int] = set()  # triggers that gave an event: what they govern is their purpose or manner
        for token in sentence:
            if token.i in consumed or self._governed_by(token, emitted):
                continue
            for entry in self.triggers(token):
                if entry.pos == "verb":
                    sources, targets = self.verb_roles(token, entry)
                else:
                    sources, targets = self.noun_roles(token, entry)
                if not sources or self._only_a_frame(token, entry):
                    continue
                cameo = self._refine(entry, token)
                cameo, inner_targets = self._intent(token, cameo, consumed)
                targets = targets or inner_targets
                if not targets and cameo_codes()[cameo].plover_type in DOMESTIC:
                    targets = self._domestic(sources)
                emitted.add(token.i)
                modality = "asserted" if cameo.startswith("03") else self.modality(token)
                claimant = self.attribution(token)
                for source in sources:
                    for target, place in targets or [(None, False)]:  # type: ignore[list-item]
                        if (
                            target is not None
                            and target.actor_id == source.actor_id
                            and target.cameo == source.cameo
                        ):
                            continue  # an actor acting on itself: a misreading, not an event
                        if target is None and cameo_codes()[cameo].plover_type in NEEDS_TARGET:
                            continue
                        events.append(
                            self._event(
                                index,
                                sentence,
                                token,
                                entry,
                                cameo,
                                source,
                                target,
                                place,
                                modality,
                                claimant,
                            )
                        )
            events += self._spoken_demands(index, sentence, token)
        return events

    def _spoken_demands(self, index: int, sentence: Span, verb: Token) -> list[Event]:
        """What a speaker says someone must do is a demand (CAMEO 100): "Russia said Sudan must return the
        helicopter", "Paris a déclaré que Damas devait cesser": the speaker demands it of that someone."""
        if not self.lex.cue("reporting", verb.lemma_) or self.triggers(verb):
            return []
        clause = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis")), None)
        if clause is None:
            return []
        obliged = self.lex.cue("obligation", clause.lemma_) or any(
            c.dep_ in ("aux", "aux:tense") and self.lex.cue("obligation", c.lemma_) for c in clause.children
        )
        subject = self.subject(verb)
        addressee = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if not obliged or subject is None or addressee is None:
            return []
        entry = Trigger("100", "verb", verb.lemma_.lower(), None, None, "coding:spoken-demand")
        events = []
        for source in self.actors_in(subject):
            for target in self.actors_in(addressee):
                if target.actor_id != source.actor_id:
                    events.append(
                        self._event(
                            index, sentence, verb, entry, "100", source, target, False, "asserted", None
                        )
                    )
        return events

    def _intent(self, token: Token, cameo: str, consumed: set[int]) -> tuple[str, list[tuple[Mention, bool]]]:
        """Intentions, as PLOVER codes them (AGREE): "agreed to / offered to / promised to X" is one
        event, with X's target and a code saying what is intended; so is a cooperative act in the future
        ("will visit Albania")."""
        inner: Token | None = None
        if cameo.startswith("03"):
            inner = next((c for c in token.children if c.dep_ == "xcomp" and self.triggers(c)), None)
        elif INTENT_OF.get(cameo_codes()[cameo].plover_type) and self._future(token):
            return INTENT_OF[cameo_codes()[cameo].plover_type], []
        if inner is None:
            return cameo, []
        consumed.add(inner.i)
        entry = self.triggers(inner)[0]
        _sources, targets = self.verb_roles(inner, entry)
        kind = cameo_codes()[self._refine(entry, inner)]
        intent = INTENT_OF.get(kind.plover_type)
        if kind.plover_type == "AID" and kind.code in ("071", "072", "073"):
            intent = {"071": "0331", "072": "0332", "073": "0333"}[kind.code]
        return intent or cameo, targets

    def _future(self, token: Token) -> bool:
        if token.pos_ in ("NOUN", "PROPN"):
            governor = self._governing_verb(token)
            if governor is None:
                return False
            token = governor
        if "Fut" in token.morph.to_dict().get("Tense", ""):
            return True
        return any(c.dep_ == "aux" and c.lemma_.lower() in ("will", "shall") for c in token.children)

    def _governed_by(self, token: Token, emitted: set[int]) -> bool:
        """Whether a trigger hangs below one that already gave an event: "demonstrated, calling for
        independence", "staged a hunger strike to demand": the purpose of that event, not another one."""
        node, steps = token, 0
        while node.head is not node and steps < 3:
            if node.dep_ not in (
                "advcl",
                "xcomp",
                "acl",
                "obl",
                "nmod",
                "prep",
                "pobj",
                "pcomp",
                "obj",
                "dobj",
            ):
                return False
            node, steps = node.head, steps + 1
            if node.i in emitted:
                return True
        return False

    def _domestic(self, sources: list[Mention]) -> list[tuple[Mention, bool]]:
        """A protest or a coercive act with no named target is aimed at the state where it happens: the
        source's own (PLOVER's convention for domestic events)."""
        for source in sources:
            if source.country:
                state = Mention(
                    source.start,
                    source.end,
                    source.text,
                    "state",
                    actor_id=f"state:{source.country}",
                    country=source.country,
                    cameo=source.country,
                    rule="domestic",
                )
                return [(state, True)]
        return []

    def _only_a_frame(self, token: Token, entry: Trigger) -> bool:
        """A negating or possibility verb whose complement is itself an event ("refused to condemn"): the
        complement carries the meaning. A threat is kept: it is its own event."""
        if entry.pos != "verb" or entry.cameo.startswith("13"):
            return False
        if not (self.lex.cue("negating", token.lemma_) or self.lex.cue("possible", token.lemma_)):
            return False
        return any(c.dep_ in ("xcomp", "ccomp") and self.triggers(c) for c in token.children)

    def _refine(self, entry: Trigger, token: Token) -> str:
        """A more specific aid code when the aid's kind is named: "assistance militaire" is 072."""
        if entry.cameo[:2] not in ("07", "03"):
            return entry.cameo
        words = [token, *token.children]
        for child in token.children:
            if child.dep_ in OBJECTS:
                words += [child, *child.children]
        for word in words:
            kind = AID_KIND.get(word.lemma_.lower()) or AID_KIND.get(word.text.lower())
            if kind:
                return (
                    kind[0]
                    if entry.cameo.startswith("07")
                    else kind[1]
                    if entry.cameo.startswith("033")
                    else entry.cameo
                )
        return entry.cameo

    def _event(
        self,
        index: int,
        sentence: Span,
        token: Token,
        entry: Trigger,
        cameo: str,
        source: Mention,
        target: Mention | None,
        place: bool,
        modality: str,
        claimant: Mention | None,
    ) -> Event:
        code = cameo_codes()[cameo]
        article = self.article
        key = "|".join(
            [
                article.id,
                str(index),
                str(token.idx),
                cameo,
                source.actor_id or source.text,
                (target.actor_id or target.text) if target else "",
                __version__,
            ]
        )
        confidence = 0.5 + (0.2 if target is not None else 0) + (0.1 if entry.pos == "verb" else 0)
        confidence -= 0.1 if source.rule and "context" in source.rule else 0
        return Event(
            event_id=hashlib.blake2b(key.encode(), digest_size=10).hexdigest(),
            article_id=article.id,
            doc_id=article.doc_id,
            lang=self.lang,
            sentence=index,
            evidence=sentence.text.strip(),
            evidence_start=sentence.start_char + (len(sentence.text) - len(sentence.text.lstrip())),
            evidence_end=sentence.end_char - (len(sentence.text) - len(sentence.text.rstrip())),
            trigger=token.text,
            source=EventActor.of(source),
            target=EventActor.of(target, place_only=place) if target is not None else None,
            cameo=cameo,
            cameo_root=code.root,
            quad_class=code.quad_class,
            goldstein=code.goldstein,
            plover_type=code.plover_type,
            plover_mode=code.plover_mode,
            modality=modality,
            attributed_to=EventActor.of(claimant) if claimant is not None else None,
            date=article.published.isoformat() if article.published else None,
            date_precision="publication" if article.published else None,
            location=None,
            confidence=round(min(1.0, max(0.1, confidence)), 2),
            rule=f"{entry.pos}:{entry.lemma}{'+' + entry.prep if entry.prep else ''}"
            f"{'+' + entry.object if entry.object else ''} ({entry.source})",
        )
