"""The phrase that speaks: the subject before a reporting verb, after it ("said X"), or
at the head of a sentence ("Japan's Defense Ministry has ...")."""

from __future__ import annotations

import re

from briefing.extract import lexicon as lx
from briefing.extract.mentions import Mention, add_apposition, is_capitalized, parse_mention, tokens
from briefing.extract.mentions import _MAX_WORDS  # parse_mention's token limit, to share its tokens

_FILLER_TAIL = re.compile(  # "has also", "famously", "quickly": adverbs between subject and verb
    r"(?:\s+(?:" + "|".join(sorted(lx.VERB_FILLERS, key=len, reverse=True)) + r"|(?-i:(?!" + "|".join(lx.LY_NOUNS)
    + r")[a-z]+ly)))+\s*\Z",
    re.IGNORECASE,
)
# "Charlie Angus (Timmins-James Bay) said"; an acronym ("(WSA)") stays: it names the speaker too
_PARENTHETICAL = re.compile(r"\s*\((?![A-Z]{2,8}\))[^()]{1,50}\)\s*\Z")
# A passive, an infinitive, a modal or a negation before the verb: "it has been estimated",
# "declined to say", "Instagram will add", "did not say" report no speech.
_NOT_REPORTING = re.compile(
    r"(?:\b(?:been|be|being|was|were|is|are|it's|to|will|would|could|can|should|may|might|must|shall|not"
    r"|never)|n't|n’t)\Z",
    re.IGNORECASE,
)
_NOT_REPORTING_LONGEST = 6  # "should": where a match ending at the end can start
# Clause boundaries inside a sentence: marks found with str.rfind (cheap), then words.
_BOUNDARY_MARKS = ",;:([\"“”—–"
_STRONG_BOUNDARY_MARKS = ";:([\"“”—–"
_BOUNDARY_WORDS = re.compile(  # lowercase: a capitalized one opens the sentence anyway
    r"\s--\s|\b(?:and|but|or|that|because|as|when|while|after|before|since|if"
    r"|though|although|where|so|than|whom?|which|how|what|why)\b"
)
_DOUBLE_HYPHEN = re.compile(r"\s--\s")
_RELATIVE_BOUNDARY_WORDS = re.compile(
    r"\s--\s|\b(?:but|that|because|as|when|while|after|before|since|if|though|although|where|so|than)\b"
)
_WHERE = re.compile(r"\s(?:outside|inside|across|near|around|along|beyond|throughout|beside|behind)\s")
_AFFILIATION = re.compile(r"\s(?:of|with|at)\s")
_OBJECT_OF = re.compile(r"\b(?:by|from|with|to|for|at|against|including|like)\b")
_COMMA = re.compile(r",\s*")
_ADJECTIVE_COMMA = re.compile(r"\b(?:the|a|an)\s+[a-z][\w-]*,\s*\Z", re.IGNORECASE)
_PARTICIPLE = re.compile(r"[a-z]+ing\b")
# Where a subject after its verb ends ("said Rep. Jim McGovern, D-Mass., ..."): punctuation,
# a full stop that is not an abbreviation's, or a word that starts something else.
# (the full stop is matched first and the abbreviations looked behind only there: the ~25
# lookbehinds tried at every position cost most of each search)
_FORWARD_END = re.compile(
    r",(?!\d)|[;:!?\"“”(\[]|\.(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bRep\.)(?<!\bSen\.)(?<!\bGov\.)"
    r"(?<!\bMrs\.)(?<!\bSt\.)(?<!\bProf\.)(?<!\bSgt\.)(?<!\bLt\.)(?<!\bCol\.)(?<!\bGen\.)(?<!\bCapt\.)"
    r"(?<!\bRev\.)(?<!\bConst\.)(?<!\bCpl\.)(?<!\bCst\.)(?<!\bDet\.)(?<!\bInsp\.)(?<!\bSupt\.)"
    r"(?<!\bHon\.)(?<!\bFr\.)(?<!\bSr\.)(?<!\bJr\.)(?<!\bCoun\.)(?<!\b[A-Z]\.)|\s[—–]|\s--\s"
    r"|\b(?:who|which|that|in|on|at|during|after|before|when|while|to|as|and|but|because|last|this"
    r"|earlier|about|via|through|with|told|said|says|adding|noting)\b"
)
_QUOTED_AS = re.compile(r"\s+(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+)?quoted\s+as\s+\Z")
_FILLER_WINDOW = 40  # "has also", "repeatedly": a few short words before the verb
_NOT_SUBJECT_AFTER = frozenset("what whether if about how why when where who which for to by".split())

_LEADING_WORDS = (
    lx.ROLE_HEADS | lx.ROLE_MODIFIERS | lx.DETERMINERS | lx.ORG_HEADS | frozenset("of for 's ’s".split())
)
_LEADING_MAX = 12
_FIRST_LOOK = 6  # tokens read first at a sentence start
# "TOKYO -- ", "TROUT BROOK, N.B. — ", "MUMBAI (Reuters) - ", "MUMBAI: "
DATELINE = re.compile(r"[A-Z][A-Z .,'’-]{1,40}(?:\([^)]{1,30}\))?\s*(?:--|—|–|-|:)\s+")
_HEADS = lx.ROLE_HEADS | lx.ORG_HEADS
# "A 2019 study by the University of Calgary's School of Public Policy (analyzed ...)", "The
# statement from Environment Canada"
_DOCUMENT_BY = re.compile(
    r"(?:An?|The)\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(sorted(lx.DOCUMENT_HEADS))
    + r")\s+(?:[a-z]+\s+)?(?:by|from)\s+"
    r"(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+(?:(?:of|for|and|the|on)\s+)*){0,6}[A-Z][\w’'.&-]*"
)
_INTRO_MAX = 60
_DASHES = ("—", "–", "--")
_DASH_ASIDE = re.compile(r"\s*(?:—|–|\s--)[^—–\"“”]{1,80}?(?:—|–|--)\s*\Z")
_QUOTE_OR_CLAUSE = re.compile(r"[\"“”;:]|\b(?:who|which|that|said|says|told)\b")
_APPOSITION_MAX = 90  # characters of a name in apposition after a description
_NAME_AFTER_COMMA = re.compile(r",\s*[A-Z]")
_LONG_INTRO_MAX = 160  # characters from one comma of an opening clause to the next
_LONG_INTRO_COMMAS = 3
_NOT_SUBJECT_OPENERS = frozenset(
    "on in at for after during with by from since before until under over about as across into through"
    " despite while when if although though because once asked like unlike".split()
)
_FIRST_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?\b(?![’'.-])")
_NO_SUBJECT_HERE = _NOT_SUBJECT_OPENERS | frozenset(
    "this these those there here it's it’s that's that’s there's there’s here's here’s what's what’s"
    " he's he’s she's she’s they're they’re we're we’re i'm i’m let's let’s"
    " today yesterday perhaps maybe yes no not".split()
)


def subject_before(text: str, lo: int, verb_start: int, s_start: int) -> Mention | None:
    """Who speaks in `text[lo:verb_start]` before the verb: "Braze", "Ken Njoroge, chief
    executive of ...,", "a spokesperson for ...", "she"; None for passives and negations."""
    end = verb_start
    quoted_as = _QUOTED_AS.search(text, max(lo, end - 40), end) if "quoted" in text[end - 12 : end] else None
    if quoted_as:
        end = quoted_as.start()  # "he was quoted as saying"
    elif _not_reporting(text, max(lo, end - 12), end):
        return None
    tail = _FILLER_TAIL.search(text, max(lo, end - _FILLER_WINDOW), end)
    if tail:
        end = tail.start()
    paren = _PARENTHETICAL.search(text, max(lo, end - 60), end) if text[end - 2 : end].strip() == ")" else None
    if paren:
        end = paren.start()
    aside = _DASH_ASIDE.search(text, max(lo, end - 100), end) if text[end - 3 : end].strip() in _DASHES else None
    if aside:
        end = aside.start()  # "Kathleen Wynne — who lost in 2018 — said"
    if text[lo:end].rstrip().endswith(","):
        if _PARTICIPLE.match(text, verb_start):
            return leading_subject(text, s_start, end)  # "X chastised the station, saying"
        return _subject_before_aside(text, lo, end)
    start = _after_last_boundary(text, lo, end)
    after_comma = "," in text[start - 3 : start]
    adjectives = _ADJECTIVE_COMMA.search(text, max(lo, start - 40), start) if after_comma else None
    if adjectives and not text[lo : adjectives.start()].strip(" ,\"”’'"):
        start = adjectives.start()  # '"...," the lanky, bespectacled professor said
    if not text[start:end].strip():
        word = (text[max(lo, start - 6) : start].split() or [""])[-1].lower()
        if word in ("and", "but"):
            return leading_subject(text, s_start, end)  # "... acknowledged the invitation and said"
        if word in ("which", "who"):
            return _relative_antecedent(text, lo, start)  # "environmental groups, which argue"
        return None
    place = _WHERE.search(text, start, end)
    if place and place.start() > start:
        end = place.start()  # "Protesters outside Queen's Park chanted": the place does not speak
    return parse_mention(text, start, end, speaking=True) or _person_of_group(text, start, end)


def _not_reporting(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` ends, but for spaces, in a word of `_NOT_REPORTING`."""
    end = start + len(text[start:end].rstrip())  # what its "\s*" took, off
    # tried at the last few positions only, not at each of the window's
    return _NOT_REPORTING.search(text, max(start, end - _NOT_REPORTING_LONGEST), end) is not None


def _after_last_boundary(
    text: str, lo: int, end: int, marks: str = _BOUNDARY_MARKS, words: re.Pattern[str] = _BOUNDARY_WORDS
) -> int:
    """Where the phrase before `end` starts: after the last boundary mark or word in `lo:end`."""
    start = lo
    for mark in marks:  # a plain loop: max() over a generator cost ~2x
        at = text.rfind(mark, lo, end) + 1
        if at > start:
            start = at
    for m in words.finditer(text, start, end):
        start = m.end()
    return start


def _relative_antecedent(text: str, lo: int, pronoun_end: int) -> Mention | None:
    """The phrase a "which"/"who" refers back to: the one just before its comma."""
    comma = text.rfind(",", lo, pronoun_end)
    if comma < 0 or text[comma:pronoun_end].split(",")[-1].strip().lower() not in ("which", "who"):
        return None
    start = _after_last_boundary(text, lo, comma, words=_RELATIVE_BOUNDARY_WORDS)
    mention = parse_mention(text, start, comma)
    if mention is None:
        # "The move was criticized by Amnesty International, which said": the object of the
        # last preposition
        start = _after_last_boundary(text, start, comma, marks=",", words=_OBJECT_OF)
        mention = parse_mention(text, start, comma)
    return mention


def _subject_before_aside(text: str, lo: int, end: int) -> Mention | None:
    """"Ken Njoroge, chief executive of ..., said": the subject ends at the first comma that
    closes a mention; the aside is its role when it names one."""
    start = _after_last_boundary(text, lo, end, _STRONG_BOUNDARY_MARKS, _DOUBLE_HYPHEN)
    phrase_start = start
    commas = list(_COMMA.finditer(text, start, end))
    for n, comma in enumerate(commas):
        mention = parse_mention(text, phrase_start, comma.start(), speaking=True)
        if mention is not None and mention.head and mention.kind in ("anonymous", "organization"):
            named = _named_in_apposition(text, mention, commas[n:])
            if named is not None:
                return named
        if mention is not None:
            return add_apposition(text, mention, end)
        phrase_start = comma.end()
    return None


def _named_in_apposition(text: str, described: Mention, commas: list[re.Match[str]]) -> Mention | None:
    """The name set off after a description: "the director of operations for EHS, Jeff
    Fraser, says"; "Her neighbour, retired teacher Paul Grant, agrees"; "The company behind
    the project, Greenfield Developments, says"; "Director, security response at Symantec,
    Kevin Haley, agreed" (a name within the next two commas)."""
    ends = range(1, min(len(commas), 3))
    found = [parse_mention(text, commas[n - 1].end(), commas[n].start()) for n in ends]
    found = [m for m in found if m is not None and m.kind in ("person", "organization") and not m.head]
    # a full name before a word that only looks like one ("firm Symantec, Kevin Haley")
    found.sort(key=lambda m: not (m.kind == "person" and " " in m.name))
    for named in found:
        if named.kind == "organization" and described.kind == "anonymous":
            continue  # the employer of the described person: look further
        if named.kind == "person" and described.kind == "organization" and not (named.role or named.gender):
            # "The company behind the project, Greenfield Developments,"
            named.kind, named.gender = "organization", "n"
        elif named.kind == "person" and not named.role:
            named.role = re.sub(r"^(?:the|a|an)\s+", "", described.text, flags=re.IGNORECASE)
        return named
    return None


def subject_after(text: str, start: int, hi: int) -> Mention | None:
    """Who speaks after the verb: "said Kenji Morita, mayor of Ashiro", "according to X"."""
    stop = _FORWARD_END.search(text, start, hi)
    end = stop.start() if stop else hi
    toks = tokens(text, start, end, limit=_MAX_WORDS + 4)  # read once: the first word, then the mention
    if not toks or toks[0][0].lower() in _NOT_SUBJECT_AFTER:
        return None  # "Asked what he would tell ..." is not "said X"
    mention = parse_mention(text, start, end, speaking=True, toks=toks) or _person_of_group(text, start, end)
    capital_next = text[stop.end() + 1 : stop.end() + 2].isupper() if stop else False
    if stop and stop.group() == "and" and (mention is None or capital_next):
        # "said oil and gas worker Mike Wipf", "says Heart and Stroke senior manager Erin Kim"
        further = _FORWARD_END.search(text, stop.end(), hi)
        longer = parse_mention(text, start, further.start() if further else hi, speaking=True)
        if longer is not None and (mention is None or longer.kind in ("person", "organization")):
            mention = longer
    if mention is not None and mention.head and mention.kind == "anonymous" and stop:
        # "said the ambassador to the U.S., David MacNaughton": the name after the description's comma
        comma = text.find(",", stop.start(), min(hi, stop.start() + _APPOSITION_MAX))
        if comma >= 0 and not _QUOTE_OR_CLAUSE.search(text, stop.start(), comma):
            named = _named_after_description(text, mention, comma + 1, hi)
            if named is not None:
                return named
    return add_apposition(text, mention, hi)


def _person_of_group(text: str, start: int, end: int) -> Mention | None:
    """"said Staff Sgt. Rob Hoyt of the Halton police": a named person whose affiliation after
    "of", "with" or "at" is no name (the person, with the affiliation as part of the role)."""
    link = _AFFILIATION.search(text, start, end)
    person = parse_mention(text, start, link.start()) if link else None
    if person is None or person.kind != "person" or " " not in person.name:
        return None
    affiliation = text[link.start() : end].strip()
    person.role = f"{person.role} {affiliation}" if person.role else affiliation
    person.end, person.text = end, text[person.start : end]
    return person


def _named_after_description(text: str, described: Mention, start: int, hi: int) -> Mention | None:
    """'said Meng's lawyer, Richard Peck.': the person a description after the verb goes on to name."""
    stop = _FORWARD_END.search(text, start, hi)
    named = parse_mention(text, start, stop.start() if stop else hi)
    if named is None or named.kind != "person" or named.head or named.role:
        return None
    named.start, named.role = described.start, described.text
    return named


def leading_subject(text: str, start: int, end: int) -> Mention | None:
    """The subject phrase a sentence opens with ("Japan's Defense Ministry has ..."), also
    after an opening phrase ("After the vote, Ms. May acknowledged ...")."""
    dateline = DATELINE.match(text, start, end)
    if dateline:
        start = dateline.end()  # "TROUT BROOK, N.B. — Kevin Vickers, who ..."
    mention = _subject_at(text, start, end)
    if mention is None or (mention.kind == "person" and not (mention.role or " " in mention.name)):
        comma = text.find(", ", start, min(end, start + _INTRO_MAX))
        later = _subject_at(text, comma + 2, end, appositive=False) if comma > 0 else None
        if later is not None and (mention is None or later.kind == "person"):
            mention = later
        elif mention is None and comma < 0:
            mention = _after_long_intro(text, start - 2, end)
    return mention


def _after_long_intro(text: str, comma: int, end: int) -> Mention | None:
    """"As the school reopened Wednesday after ..., Senate Majority Leader Mitch McConnell
    blamed ...": a named person after a later comma of a long opening clause (the commas
    after `comma`)."""
    for _ in range(_LONG_INTRO_COMMAS):
        comma = text.find(", ", comma + 2, min(end, comma + _LONG_INTRO_MAX))
        if comma < 0:
            return None
        later = _subject_at(text, comma + 2, end, appositive=False)
        if later is not None and later.kind == "person" and (later.role or " " in later.name):
            return later
    return None


# a name set off by a relative clause or a discourse adverb before its verb
_ONE_WORD_ASIDE = re.compile(
    r",\s+(?:who\s|meanwhile,|however,|though,|too,|for (?:his|her|their|its) part,|in turn,|by contrast,)"
)
_DESCRIBED = re.compile(r",\s+(?:a|an|the)\s[^,.;:\"“”()]{2,90},\s")


def _named_with_apposition(text: str, word: tuple[str, int, int], end: int) -> Mention | None:
    """A one-word name set off by a described apposition: "Yuni, a resident of Lampung, was"."""
    if word[0].lower() in lx.NOT_NAME_WORDS or word[0].endswith("ly"):
        return None
    if not _DESCRIBED.match(text, word[2], end):
        return None
    mention = add_apposition(text, parse_mention(text, word[1], word[2]), end)
    if mention is None or not (mention.role or mention.kind == "organization"):
        return None
    return mention


def _leading_run(toks: list[tuple[str, int, int]]) -> int:
    """How many tokens the capitalized and role words at the start take."""
    n = 0
    limit = min(len(toks), _LEADING_MAX)
    while n < limit:
        word = toks[n][0]
        if not (
            is_capitalized(word) or word.lower() in _LEADING_WORDS
            # (tested last, only when needed)
            or (n == 1 and n + 1 < len(toks) and is_capitalized(toks[n + 1][0]) and word.isalpha())
        ):
            break  # a lowercase word may describe the name after it: "Toronto retiree Doug Purdy"
        n += 1
    return n


def _subject_at(text: str, start: int, end: int, appositive: bool = True) -> Mention | None:
    """The run of capitalized and role words at `start`, read as a mention, when a verb follows."""
    if not (text[start : start + 1].isupper() or text.startswith("the ", start)):
        return None
    first = _FIRST_WORD.match(text, start, end)
    if first and first.group().lower() in _NO_SUBJECT_HERE:
        return None  # "On Christmas Day, he ...", "There are ..." (checked before any tokenizing)
    if first and first.group().lower() in lx.PRONOUN_GENDER:
        return parse_mention(text, start, first.end())  # "He", "She", "They"
    document = _DOCUMENT_BY.match(text, start, end)
    if document:
        return parse_mention(text, start, document.end())  # the author speaks
    stop = min(end, start + 120)
    toks = tokens(text, start, stop, limit=_FIRST_LOOK)  # most runs are short: read more only when needed
    if toks and toks[0][0].lower() in _NOT_SUBJECT_OPENERS:
        return None  # "On Christmas Day, he ..."
    n = _leading_run(toks)
    if n == len(toks) == _FIRST_LOOK:
        toks = tokens(text, start, stop, limit=_LEADING_MAX + 2)
        n = _leading_run(toks)
    while n > 0 and not is_capitalized(toks[n - 1][0]) and toks[n - 1][0].lower() not in _HEADS:
        n -= 1
    if n == 0 or (n < len(toks) and not (toks[n][0][0].islower() or toks[n][0] == ",")):
        return None
    if n == 1 and n < len(toks) and toks[n][0] == ",":
        # "Somehow, ..." is an adverb, not a subject; "Yuni, a resident of Lampung, was ..." is
        aside = _ONE_WORD_ASIDE.match(text, toks[0][2], end)
        if appositive and aside and toks[0][0].lower() not in lx.NOT_NAME_WORDS:
            return parse_mention(text, toks[0][1], toks[0][2])  # "Siakam, who missed ...,", "Hollis, meanwhile,"
        return _named_with_apposition(text, toks[0], end) if appositive else None
    # the tokens read are the phrase's, but for a plural possessive cut off from its noun ("Woods’")
    known = toks[:n] if toks[n - 1][0][-1] not in "'’" else None
    mention = parse_mention(text, toks[0][1], toks[n - 1][2], toks=known)
    if (
        mention is not None and mention.head and mention.kind in ("anonymous", "organization")
        and _NAME_AFTER_COMMA.match(text, mention.end)
    ):
        commas = list(_COMMA.finditer(text, mention.end, min(end, mention.end + _APPOSITION_MAX)))
        if commas:
            named = _named_in_apposition(text, mention, commas)  # "The judge, Justice Andrew Goodman, set"
            if named is not None:
                return named
    return add_apposition(text, mention, end)
