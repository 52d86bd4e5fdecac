"""Who said each quoted run: cue entities in reading order, then the linker from runs to cues."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter

from briefing.extract import lexicon as lx
from briefing.extract.cues import LABEL, Cue
from briefing.extract.subjects import leading_subject
from briefing.extract.marks import QuotedRun
from briefing.extract.mentions import parse_mention
from briefing.extract.speakers import Entity, SpeakerBook

Span = tuple[int, int]

_ADJACENT_AFTER = re.compile(r"[\s,.!?]*\Z")
_LEAD_IN_MAX = 125
_LEAD_IN = re.compile(r"[^.!?\"“”]{0,120}[,:]\s*\Z")
_DASH = re.compile(r"\s*(?:—|–|--)\s*")
_DASH_NAME_END = re.compile(r"[,.;(]")
_PRONOUN_SUBJECT = re.compile(r"(?:[A-Z]\w*(?: \w+){0,4}, )?(?:he|she|they|we|i)\b", re.IGNORECASE)
_SILENT = re.compile(
    r"\b(?:(?:declined|refused) to (?:comment|be interviewed|speak|say|discuss)"
    r"|(?:did not|didn['’]t) (?:immediately )?(?:respond|return|reply|answer)"
    r"|(?:could not|couldn['’]t) be reached|(?:was|were) (?:not|un)"
    r"(?: immediately)? available)"
)
# "wrote in a recent report for the Macdonald-Laurier Institute", "stated in the company's blog post"
_IN_DOCUMENT = re.compile(
    r"[\s,]+(?:\w+\s+){0,2}?in\s+(?:an?|the|his|her|their|its|[A-Z][\w’'.&-]*)\s+(?:[\w’'-]+\s+){0,3}?("
    + "|".join(sorted(lx.DOCUMENT_HEADS)) + r")\b"
)
_GROUP = re.compile(r"[^s]s\Z")  # "Residents of Elm Street", "Protesters": a group "they" may stand for
_SUBORDINATE = re.compile(r"(?:Although|Though|Even though|While|Whereas|Even as|Even if|If|Unless)\s")
_RELATIVE = re.compile(r",\s*(?:which|who)\s")
_OPENS_WITH_QUOTE = re.compile(r"[\"“‘']")
_SENTENCE_FINAL = ".!?\"”’)"
_CARRY_LOOKBACK = 8  # cues to look back over for a carried speaker (bounds the cost)


@dataclass(slots=True)
class Attribution:
    entity: Entity | None
    cue: str | None
    confidence: float


def resolve_cues(
    text: str, sentences: Sequence[Span], cues: Sequence[Cue], book: SpeakerBook, quoted: Sequence[Span]
) -> dict[int, Entity]:
    """Entity of each cue (by index), resolving mentions and pronouns in reading order.

    Sentence subjects that are not cues still count as antecedents for later pronouns.
    """
    events: list[tuple[int, int, object]] = [(c.mention.start, 1, i) for i, c in enumerate(cues)]
    quoted_starts = [s for s, _ in quoted]
    sentence_starts = [s for s, _ in sentences]
    with_subject = {c.sentence for c in cues}  # sentences that say who they are about
    named_cue = {c.sentence for c in cues if c.mention.kind != "pronoun"}
    for n, (s, e) in enumerate(sentences):
        k = bisect_right(quoted_starts, s) - 1
        if (k >= 0 and quoted[k][0] <= s < quoted[k][1]) or text[e - 1] not in _SENTENCE_FINAL:
            continue  # inside a quote, or a heading
        lead = leading_subject(text, s, e)
        if lead and lead.definite and lead.kind != "person" and n in named_cue:
            continue  # "The company behind the project, Greenfield, says": the cue names it
        if lead and (
            lead.kind == "person"
            # an organization named in full, not "Rail is already crowded"
            or (lead.kind == "organization" and (" " in lead.name or lead.name.isupper()))
            or (lead.kind == "anonymous" and (lead.definite or _GROUP.search(lead.head or "")))
            or lead.kind == "document"
            or lead.authored
            or (lead.kind == "pronoun" and lead.gender in ("m", "f"))
        ):
            events.append((lead.start, 0, (n, lead)))
    events.sort(key=itemgetter(0, 1))  # (offset, cue or subject): no lambda call per event
    entities: dict[int, Entity] = {}
    for _, is_cue, item in events:
        if not is_cue:
            n, lead = item  # type: ignore[misc]
            if _SILENT.search(text, lead.end, sentences[n][1]):
                book.silent.add(lead.start)  # "Moreau declined to comment.": no quote follows from him
            if lead.kind == "pronoun":
                book.resolve_pronoun(lead, lead.start)  # "She opened a restaurant.": her gender, a mention
            elif lead.kind != "person":
                book.resolve(lead)  # "the mayor", "Japan's Defense Ministry" are subjects too
                with_subject.add(n)
            else:
                person = book.note_antecedent(lead)
                if person is not None:
                    with_subject.add(n)
                    book.gender_from_pronouns(person, text, lead.end, sentences[n][1])
            continue
        cue = cues[item]  # type: ignore[index]
        if book.is_byline(cue.mention):
            continue
        if cue.mention.kind == "pronoun":
            entity = _introduced_before(
                text, sentences, cue, book, with_subject, quoted, quoted_starts, sentence_starts
            ) or book.resolve_pronoun(
                cue.mention, cue.mention.start
            )
            if entity is not None:
                book.note_subject(entity, cue.mention.start)
        else:
            s_start = sentences[cue.sentence][0]
            # "Although Trump has tweeted that ..., its inclusion ...": not who the sentence is about
            opening_clause = _SUBORDINATE.match(text, s_start) and "," not in text[s_start : cue.start]
            entity = book.resolve(cue.mention, subject=not (opening_clause or _nested(cues, item)))
            if entity is not None and not cue.inverted:
                book.gender_from_pronouns(entity, text, cue.end, sentences[cue.sentence][1])
                book.kind_from_pronouns(entity, text, cue.clause_start)
        if entity is not None:
            entities[item] = entity  # type: ignore[index]
            book.speaking.add(id(entity))
            document = _IN_DOCUMENT.match(text, cue.mention.end if cue.inverted else cue.verb_end)
            if document:
                book.note_document(document.start(1), entity)  # "the report" later is theirs
    return entities


def _nested(cues: Sequence[Cue], k: int) -> bool:
    """'Kim Tran said the landlord, Victor Hale, told her ...': a cue inside the clause another
    cue of its sentence reports; the outer speaker stays the one a following quote is from."""
    outer = cues[k - 1] if k > 0 else None
    return (
        outer is not None and outer.sentence == cues[k].sentence and not outer.inverted
        and outer.verb in lx.SAY_VERBS and outer.clause_start <= cues[k].start
    )


def _introduced_before(
    text: str,
    sentences: Sequence[Span],
    cue: Cue,
    book: SpeakerBook,
    with_subject: set[int],
    quoted: Sequence[Span],
    quoted_starts: list[int],
    sentence_starts: list[int],
) -> Entity | None:
    """'... results for Mississauga accountant Babatunji Farinloye, 50. "I had ...," he says.':
    a pronoun right after a quote goes to the person the sentence before introduced, when
    that sentence has no subject or cue of its own (before the quote's first sentence, when
    the quote runs over several)."""
    first = cue.sentence
    k = bisect_right(quoted_starts, cue.start) - 1
    if k >= 0 and 0 < cue.start - quoted[k][1] <= 4 and not text[quoted[k][1] + 1 : cue.start].strip(" ,"):
        first = max(bisect_right(sentence_starts, quoted[k][0]) - 1, 0)  # the quote's first sentence
    k = first - 1
    s_start = sentences[first][0]
    if k < 0 or k in with_subject or not _OPENS_WITH_QUOTE.match(text, s_start):
        return None
    if _PRONOUN_SUBJECT.match(text, sentences[k][0]) or LABEL.match(text, sentences[k][0]):
        return None  # "She cited the Starlight Tours."; "WATCH: Burnaby RCMP warns of ..."
    found = book.names.latest_before(sentences[k][1], cue.mention.gender, since=sentences[k][0], sure=True)
    if found is None and cue.mention.gender in ("m", "f"):
        # "It's a comment that Scheer found concerning.": a known person's surname
        surnames = book.names.surnames_before(text, sentences[k][1], sentences[k][0], cue.mention.gender)
        # a person met before or with a first name of that gender, not "Toronto's Out (of the Cold)"
        found = next((f for f in surnames if book.known_person(f[1], cue.mention.gender)), None)
    return book.person_named(found[0], found[1], cue.mention) if found else None


class Linker:
    """Attributes runs to cues: adjacent cue, cue in the same sentence, lead-in, or carried over."""

    def __init__(
        self,
        text: str,
        paragraphs: Sequence[Span],
        sentences: Sequence[Span],
        cues: Sequence[Cue],
        entities: dict[int, Entity],
        book: SpeakerBook,
        quoted: Sequence[Span] = (),
    ) -> None:
        self.text = text
        self.quoted = quoted
        self.quoted_starts = [s for s, _ in quoted]
        self.sentences = sentences
        self.sentence_starts = [s for s, _ in sentences]
        self.cues = cues
        self.cue_starts = [c.start for c in cues]
        self.entities = entities
        self.book = book
        self.paragraph_starts = [s for s, _ in paragraphs]
        self._last: Attribution | None = None
        self._last_at = -1

    def attribute(self, run: QuotedRun, paragraph: Span) -> Attribution:
        """Speaker of one run; runs must come in reading order."""
        found = (
            self._adjacent(run, paragraph)
            or self._dash(run, paragraph)
            or self._same_sentence(run, paragraph)
            or self._lead_in(run, paragraph)
        )
        if found is None:
            found = self._introduced_after(run, paragraph) or self._carried(run) or self._named_after(run)
        found = found or Attribution(None, None, 0.2)
        if found.entity is not None:
            self._last, self._last_at = found, run.open
        return found

    def _carried(self, run: QuotedRun) -> Attribution | None:
        """A quote with no cue of its own: the latest speaker before it, a quoted one or one
        reported without marks ("Jeff Fraser says ..." then a paragraph of quote)."""
        entity, at = (self._last.entity, self._last_at) if self._last else (None, -1)
        k = bisect_right(self.cue_starts, run.open) - 1
        floor = max(-1, k - _CARRY_LOOKBACK)
        while k > floor and (k not in self.entities or self.cues[k].end > run.open):
            k -= 1
        while k - 1 > floor and k - 1 in self.entities and _nested(self.cues, k):
            k -= 1
        if k > floor and self.cues[k].start > at and not (entity is not None and self._a_source(k)):
            entity, at = self.entities[k], self.cues[k].start
        subject = self.book.latest_subject(run.open)
        if subject is not None and subject[0] > at and not run.continued and not self._aside(run, subject, at):
            at, entity = subject  # 'Durning did not need much coaxing. "I'm thankful ..."'
        named = self._named_just_before(run, subject[0] if subject else -1)
        if named is not None and named[0] > at:
            at, entity = named

        if entity is None:
            return None
        paragraphs_back = run.paragraph - (bisect_right(self.paragraph_starts, at) - 1)
        if not run.continued and paragraphs_back > 2:
            return None
        return Attribution(entity, None, 0.7 if run.continued or paragraphs_back == 0 else 0.5)

    def _a_source(self, k: int) -> bool:
        """'A 2019 report found that ...', 'According to Statistics Canada, ...': a document or
        an organization cited for a fact is a source, not a voice that goes on in quotes."""
        kind = self.entities[k].kind
        return kind == "document" or (self.cues[k].verb == "according to" and kind != "person")

    def _aside(self, run: QuotedRun, subject: tuple[int, Entity], speaker_at: int) -> bool:
        """'"Everything is gone," Ford said. Her landlord, Peter Stiles, was away. // "I just
        want ..."': someone who says nothing in the paragraph of the last speaker is an aside
        there, and does not take the paragraph of quote that follows from that speaker (a
        person introduced in a paragraph of their own, or with an age, is a new voice)."""
        if speaker_at < 0 or self.book.given_an_age(subject[1]):
            return False
        paragraph = bisect_right(self.paragraph_starts, subject[0]) - 1
        return paragraph < run.paragraph and paragraph == bisect_right(self.paragraph_starts, speaker_at) - 1

    def _named_just_before(self, run: QuotedRun, subject_at: int) -> tuple[int, Entity] | None:
        """'It has been a hard year for Tom Reilly. "It will not cover ..."': a quote opening a
        sentence after one that names a single person, has no cue and no person or pronoun
        as its subject, is that person's."""
        k = bisect_right(self.sentence_starts, run.open) - 1
        if run.continued or k < 1 or self.text[self.sentences[k][0] : run.open].strip():
            return None
        lo, hi = self.sentences[k - 1]
        if self.text.count("\n\n", hi, run.open) > 1 or lo <= subject_at < hi:
            return None
        c = bisect_right(self.cue_starts, lo - 1)
        if c < len(self.cues) and self.cues[c].start < hi:
            return None  # the sentence reports speech: the cue's speaker is the one carried
        if _PRONOUN_SUBJECT.match(self.text, lo) or self._inside_quote(lo):
            return None
        named = self._one_person_named(lo, hi)
        entity = self.book.person_named(*named) if named else None
        return (named[0], entity) if named and entity is not None else None

    def _one_person_named(self, lo: int, hi: int) -> tuple[int, str] | None:
        """The one person a sentence names in full (offset, name), unless it says they declined
        to speak."""
        people = {n: p for p, n in self.book.names.names_in(lo, hi) if self.book.looks_like_person(p, n)}
        if len(people) != 1 or _SILENT.search(self.text, lo, hi):
            return None
        [(name, offset)] = people.items()
        return offset, name

    def _new_person_in(self, lo: int, hi: int, after: int, confidence: float) -> Attribution | None:
        """The one person `lo:hi` names, when first named there (after `after`)."""
        named = self._one_person_named(lo, hi)
        if named is None or self.book.names.first_written(named[1]) < after:
            return None
        entity = self.book.person_named(*named)
        return Attribution(entity, None, confidence) if entity is not None else None

    def _inside_quote(self, pos: int) -> bool:
        k = bisect_right(self.quoted_starts, pos) - 1
        return k >= 0 and self.quoted[k][0] <= pos < self.quoted[k][1]

    def _introduced_after(self, run: QuotedRun, paragraph: Span) -> Attribution | None:
        """A paragraph that opens with a quote and goes on to name someone new, as the subject
        of a speech verb or just in full: '"This is the worst storm I have seen." Mike Reid, a
        fisherman from Lunenburg, says the wharf is gone.'; '"We have waited for years."
        Residents like Marie Dubois have had enough.'"""
        if run.continued or self.text[paragraph[0] : run.open].strip():
            return None
        k = bisect_right(self.sentence_starts, run.close) - 1
        if k < 0 or k + 1 >= len(self.sentences) or self.sentences[k + 1][0] >= paragraph[1]:
            return None
        lo, hi = self.sentences[k + 1]
        c = bisect_right(self.cue_starts, lo - 1)
        while c < len(self.cues) and self.cues[c].start < hi:
            entity = self.entities.get(c)
            if entity is not None and self.cues[c].mention.kind != "pronoun":
                first_seen = min(entity.mentions, default=(lo, lo))[0]
                return self._cue_attribution(c, 0.5) if first_seen >= run.close else None
            c += 1
        return self._new_person_in(lo, hi, run.close, 0.5)

    def _named_after(self, run: QuotedRun) -> Attribution | None:
        """A quote no one said before it, with the speaker named in the next sentence:
        '"We were never consulted." That's how Linda Morrison describes the process.', or
        introduced there: '"I never thought I'd see this day." // Marie Dubois, 63, ...'."""
        k = bisect_right(self.sentence_starts, run.close) - 1
        if k < 0 or k + 1 >= len(self.sentences):
            return None
        lo, hi = self.sentences[k][1], self.sentences[k + 1][1]
        if self.text.count("\n\n", run.close, lo) or self.text.count("\n\n", lo, hi) > 1:
            return None
        c = bisect_right(self.cue_starts, lo - 1)
        while c < len(self.cues) and self.cues[c].start < hi:
            if c in self.entities and self.cues[c].mention.kind != "pronoun":
                return self._cue_attribution(c, 0.4)
            c += 1
        return self._new_person_in(lo, hi, run.close, 0.4)

    def _cue_attribution(self, k: int, confidence: float) -> Attribution | None:
        entity = self.entities.get(k)
        if entity is None:
            return None
        return Attribution(entity, self.cues[k].verb, confidence)

    def _adjacent(self, run: QuotedRun, paragraph: Span) -> Attribution | None:
        k = bisect_right(self.cue_starts, run.close)
        if k < len(self.cues) and self.cues[k].start < paragraph[1] and self.cues[k].start - run.close <= 5:
            between = self.text[run.close + 1 : self.cues[k].start]
            if _ADJACENT_AFTER.match(between) and not self._sentence_break(run, between, k):
                return self._cue_attribution(k, 0.95)
        k = bisect_right(self.cue_starts, run.open) - 1
        if k >= 0 and self.cues[k].end <= run.open and self.cues[k].start >= paragraph[0]:
            between = self.text[max(self.cues[k].end, run.open - _LEAD_IN_MAX) : run.open]
            if run.open - self.cues[k].end <= _LEAD_IN_MAX and _LEAD_IN.match(between):
                return self._cue_attribution(k, 0.9)
        return None

    def _sentence_break(self, run: QuotedRun, between: str, k: int) -> bool:
        """'"... up and running." The company noted ...': a full stop ends the quote's
        sentence, and a capitalized cue after it opens the next one (not '"...." he said')."""
        stop = self.text[run.end - 1 : run.end] == "." or "." in between
        return stop and self.text[self.cues[k].start].isupper()

    def _dash(self, run: QuotedRun, paragraph: Span) -> Attribution | None:
        m = _DASH.match(self.text, run.close + 1, paragraph[1]) if run.closed else None
        if not m:
            return None
        end = self._sentence_end(m.end(), paragraph)
        stop = _DASH_NAME_END.search(self.text, m.end(), end)
        mention = parse_mention(self.text, m.end(), stop.start() if stop else end)
        if mention is None or mention.kind in ("pronoun", "document"):
            return None
        entity = self.book.resolve(mention)
        return Attribution(entity, "—", 0.85) if entity else None

    def _same_sentence(self, run: QuotedRun, paragraph: Span) -> Attribution | None:
        lo = self._sentence_start(run.open, paragraph)
        hi = self._sentence_end(run.close, paragraph)
        best: tuple[int, int] | None = None
        k = bisect_right(self.cue_starts, lo) - 1
        k = max(k, 0)
        while k < len(self.cues) and self.cues[k].start < hi:
            cue = self.cues[k]
            if cue.start >= lo and k in self.entities and not (cue.start > run.close and self._relative(cue)):
                distance = cue.start - run.close if cue.start > run.close else run.open - cue.end
                if best is None or abs(distance) < best[0]:
                    best = (abs(distance), k)
            k += 1
        return self._cue_attribution(best[1], 0.8) if best else None

    def _relative(self, cue: Cue) -> bool:
        """'... on "an approval process ...," and on environmental groups, which argue ...': a
        relative clause after a quote tells what its antecedent says, not who said the quote."""
        return _RELATIVE.match(self.text, cue.mention.end, cue.verb_start) is not None

    def _lead_in(self, run: QuotedRun, paragraph: Span) -> Attribution | None:
        """A colon before the quote: `Braze put it this way: "..."` (same or previous paragraph)."""
        colon = run.open
        while colon > 0 and self.text[colon - 1].isspace():
            colon -= 1
        colon -= 1
        if colon < 0 or self.text[colon] != ":":
            return None
        s = self._sentence_start(colon, (0, colon))
        k = bisect_right(self.cue_starts, colon) - 1
        cue = k if k >= 0 and k in self.entities and colon - self.cues[k].end < 200 else None
        if cue is not None and self.cues[cue].start >= s:
            return self._cue_attribution(cue, 0.8)
        # a subject of the colon's own sentence before a cue of an earlier one: 'The province
        # announced ... Tom Reilly put it simply: "..."'
        lead = leading_subject(self.text, s, colon)
        if lead is not None and lead.kind != "pronoun":
            entity = self.book.resolve(lead)
            if entity is not None:
                return Attribution(entity, None, 0.7)
        if cue is not None:
            return self._cue_attribution(cue, 0.8)
        # "Here's what Coun. Paul Ainslie had to say about the vote:": the one person it names
        return self._new_person_in(s, colon, -1, 0.6) if lead is None else None

    def _sentence_start(self, pos: int, paragraph: Span) -> int:
        k = bisect_right(self.sentence_starts, pos) - 1
        return max(self.sentences[k][0], paragraph[0]) if k >= 0 else paragraph[0]

    def _sentence_end(self, pos: int, paragraph: Span) -> int:
        k = bisect_right(self.sentence_starts, pos) - 1
        return min(self.sentences[k][1], paragraph[1]) if k >= 0 else paragraph[1]
