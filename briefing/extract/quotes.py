"""Quotes of an article: direct, partial and indirect, each with its speaker.

`find_speakers_and_quotes` is the entry point; the other modules of this package
do one step each (marks -> cues -> speakers -> attribution, reported for indirect speech).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from briefing.extract import lexicon as lx
from briefing.extract.attribution import Attribution, Linker, resolve_cues
from briefing.extract.cues import find_cues
from briefing.extract.marks import QuotedRun, find_runs
from briefing.extract.model import Quote, QuoteKind, Speaker
from briefing.extract.reported import reported_clauses
from briefing.extract.speakers import Entity, SpeakerBook, merge_roles, to_speakers

Span = tuple[int, int]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_WORD_OF_LEAD = re.compile(r"[\w’'-]+")
_SCARE_MAX_WORDS = 3
_LEAD_MARKS = " \t\"“'‘([—–-"  # what may stand before a quote that opens its sentence
_LEAD_WINDOW = 80  # at least the 60 characters `_last_words` reads


def find_speakers_and_quotes(
    text: str, paragraphs: Sequence[Span], sentences: Sequence[Span], byline: str = ""
) -> tuple[list[Speaker], list[Quote]]:
    """Speakers (only those quoted) and quotes in reading order, with stable ids."""
    runs = find_runs(text, paragraphs)
    cues = find_cues(text, sentences, runs)
    book = SpeakerBook(text, byline)
    spans = [(r.open, r.close) for r in runs]
    entities = resolve_cues(text, sentences, cues, book, spans)
    linker = Linker(text, paragraphs, sentences, cues, entities, book, spans)
    sentence_starts = [s for s, _ in sentences]
    cue_sentences = {c.sentence for k, c in enumerate(cues) if k in entities}

    found: list[tuple[int, int, QuoteKind, Attribution]] = []
    kept: list[QuotedRun] = []
    for run in runs:
        k = max(bisect_right(sentence_starts, run.open) - 1, 0)
        sentence = sentences[k] if sentences else paragraphs[run.paragraph]
        kind = quote_kind(text, run, sentence, paragraphs[run.paragraph], k in cue_sentences)
        if kind is None:
            continue
        attribution = linker.attribute(run, paragraphs[run.paragraph])
        found.append((run.start, run.end, kind, attribution))
        kept.append(run)
    _share_across_paragraphs(kept, [f[3] for f in found])
    quoted = sorted((r.open, r.close) for r in kept)
    for reported in reported_clauses(text, sentences, cues, entities, quoted):
        attribution = Attribution(reported.entity, reported.cue.verb, 0.6)
        found.append((reported.start, reported.end, "indirect", attribution))
    found.sort(key=lambda f: f[0])
    return _records(text, found, book)


def _share_across_paragraphs(runs: list[QuotedRun], attributions: list[Attribution]) -> None:
    """A quote running over paragraphs has one speaker: a part attributed only by carrying
    over takes the cue found in a later part."""
    for i in range(len(runs) - 2, -1, -1):
        nxt = attributions[i + 1]
        if runs[i].continues and runs[i + 1].continued and nxt.confidence > attributions[i].confidence:
            attributions[i].entity, attributions[i].cue = nxt.entity, nxt.cue
            attributions[i].confidence = nxt.confidence


def quote_kind(
    text: str, run: QuotedRun, sentence: Span, paragraph: Span, sentence_has_cue: bool
) -> QuoteKind | None:
    """"direct", "partial", or None for titles, terms, scare quotes and headings."""
    inner = text[run.start : run.end]
    words = _WORD.findall(inner)
    lead = _lead(text, max(sentence[0], paragraph[0]), run.open)
    starts_sentence = not lead.strip(_LEAD_MARKS)
    ends_with_punct = inner[-1:] in ".,!?…" if inner else False
    if not run.closed and not run.continued and not run.continues:
        # an opening mark never closed: keep it only when it opens a paragraph of speech
        if not (starts_sentence and len(words) >= 6):
            return None
    if run.continued or run.continues:
        return "direct"
    only_run = not text[paragraph[0] : run.open].strip() if run.open - paragraph[0] < 8 else False
    only_run = only_run and not text[run.close + 1 : paragraph[1]].strip()
    if only_run and not ends_with_punct and len(words) <= 8:
        return None  # a heading like 'Life-changing and heartbreaking'
    if _is_title_or_term(text, run, words, lead):
        return None
    if starts_sentence or lead.rstrip().endswith(":"):
        return "direct" if len(words) > 1 or ends_with_punct else None
    if lead.rstrip().endswith(","):
        if _cue_word_before(lead):
            return "direct"
    if not sentence_has_cue and len(words) <= _SCARE_MAX_WORDS:
        return None
    return "partial"


def _lead(text: str, start: int, at: int) -> str:
    """The text from `start` to a mark at `at`, or only as much of its end as gives every test
    of `quote_kind` the same answer: `_LEAD_WINDOW` characters or more, still 8 once trailing
    spaces go ("known as"), one of them neither a space nor an opening mark. (The whole lead
    made each of n unbalanced marks cost O(n).)"""
    window = _LEAD_WINDOW
    while True:
        lo = max(start, at - window)
        lead = text[lo:at]
        if lo == start or (len(lead.rstrip()) >= 8 and lead.strip(_LEAD_MARKS)):
            return lead
        window *= 2


def _is_title_or_term(text: str, run: QuotedRun, words: list[str], lead: str) -> bool:
    if len(words) <= 1 and not text[run.start : run.end][-1:] in ",.!?":
        return True
    if _after_title_cue(_last_words(lead)) or lead.rstrip().lower().endswith("known as"):
        return True
    inner = text[run.start : run.end]
    title_case = all(w[0].isupper() or w.lower() in _MINOR_WORDS for w in words)
    # a title in Title Case, mid-sentence; a short one may carry the sentence's full stop
    # ('on CBS's "Face the Nation."')
    punctuated = inner[-1:] in ".,!?"
    return title_case and bool(lead.strip()) and (len(words) <= 4 if punctuated else len(words) <= 8)


def _after_title_cue(near: list[str]) -> bool:
    """'the book "...', 'a film called simply "...' name a title; 'called it "a disaster"',
    'called Smith "a liar"' characterize, as speech does."""
    if near and near[-1].lower() in lx.TITLE_CUES:
        # 'which Smith called "dead on arrival"', 'what he dubbed "a farce"': someone's words
        return not (len(near) == 2 and near[-1].endswith("ed") and (near[0][:1].isupper() or near[0] in _SUBJECTS))
    if len(near) < 2 or near[0].lower() not in lx.TITLE_CUES:
        return False
    return near[1].lower() not in _OBJECTS and not near[1][:1].isupper()


_SUBJECTS = frozenset("he she they we i who".split())
_OBJECTS = frozenset("it him her them this that these those us me".split())
_MINOR_WORDS = frozenset("a an and the of in on at to for with or but from by".split())


def _cue_word_before(lead: str) -> bool:
    return any(w.lower() in lx.SPEECH_VERBS for w in _last_words(lead))


def _last_words(lead: str) -> list[str]:
    """The two words before a quotation mark."""
    return _WORD_OF_LEAD.findall(lead[-60:])[-2:]


def _records(
    text: str, found: list[tuple[int, int, QuoteKind, Attribution]], book: SpeakerBook
) -> tuple[list[Speaker], list[Quote]]:
    merged = merge_roles(book.entities)
    for *_, attribution in found:
        if attribution.entity is not None:
            attribution.entity = merged.get(id(attribution.entity), attribution.entity)
    quoted: dict[int, Entity] = {}  # by id, in order of first quote (a list scan was quadratic)
    for *_, attribution in found:
        if attribution.entity is not None:
            quoted.setdefault(id(attribution.entity), attribution.entity)
    pairs = to_speakers(list(quoted.values()))
    ids = {id(entity): speaker.id for entity, speaker in pairs}
    quotes = [
        Quote(
            f"q{i}", kind, text[s:e], s, e,
            ids.get(id(a.entity)) if a.entity is not None else None, a.cue, a.confidence,
        )
        for i, (s, e, kind, a) in enumerate(found, 1)
    ]
    return [speaker for _, speaker in pairs], quotes
