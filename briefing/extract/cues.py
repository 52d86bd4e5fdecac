"""Speech cues: a reporting verb ("said", "told", "according to") with the phrase that speaks."""

from __future__ import annotations

import re
import string
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import compress

from briefing.extract import lexicon as lx
from briefing.extract.marks import QuotedRun
from briefing.extract.mentions import Mention
from briefing.extract.subjects import subject_after, subject_before

Span = tuple[int, int]

_LETTERS = frozenset(string.ascii_letters)
# every casing a verb is written in, so no word needs lowercasing
_VERB_FORMS = frozenset(f for w in lx.SPEECH_VERBS for f in (w, w.capitalize(), w.upper()))
_ACCORDING = frozenset(("according", "According", "ACCORDING"))
_CUE_WORDS = frozenset(w.encode("ascii") for w in _VERB_FORMS | _ACCORDING)
_LETTERS_ONLY = bytes(b if chr(b) in _LETTERS else 32 for b in range(256))  # a table for bytes.translate
_ACCORDING_TO = re.compile(r"\s+to\b")
_THAT_NEXT = re.compile(r"\s+that\b")
_THAT = re.compile(  # "said (on Monday) (in a statement) (that)": where the reported clause starts
    r"[\s,:]*(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today"
    r"|tonight|earlier|later|recently|last\s+week|this\s+week)\b[\s,]*)?"
    r"(?:in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|release|letter|e-?mail|post|speech|filing)"
    r"\b[\s,]*)?"
    # "that" is no complementizer before a verb: "says that is not what ..."
    r"(?:that\b(?!\s+(?:is|was|isn['’]t|wasn['’]t|has|had|will|would|could|can|may|might|does|did)\b))?\s*"
)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:[a-z]+ly\s+)?\Z")
_BY = re.compile(r"\s+by\s+")
_CLAUSE_END = re.compile(r"\s*(?:[.,;!?]|$)")
_LISTENER = re.compile(
    r"\s+(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w.’'&-]*|of|and)\s+)*[A-Z][\w.’'&-]*(?=\W|$)"
    r"|\s+(?:him|her|them|us|me|reporters|journalists|the\s+media|the\s+press|members|supporters"
    r"|the\s+\w+|an?\s+\w+)\b"
)
_MAX_SUBJECT_CHARS = 160
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|this|these|those|its|their|his|her|our|your)\s+\Z", re.IGNORECASE)
LABEL = re.compile(r"(?:WATCH|READ MORE|READ|MORE|LISTEN|RELATED|VIDEO|PHOTOS?|SEE|CLICK)\b[^:]{0,12}:")
_FINDERS = ("document", "organization", "anonymous")


@dataclass(slots=True)
class Cue:
    """A reporting verb and its speaker mention.

    `start:end` covers the subject and the verb (the "cue phrase"); `clause_start`
    is where a reported clause after the cue would begin (after a listener and "that").
    """

    verb: str
    verb_start: int
    verb_end: int
    mention: Mention
    start: int
    end: int
    inverted: bool
    sentence: int
    clause_start: int


def find_cues(
    text: str, sentences: Sequence[Span], runs: Sequence[QuotedRun]
) -> list[Cue]:
    """Every speech cue outside quoted runs, in reading order."""
    run_starts = [r.open for r in runs]
    sentence_starts = [s for s, _ in sentences]
    cues: list[Cue] = []
    for v_start, v_end, surface in _verbs(text):
        if _inside_run(v_start, runs, run_starts):
            continue
        k = bisect_right(sentence_starts, v_start) - 1
        if k < 0 or v_start >= sentences[k][1]:
            continue
        s_start, s_end = sentences[k]
        if LABEL.match(text, s_start):
            continue  # a link to another story: "WATCH: Burnaby RCMP warns of rise in 'sextortion' cases"
        last_end, next_open = _last_run_end(v_start, runs, run_starts), _next_run_open(v_end, runs, run_starts, -1)
        lo = max(s_start, last_end, v_start - _MAX_SUBJECT_CHARS)
        hi = min(s_end, next_open) if next_open >= 0 else s_end
        quote_verb = surface.lower() in lx.QUOTE_VERBS
        if quote_verb and lo != last_end and hi != next_open:
            continue  # "continued", "offered": speech only beside a quote, and none is near
        cue = _cue(text, v_start, v_end, surface, lo, hi, k, s_start)
        if cue and (not quote_verb or _beside_quote(text, cue, lo, hi, last_end, next_open)):
            cues.append(cue)
    return cues


def _verbs(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, surface) of each reporting verb, "according to" included.

    The text is read as bytes, one a character, with every byte but an ASCII letter made a
    space; its words are listed and the verbs picked out in C (40% cheaper than a regex match
    and a loop step per word); only the verbs are then located, in order.
    """
    letters = b" " + text.encode("ascii", "replace").translate(_LETTERS_ONLY) + b" "
    words = letters.split()
    at = 0
    for verb in compress(words, map(_CUE_WORDS.__contains__, words)):
        start = letters.find(b" " + verb + b" ", at)  # the space's offset in `letters` is the word's in `text`
        at = start + len(verb)
        word = verb.decode("ascii")
        if word in _VERB_FORMS:
            yield start, at, word
        else:
            to = _ACCORDING_TO.match(text, at)
            if to:
                yield start, to.end(), text[start : to.end()]
        at += 1  # the space after this word may stand before the next


def _cue(
    text: str, v_start: int, v_end: int, surface: str, lo: int, hi: int, sentence: int, s_start: int
) -> Cue | None:
    verb = surface.lower()
    if verb.startswith("according"):
        mention = subject_after(text, v_end, hi)
        if not mention:
            return None
        clause = _skip_comma(text, mention.end, hi)
        return Cue("according to", v_start, v_end, mention, v_start, mention.end, True, sentence, clause)
    before = text[lo:v_start]
    if not surface[0].islower() and v_start != s_start and before.strip(" \"“”'‘’,"):
        return None  # "Says" mid-sentence is a name or title, not a verb
    if _NOUN_BEFORE.search(before, max(0, len(before) - 8)):
        return None  # "behind the project", "in a statement": a noun after a determiner
    by = _BY.match(text, v_end, hi) if _PASSIVE.search(before, max(0, len(before) - 24)) else None
    if by:
        # "The family was told by police that ...", "described by Coun. Josh Matlow as ...": the agent speaks
        agent = subject_after(text, by.end(), hi)
        if agent is None or agent.kind == "pronoun":
            return None
        clause = _skip_that(text, agent.end, hi)
        return Cue(verb, v_start, v_end, agent, v_start, agent.end, False, sentence, clause)
    mention, inverted = None, False
    if before.rstrip().endswith(",") and verb not in lx.LISTENER_VERBS:
        # "Somehow, the family will find a way, adds Al Basha."
        after = subject_after(text, v_end, hi)
        if after is not None and after.kind != "pronoun" and _CLAUSE_END.match(text, after.end):
            if after.kind != "anonymous" or _role_head(after):  # not "..., describes the process."
                mention, inverted = after, True
    if mention is None:
        mention = subject_before(text, lo, v_start, s_start)
    if mention is None and not before.strip(" \t,\"“”'‘’—–-"):
        mention, inverted = subject_after(text, v_end, hi), True
    if mention is None:
        return None
    if verb in lx.FINDING_VERBS and not _THAT_NEXT.match(text, v_end) and not _finder(mention):
        return None  # "the report found", "officials estimate", "X estimated that"; not "police found a body"
    clause = v_end
    if verb in lx.LISTENER_VERBS and not inverted:
        listener = _LISTENER.match(text, v_end, hi)
        if listener:
            clause = listener.end()
    if inverted:
        clause = mention.end
    clause = _skip_that(text, clause, hi)
    start, end = (v_start, mention.end) if inverted else (mention.start, v_end)
    return Cue(verb, v_start, v_end, mention, start, end, inverted, sentence, clause)


def _beside_quote(text: str, cue: Cue, lo: int, hi: int, last_end: int, next_open: int) -> bool:
    """Whether only a comma or a colon stands between the cue phrase and a quote."""
    after_quote = lo == last_end and not text[lo : cue.start].strip(" ,")
    before_quote = hi == next_open and not text[cue.end : hi].strip(" ,:")
    return after_quote or before_quote


def _finder(mention: Mention) -> bool:
    """A document, an organization or a source by role ("officials"), not "a construction
    (project)"."""
    if mention.kind != "anonymous":
        return mention.kind in _FINDERS
    return mention.definite or _role_head(mention)


def _role_head(mention: Mention) -> bool:
    head = mention.head or ""
    return head in lx.ROLE_HEADS or head.removesuffix("s") in lx.ROLE_HEADS


def _skip_that(text: str, i: int, hi: int) -> int:
    m = _THAT.match(text, i, hi)
    return m.end() if m else i


def _skip_comma(text: str, i: int, hi: int) -> int:
    while i < hi and text[i] in " ,":
        i += 1
    return i


def _inside_run(pos: int, runs: Sequence[QuotedRun], run_starts: list[int]) -> bool:
    k = bisect_right(run_starts, pos) - 1
    return k >= 0 and runs[k].open <= pos < runs[k].close


def _last_run_end(pos: int, runs: Sequence[QuotedRun], run_starts: list[int]) -> int:
    k = bisect_right(run_starts, pos) - 1
    return runs[k].close + 1 if k >= 0 else 0


def _next_run_open(pos: int, runs: Sequence[QuotedRun], run_starts: list[int], default: int) -> int:
    k = bisect_right(run_starts, pos)
    return runs[k].open if k < len(runs) else default
