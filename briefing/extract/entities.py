"""Speakers being assembled (entities), the sentence subjects pronouns may refer to, and the
speaker records the entities become."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from briefing.extract import lexicon as lx
from briefing.extract.names import name_words
from briefing.extract.model import Speaker, SpeakerKind

_LOOK_BACK = 40  # subjects a pronoun may reach back over (bounds the cost per pronoun)
PREPOSITION_WORDS = frozenset("for of at with from in on by to".split())
ROLE_WORD = re.compile(r"[a-z]+\.?")
_PLURAL_NOUNS = frozenset(
    "people police staff spokespeople folks children men women crowd audience family crew".split()
)


@dataclass(slots=True)
class Entity:
    """A speaker being assembled; `gender` is "m", "f", "n" or None."""

    name: str
    kind: SpeakerKind
    role: str | None = None
    gender: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    plural: bool = False  # "residents", "officials", "opposition parties": never "he", "she" or "it"

    @property
    def last_seen(self) -> int:
        return self.mentions[-1][0] if self.mentions else -1


class Subjects:
    """Sentence subjects by offset: the candidates a pronoun or a floating quote may refer to."""

    def __init__(self) -> None:
        self._offsets: list[int] = []
        self._entities: list[Entity] = []

    def add(self, offset: int, entity: Entity) -> None:
        k = bisect_right(self._offsets, offset)
        self._offsets.insert(k, offset)
        self._entities.insert(k, entity)

    def before(self, offset: int) -> Iterator[tuple[int, Entity]]:
        """The latest subjects before `offset`, nearest first (a bounded look back)."""
        k = bisect_left(self._offsets, offset)
        for i in range(k - 1, max(-1, k - 1 - _LOOK_BACK), -1):
            yield self._offsets[i], self._entities[i]


def role_noun(word: str) -> bool:
    return word in lx.ROLE_HEADS or word.removesuffix("s") in lx.ROLE_HEADS or (
        word.endswith("es") and word[:-2] in lx.ROLE_HEADS
    )


def plural(head: str) -> bool:
    """"residents", "officials", "people" (not "the boss", "the sergeant-at-arms")."""
    if "-" in head:
        return False
    return head in _PLURAL_NOUNS or (head.endswith("s") and not head.endswith(("ss", "us", "is", "ics")))


def make_organization(entity: Entity) -> None:
    entity.kind, entity.gender = "organization", "n"


def merge_roles(entities: list[Entity]) -> dict[int, Entity]:
    """Unnamed speakers whose words are a named person's role ("Latvian foreign minister" and
    "Latvian Foreign Minister Baiba Braze"), as a map from `id(unnamed)` to the person."""
    merged: dict[int, Entity] = {}
    for entity in entities:
        if entity.kind != "anonymous":
            continue
        words = tuple(w for w in name_words(entity.name) if w not in lx.DETERMINERS)
        person = next((p for p in entities if words and _role_words(p)[-len(words):] == words), None)
        person = person or _office_holder(entity, entities)
        if person is not None:
            person.aliases.append(entity.name)
            person.mentions.extend(entity.mentions)
            merged[id(entity)] = person
    return merged


def _role_words(person: Entity) -> tuple[str, ...]:
    return name_words(person.role or "") if person.kind == "person" else ()


def _office_holder(entity: Entity, entities: list[Entity]) -> Entity | None:
    """"A Superior Court judge" is "Justice Maria Costa" when she is the one person whose
    title or role names that office (an office a title before a name stands for: not "a
    union president", who is rarely the one president named)."""
    words = ROLE_WORD.findall(entity.name.lower())
    cut = next((k for k, w in enumerate(words) if w in PREPOSITION_WORDS), len(words))
    # "a Superior Court of Ontario judge", "a doctor at the clinic"
    head = words[-1] if words and words[-1] in lx.TITLED_OFFICES else words[cut - 1] if cut else ""
    office = lx.TITLED_OFFICES.get(head) if not entity.plural else None
    if office is None:
        return None
    holders = [
        p for p in entities if p.kind == "person" and office & set(ROLE_WORD.findall((p.role or "").lower()))
    ]
    return holders[0] if len(holders) == 1 else None


def to_speakers(entities: list[Entity]) -> list[tuple[Entity, Speaker]]:
    """Each entity with its record; ids s1, s2, ... in order of first mention."""
    ordered = sorted(entities, key=lambda e: min(e.mentions, default=(0, 0)))
    return [
        (e, Speaker(f"s{i}", e.name, e.kind, e.role, _aliases(e), sorted(set(e.mentions))))
        for i, e in enumerate(ordered, 1)
    ]


def _aliases(entity: Entity) -> list[str]:
    return sorted(set(entity.aliases) - {entity.name})
