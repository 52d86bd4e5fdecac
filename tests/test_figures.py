"""Figures: one test per row of ../shared/eval/figure-cases.md and per bullet of issue 4.

Each case is a news-style sentence of our own, the exact span expected, and the fields
that must hold for it (`kind`, `value` or `low`/`high`, `unit`, `iso`, `qualifier`).
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from briefing.extract.figures import find_figures
from briefing.extract.model import Figure

PUBLISHED = "2025-09-23T00:41:00+09:00"  # a Tuesday
SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_386b1cf1fcee2ef2.txt"


def _only(sentence: str, span: str, published: str | None = PUBLISHED) -> Figure:
    figures = find_figures(sentence, published)
    found = [f for f in figures if f.text == span]
    assert found, f"{span!r} not found in {[f.text for f in figures]}"
    return found[0]


def _check(fig: Figure, **expected: object) -> None:
    for name, want in expected.items():
        got = getattr(fig, name)
        if isinstance(want, float) and isinstance(got, float):
            assert got == pytest.approx(want, rel=1e-4), (name, fig)
        else:
            assert got == want, (name, fig)


# (sentence, span, expected fields). Money is in currency units with an ISO 4217 code.
CASES: list[tuple[str, str, dict[str, object]]] = [
    # --- money -----------------------------------------------------------------------------
    ("The company lost $2.12 billion last quarter.", "$2.12 billion",
     dict(kind="money", value=2.12e9, unit="USD", qualifier="exact")),
    ("The coalition has provided 1.8 billion euros ($2.12 billion) in support.", "$2.12 billion",
     dict(kind="money", value=2.12e9, unit="USD", qualifier="exact")),
    ("The coalition has provided 1.8 billion euros (\\$2.12 billion) in support.", "$2.12 billion",
     dict(kind="money", value=2.12e9, unit="USD")),
    ("The coalition has provided 1.8 billion euros in support.", "1.8 billion euros",
     dict(kind="money", value=1.8e9, unit="EUR")),
    ("The bank set aside €1.8bn for fines.", "€1.8bn", dict(kind="money", value=1.8e9, unit="EUR")),
    ("Apple returned $61bn to shareholders.", "$61bn", dict(kind="money", value=6.1e10, unit="USD")),
    ("The Treasury needs to find £48bn.", "£48bn", dict(kind="money", value=4.8e10, unit="GBP")),
    ("The club was sold for £450m in May.", "£450m", dict(kind="money", value=4.5e8, unit="GBP")),
    ("Washington pledged US$3.5 trillion over a decade.", "US$3.5 trillion",
     dict(kind="money", value=3.5e12, unit="USD")),
    ("Ottawa will spend C$2 billion on housing.", "C$2 billion", dict(kind="money", value=2e9, unit="CAD")),
    ("Canberra approved A$500 million in aid.", "A$500 million", dict(kind="money", value=5e8, unit="AUD")),
    ("The developer raised HK$1.2 billion.", "HK$1.2 billion", dict(kind="money", value=1.2e9, unit="HKD")),
    ("The deficit reached $1.5tn this year.", "$1.5tn", dict(kind="money", value=1.5e12, unit="USD")),
    ("The state allotted Rs 2,500 crore for roads.", "Rs 2,500 crore",
     dict(kind="money", value=2.5e10, unit="INR")),
    ("Farmers will get ₹5 lakh each.", "₹5 lakh", dict(kind="money", value=5e5, unit="INR")),
    ("Kenya's budget of Sh1.2 trillion was passed.", "Sh1.2 trillion",
     dict(kind="money", value=1.2e12, unit="KES")),
    ("Shares closed at 345p on Friday.", "345p", dict(kind="money", value=3.45, unit="GBP")),
    ("Tokyo approved a ¥1.2 trillion stimulus for Japan's economy.", "¥1.2 trillion",
     dict(kind="money", value=1.2e12, unit="JPY")),
    ("China's central bank injected ¥1.2 trillion, and the yuan held steady in Beijing.", "¥1.2 trillion",
     dict(kind="money", value=1.2e12, unit="CNY")),
    ("Gasoline rose $.50 a gallon in a week.", "$.50", dict(kind="money", value=0.5, unit="USD")),
    ("Bids ranged between ¥1.1 trillion and ¥1.4 trillion.", "between ¥1.1 trillion and ¥1.4 trillion",
     dict(kind="money", value=None, low=1.1e12, high=1.4e12, unit="JPY", qualifier="range")),
    ("Analysts expect $5bn-$7bn in write-downs.", "$5bn-$7bn",
     dict(kind="money", low=5e9, high=7e9, unit="USD", qualifier="range")),
    ("Revenue reached $2.3B last year.", "$2.3B", dict(kind="money", value=2.3e9, unit="USD")),
    ("Seoul set aside 1.2 trillion won.", "1.2 trillion won", dict(kind="money", value=1.2e12, unit="KRW")),
    ("Fines of EUR 5m were imposed.", "EUR 5m", dict(kind="money", value=5e6, unit="EUR")),
    ("The fund holds hundreds of millions of dollars.", "hundreds of millions of dollars",
     dict(kind="money", value=1e8, unit="USD", qualifier="at_least")),
    # --- percentages and points ----------------------------------------------------------
    ("Up to 80% of casualties were caused by drones.", "Up to 80%",
     dict(kind="percent", value=80.0, unit="percent", qualifier="at_most")),
    ("It has been estimated that up to 80% of casualties were caused by drones.", "up to 80%",
     dict(kind="percent", value=80.0, unit="percent", qualifier="at_most")),
    ("Turnout was almost 40 per cent.", "almost 40 per cent",
     dict(kind="percent", value=40.0, unit="percent", qualifier="approx")),
    ("The bank raised rates to 4.75 per cent.", "4.75 per cent", dict(kind="percent", value=4.75, unit="percent")),
    ("Inflation hit 7.1 percent in June.", "7.1 percent", dict(kind="percent", value=7.1, unit="percent")),
    ("Prices will rise 10-15% next year.", "10-15%",
     dict(kind="percent", value=None, low=10.0, high=15.0, unit="percent", qualifier="range")),
    ("Support fell 3.2 percentage points.", "3.2 percentage points",
     dict(kind="quantity", value=3.2, unit="percentage point")),
    ("The Fed cut rates by 50 basis points.", "50 basis points",
     dict(kind="quantity", value=0.5, unit="percentage point")),
    ("The Fed cut rates by 25bp.", "25bp", dict(kind="quantity", value=0.25, unit="percentage point")),
    ("Rates rose a quarter of a percentage point.", "a quarter of a percentage point",
     dict(kind="quantity", value=0.25, unit="percentage point")),
    ("Yields climbed half a percentage point.", "half a percentage point",
     dict(kind="quantity", value=0.5, unit="percentage point")),
    # --- counts --------------------------------------------------------------------------
    ("Twenty countries have already joined the coalition.", "Twenty countries",
     dict(kind="count", value=20.0, unit="country", qualifier="exact")),
    ("Russia launched 48 drones and four missiles overnight.", "48 drones",
     dict(kind="count", value=48.0, unit="drone")),
    ("Russia launched 48 drones and four missiles overnight.", "four missiles",
     dict(kind="count", value=4.0, unit="missile")),
    ("A dozen ships were turned back.", "A dozen ships", dict(kind="count", value=12.0, unit="ship")),
    ("The navy sent a dozen ships.", "a dozen ships", dict(kind="count", value=12.0, unit="ship")),
    ("Dozens were injured in the blast.", "Dozens",
     dict(kind="count", value=24.0, unit=None, qualifier="at_least")),
    ("Tens of thousands of protesters marched.", "Tens of thousands of protesters",
     dict(kind="count", value=1e4, unit="protester", qualifier="at_least")),
    ("Several hundred adults joined the trial.", "Several hundred adults",
     dict(kind="count", value=200.0, unit="adult", qualifier="at_least")),
    ("Thousands of people fled.", "Thousands of people",
     dict(kind="count", value=2e3, unit="person", qualifier="at_least")),
    ("The plan will build 1.3m homes by 2030.", "1.3m homes", dict(kind="count", value=1.3e6, unit="home")),
    ("More than 1,000 people were evacuated.", "More than 1,000 people",
     dict(kind="count", value=1000.0, unit="person", qualifier="more_than")),
    ("At least 37 people died.", "At least 37 people",
     dict(kind="count", value=37.0, unit="person", qualifier="at_least")),
    ("Some 6.5 million people live in the region.", "Some 6.5 million people",
     dict(kind="count", value=6.5e6, unit="person", qualifier="approx")),
    ("The agency employs roughly 12,500 staff.", "roughly 12,500 staff",
     dict(kind="count", value=12500.0, unit="staff", qualifier="approx")),
    ("The census counted 2,024 people in the village.", "2,024 people",
     dict(kind="count", value=2024.0, unit="person")),
    ("Between 10,000 and 15,000 troops are deployed.", "Between 10,000 and 15,000 troops",
     dict(kind="count", value=None, low=1e4, high=1.5e4, unit="troop", qualifier="range")),
    ("The army deployed between 10,000 and 15,000 troops.", "between 10,000 and 15,000 troops",
     dict(kind="count", low=1e4, high=1.5e4, unit="troop", qualifier="range")),
    ("Police arrested 20 more people.", "20 more people", dict(kind="count", value=20.0, unit="person")),
    ("Kyiv shot down 30 Russian drones.", "30 Russian drones", dict(kind="count", value=30.0, unit="drone")),
    ("The firm cut 500 jobs or more.", "500 jobs or more",
     dict(kind="count", value=500.0, unit="job", qualifier="at_least")),
    ("Half a dozen ministers resigned.", "Half a dozen ministers",
     dict(kind="count", value=6.0, unit="minister")),
    ("Nearly two million people were displaced.", "Nearly two million people",
     dict(kind="count", value=2e6, unit="person", qualifier="approx")),
    ("Surrey has over 70,000 students.", "over 70,000 students",
     dict(kind="count", value=7e4, unit="student", qualifier="more_than")),
    ("About 90 people took part.", "About 90 people",
     dict(kind="count", value=90.0, unit="person", qualifier="approx")),
    ("Fewer than 300 families remain.", "Fewer than 300 families",
     dict(kind="count", value=300.0, unit="family", qualifier="less_than")),
    # --- ratios ------------------------------------------------------------------------------
    ("Nearly half of adults own a car.", "Nearly half",
     dict(kind="ratio", value=0.5, qualifier="approx")),
    ("A fifth of the budget goes to defence.", "A fifth", dict(kind="ratio", value=0.2)),
    ("Three-quarters of voters backed the plan.", "Three-quarters", dict(kind="ratio", value=0.75)),
    ("Only 3 in 10 adults exercise.", "3 in 10", dict(kind="ratio", value=0.3)),
    ("Nine out of 10 doctors agree.", "Nine out of 10", dict(kind="ratio", value=0.9)),
    ("One in five children is poor.", "One in five", dict(kind="ratio", value=0.2)),
    ("The bill needs two-thirds of the Senate.", "two-thirds", dict(kind="ratio", value=2 / 3)),
    ("Fewer than half of members voted.", "Fewer than half",
     dict(kind="ratio", value=0.5, qualifier="less_than")),
    ("The court ruled 6-3 in June.", "6-3", dict(kind="ratio", value=None, low=None, high=None, unit=None)),
    ("The board voted 7–2 to approve the deal.", "7–2", dict(kind="ratio", value=None)),
    ("The home side won 9-0.", "9-0", dict(kind="ratio", value=None)),
    ("The court upheld the law in a 4-5 decision.", "4-5", dict(kind="ratio", value=None)),
    ("Sales doubled last year.", "doubled", dict(kind="ratio", value=2.0)),
    ("Demand rose fourfold.", "fourfold", dict(kind="ratio", value=4.0)),
    ("Costs have roughly tripled.", "roughly tripled", dict(kind="ratio", value=3.0, qualifier="approx")),
    # --- quantities --------------------------------------------------------------------------
    ("Russia pumps 3 million barrels a day.", "3 million barrels a day",
     dict(kind="quantity", value=3e6, unit="barrel/day")),
    ("The field produces 450,000 barrels per day.", "450,000 barrels per day",
     dict(kind="quantity", value=4.5e5, unit="barrel/day")),
    ("The world could warm by 2.1C this century.", "2.1C",
     dict(kind="quantity", value=2.1, unit="degree Celsius")),
    ("Limit warming to 1.5 degrees above pre-industrial levels.", "1.5 degrees",
     dict(kind="quantity", value=1.5, unit="degree Celsius")),
    ("The tunnel runs 5.4 km under the city.", "5.4 km", dict(kind="quantity", value=5.4, unit="km")),
    ("The tunnel runs 5.4\u202fkm under the city.", "5.4\u202fkm", dict(kind="quantity", value=5.4, unit="km")),
    ("They built a 2,000-mile pipeline.", "2,000-mile", dict(kind="quantity", value=2000.0, unit="mile")),
    ("The road is 1.2 miles long.", "1.2 miles", dict(kind="quantity", value=1.2, unit="mile")),
    ("The storm dropped about 7.5 inches of rain.", "about 7.5 inches",
     dict(kind="quantity", value=7.5, unit="inch", qualifier="approx")),
    ("The mill exports 40,000 tonnes of steel.", "40,000 tonnes",
     dict(kind="quantity", value=4e4, unit="tonne")),
    # --- durations and ages ------------------------------------------------------------------
    ("The invasion has now lasted well over three years.", "well over three years",
     dict(kind="duration", value=3.0, unit="year", qualifier="more_than")),
    ("Talks lasted 18 months.", "18 months", dict(kind="duration", value=18.0, unit="month")),
    ("He served a 15-year sentence.", "15-year", dict(kind="duration", value=15.0, unit="year")),
    ("The strike lasted two weeks.", "two weeks", dict(kind="duration", value=2.0, unit="week")),
    ("The ferry was idle for 10 days.", "10 days", dict(kind="duration", value=10.0, unit="day")),
    ("Sales fell in the three months to June.", "three months", dict(kind="duration", value=3.0, unit="month")),
    ("Sales fell in the three months to June.", "June", dict(kind="date", iso="2025-06")),
    # --- dates -------------------------------------------------------------------------------
    ("The coalition was created in February 2024.", "February 2024", dict(kind="date", iso="2024-02")),
    ("September 23, 2025 00:41 JST", "September 23, 2025 00:41 JST",
     dict(kind="date", iso="2025-09-23T00:41:00+09:00")),
    ("The deal was signed on September 23, 2025.", "September 23, 2025",
     dict(kind="date", iso="2025-09-23")),
    ("The deal was signed on 16 May.", "16 May", dict(kind="date", iso="2025-05-16")),
    ("The minister spoke on Tuesday.", "Tuesday", dict(kind="date", iso="2025-09-23")),
    ("The minister spoke on Monday.", "Monday", dict(kind="date", iso="2025-09-22")),
    ("The minister will visit next Friday.", "next Friday", dict(kind="date", iso="2025-09-26")),
    ("The law took effect in June.", "June", dict(kind="date", iso="2025-06")),
    ("Sales fell in March.", "March", dict(kind="date", iso="2025-03")),
    ("The leaders will meet in March.", "March", dict(kind="date", iso="2026-03")),
    ("The election will be held in October.", "October", dict(kind="date", iso="2025-10")),
    ("Output grew in 2024.", "2024", dict(kind="date", iso="2024", value=None)),
    ("Profit rose in fiscal 2023.", "fiscal 2023", dict(kind="date", iso="2023")),
    ("Profit rose in FY2023.", "FY2023", dict(kind="date", iso="2023")),
    ("Growth was strong in the 1990s.", "the 1990s",
     dict(kind="date", low=1990.0, high=1999.0, qualifier="range", iso="1990/1999")),
    ("The coalition had provided aid as of last year.", "last year", dict(kind="date", iso="2024")),
    ("Exports rose this year.", "this year", dict(kind="date", iso="2025")),
    ("Prices peaked last month.", "last month", dict(kind="date", iso="2025-08")),
    ("The plant closed three years ago.", "three years ago", dict(kind="date", iso="2022")),
    ("Growth slowed in the third quarter.", "the third quarter", dict(kind="date", iso="2025-Q3")),
    ("Output fell between 2019 and 2021.", "between 2019 and 2021",
     dict(kind="date", low=2019.0, high=2021.0, qualifier="range")),
    # --- beyond the case table: conventions of tests/gold/README.md --------------------------
    ("Spending rose in fiscal 2017-18.", "fiscal 2017-18",
     dict(kind="date", low=2017.0, high=2018.0, qualifier="range", iso="2017/2018")),
    ("Temperatures fell to -11 C overnight.", "-11 C",
     dict(kind="quantity", value=-11.0, unit="degree Celsius")),
    ("Officials said the 586-student school would close.", "586-student",
     dict(kind="count", value=586.0, unit="student")),
    ("Ottawa raised the case of two Canadians detained in China.", "two Canadians",
     dict(kind="count", value=2.0, unit="canadian")),
    ("Repairs will take more than a month.", "more than a month",
     dict(kind="duration", value=1.0, unit="month", qualifier="more_than")),
    ("The cable runs for less than a mile.", "less than a mile",
     dict(kind="quantity", value=1.0, unit="mile", qualifier="less_than")),
    ("Power cost 142 euros on Wednesday, up from 87 euros a week earlier.", "a week earlier",
     dict(kind="date", iso="2025-09-10")),
    ("On Thursday the level dropped another centimeter.", "another centimeter",
     dict(kind="quantity", value=1.0, unit="cm")),
    ("The snow melted about three weeks earlier than usual.", "about three weeks",
     dict(kind="duration", value=3.0, unit="week", qualifier="approx")),
    ("Prices saw a 14% rise over three years.", "three years",
     dict(kind="duration", value=3.0, unit="year", qualifier="exact")),
    ("The memo was dated Oct. 1: nothing had changed.", "Oct. 1", dict(kind="date", iso="2025-10-01")),
    ("Premiums now cost 2.5% to 4% of the cargo.", "2.5% to 4%",
     dict(kind="percent", low=2.5, high=4.0, qualifier="range")),
    ("Inflation rose from 5% to 7%.", "7%", dict(kind="percent", value=7.0)),
    ("A train carries the load of two or three barges.", "two or three barges",
     dict(kind="count", low=2.0, high=3.0, unit="barge", qualifier="range")),
    ("The offer was subscribed 38 times.", "38 times", dict(kind="ratio", value=38.0)),
    ("A second line would double capacity.", "double", dict(kind="ratio", value=2.0)),
    ("Costs were more than twice what planners assumed.", "more than twice",
     dict(kind="ratio", value=2.0, qualifier="more_than")),
    ("Fuel cost 19 euros in mid-July.", "mid-July", dict(kind="date", iso="2025-07")),
    ("The 2018 drought peaked when the level fell in August.", "August", dict(kind="date", iso="2018-08")),
    ("The barge would set off for Basel on Friday.", "Friday", dict(kind="date", iso="2025-09-26")),
    ("Diesel cost 1.80 euros a liter, up 11 cents.", "11 cents", dict(kind="money", value=0.11, unit="EUR")),
    ("The ₹4,200-crore offering closed.", "₹4,200-crore", dict(kind="money", value=4.2e10, unit="INR")),
    ("The river is about 1 meter deep.", "about 1 meter",
     dict(kind="quantity", value=1.0, unit="m", qualifier="approx")),
    ("He served 13 and a half years.", "13 and a half years", dict(kind="duration", value=13.5, unit="year")),
    ("Of the last eight summers, five were dry.", "five", dict(kind="count", value=5.0, unit=None)),
    ("Wages rose 3.2% in the first half.", "3.2%", dict(kind="percent", value=3.2)),
    ("The new report is twice as long.", "twice", dict(kind="ratio", value=2.0)),
    ("Costs fell by a fifth over two years.", "a fifth", dict(kind="ratio", value=0.2)),
    ("Envoys of 20 countries’ governments met.", "20 countries", dict(kind="count", value=20.0, unit="country")),
    ("A 15-member panel and a 5,000-strong crowd.", "15-member", dict(kind="count", value=15.0, unit="member")),
    ("A 15-member panel and a 5,000-strong crowd.", "5,000", dict(kind="count", value=5000.0, unit=None)),
    ("He lives with his three grandchildren.", "three grandchildren",
     dict(kind="count", value=3.0, unit="grandchild")),
    ("Emissions must fall to 30 per cent below 2005 levels.", "2005", dict(kind="date", iso="2005")),
    ("The wave struck about 30 minutes later.", "about 30 minutes",
     dict(kind="duration", value=30.0, unit="minute", qualifier="approx")),
    ("Prices rose in the mid-1990s.", "the mid-1990s", dict(kind="date", low=1990.0, high=1999.0)),
    ("The flat is just 360 square feet.", "360 square feet",
     dict(kind="quantity", value=360.0, unit="square foot")),
]


@pytest.mark.parametrize(("sentence", "span", "expected"), CASES, ids=[c[1] for c in CASES])
def test_case(sentence: str, span: str, expected: dict[str, object]) -> None:
    _check(_only(sentence, span), **expected)


# Sentences in which nothing is a figure.
NOT_FIGURES = [
    "Leaders of the G7 met in Italy.",
    "Ukraine wants more F-16 jets.",
    "Covid-19 closed the schools.",
    "The prime minister returned to No. 10 on Monday night.".replace(" on Monday night", ""),
    "The crash of MH17 is still under investigation.",
    "The U.N. Security Council met.",
    "Japan would be one of the first Asian members.",
    "Sales were strong in the first half of the year.",
    "May I ask a question?",
    "He will march on the capital.",
    "It was a quarter past nine.",
    "Huawei was barred from 5G networks.",
    "The shop opens at 3 p.m. and serves 24/7.",
    "She walks twice a week.",
    "It was a double blow for the club.",
    "Caddie Joe Green, 58, is back at work.",
    "India's electric two-wheeler market grew.",
    "Taxes rise a little every year.",
    "Trucks drove along Highway 1 east.",
    "At one point the queue reached the door.",
    "He fell ill an hour-and-a-half after he arrived.",
    "She bought milk at 7-Eleven.",
    "I need to be home at 5 o'clock.",
    "Niederreiter scored twice as the Hurricanes won.",
    "Trudeau was asked twice what he would do.",
    "He nearly made it a ninth at the Masters.",
]


@pytest.mark.parametrize("sentence", NOT_FIGURES)
def test_not_a_figure(sentence: str) -> None:
    assert find_figures(sentence, PUBLISHED) == []


@pytest.mark.parametrize(
    ("sentence", "span"),
    [("A 15-year-old boy was arrested.", "15"), ("The victim, aged 34, was a nurse.", "34"),
     ("She is 80 years old.", "80")],
)
def test_ages_are_not_durations(sentence: str, span: str) -> None:
    assert not [f for f in find_figures(sentence, PUBLISHED) if f.kind == "duration" or span in f.text]


def test_parenthesised_money_is_positive() -> None:
    fig = _only("Revenue was 1.8 billion euros ($2.12 billion).", "$2.12 billion")
    assert fig.value is not None and fig.value > 0


def test_year_versus_number() -> None:
    kinds = {f.text: f.kind for f in find_figures("In 2024, 2,024 people voted in fiscal 2023.")}
    assert kinds == {"2024": "date", "2,024 people": "count", "fiscal 2023": "date"}


def test_dates_without_publication_date() -> None:
    assert _only("It opened on 16 May.", "16 May", None).iso == "--05-16"
    assert _only("It opened in June.", "June", None).iso == "--06"
    assert _only("They met on Tuesday.", "Tuesday", None).iso is None
    assert _only("It grew last year.", "last year", None).iso is None
    assert _only("It grew in February 2024.", "February 2024", None).iso == "2024-02"


def test_month_resolves_to_nearest_year() -> None:
    # Published in January: "in December" is the month just gone.
    assert _only("Sales slumped in December.", "December", "2025-01-10").iso == "2024-12"


def test_seed_article() -> None:
    text = SEED.read_text(encoding="utf-8").replace("\\$", "$")
    figures = {f.text: f for f in find_figures(text, PUBLISHED)}
    _check(figures["Twenty countries"], kind="count", value=20.0, unit="country")
    _check(figures["February 2024"], kind="date", iso="2024-02")
    _check(figures["1.8 billion euros"], kind="money", value=1.8e9, unit="EUR")
    _check(figures["$2.12 billion"], kind="money", value=2.12e9, unit="USD")
    _check(figures["last year"], kind="date", iso="2024")
    _check(figures["up to 80%"], kind="percent", value=80.0, qualifier="at_most")
    _check(figures["well over three years"], kind="duration", value=3.0, unit="year",
           qualifier="more_than")
    _check(figures["October"], kind="date", iso="2025-10")
    assert not any("U.N" in t or "first" in t for t in figures)


@pytest.mark.parametrize("path", sorted(SEED.parent.iterdir()), ids=lambda p: p.name)
def test_offsets_ids_and_order(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    figures = find_figures(text, PUBLISHED)
    assert [f.id for f in figures] == [f"f{i}" for i in range(1, len(figures) + 1)]
    assert all(text[f.start : f.end] == f.text for f in figures)
    assert all(a.end <= b.start for a, b in zip(figures, figures[1:]))


_FUZZ_TOKENS = (
    "$ € £ ¥ US$ Rs Sh 1 12 2024 1,000 3.5 .5 - – to and or between from up to more than a an"
    " another the of half third quarter two twenty hundred million bn m k % per cent bp years"
    " year -year-old ago earlier than May June Oct. Monday last next week month Q3 first fiscal"
    " FY s ' ’ ( ) , . : 30 a.m. JST in times doubled twice dozens tens thousands people C p No."
    " G F- / + mid- crore lakh won cents B"
).split() + ["\n", "\u00a0", "per cent", "up to", "more than"]


def test_random_token_soup_keeps_the_contract() -> None:
    rng = random.Random(4)
    for _ in range(3000):
        parts = [rng.choice(_FUZZ_TOKENS) + rng.choice(["", " ", " ", "-"]) for _ in range(rng.randint(1, 10))]
        text = "".join(parts)
        for published in (None, PUBLISHED, "not a date"):
            figures = find_figures(text, published)
            assert all(text[f.start : f.end] == f.text and f.start < f.end for f in figures), text
            assert all(a.end <= b.start for a, b in zip(figures, figures[1:])), text


def _seconds(line: str) -> float:
    start = time.perf_counter()
    find_figures(line, PUBLISHED)
    return time.perf_counter() - start


@pytest.fixture(scope="module")
def prose_seconds() -> float:
    """Time for 1 MB of ordinary article text on one line: the yardstick on a loaded machine."""
    prose = " ".join(SEED.read_text(encoding="utf-8").split()) + " "
    return min(_seconds((prose * (1_000_000 // len(prose) + 1))[:1_000_000]) for _ in range(2))


# Inputs built to make patterns backtrack, or to reach every handler without making figures:
# well under a second unloaded (see benchmarks/figures_speed.py), never much slower than prose.
@pytest.mark.parametrize(
    "line",
    ["1" * 1_000_000, "1,1" * 333_333, "1." * 500_000, "a-1 " * 250_000, "G7 " * 333_333,
     "the first of the " * 60_000, "(" * 1_000_000, "9" * 500_000 + "%" * 500_000],
    ids=lambda line: repr(line[:14]),
)
def test_pathological_line_is_fast(line: str, prose_seconds: float) -> None:
    assert _seconds(line) < max(2.0, 8 * prose_seconds)  # backtracking would be 100x


# A line that is nothing but figures costs a few microseconds per figure: check it stays linear
# (ten times the input, at most about ten times the time), not that it is quick.
@pytest.mark.parametrize("unit", ["$1 ", "twenty ", "between 1 and ", "May "], ids=repr)
def test_dense_line_stays_linear(unit: str) -> None:
    small = min(_seconds(unit * (50_000 // len(unit))) for _ in range(3))
    assert _seconds(unit * (500_000 // len(unit))) < 30 * small + 1.0  # quadratic: 100x
