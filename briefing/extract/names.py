"""Names written in an article, indexed once: full names by surname, acronyms, and
organizations introduced with "which" (so "Lonechild" can be read as "Darian Lonechild")."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

from briefing.extract import lexicon as lx

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_FALLBACK_NAMES = 6
_RUNS_BACK = 30  # capitalized names to look back over for "the union"
_AGE = re.compile(r", \d{1,3}\b")
TITLE_WORDS = lx.MALE_TITLES | lx.FEMALE_TITLES | frozenset("dr dr. prof prof.".split())
_ROLE_WORDS = lx.ROLE_HEADS | TITLE_WORDS
_FIRST_NAMES = lx.MALE_NAMES | lx.FEMALE_NAMES
_NOT_FIRST_NAME = lx.NOT_NAME_WORDS | lx.ROLE_HEADS | lx.ROLE_MODIFIERS | lx.ORG_HEADS | TITLE_WORDS


@lru_cache(maxsize=4096)
def name_words(name: str) -> tuple[str, ...]:
    """Lowercase words of a name without titles or possessive endings."""
    words = [w.lower().removesuffix("'s").removesuffix("’s") for w in _WORD.findall(name)]
    return tuple(w for w in words if w not in TITLE_WORDS)


_UPPER = "A-ZÀ-ÖØ-ÞĀ-ž"  # Latin-1 and Latin Extended-A capitals (and a few small letters)
_CAPITALIZED_RUN = re.compile(rf"[{_UPPER}][\w’'-]*(?: [{_UPPER}][\w’'-]*| [A-Z]\.)+")
_ACRONYM = re.compile(r"\(([A-Z]{2,8})\)")
_LONG_FORM = re.compile(r"((?:[A-Z][\w’'&-]* (?:of |for |and |the )*){0,5}[A-Z][\w’'&-]*) \Z")
_WHICH = re.compile(r" which\b")  # not ",? which": an optional first char is tried at every position
_SURNAME = re.compile(rf"(?<![\w.])[{_UPPER}][\w’'-]+")
_RUN_BEFORE = re.compile(rf"((?:(?:[{_UPPER}][\w’'&.-]*|&) ){{0,3}}[{_UPPER}][\w’'&.-]*)\Z")


def _capitalized_runs(text: str) -> list[tuple[int, str]]:
    """(start, text) of each run of capitalized words joined by single spaces ("Fouzia Al Hashish")."""
    return [(m.start(), m.group()) for m in _CAPITALIZED_RUN.finditer(text)]


def _organizations(text: str) -> list[tuple[int, str]]:
    """(start, name) of names followed by "which" ("Helixa Recycling, which ...")."""
    found = []
    for m in _WHICH.finditer(text):
        at = m.start() - (text[m.start() - 1 : m.start()] == ",")  # where ",? which" starts
        before = _RUN_BEFORE.search(text, max(0, at - 80), at)
        if before:
            found.append((before.start(1), before.group(1)))
    return found


class NameIndex:
    """Full names ("First Last") and organizations ("X, which ...") written in the text,
    found in one pass, so a surname can be read as the person the text named fully."""

    def __init__(self, text: str) -> None:
        self.full_names: dict[str, list[tuple[int, str]]] = {}
        self.in_order: list[tuple[int, str]] = []
        self.with_age: set[int] = set()
        self._starts: set[int] | None = None
        self.runs = _capitalized_runs(text)
        for start, name in self.runs:
            words = name.split()
            if len(words) > 2:  # "Toronto Mayor Rob Ford": the name starts after the last role word
                cut = next((i + 1 for i in range(len(words) - 2, 0, -1) if words[i].lower() in _ROLE_WORDS), 0)
                start += sum(len(w) + 1 for w in words[:cut])
                words = words[cut:]
            while words and words[0].lower() in _NOT_FIRST_NAME:
                start += len(words.pop(0)) + 1
            if len(words) < 2 or len(words) > 4:
                continue
            if words[-1].lower() in _NOT_FIRST_NAME and words[-2].lower() not in _FIRST_NAMES:
                continue  # "Prime Minister", but "Nick Nurse", "Tom Baker"
            full = " ".join(words)
            if text[start - 1 : start] == "(" and text.startswith(" /", start + len(full)):
                continue  # a photo credit: "(Lauren Pelley / CBC News)"
            surname = words[-1].lower().removesuffix("’s").removesuffix("'s")
            self.full_names.setdefault(surname, []).append((start, full))
            self.in_order.append((start, full))
            if _AGE.match(text, start + len(full)):
                self.with_age.add(start)  # "Babatunji Farinloye, 50,"
        self.acronyms: dict[str, str] = {}  # "WSA" -> "Water Standards Authority"
        for m in _ACRONYM.finditer(text):
            before = _LONG_FORM.search(text, max(0, m.start() - 120), m.start())
            long_form = before.group(1).removeprefix("The ") if before else ""
            if "".join(w[0] for w in long_form.split() if w[0].isupper()) == m.group(1):
                self.acronyms[m.group(1)] = long_form
        self.organizations_at = _organizations(text)
        self.organizations = {name.lower(): name for _, name in self.organizations_at}

    def organization_named(self, name: str) -> str:
        """The full name of an organization written with a "which" ("Dunmore & Vale" ->
        "Dunmore & Vale Marine"), else `name`."""
        key = name.lower().removeprefix("the ") + " "
        return next((full for low, full in self.organizations.items() if low.startswith(key)), name)

    def latest_before(
        self, at: int, gender: str | None, since: int = 0, sure: bool = False
    ) -> tuple[int, str] | None:
        """The last full name written in `since:at` whose first name does not contradict `gender`;
        with `sure`, only names known to be people (a first name of that gender, or an age)."""
        k = bisect_right(self.in_order, (at, ""))
        recent = [(p, n) for p, n in self.in_order[max(0, k - _FALLBACK_NAMES) : k][::-1] if p >= since]
        same = lx.MALE_NAMES if gender == "m" else lx.FEMALE_NAMES if gender == "f" else frozenset()
        other = lx.FEMALE_NAMES if gender == "m" else lx.MALE_NAMES if gender == "f" else frozenset()
        # a known first name of the right gender first ("Robert McMillen" before "L’Oréal Paris")
        tests = [lambda p, first: first in same or p in self.with_age]
        if not sure:
            tests.append(lambda p, first: first not in other)
        for wanted in tests:
            for pos, name in recent:
                if wanted(pos, name.split()[0].lower()):
                    return pos, name
        return None

    def surnames_before(
        self, text: str, at: int, since: int, gender: str | None
    ) -> Iterator[tuple[int, str]]:
        """Words in `since:at`, last first, that are the surname of a full name written in the
        article ("It's a comment that Scheer found concerning." -> Andrew Scheer), as
        (offset, full name)."""
        other = lx.FEMALE_NAMES if gender == "m" else lx.MALE_NAMES if gender == "f" else frozenset()
        for m in reversed(list(_SURNAME.finditer(text, since, at))):
            word = m.group().lower().removesuffix("’s").removesuffix("'s")
            if m.group().isupper() or word not in self.full_names:
                continue  # "RCMP" is no one's surname
            full = self.full_name(word, m.start())
            if full and full.split()[0].lower() not in other and m.start() not in self._full_name_starts():
                yield m.start(), full

    def _full_name_starts(self) -> set[int]:
        if self._starts is None:
            self._starts = {p for p, _ in self.in_order}
        return self._starts

    def first_written(self, name: str) -> int:
        """Where a person with this full name's surname is first named in full (-1 if never)."""
        words = name_words(name)
        found = self.full_names.get(words[-1]) if words else None
        return found[0][0] if found else -1

    def names_in(self, since: int, until: int) -> list[tuple[int, str]]:
        """The full names written in `since:until`, in reading order."""
        lo, hi = bisect_right(self.in_order, (since, "")), bisect_right(self.in_order, (until, ""))
        return self.in_order[lo:hi]

    def first_after(self, at: int, until: int) -> tuple[int, str] | None:
        """The first full name written in `at:until`."""
        k = bisect_right(self.in_order, (at, ""))
        return self.in_order[k] if k < len(self.in_order) and self.in_order[k][0] < until else None

    def latest_organization(self, at: int) -> str | None:
        """The last organization introduced with "which" before `at`."""
        k = bisect_right(self.organizations_at, (at, ""))
        return self.organizations_at[k - 1][1] if k else None

    def latest_containing(self, word: str, at: int) -> str | None:
        """The last capitalized name before `at` with `word` in it ("Union" for "the union")."""
        k = bisect_right(self.runs, (at, ""))
        wanted = word.capitalize()
        for _, run in reversed(self.runs[max(0, k - _RUNS_BACK) : k]):
            if wanted in run.split():
                return run
        return None

    def full_name(self, surname: str, at: int) -> str | None:
        """The latest full name with this surname before `at`, else the first after it."""
        found = self.full_names.get(surname.lower())
        if not found:
            return None
        before = [name for pos, name in found if pos < at]
        return before[-1] if before else found[0][1]
