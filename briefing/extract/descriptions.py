"""Descriptions that point back to someone named before: "the minister", "the company",
"Canada's top doctor", "the 41-year-old", "the report", "police"."""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

from briefing.extract import lexicon as lx
from briefing.extract.entities import ROLE_WORD, Entity, Subjects, make_organization, plural, role_noun
from briefing.extract.mentions import Mention
from briefing.extract.names import TITLE_WORDS, NameIndex, name_words

_CAPITALIZED = re.compile(r"\b[A-Z]")
_COMPANY_HEADS = lx.ORG_DESCRIPTORS - lx.ORG_HEADS | frozenset("company firm corporation bank group".split())
_INTRODUCING = (["by"], ["with"], ["from"], ["at"], ["for"])  # the word before an organization's name
_NAME_RUN = re.compile(r"[A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*)*")
_NOT_ORGANIZATION_WORDS = (
    lx.NOT_NAME_WORDS | lx.MALE_NAMES | lx.FEMALE_NAMES | lx.ROLE_MODIFIERS
    | lx.MALE_TITLES | lx.FEMALE_TITLES
)
_YEAR_OLD = re.compile(r"\b(\d{1,3})-year-old\b")
_LAST_SEEN = attrgetter("last_seen")  # a sort key called from C, no lambda
_DOCUMENT_REACH = 1500  # characters back to the document "the report" may refer to
DESCRIPTION_REACH = 600  # characters back to a subject or name a description may refer to
_COMPLEMENT = re.compile(r"\s(?:for|at|with)\s|\sof\s+(?:the\s|[A-Z])")  # not "mother of three"
_OWNED = re.compile(r"\w['’]s\s")  # "the island's", not the classifier in "the shippers' association"
# "Canada's", "New Brunswick's", "the mayor's": who owns a description
POSSESSOR = re.compile(r"(?:[Tt]he )?([A-Za-z][\w.-]*(?: [A-Z][\w.-]*)*)['’]s ")


class Descriptions:
    """How `SpeakerBook` reads descriptions: a mixin that uses the book's cast and its helpers
    (`_same_name`, `_new`, `_note`, `_person`, `_find_person`, `_fits`, `_bare_name`, ...)."""

    text: str
    names: NameIndex
    entities: list[Entity]
    _subjects: Subjects
    _documents: list[tuple[int, Entity]]
    _document_offsets: list[int]

    def _police_force(self, mention: Mention) -> Entity | None:
        """"The RCMP said ... '...,' police said": plain "police" is the force named before."""
        if mention.kind != "organization" or name_words(mention.name) not in (("police",), ("the", "police")):
            return None
        for at, entity in self._subjects.before(mention.start):
            if mention.start - at > DESCRIPTION_REACH:
                return None
            words = name_words(entity.name)
            if entity.kind == "organization" and ("police" in words or entity.name in lx.POLICE_FORCES):
                return entity
        return None

    def _of_age(self, mention: Mention) -> Entity | None:
        """"the 41-year-old" is the person last named with that age ("Maria Lopez, 41,")."""
        age = _YEAR_OLD.search(mention.text) if mention.kind == "anonymous" else None
        if age is None:
            return None
        for offset, name in reversed(self.names.names_in(max(0, mention.start - _DOCUMENT_REACH), mention.start)):
            if offset in self.names.with_age and self.text.startswith(f", {age.group(1)}", offset + len(name)):
                return self.person_named(offset, name)
        return None

    def _document_before(self, mention: Mention) -> Entity | None:
        """"A study by the School of Public Policy found ... '...,' the report said": "the
        report" is the document last written about (or its author), whatever its head word."""
        if mention.kind != "document":
            return None
        k = bisect_left(self._document_offsets, mention.start)  # the last written before the mention
        if k == 0:
            return None
        at, entity = self._documents[k - 1]
        return entity if mention.start - at <= _DOCUMENT_REACH else None

    def _owned_by_person(self, mention: Mention) -> bool:
        """A description whose owner is a person: "Meng's lawyer", "the mayor's spokesperson"."""
        owner = POSSESSOR.match(mention.text)
        if owner is None:
            return False
        words = name_words(owner.group(1))
        if not words:
            return False
        if role_noun(words[-1]) and not owner.group(1)[:1].isupper():
            return True
        return words[-1] in self.names.full_names or any(
            e.kind == "person" and words[-1] in name_words(e.name) for e in self.entities
        )

    def _initials_of(self, acronym: str) -> str | None:
        """"TTC" after "the Toronto Transit Commission": an organization met before whose
        capitals spell the acronym."""
        if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
            return None
        for entity in reversed(self.entities):
            if entity.kind == "organization" and "".join(_CAPITALIZED.findall(entity.name)) == acronym:
                return entity.name
        return None

    def _nominal(self, mention: Mention) -> Entity | None:
        """"the minister" -> the latest speaker whose role says minister; "the company" -> latest org."""
        head = mention.head or ""
        # the one mentioned last first: "Morneau ... Freeland ... Morneau added ... the minister said"
        many = plural(head)
        described = set(name_words(mention.text)) - lx.DETERMINERS
        by_role: Entity | None = None  # the latest whose role has the head word only
        kinds = ("person", "anonymous") if mention.kind == "anonymous" else (mention.kind,)
        # only the entities the loop below can take are sorted (the others do nothing in it);
        # "the group" is not "environmental groups"
        candidates = [e for e in self.entities if e.kind in kinds and not (e.plural and not many)]
        for entity in sorted(candidates, key=_LAST_SEEN, reverse=True):  # stable: ties in list order
            if mention.kind == "anonymous" and entity.kind == "person":
                if entity.role and head in entity.role.lower():
                    # "the Liberal leader" is the leader whose role says Liberal, not the last leader
                    if described <= set(name_words(entity.role)):
                        return entity
                    by_role = by_role or entity
            elif mention.kind == "anonymous" == entity.kind and head in name_words(entity.name):
                return by_role or entity  # "the source" after "a senior Whitehall source"
            elif mention.kind == entity.kind and mention.kind != "anonymous":
                if head in entity.name.lower() or head in (entity.role or "").lower():
                    return entity
        return by_role

    def _named_organization(self, mention: Mention, introduced: bool = False) -> Entity | None:
        """"the union" -> "Line Workers Union Local 12", the last name written with that word;
        with `introduced`, "the company" -> the last organization introduced with "which"."""
        if mention.kind != "organization" or not mention.head:
            return None
        if introduced:
            name = self.names.latest_organization(mention.start)
        else:
            name = self.names.latest_containing(mention.head, mention.start)
        if name is None:
            return None
        named = Mention(mention.start, mention.end, mention.text, "organization", name, gender="n")
        return self._same_name(named) or self._new(named)

    def _organization_written_before(self, mention: Mention) -> Entity | None:
        """"Shares of Shopify rose ... '...,' the company said": a company description with no
        organization as a subject before it is the last name written nearby that is no
        person's (no first name, age or known person); "represented by Unifor ... the union":
        another kind of organization only after a word that introduces one ("by", "with")."""
        company = mention.head in _COMPANY_HEADS
        if mention.kind != "organization" or not (company or mention.head in lx.ORG_HEADS):
            return None
        lo = max(0, mention.start - DESCRIPTION_REACH)
        for m in reversed(list(_NAME_RUN.finditer(self.text, lo, mention.start))):
            words = m.group().split()
            before = self.text[max(lo, m.start() - 12) : m.start()]
            opens = not before.strip(" ") or before.rstrip()[-1:] in ".!?\"“”'‘’:—–"
            sentence_start = not before.strip() or before.rstrip()[-1] in ".!?"
            if len(words) == 1 and opens and not (
                company and sentence_start and not self.written_lowercase(words[0].lower())
            ):
                continue  # a capital that opens a sentence, unless a company's name ("Bombardier cut")
            if not (company or opens or before.split()[-1:] in _INTRODUCING):
                continue  # "Teachers in Toronto" ... "the union"
            low = words[0].lower()
            if low in _NOT_ORGANIZATION_WORDS or any(w.lower() in lx.ROLE_HEADS for w in words):
                continue
            if len(words) > 1 and m.group().isupper():
                continue  # a label ("READ MORE") or a dateline
            name = m.group().removesuffix("’s").removesuffix("'s")
            named = Mention(m.start(), m.start() + len(name), name, "person", name)
            if self._find_person(named) is not None or m.start() in self.names.with_age:
                continue  # a person's name
            named.kind, named.gender = "organization", "n"
            return self._same_name(named) or self._new(named)
        return None

    def _latest_person(self, mention: Mention) -> Entity | None:
        """"the Kentucky Republican", "the company": a definite description of someone (or
        some organization) already named."""
        want = {"anonymous": "person", "organization": "organization"}.get(mention.kind)
        if mention.kind == "anonymous" and role_noun(mention.head or "") and _COMPLEMENT.search(mention.text):
            return None  # "the lawyer for the animal protection agency" says who, and is someone new
        if mention.kind == "anonymous" and plural(mention.head or ""):
            # "The groups say": a group named before, never one person
            before = self._subjects.before(mention.start)
            return next((e for _, e in before if e.kind == "anonymous" and e.plural), None)
        for at, entity in self._subjects.before(mention.start):
            near = mention.start - at <= DESCRIPTION_REACH
            if want == "organization" and near and self._bare_name(entity):
                make_organization(entity)  # "Amazon said ... the company said"
            fits = entity.kind == want and self._fits(entity, mention.gender, "")
            if fits and not _other_office(entity, mention):
                if want == "person" and mention.start - at > DESCRIPTION_REACH:
                    return self._person_named_near(mention) or entity
                return entity
        if want != "person":
            return None
        return self._person_named_near(mention) or self._person_named_next(mention)

    def _person_named_next(self, mention: Mention) -> Entity | None:
        """'"It's like a second home," the 34-year-old mother of two said. ... Scarborough
        resident Priya Nair, 34, says ...': a description before anyone is named is of the
        person named next, close by, with a first name or an age."""
        found = self.names.first_after(mention.end, mention.end + DESCRIPTION_REACH)
        if found is None:
            return None
        first = found[1].split()[0].lower()
        if not (first in lx.MALE_NAMES or first in lx.FEMALE_NAMES or found[0] in self.names.with_age):
            return None
        named = Mention(found[0], found[0] + len(found[1]), found[1], "person", found[1])
        return self._person(named)

    def _person_named_near(self, mention: Mention) -> Entity | None:
        """"For Maria Santos, the news came as a shock. '...,' says the 52-year-old mother":
        with no recent subject, a description is of the person last named in full nearby."""
        found = self.names.latest_before(mention.start, mention.gender)
        if found is None or mention.start - found[0] > DESCRIPTION_REACH or self.is_byline(mention):
            return None
        first = found[1].split()[0].lower()
        if not (first in lx.MALE_NAMES or first in lx.FEMALE_NAMES or found[0] in self.names.with_age
                or self.known_person(found[1], None)):
            return None
        named = Mention(found[0], found[0] + len(found[1]), found[1], "person", found[1])
        entity = self._person(named)
        self._note(entity, named)
        return entity


def _other_office(person: Entity, description: Mention) -> bool:
    """"the premier" is not "Opposition leader Andrea Horwath": a person whose role names
    only other offices than the one a description names."""
    office = lx.OFFICES.get(description.head or "") if description.kind == "anonymous" else None
    if office is None or person.kind != "person" or not person.role:
        return False
    # a title ("Dr.", "Ms.") goes with any office
    held = {w for w in ROLE_WORD.findall(person.role.lower()) if w in lx.ROLE_HEADS and w not in TITLE_WORDS}
    return bool(held) and not held & office


def names_itself(mention: Mention) -> bool:
    """"the Swiss Rhine Ports authority", "The Reserve Bank of India" are names; "the minister",
    "the Kentucky Republican", "the company" describe someone named before."""
    head = mention.head or ""
    if mention.kind == "organization" and head.capitalize() in mention.text:
        return True  # "The Reserve Bank of India"
    if mention.kind != "anonymous" and _OWNED.search(mention.text):
        return True  # "the island's GP practice" is one organization, not "the practice" again
    at = mention.text.find(head)
    return at > 0 and len(_CAPITALIZED.findall(mention.text, 1, at)) >= 2  # capitals before the head
