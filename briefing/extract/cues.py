"""Speech cues: a reporting verb ("said", "told", "according to") with the phrase that speaks."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.extract import lexicon as lx
from briefing.extract.marks import QuotedRun
from briefing.extract.mentions import Mention, parse_mention, role_after

Span = tuple[int, int]

_VERB = re.compile(
    r"\b(?:according\s+to|" + "|".join(sorted(lx.SPEECH_VERBS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_FILLER_TAIL = re.compile(
    r"(?:\s+(?:" + "|".join(sorted(lx.VERB_FILLERS, key=len, reverse=True)) + r"|not|n't))+\s*\Z",
    re.IGNORECASE,
)
_PASSIVE = re.compile(r"\b(?:been|be|being|was|were|is|are|it's)\s*\Z", re.IGNORECASE)
# Clause boundaries inside a sentence; the subject phrase starts after the last one.
_BOUNDARY = re.compile(
    r"[,;:(\[\"“”]|\s[—–]\s?|—|\s--\s|\b(?:and|but|or|that|because|as|when|while|after|before|since|if"
    r"|though|although|where|so|than|whom?|which)\b",
    re.IGNORECASE,
)
_ASIDE = re.compile(r",\s+(?:who|whose|which|whom|where|a|an|the|also|now|then|\d)\b", re.IGNORECASE)
_FORWARD_END = re.compile(
    r"[,;:.!?\"“”(\[]|\s[—–]|\s--\s|\b(?:who|which|that|in|on|at|during|after|before|when|while|to|as"
    r"|and|but|because|last|this|earlier|on|about|via|through|with|told|said|says|adding|noting)\b"
)
_LISTENER = re.compile(
    r"\s+(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w.’'&-]*|of|and)\s+)*[A-Z][\w.’'&-]*(?=\W|$)"
    r"|\s+(?:him|her|them|us|me|reporters|journalists|the\s+media|the\s+press|members|supporters"
    r"|the\s+\w+|an?\s+\w+)\b"
)
_MAX_SUBJECT_CHARS = 160


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
    for m in _VERB.finditer(text):
        if _inside_run(m.start(), runs, run_starts):
            continue
        k = bisect_right(sentence_starts, m.start()) - 1
        if k < 0 or m.start() >= sentences[k][1]:
            continue
        s_start, s_end = sentences[k]
        lo = max(s_start, _last_run_end(m.start(), runs, run_starts), m.start() - _MAX_SUBJECT_CHARS)
        hi = min(s_end, _next_run_open(m.end(), runs, run_starts, s_end))
        cue = _cue(text, m, lo, hi, k, s_start)
        if cue:
            cues.append(cue)
    return cues


def _cue(text: str, m: re.Match[str], lo: int, hi: int, sentence: int, s_start: int) -> Cue | None:
    verb = m.group().lower()
    if verb.startswith("according"):
        mention = _subject_after(text, m.end(), hi)
        if not mention:
            return None
        return Cue("according to", m.start(), m.end(), mention, m.start(), mention.end, True, sentence, _skip_comma(text, mention.end, hi))
    before = text[lo : m.start()]
    if not m.group()[0].islower() and m.start() != s_start and before.strip(" \"“”'‘’,"):
        return None  # "Says" mid-sentence is a name or title, not a verb
    mention, inverted = _subject_before(text, lo, m.start(), s_start), False
    if mention is None and not before.strip(" \t,\"“”'‘’—–-"):
        mention, inverted = _subject_after(text, m.end(), hi), True
    if mention is None:
        return None
    clause = m.end()
    if verb in lx.LISTENER_VERBS and not inverted:
        listener = _LISTENER.match(text, m.end(), hi)
        if listener:
            clause = listener.end()
    if inverted:
        clause = mention.end
    clause = _skip_that(text, clause, hi)
    start, end = (m.start(), mention.end) if inverted else (mention.start, m.end())
    return Cue(verb, m.start(), m.end(), mention, start, end, inverted, sentence, clause)


def _subject_before(text: str, lo: int, verb_start: int, s_start: int) -> Mention | None:
    end = verb_start
    if _PASSIVE.search(text, max(lo, end - 12), end):
        return None  # "it has been estimated", "was told"
    tail = _FILLER_TAIL.search(text, lo, end)
    if tail:
        end = tail.start()
    stripped = text[lo:end].rstrip()
    if stripped.endswith(","):
        aside = None
        for a in _ASIDE.finditer(text, lo, lo + len(stripped) - 1):
            aside = a
            break
        if aside is None:
            return None
        end = aside.start()
    start = lo
    for b in _BOUNDARY.finditer(text, lo, end):
        start = b.end()
    if not text[start:end].strip():
        word = text[max(lo, start - 4) : start].strip().lower()
        if word in ("and", "but"):
            return leading_subject(text, s_start, end)
        return None
    return parse_mention(text, start, end)


def _subject_after(text: str, start: int, hi: int) -> Mention | None:
    stop = _FORWARD_END.search(text, start, hi)
    end = stop.start() if stop else hi
    mention = parse_mention(text, start, end)
    if mention and mention.kind == "person" and not mention.role:
        mention.role = role_after(text, mention.end, hi)
    return mention


_LEADING = re.compile(
    r"\s*((?:(?:[A-Z][\w.’'&-]*|the|a|an|of|for|'s|’s)\s*){1,8}?)(?=\s+(?!of\b|for\b|the\b)[a-z])"
)


def leading_subject(text: str, start: int, end: int) -> Mention | None:
    """The subject phrase a sentence opens with ("Japan's Defense Ministry has ...")."""
    m = _LEADING.match(text, start, end)
    if not m:
        return None
    mention = parse_mention(text, m.start(1), m.end(1))
    if mention and mention.kind == "person" and not mention.role:
        mention.role = role_after(text, mention.end, end)
    return mention


def _skip_that(text: str, i: int, hi: int) -> int:
    m = re.compile(r"[\s,:]*(?:that\b)?\s*").match(text, i, hi)
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
