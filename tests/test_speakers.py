"""Speakers: names with roles, aliases, organizations, anonymous sources, documents."""

from __future__ import annotations

from briefing.extract.model import Speaker
from briefing.extract.quotes import find_speakers_and_quotes
from briefing.extract.sentences import paragraph_spans, split_sentences


def speakers(text: str, byline: str = "") -> list[Speaker]:
    paragraphs = paragraph_spans(text)
    found, _ = find_speakers_and_quotes(text, paragraphs, split_sentences(text, paragraphs), byline)
    for speaker in found:
        assert all(0 <= s < e <= len(text) for s, e in speaker.mentions)
    return found


def test_role_before_the_name() -> None:
    text = '"Twenty countries have joined," Latvian Foreign Minister Baiba Braze said.'
    [braze] = speakers(text)
    assert (braze.name, braze.kind, braze.role) == ("Baiba Braze", "person", "Latvian Foreign Minister")


def test_role_after_the_name() -> None:
    text = '"The harbor is our economy," said Kenji Morita, mayor of Ashiro.'
    [morita] = speakers(text)
    assert (morita.name, morita.role) == ("Kenji Morita", "mayor of Ashiro")


def test_later_mentions_are_aliases_of_one_speaker() -> None:
    text = (
        'Environment Minister Claire Marsh said the plan was fair. "It is overdue," Marsh said.\n\n'
        '"We will not back down," Ms Marsh added. The minister said talks would resume.'
    )
    [marsh] = speakers(text)
    assert marsh.name == "Claire Marsh"
    assert {"Marsh", "Ms Marsh", "The minister"} <= set(marsh.aliases)
    assert len(marsh.mentions) >= 4


def test_surname_only_speaker_gets_the_full_name_written_elsewhere() -> None:
    text = 'Darian Lonechild is new to advocacy.\n\n"It has been hard," Lonechild said.'
    assert [s.name for s in speakers(text)] == ["Darian Lonechild"]


def test_two_people_with_one_surname_stay_apart() -> None:
    text = (
        '"The policy is clear," said Trevor Nicholson, a policy analyst.\n\n'
        '"It is not," said Mary Nicholson, a director.'
    )
    assert [s.name for s in speakers(text)] == ["Trevor Nicholson", "Mary Nicholson"]


def test_organization() -> None:
    text = "Japan's Defense Ministry acknowledged the invitation and said it is considering whether to join."
    [ministry] = speakers(text)
    assert (ministry.name, ministry.kind) == ("Japan's Defense Ministry", "organization")


def test_anonymous_sources() -> None:
    text = (
        "A spokesperson for the state Department of Environmental Protection said the permits were valid.\n\n"
        "One harbor business owner, who asked not to be named, said the flooding cost her $40,000."
    )
    found = speakers(text)
    assert [(s.name, s.kind) for s in found] == [
        ("A spokesperson for the state Department of Environmental Protection", "anonymous"),
        ("One harbor business owner", "anonymous"),
    ]


def test_unnamed_groups() -> None:
    text = "Some voters say the mayor is losing their trust."
    [voters] = speakers(text)
    assert (voters.name, voters.kind) == ("Some voters", "anonymous")


def test_documents() -> None:
    text = "According to an internal review, the pumps failed twice in January."
    [review] = speakers(text)
    assert (review.name, review.kind) == ("an internal review", "document")


def test_outlets_spoken_to_are_never_speakers() -> None:
    text = (
        "The coalition has 20 members, Foreign Minister Baiba Braze told Nikkei.\n\n"
        "Police told reporters the road would reopen on Sunday."
    )
    names = [s.name for s in speakers(text)]
    assert "Baiba Braze" in names
    assert not {"Nikkei", "reporters"} & set(names)


def test_byline_authors_are_never_speakers() -> None:
    text = '"We filed the story at midnight," Harriet Lowe said.\n\n"Then we waited," said Tom Baird.'
    assert [s.name for s in speakers(text, byline="Harriet Lowe, Environment correspondent")] == ["Tom Baird"]


def test_ids_follow_first_mention() -> None:
    text = '"First," said Ana Lopes.\n\n"Second," said Tom Hale.\n\n"Third," Lopes said.'
    assert [(s.id, s.name) for s in speakers(text)] == [("s1", "Ana Lopes"), ("s2", "Tom Hale")]


def test_acronym_is_an_alias_of_its_long_form() -> None:
    text = (
        "The Water Standards Authority (WSA) said the fine was a record.\n\n"
        "The WSA said the company had hidden the spills for years."
    )
    [authority] = speakers(text)
    assert (authority.name, authority.kind) == ("Water Standards Authority", "organization")
    assert "WSA" in authority.aliases


def test_a_spokesman_for_the_company_names_the_company() -> None:
    text = (
        "Nordmark Raffinerie, which runs a refinery near Mannheim, has cut its output, "
        "a spokesman for the company said on Wednesday."
    )
    assert [s.name for s in speakers(text)] == ["a spokesman for Nordmark Raffinerie"]


def test_dateline_is_not_a_speaker() -> None:
    text = "OTTAWA — Finance Minister Jo Hill said the budget would balance by 2027."
    assert [s.name for s in speakers(text)] == ["Jo Hill"]


def test_same_surname_people_stay_apart_and_the_latest_is_meant() -> None:
    text = (
        "Jürgen Albers steers the barge. \"The river is low,\" Albers said.\n\n"
        "His wife, Renate Albers, keeps the books. \"We saved for this,\" Renate Albers said."
    )
    assert [s.name for s in speakers(text)] == ["Jürgen Albers", "Renate Albers"]


def test_person_of_an_organization_is_a_person_with_an_affiliation() -> None:
    text = (
        "Const. Jay Mendoza of the Winnipeg Police Service said officers were called at 2 a.m. "
        "He said a man was taken to hospital.\n\n"
        '"It is a tragedy," said Rev. Anne Kohler, who leads the congregation.'
    )
    found = speakers(text)
    assert [(s.name, s.kind) for s in found] == [("Jay Mendoza", "person"), ("Anne Kohler", "person")]
    assert found[0].role and "Winnipeg Police Service" in found[0].role


def test_a_role_word_after_a_first_name_is_a_surname() -> None:
    text = (
        '"We played with energy," said coach Nick Nurse.\n\n'
        "In an interview on Monday, U.S. Secretary of State Mike Pompeo said the talks would go on."
    )
    assert [(s.name, s.kind) for s in speakers(text)] == [("Nick Nurse", "person"), ("Mike Pompeo", "person")]


def test_names_with_a_lowercase_particle() -> None:
    text = (
        'In its statement, al-Nasr said: "This was a warning."\n\n'
        'Egyptian President Abdel Fattah el-Sisi said the attack was "cowardly."'
    )
    assert [s.name for s in speakers(text)] == ["al-Nasr", "Abdel Fattah el-Sisi"]


def test_a_unit_owned_by_a_named_organization_is_an_organization() -> None:
    text = (
        'Northgate Systems\' threat research unit said the emails were "part of one campaign."\n\n'
        "Premier Alan Creighton's office called the leak \"deeply regrettable.\""
    )
    found = speakers(text)
    assert [(s.name, s.kind) for s in found] == [
        ("Northgate Systems' threat research unit", "organization"),
        ("Premier Alan Creighton's office", "organization"),
    ]


def test_an_owned_description_is_not_the_last_person_named() -> None:
    # "the island's clinic" names a body of its own, not the person quoted just before
    text = (
        '"We are asking to keep up with prices," said Ewan Moffat, the union convener.\n\n'
        "The island's medical practice said two patients had been flown to hospital."
    )
    found = speakers(text)
    assert [(s.name, s.kind) for s in found] == [
        ("Ewan Moffat", "person"),
        ("island's medical practice", "organization"),
    ]


def test_a_group_with_a_place_after_it_speaks() -> None:
    text = "Health officials in Manitoba say the virus is spreading in the community."
    [officials] = speakers(text)
    assert (officials.name, officials.kind) == ("Health officials in Manitoba", "anonymous")


def test_parties_speak_as_organizations() -> None:
    text = 'Opposition parties say the bill is "an attack on democracy."'
    [parties] = speakers(text)
    assert (parties.name, parties.kind) == ("Opposition parties", "organization")


def test_crowds_and_counted_groups_speak() -> None:
    text = (
        'Demonstrators chanted "Save our library!" outside city hall.\n\n'
        '"Four more years!" chanted hundreds of marchers as the mayor left.\n\n'
        'Dozens of angry parents shouted "Shame on you!" at the trustees.'
    )
    found = speakers(text)
    assert [(s.name, s.kind) for s in found] == [
        ("Demonstrators", "anonymous"),
        ("hundreds of marchers", "anonymous"),
        ("Dozens of angry parents", "anonymous"),
    ]


def test_his_or_her_description_is_named_for_its_owner() -> None:
    text = (
        "Health Minister Patty Hajdu toured the new laboratory on Friday.\n\n"
        'Her office said in a statement that the rules were "temporary but necessary."\n\n'
        'A statement from her department said they would be reviewed "every two weeks."'
    )
    found = speakers(text)
    assert [(s.name, s.kind) for s in found] == [
        ("Patty Hajdu's office", "organization"),
        ("Patty Hajdu's department", "organization"),
    ]


def test_sources_familiar_with_something_speak() -> None:
    text = 'The plan is "dead in the water," according to sources familiar with the negotiations.'
    [sources] = speakers(text)
    assert sources.name.startswith("sources familiar") and sources.kind == "anonymous"


def test_an_organization_name_with_and_in_it() -> None:
    text = 'According to the Heart and Stroke Foundation, the campaign "saved lives."'
    [foundation] = speakers(text)
    assert (foundation.name, foundation.kind) == ("Heart and Stroke Foundation", "organization")


def test_a_description_with_a_complement_then_the_name() -> None:
    text = '"We are optimistic," said Canada\'s ambassador to the U.S., Dana Whitmore.'
    [ambassador] = speakers(text)
    assert ambassador.name == "Dana Whitmore"


def test_a_name_with_a_suffix_and_a_role_word_in_it() -> None:
    text = '"We must act now," said Martin Luther King Jr.'
    [king] = speakers(text)
    assert king.name == "Martin Luther King Jr." and king.kind == "person"
