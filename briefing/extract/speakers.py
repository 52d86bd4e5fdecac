"""The article's cast: mentions merged into speakers, aliases, and pronoun resolution."""

from __future__ import annotations

import re
from bisect import bisect_right

from briefing.extract import lexicon as lx
from briefing.extract.descriptions import DESCRIPTION_REACH, POSSESSOR, Descriptions, names_itself
from briefing.extract.entities import (
    PREPOSITION_WORDS, Entity, Subjects, make_organization, merge_roles, plural, role_noun, to_speakers,
)
from briefing.extract.model import SpeakerKind
from briefing.extract.mentions import OWNER_PRONOUNS, Mention
from briefing.extract.names import NameIndex, name_words

__all__ = ["Entity", "SpeakerBook", "merge_roles", "to_speakers"]

_ORGANIZATION_NOUNS = lx.ORG_DESCRIPTORS - lx.ROLE_HEADS
_EMPLOYER = re.compile(r"\b(?:for|of|at) (the (\w+))$")


class SpeakerBook(Descriptions):
    """Merges mentions into entities in reading order and resolves pronouns and nominals."""

    def __init__(self, text: str, byline: str = "") -> None:
        self.text = text
        self.names = NameIndex(text)
        self.entities: list[Entity] = []
        self._subjects = Subjects()
        self.silent: set[int] = set()  # offsets of subjects who declined to speak
        self._lowercase: dict[str, bool] = {}
        self._surnames: list[Mention] = []  # lone capitalized words as subjects, in reading order
        self.speaking: set[int] = set()  # ids of entities a speech cue has had speak so far
        self._documents: list[tuple[int, Entity]] = []  # documents (or their authors) by offset
        self._document_offsets: list[int] = []  # their offsets, to bisect
        self._byline = set(name_words(byline)) - {"and", "by", "with", "staff", "reporter"}
        self._by_word: dict[str, set[int]] = {}  # name word -> positions in entities (see _index)
        self._position: dict[int, int] = {}  # id(entity) -> position in entities
        self._aged: dict[int, tuple[Entity, int, bool]] = {}  # given_an_age: (entity, mentions read, found)

    def written_lowercase(self, word: str) -> bool:
        """Whether `word` (lowercase) is written in lowercase somewhere: a common word, not a name."""
        found = self._lowercase.get(word)
        if found is None:
            found = self._lowercase[word] = _written_alone(self.text, word)
        return found

    def is_byline(self, mention: Mention) -> bool:
        """Whether a person mention names the article's author."""
        words = name_words(mention.name) if mention.kind == "person" else []
        return bool(words) and words[-1] in self._byline

    def resolve(self, mention: Mention, subject: bool = True) -> Entity | None:
        """The entity a non-pronoun mention denotes, creating it when new; with `subject` it
        becomes the latest subject for pronouns that follow."""
        if mention.kind == "pronoun":
            return None
        self._normalize(mention)
        author = self._author(mention)
        if author is not None:
            self._note(author, mention)
            return author
        owner = self._owner(mention)
        if owner is not None:
            # "his statement" is his own words; "her office" is "Patty Hajdu's office"
            entity = owner if mention.kind == "document" else None
            if entity is None:
                mention.name = f"{owner.name}'s {mention.text.split(None, 1)[1]}"
                entity = self._same_name(mention) or self._new(mention)
        elif mention.kind == "person":
            entity = self._person(mention)
        elif mention.definite and mention.head and not names_itself(mention):
            entity = (
                self._document_before(mention)
                or self._of_age(mention)
                or self._nominal(mention)
                or self._police_force(mention)
                or self._named_organization(mention)
                or self._latest_person(mention)
                or self._named_organization(mention, introduced=True)
                or self._organization_written_before(mention)
                or self._new(mention)
            )
        else:
            entity = self._same_name(mention) or self._police_force(mention) or self._new(mention)
        self._note(entity, mention)
        if subject:
            self._subjects.add(mention.start, entity)
        if mention.kind == "document" or mention.authored:
            self.note_document(mention.start, entity)
        return entity


    def note_document(self, offset: int, author: Entity) -> None:
        """A document written at `offset` by `author` ("X wrote in a report")."""
        k = bisect_right(self._document_offsets, offset)  # as insort by offset, with no key call per step
        self._document_offsets.insert(k, offset)
        self._documents.insert(k, (offset, author))


    def _owner(self, mention: Mention) -> Entity | None:
        """Who "his", "her", "its" or "their" stands for at the start of a description."""
        word = mention.text.split(None, 1)[0].lower() if " " in mention.text else ""
        if mention.kind == "person" or word not in OWNER_PRONOUNS:
            return None
        end = mention.start + len(word)
        pronoun = Mention(mention.start, end, word, "pronoun", word, gender=OWNER_PRONOUNS[word])
        owner = self.resolve_pronoun(pronoun, mention.start)
        return owner if owner is not None and owner.kind in ("person", "organization") else None

    def _author(self, mention: Mention) -> Entity | None:
        """"The British aid group Gatsby said ... A statement said ...": a statement that names
        no author is the latest subject's, when that subject was a sentence or two before."""
        if mention.kind != "document" or mention.head not in _STATEMENTS or _AUTHOR.search(mention.text):
            return None
        for at, entity in self._subjects.before(mention.start):
            if mention.start - at > _AUTHOR_REACH:
                return None
            if entity.kind in ("person", "organization"):
                return entity
        return None

    def _normalize(self, mention: Mention) -> None:
        """Kind and name as the whole article tells them: "Helixa Recycling, which ..." and
        "Dunmore & Vale" are organizations, "WSA" is "Water Standards Authority"."""
        organization = mention.name.lower() in self.names.organizations or "&" in mention.name
        if mention.kind == "person" and organization:
            mention.kind, mention.gender = "organization", "n"
        elif (
            mention.kind == "person" and not mention.role and role_noun(mention.name.lower())
            and mention.name.lower() not in self.names.full_names
        ):
            # "Officials said", "Witnesses say": a common noun opening the sentence
            mention.kind, mention.head = "anonymous", mention.name.lower()
        elif mention.kind == "organization" and _described_person(mention.text):
            # "A Superior Court of Ontario judge": a person the court's name describes (not
            # "the Canadian Union of Public Employees")
            mention.kind, mention.gender, mention.name = "anonymous", None, mention.text
            mention.head = mention.text.rsplit(None, 1)[-1]
        elif mention.kind == "anonymous" and mention.head in _ORGANIZATION_NOUNS and mention.definite:
            mention.kind, mention.gender = "organization", "n"  # "the airline", "the oil producer"
        elif mention.kind == "anonymous" and self._owned_by_person(mention):
            mention.definite = False  # "Meng's lawyer", "the mayor's spokesperson": someone else
        elif mention.kind == "anonymous" and not mention.definite and POSSESSOR.match(mention.text):
            # "Canada's top doctor", "Saskatchewan's premier": one person, named before
            mention.definite = role_noun(mention.head or "") and not plural(mention.head or "")
        elif (
            mention.kind == "anonymous" and mention.text.istitle()
            and mention.text.lower() in self.names.full_names
        ):
            mention.kind, mention.head = "person", None  # "Nurse said" after "Coach Nick Nurse"
        long_form = self.names.acronyms.get(mention.name) or self._initials_of(mention.name)
        if long_form and mention.kind in ("person", "organization"):
            mention.kind, mention.gender, mention.name = "organization", "n", long_form
        if mention.kind == "organization":
            mention.name = self.names.organization_named(mention.name)
            if mention.definite and names_itself(mention):
                mention.name = re.sub(r"^the ", "", mention.name, flags=re.IGNORECASE)
        elif mention.kind == "anonymous" and not mention.definite:
            self._name_the_employer(mention)

    def _name_the_employer(self, mention: Mention) -> None:
        """"a spokesman for the company" -> "a spokesman for Nordmark Raffinerie" (the
        organization the sentences before were about)."""
        m = _EMPLOYER.search(mention.name)
        if not m or m.group(2).lower() not in lx.ORG_DESCRIPTORS:
            return
        for _, entity in self._subjects.before(mention.start):
            if entity.kind == "organization":
                mention.name = mention.name[: m.start(1)] + re.sub(r"^The ", "the ", entity.name)
                return

    def resolve_pronoun(self, mention: Mention, before: int) -> Entity | None:
        """Nearest preceding subject whose gender (and kind) fits the pronoun. A bystander who
        has not spoken gives way to someone known to fit, not far before: to a speaker or a
        topic (someone mentioned again) when the bystander's gender is unknown, to the speaker
        of the bystander's paragraph when the pronoun is in a later one."""
        want = mention.gender
        found: Entity | None = None
        found_at = -1
        for at, entity in self._subjects.before(before):
            far = before - at > DESCRIPTION_REACH
            if found is not None:
                if before - at > _SPEAKER_REACH:
                    break
                if self._fits(entity, want, mention.name) and self._prevails(entity, at, found, found_at, want):
                    found = entity  # "Stone said ... Forward Alex Moreau scored twice. // '...,' she said"
                    break
                continue
            if want == "n" and not far and self._bare_name(entity):
                make_organization(entity)  # "Amazon said ... it said": a company after all
            if far and entity.kind == "anonymous" and _INDEFINITE.match(entity.name):
                continue  # "a friend wondered" is not "he" paragraphs later
            if self._fits(entity, want, mention.name):
                found, found_at = entity, at
                if not self._bystander(entity, at, want, before):
                    break
        if found is None:
            return self._named_before(mention, before)
        self._note(found, mention, alias=False)
        if found.gender is None and want in ("m", "f"):
            found.gender = want  # "Lonechild ... she said": later "he" is someone else
        return found

    def _bystander(self, entity: Entity, at: int, want: str | None, before: int) -> bool:
        """A subject a "he" or "she" at `before` may not stand for: one who has not spoken and
        whose gender is unknown, or who is in an earlier paragraph (not introduced with an age)."""
        if want not in ("m", "f") or id(entity) in self.speaking:
            return False
        if entity.gender is None:
            return True
        return self.text.find("\n\n", at, before) >= 0 and not self.given_an_age(entity)

    def _prevails(self, entity: Entity, at: int, bystander: Entity, bystander_at: int, want: str | None) -> bool:
        """Whether `entity`, a subject before the bystander in the bystander's paragraph, is
        whom the pronoun stands for (a bystander in a paragraph of their own is a new voice)."""
        if self.text.find("\n\n", at, bystander_at) >= 0:
            return False
        if bystander.gender is None:
            return entity.gender == want and self._topic(entity)
        # "Smith said ... His lawyer, Mark Jones, filed a motion. // '...,' he said"
        return id(entity) in self.speaking

    def given_an_age(self, entity: Entity) -> bool:
        """Whether the text gives the person's age after a mention ("Mark Jones, 60,"): a new voice."""
        # mentions only grow: each is matched once, not on every call (an entity's many mentions)
        _, checked, aged = self._aged.get(id(entity), (entity, 0, False))
        if not aged:
            aged = any(_AGE_AFTER.match(self.text, e) for _, e in entity.mentions[checked:])
            self._aged[id(entity)] = (entity, len(entity.mentions), aged)
        return aged

    def _topic(self, entity: Entity) -> bool:
        """Someone who has spoken, or been mentioned more than once."""
        return id(entity) in self.speaking or len(entity.mentions) > 1

    def _named_before(self, pronoun: Mention, before: int) -> Entity | None:
        """No subject yet ("For Fouzia Al Hashish, ... she said"): the last person named."""
        if pronoun.gender not in ("m", "f"):
            return None
        found = self.names.latest_before(before, pronoun.gender)
        if found is None:
            # '"I never saw it coming," she says. Maria Lopez, 41, ...': named just after
            found = self.names.first_after(pronoun.end, pronoun.end + DESCRIPTION_REACH)
            same = lx.MALE_NAMES if pronoun.gender == "m" else lx.FEMALE_NAMES
            if found and not (found[1].split()[0].lower() in same or found[0] in self.names.with_age):
                found = None
        if found is None:
            # "Trudeau was asked about the deal. '...,' he said": a lone name as the last resort
            named = next((m for m in reversed(self._surnames) if m.start < before), None)
            if named is not None and before - named.start <= DESCRIPTION_REACH:
                found = (named.start, named.name)
        return self.person_named(found[0], found[1], pronoun) if found else None

    def person_named(self, offset: int, name: str, pronoun: Mention | None = None) -> Entity | None:
        """The person a full name written at `offset` denotes (as what `pronoun` stands for)."""
        gender = pronoun.gender if pronoun else None
        named = Mention(offset, offset + len(name), name, "person", name, gender=gender)
        if self.is_byline(named) or (pronoun is not None and gender not in ("m", "f")):
            return None
        entity = self._person(named)
        self._note(entity, named)
        if pronoun is not None:
            self._note(entity, pronoun, alias=False)
        return entity

    def looks_like_person(self, offset: int, name: str) -> bool:
        """A full name read as a person's: a known first name, an age or a description after it
        ("Tom Reilly, who farms ...", "Tom Reilly, a farmer"), or someone already met."""
        if offset in self.names.with_age or self.known_person(name, None):
            return True
        first = name.split()[0].lower()
        return first in lx.MALE_NAMES or first in lx.FEMALE_NAMES or bool(
            _DESCRIBED_AFTER.match(self.text, offset + len(name))
        )

    def known_person(self, name: str, gender: str | None) -> bool:
        """Whether `name` is a person already met (as a speaker or a subject), or has a first
        name of `gender`."""
        first = name.split()[0].lower()
        if first in (lx.MALE_NAMES if gender == "m" else lx.FEMALE_NAMES if gender == "f" else ()):
            return True
        words = name_words(name)
        return any(e.kind == "person" and name_words(e.name) == words for e in self.entities)

    def latest_subject(self, before: int) -> tuple[int, Entity] | None:
        """The last person (or unnamed source, not a group) a sentence was about before `before`."""
        people = (
            (p, e) for p, e in self._subjects.before(before)
            if e.kind in ("person", "anonymous") and not e.plural and p not in self.silent
        )
        return next(people, None)

    def note_subject(self, entity: Entity, offset: int) -> None:
        """A resolved pronoun keeps its entity the most recent subject."""
        self._subjects.add(offset, entity)

    def note_antecedent(self, mention: Mention) -> Entity | None:
        """A person named as a sentence's subject: a candidate for later pronouns (the entity
        when the name is taken as a person's).

        A lone capitalized word counts only as the surname of a full name written elsewhere
        ("Niederreiter has four goals" after "Nino Niederreiter"), not "Latvia".
        """
        if mention.kind != "person" or self.is_byline(mention) or " of " in mention.name:
            return None  # "Shares of Shopify rose" is about no one
        entity = self._find_person(mention)
        words = name_words(mention.name)
        if entity is None and (
            mention.role
            or mention.gender
            or len(words) >= 2
            or (words and words[-1] in self.names.full_names)
        ):
            entity = self._person(mention)
        if entity is None:
            if len(words) == 1 and not self.written_lowercase(words[0]):
                self._surnames.append(mention)  # "Trudeau was asked ...": perhaps a person
            return None
        self._note(entity, mention)
        self._subjects.add(mention.start, entity)
        return entity

    @staticmethod
    def gender_from_pronouns(entity: Entity, text: str, start: int, end: int) -> None:
        """"Lin Wei said her shift ran long": a person of unknown gender named as a sentence's
        subject takes the gender of the only kind of personal pronoun the rest of the
        sentence uses (up to a quotation mark)."""
        if entity.kind != "person" or entity.gender is not None:
            return
        aside = _ASIDE.match(text, start, end)
        if aside:
            start = aside.end()  # "Chris Young, her business partner, handled ...": her is someone else
        quote = _QUOTE_MARK.search(text, start, end)
        stop = quote.start() if quote else end
        found = {_PRONOUN_GENDER[m.group().lower()] for m in _GENDERED.finditer(text, start, stop)}
        if len(found) == 1:
            entity.gender = found.pop()

    def kind_from_pronouns(self, entity: Entity, text: str, clause_start: int) -> None:
        """"Kinder Morgan said its ...", "... said it would appeal": a bare name reporting
        about itself as "it" is an organization."""
        if entity.kind == "person" and not entity.role and entity.gender is None:
            first = name_words(entity.name)[:1]
            if first and first[0] not in lx.MALE_NAMES and first[0] not in lx.FEMALE_NAMES:
                if _ITSELF.match(text, clause_start):
                    make_organization(entity)

    def _fits(self, entity: Entity, want: str | None, pronoun: str) -> bool:
        if pronoun == "it" or want == "n":
            return entity.kind in ("organization", "document") and not entity.plural
        if pronoun == "they":
            return True
        if entity.kind not in ("person", "anonymous") or entity.plural:
            return False
        return entity.gender is None or want is None or entity.gender == want

    def _bare_name(self, entity: Entity) -> bool:
        """A single capitalized word read as a person with nothing to show it is one: no
        first name anywhere in the article, no title, role or gendered pronoun ("Amazon")."""
        if entity.kind != "person" or entity.role or entity.gender:
            return False
        words = name_words(entity.name)
        return len(words) == 1 and words[0] not in self.names.full_names and not any(
            len(name_words(alias)) > 1 for alias in entity.aliases
        )

    def _person(self, mention: Mention) -> Entity:
        organization = self._organization_named(mention)
        if organization is not None:
            return organization
        entity = self._find_person(mention)
        if entity is None:
            entity = self._new(mention)
            words = name_words(mention.name)
            full = self.names.full_name(words[-1], mention.start) if len(words) == 1 else None
            if full and len(name_words(full)) > 1:
                entity.aliases.append(entity.name)
                entity.name = full
                self._index(entity)
            return entity
        words = name_words(mention.name)
        if len(words) > len(name_words(entity.name)):
            entity.aliases.append(entity.name)
            entity.name = mention.name
            self._index(entity)
        if mention.role and not entity.role:
            entity.role = mention.role
        if mention.gender and not entity.gender:
            entity.gender = mention.gender
        return entity

    def _find_person(self, mention: Mention) -> Entity | None:
        words = name_words(mention.name)
        if not words:
            return None
        best: Entity | None = None
        for k in self._named_with(words):  # a person it may be shares a word with it
            entity = self.entities[k]
            if entity.kind != "person":
                continue
            known = name_words(entity.name)
            if len(words) > 1 and len(known) > 1 and words[0] != known[0] and words[0] not in known:
                continue  # Mary Nicholson is not Trevor Nicholson (but "Van Dam" is Pieter van Dam)
            if known and (words[-1] == known[-1] or (len(words) == 1 and words[0] in known)
                          or (len(known) == 1 and known[0] in words)):
                if best is None or entity.last_seen > best.last_seen:
                    best = entity  # of two Alberses, the one mentioned last
        return best

    def _organization_named(self, mention: Mention) -> Entity | None:
        """A person-shaped mention that names a known organization ("Helixa" for "Helixa Recycling")."""
        words = name_words(mention.name)
        for k in reversed(self._named_with(words[:1])):  # an organization it names starts with its word
            entity = self.entities[k]
            if entity.kind == "organization" and words and words[0] in name_words(entity.name)[:1]:
                if len(words) == 1 or mention.name.lower() == entity.name.lower():
                    return entity
        return None


    def _same_name(self, mention: Mention) -> Entity | None:
        """An entity this mention names again: same name or alias, one word of an
        organization's name ("Association"), or a shorter anonymous description of the same
        source ("a spokesperson for the office")."""
        key = mention.name.lower()
        words = set(name_words(mention.name)) - lx.DETERMINERS - PREPOSITION_WORDS
        for entity in reversed(self.entities):
            if entity.kind != mention.kind:
                continue
            # compared one by one: no set of lowercased aliases built per entity
            if entity.name.lower() == key or any(a.lower() == key for a in entity.aliases):
                return entity
            known = set(name_words(entity.name))
            if mention.kind == "organization" and len(words) == 1 and words <= known:
                return entity
            if mention.kind == "anonymous" and mention.head and mention.head in known and words <= known:
                return entity
        return None

    def _new(self, mention: Mention) -> Entity:
        kind: SpeakerKind = "person" if mention.kind == "pronoun" else mention.kind
        entity = Entity(mention.name, kind, mention.role, mention.gender)
        entity.plural = kind in ("anonymous", "organization") and plural(mention.head or "")
        self._position[id(entity)] = len(self.entities)
        self.entities.append(entity)
        self._index(entity)
        return entity

    def _index(self, entity: Entity) -> None:
        """Files the words of an entity's name (again after a rename; old words stay, harmless)."""
        k = self._position[id(entity)]
        for word in name_words(entity.name):
            self._by_word.setdefault(word, set()).add(k)

    def _named_with(self, words: tuple[str, ...]) -> list[int]:
        """Positions in `entities`, in order, of the entities whose name has (or had) one of `words`:
        the few `_find_person` and `_organization_named` test, not every entity."""
        found: set[int] = set()
        for word in words:
            found |= self._by_word.get(word, set())
        return sorted(found)

    @staticmethod
    def _note(entity: Entity, mention: Mention, alias: bool = True) -> None:
        span = (mention.start, mention.end)
        if not entity.mentions or entity.mentions[-1] != span:
            entity.mentions.append(span)
        if alias and mention.kind != "pronoun":
            surface = mention.name if mention.kind == "person" else mention.text
            if surface != entity.name and surface not in entity.aliases:
                entity.aliases.append(surface)


_AGE_AFTER = re.compile(r", \d{1,3}\b")
_INDEFINITE = re.compile(r"(?:a|an|one|another)\s", re.IGNORECASE)
_STATEMENTS = frozenset("statement release email e-mail letter tweet post note message".split())
_AUTHOR = re.compile(r"\b(?:by|from|of)\b|['’]s\b|\b(?:his|her|its|their)\b", re.IGNORECASE)
_AUTHOR_REACH = 400  # characters back to the subject a statement is taken to be from
_SPEAKER_REACH = 1200  # characters back to a speaker a pronoun may prefer over a nearer bystander
_GENDERED = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
_PRONOUN_GENDER = {
    **dict.fromkeys("he him his himself".split(), "m"),
    **dict.fromkeys("she her hers herself".split(), "f"),
}
_ITSELF = re.compile(
    r"(?:its\b|it\s+(?:would|will|could|has|had|does|did|plans|planned|expects|expected|intends|intended"
    r"|remains|continues|wants|hopes)\b(?!\s+(?:be|been|not\s+be|take|make|seem|appear)\b)"
    r"|it\s+(?:is|was)\s+(?:not\s+)?(?:confident|pleased|disappointed|committed|aware|proud|satisfied"
    r"|working|reviewing|looking|planning|cooperating|investigating|monitoring|considering)\b)"
)
_DESCRIBED_AFTER = re.compile(r",\s+(?:who|whose|a|an|the)\s")
_ASIDE = re.compile(r",\s[^,.;:\"“”]{1,80},")
_QUOTE_MARK = re.compile(r"[\"“”‘’«»]")


def _described_person(phrase: str) -> bool:
    last = phrase.rsplit(None, 1)[-1]
    return last.islower() and role_noun(last)


def _written_alone(text: str, word: str) -> bool:
    """Whether `word` stands as a word of its own in `text` (str.find: a fast C scan)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and _in_word(text[at - 1])) and not (end < len(text) and _in_word(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def _in_word(ch: str) -> bool:
    return ch.isalnum() or ch in "’'-"
