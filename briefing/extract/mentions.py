"""Read a short phrase as a speaker mention: a name with its role, a pronoun, or a nominal.

"Latvian Foreign Minister Baiba Braze" -> person "Baiba Braze", role "Latvian Foreign Minister";
"Japan's Defense Ministry" -> organization; "a spokesperson for the state Department of
Environmental Protection" -> anonymous; "an internal review" -> document; "she" -> pronoun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from briefing.extract import lexicon as lx

MentionKind = Literal["person", "organization", "anonymous", "document", "pronoun"]

# a word (with a plural possessive's apostrophe: "Shippers' "), a number, or a mark
# (inner marks only before a word character, in possessive repeats: no backtracking, 15% faster)
_TOKEN = re.compile(r"[^\W\d_][\w.]*+(?:[’'&-]+[\w.]+)*+(?:(?<=s)[’'](?=\s))?|\d+|[^\w\s]")
_NAME_LINKS = frozenset("of de van von der den la le du da di del bin al el".split())
_PREPOSITIONS = frozenset("for of at with from in on who which that to by behind near".split())
_FIRST_SECOND_PERSON = frozenset(("i", "we", "you"))
_TITLES = lx.MALE_TITLES | lx.FEMALE_TITLES | frozenset("dr dr. prof prof.".split())
_ROLE_WORDS = lx.ROLE_HEADS | _TITLES
_MAX_WORDS = 14
_CLAUSE_WORDS = frozenset(
    "it he she they we i you him her them us is are was were be been has have had will would could can"
    " should may might must do does did not that which who whom whose when if".split()
)
_AUTHORED = {  # documents that stand for their author after "by" or "from", and the author's kinds
    **dict.fromkeys("statement email e-mail letter tweet post note message".split(), ("person", "organization")),
    **dict.fromkeys("data figures statistics numbers".split(), ("organization",)),
}
_PARTICLE_NAME = re.compile(r"(?:al|el|ad|ar|as|at|an|bin|ibn|abu|d|l)[-’'][A-Z]")
_INDEFINITE = frozenset("a an one another".split())
_SOCIAL_TITLES = frozenset("mr mr. ms ms. mrs mrs. miss".split())
_NOT_AUTHORING = frozenset(
    "commissioned funded sponsored obtained seen reviewed requested ordered received cited quoted leaked"
    " paid".split()
)
# possessive pronouns that own a description ("her office"), with the owner's gender
OWNER_PRONOUNS = {"his": "m", "her": "f", "its": "n", "their": None}
_NAME_SUFFIXES = frozenset("jr. jr sr. sr ii iii iv".split())
_POSTMODIFIERS = frozenset("familiar close knowledgeable involved briefed".split())  # "sources familiar with"
_NOT_NOUNS = lx.DETERMINERS | _CLAUSE_WORDS | frozenset("and or but as than like about all both".split())
_LEADING_NOISE = frozenset(
    "and but so then meanwhile however also still now later earlier instead yet though".split()
)


@dataclass(slots=True)
class Mention:
    """A speaker mention found at `start:end` of the article text."""

    start: int
    end: int
    text: str
    kind: MentionKind
    name: str
    role: str | None = None
    gender: str | None = None  # "m", "f", "n" (not a person) or None (unknown)
    head: str | None = None  # head noun of a nominal ("minister" in "the minister")
    definite: bool = False  # a nominal with "the" that may point back to a named speaker
    authored: bool = False  # the author of a document: "(a study by) the Fraser Institute"


def tokens(text: str, start: int, end: int, limit: int | None = None) -> list[tuple[str, int, int]]:
    """Word and punctuation tokens of `text[start:end]` (the first `limit`, a positive count) with
    absolute offsets."""
    found: list[tuple[str, int, int]] = []
    for m in _TOKEN.finditer(text, start, end):
        found.append((m[0], m.start(), m.end()))
        if len(found) == limit:
            break
    return found


def is_capitalized(word: str) -> bool:
    """"Braze", and names with a lowercase particle: "al-Shabaab", "el-Sisi", "d'Alembert"."""
    if word[:1].isupper():
        return True
    particle = "-" in word[1:4] or "'" in word[1:3] or "’" in word[1:3]
    return particle and _PARTICLE_NAME.match(word) is not None


def parse_mention(
    text: str, start: int, end: int, speaking: bool = False, toks: list[tuple[str, int, int]] | None = None
) -> Mention | None:
    """The speaker mention that `text[start:end]` (a subject phrase) denotes, if any; with
    `speaking` (the subject of a speech verb) "a citizen", "one paramedic" are sources too.
    `toks`, when given, are the phrase's tokens already read."""
    if toks is None:
        toks = tokens(text, start, end, limit=_MAX_WORDS + 4)
    if len(toks) == _MAX_WORDS + 4:
        return None  # far too long for a speaker
    while toks and (toks[0][0].lower() in _LEADING_NOISE or toks[0][0] in lx.SPEECH_VERBS):
        toks = toks[1:]  # "and", "however"; "said" before an inverted subject
    while toks and not toks[-1][0][0].isalnum():
        toks = toks[:-1]
    if not toks or len(toks) > _MAX_WORDS:
        return None
    words = [t[0] for t in toks]
    if "the" in words[2:]:  # (the only word a reduced relative's subject starts with)
        cut = _reduced_relative(toks)
        toks, words = toks[cut:], words[cut:]
    low = [w.lower() for w in words]
    s, e = toks[0][1], toks[-1][2]
    if text.find("\n", s, e) >= 0:
        return None
    if len(words) == 1 and low[0] in lx.PRONOUN_GENDER:
        if low[0] in ("i", "we"):
            return None
        return Mention(s, e, text[s:e], "pronoun", low[0], gender=lx.PRONOUN_GENDER[low[0]])
    if not _FIRST_SECOND_PERSON.isdisjoint(low):
        return None
    if low[0] in lx.DETERMINERS and not _PREPOSITIONS.isdisjoint(low[1:]):
        nominal = _nominal(text, toks, speaking)  # "a spokesperson for the state Department of ..."
        authored = nominal is not None and (nominal.head in _AUTHORED or nominal.kind == "document")
        if nominal and authored and ("by" in low or "from" in low):
            return _author(text, toks, nominal) or nominal
        if nominal:
            return nominal
    run_start = _trailing_name_run(words)
    if run_start is not None and not (low[-1] in lx.ORG_HEADS and not is_capitalized(words[-1])):
        named = _named(text, toks, run_start)
        if named is None or named.kind == "organization" or " of " in named.name:
            # "Health officials in Manitoba": the name is where the speakers are
            return _person_of(text, toks) or named or _nominal(text, toks, speaking)
        return named
    return _nominal(text, toks, speaking)


def _author(text: str, toks: list[tuple[str, int, int]], document: Mention) -> Mention | None:
    """"a statement e-mailed to The Globe by Reagan Ruslim", "data compiled by the Upper Rhine
    Shippers' Association", "a statement from her office": the author speaks (not who
    commissioned or obtained the document)."""
    low = [t[0].lower() for t in toks]
    by = max(k for k, w in enumerate(low) if w in ("by", "from"))
    if by + 1 >= len(toks) or low[by - 1] in _NOT_AUTHORING:
        return None
    end = next(  # the name ends before a lowercase word: "by the Prairie Institute analyzed 13 ..."
        (k for k in range(by + 2, len(toks)) if toks[k][0][:1].islower() and is_capitalized(toks[k - 1][0])
         and low[k] not in _NAME_LINKS),
        len(toks),
    )
    author = parse_mention(text, toks[by + 1][1], toks[end - 1][2])
    kinds = _AUTHORED.get(document.head or "", ("person", "organization"))
    if author is None or author.kind not in kinds:
        return None
    author.authored = document.kind == "document"
    return author


def _reduced_relative(toks: list[tuple[str, int, int]]) -> int:
    """Where the subject of a relative clause without "that" starts: "a practice the group
    (said was ...)" -> "the group"; 0 when there is none."""
    for k in range(len(toks) - 1, 1, -1):
        noun = toks[k - 1][0]
        if toks[k][0] == "the" and toks[k - 2][0].lower() in lx.DETERMINERS and noun.isalpha() and noun.islower():
            if noun not in _PREPOSITIONS and noun not in _NOT_NOUNS:
                return k
    return 0


def _person_of(text: str, toks: list[tuple[str, int, int]]) -> Mention | None:
    """"Const. Jay Mendoza of the Winnipeg Police Service", "Grand Chief Sheila North of
    Manitoba Keewatinowi Okimakanak": a person's name and role before "of"/"at"/"with"."""
    cut = next((k for k, t in enumerate(toks) if k > 1 and t[0] in ("of", "at", "with", "from")), None)
    if cut is None:
        return None
    left = toks[:cut]
    words = [t[0] for t in left]
    run_start = _trailing_name_run(words)
    person = _named(text, left, run_start) if run_start is not None else None
    if person is None or person.kind != "person" or len(person.name.split()) < 2:
        return None
    person.end, person.text = toks[-1][2], text[toks[0][1] : toks[-1][2]]
    affiliation = text[left[-1][2] : toks[-1][2]].strip()
    person.role = f"{person.role} {affiliation}" if person.role else affiliation
    return person


def _trailing_name_run(words: list[str]) -> int | None:
    """Index where the capitalized run ending the phrase starts (None without one)."""
    i = len(words) - 1
    if not (is_capitalized(words[i]) or words[i].isupper()):
        return None
    while i > 0:
        prev = words[i - 1]
        if is_capitalized(prev) or prev in ("'s", "’s", "&", "-"):
            i -= 1
        elif prev.lower() in _NAME_LINKS and i - 2 >= 0 and is_capitalized(words[i - 2]):
            i -= 1
        elif prev == "and" and i >= 3 and words[i - 3].lower() == "the" and is_capitalized(words[i - 2]):
            i -= 1  # "the Globe and Mail", "the Heart and Stroke Foundation"
        else:
            break
    while i < len(words) and words[i].lower() in lx.NOT_NAME_WORDS and words[i].lower() not in _TITLES:
        i += 1
    return i if i < len(words) else None


def _named(text: str, toks: list[tuple[str, int, int]], run_start: int) -> Mention | None:
    words = [t[0] for t in toks]
    if run_start > 0 and words[run_start - 1] in _PREPOSITIONS and words[run_start - 1] != "by":
        return None  # "programs for Veterans Affairs": the name is an object, not the subject
    if run_start and not _CLAUSE_WORDS.isdisjoint([w.lower() for w in words[:run_start]]):
        return None  # "it could tie Britain": a clause, not a description of a name
    run = words[run_start:]
    low = [w.lower() for w in run]
    s, e = toks[0][1], toks[-1][2]
    if len(run) > 1 and all(w.isupper() for w in run):
        return None  # "TROUT BROOK": a dateline or a byline, not a name in running text
    if run_start > 0 and words[run_start - 1].lower() in ("the", "a", "an"):
        named = len(run) >= 2 or run[0].isupper()
        if words[run_start - 1].lower() == "the" and named and low[-1] not in lx.ROLE_HEADS:
            n_start = toks[run_start][1]  # "the Upper Rhine Climate Observatory" names an organization
            return Mention(s, e, text[s:e], "organization", text[n_start:e], gender="n")
        return _nominal(text, toks)  # "the Kentucky Republican" describes, it does not name
    # Role words inside the run: "Foreign Minister Baiba Braze", "Mr. Hemming", "Minister of X Y Z".
    core = low[:-1] if len(low) > 2 and low[-1] in _NAME_SUFFIXES else low  # "Martin Luther King Jr."
    roles = core[:-1] if _surname_like_role(core) else core  # "coach Nick Nurse", "Justin Bishop"
    last_role = next((k for k in range(len(roles) - 1, -1, -1) if roles[k] in _ROLE_WORDS), -1)
    name_from = last_role + 1
    if name_from < len(run) and low[name_from] == "of":
        if last_role >= 0 and low[last_role].endswith("s") and not low[last_role].endswith("ss"):
            return _nominal(text, toks)  # "Residents of Elm Street" are a group, not someone named Street
        name_from = max(name_from + 1, len(run) - 2)  # "Secretary of State Mike Pompeo"
    # an acronym names an organization ("WSA"), but "CEO" is a role
    acronym = len(run) == 1 and run[0].isupper() and len(run[0]) > 1 and low[0] not in lx.ROLE_HEADS
    if acronym or not lx.ORG_HEADS.isdisjoint(low):
        # "Senate Majority Leader Mitch McConnell" is a person with a role; "Office of the
        # Chief Coroner" is an organization
        after_role = low[name_from:] if last_role >= 0 else []
        if len(after_role) < 2 or any(w in lx.ORG_HEADS or w in _NAME_LINKS for w in after_role):
            n_start = toks[run_start][1]
            return Mention(s, e, text[s:e], "organization", text[n_start:e], gender="n")
    if name_from >= len(run):
        return None if len(run) == 0 else _nominal(text, toks)
    gender = _gender(low[last_role] if last_role >= 0 else "", low[name_from])
    if name_from > 0 and low[name_from - 1] in _SOCIAL_TITLES:
        name_from -= 1  # "Ms Marsh" keeps its title: it tells the gender and is how the text names her
    name_s = toks[run_start + name_from][1]
    role_tokens = toks[: run_start + name_from]
    role = _role_text(text, role_tokens)
    if role and gender is None and role.split()[-1].lower() in lx.ORG_DESCRIPTORS:
        # "the industry group Flusskreuzfahrt Europa", "the grid operator SüdNetz"
        return Mention(s, e, text[s:e], "organization", text[name_s:e], gender="n")
    return Mention(s, e, text[s:e], "person", text[name_s:e], role=role, gender=gender)


_FIRST_NAME = re.compile(r"[^\W\d_][^\W\d_’'-]+")
_NOT_A_FIRST_NAME = lx.ROLE_HEADS | lx.ROLE_MODIFIERS | lx.ORG_HEADS | lx.NOT_NAME_WORDS | _TITLES


def _surname_like_role(low: list[str]) -> bool:
    """A role word ending a run after a first name is a surname: "Nick Nurse", not
    "Foreign Minister"."""
    return (
        len(low) >= 2 and low[-1] in lx.ROLE_HEADS and low[-2] not in _NOT_A_FIRST_NAME
        and _FIRST_NAME.fullmatch(low[-2]) is not None
    )


def _role_text(text: str, role_tokens: list[tuple[str, int, int]]) -> str | None:
    """Role words before a name, dropping leading determiners ("the", "a")."""
    while role_tokens and role_tokens[0][0].lower() in lx.DETERMINERS:
        role_tokens = role_tokens[1:]
    if not role_tokens:
        return None
    return text[role_tokens[0][1] : role_tokens[-1][2]].strip(" ,")


def _nominal(text: str, toks: list[tuple[str, int, int]], speaking: bool = False) -> Mention | None:
    """"the minister", "a spokesperson for ...", "Saskatoon police", "an internal review"."""
    words = [t[0].lower() for t in toks]
    # the head noun ends before a preposition or a participle: "records kept by the office"
    cut = next(
        (k for k, w in enumerate(words)
         if k > 0 and (w in _PREPOSITIONS or w in _POSTMODIFIERS or (k > 1 and _modifier(words, k)))),
        len(words),
    )
    head = words[cut - 1]
    counted = head in lx.QUANTIFIERS and cut < len(words) and words[cut] in ("of", "in", "among")
    if counted:
        # "Hundreds of marchers", "Some in the audience": the counted group is the head
        of = next((k for k in range(cut + 1, len(words)) if words[k] not in lx.DETERMINERS), None)
        if of is None:
            return None
        cut = next((k for k in range(of + 1, len(words)) if words[k] in _PREPOSITIONS), len(words))
        head = words[cut - 1]
    if head.endswith(("'s", "’s")) or head in lx.DETERMINERS:
        return None
    if not _CLAUSE_WORDS.isdisjoint(words[1 if words[0] in OWNER_PRONOUNS else 0 : cut]):
        return None  # "the numbers were encouraging" is a clause (but "her office" is a nominal)
    s, e = toks[0][1], toks[-1][2]
    definite = words[0] == "the"
    # an owner in the possessive stands where a determiner would: "Premier Doug Ford's office",
    # "Cisco Systems' Talos research unit"
    owner = next((k + 1 for k in range(cut - 2, -1, -1) if _possessive(words[k])), int(words[0] in OWNER_PRONOUNS))
    if head in lx.DOCUMENT_HEADS:
        kind: MentionKind = "document"
    elif head in lx.ORG_HEADS:
        kind = "organization"
    elif head in lx.ROLE_HEADS or (head.endswith("s") and head[:-1] in lx.ROLE_HEADS) or (
        definite
        and cut <= 4
        and (cut == len(words) or words[cut] == "of")
        and head.replace("-", "").isalpha()
        and head not in _CLAUSE_WORDS
    ):
        # "the 26-year-old right wing", "the former sergeant-at-arms of the House of Commons"
        # describe someone already named
        kind = "anonymous"
    elif (
        speaking and (counted or (words[0] in _INDEFINITE and cut <= 4)) and head.isalpha()
        and head not in _CLAUSE_WORDS
    ):
        kind = "anonymous"  # '"...," a citizen wrote', 'said one paramedic', 'dozens of teenagers chanted'
    else:
        return None
    if cut > 3 and not (owner or counted) and words[0] not in lx.DETERMINERS:
        return None
    gender = "n" if kind != "anonymous" else _gender(head, "")
    name = text[s:e]
    return Mention(s, e, name, kind, name, gender=gender, head=head, definite=definite)


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’"))


def _modifier(words: list[str], k: int) -> bool:
    """A participle that starts a modifier after the head: "records kept by", "the union
    representing the workers" (not "its red herring prospectus")."""
    word, after = words[k], words[k + 1] if k + 1 < len(words) else ""
    if word.endswith("ed"):  # not "the lanky, bespectacled professor", "a retired teacher"
        return words[k - 1] != "," and after not in lx.ROLE_HEADS
    return word.endswith("ing") and after in lx.DETERMINERS


def _gender(title: str, first_name: str) -> str | None:
    if title in lx.MALE_TITLES or first_name in lx.MALE_NAMES or title in ("spokesman", "chairman"):
        return "m"
    if title in lx.FEMALE_TITLES or first_name in lx.FEMALE_NAMES or title in ("spokeswoman", "chairwoman"):
        return "f"
    return None


def add_apposition(text: str, mention: Mention | None, limit: int) -> Mention | None:
    """Complete a name with the apposition after it: ", mayor of Ashiro," is a role;
    ", a private freight operator," makes the name an organization."""
    if mention is None or mention.kind != "person" or mention.role:
        return mention
    m = _APPOSITION.match(text, mention.end, limit)
    if not m:
        return mention
    phrase = m.group(1).strip()
    words = [w.lower().strip(".,") for w in phrase.split()]
    cut = next((k for k, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    if cut and words[cut - 1] in lx.ORG_DESCRIPTORS and mention.gender is None:
        # not "Seamus Doyle, the developer": a known first name makes a person
        mention.kind, mention.gender = "organization", "n"
    elif any(w in lx.ROLE_HEADS for w in words[:6]):
        mention.role = phrase
    return mention


_APPOSITION = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?([^,.;:\"“”()]{2,90}?)(?=[,.;:\"“”]|\s+(?:said|says|told)\b|$)"
)
