"""Word lists for rule-based speaker and quote extraction (compiled by hand, lowercase)."""

from __future__ import annotations


def _forms(*groups: str) -> frozenset[str]:
    return frozenset(w for group in groups for w in group.split())


# Reporting verbs in every form that can introduce speech.
SPEECH_VERBS = _forms(
    "say says said saying tell tells told telling add adds added adding",
    "note notes noted noting stress stresses stressed stressing argue argues argued arguing",
    "warn warns warned warning explain explains explained explaining write writes wrote writing",
    "tweet tweets tweeted tweeting claim claims claimed claiming state states stated stating",
    "announce announces announced announcing insist insists insisted insisting",
    "acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting",
    "concede concedes conceded conceding confirm confirms confirmed confirming",
    "suggest suggests suggested suggesting recall recalls recalled recalling",
    "reply replies replied replying respond responds responded responding",
    "ask asks asked asking answer answers answered answering declare declares declared declaring",
    "emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising",
    "predict predicts predicted predicting promise promises promised promising",
    "reveal reveals revealed revealing maintain maintains maintained maintaining",
    "contend contends contended contending caution cautions cautioned cautioning",
    "urge urges urged urging joke jokes joked joking quip quips quipped quipping",
    "complain complains complained complaining allege alleges alleged alleging",
    "assert asserts asserted asserting comment comments commented commenting",
    "remark remarks remarked remarking observe observes observed observing",
    "mention mentions mentioned mentioning shout shouts shouted shouting",
    "exclaim exclaims exclaimed exclaiming testify testifies testified testifying",
    "agree agrees agreed agreeing recount recounts recounted recounting",
    "report reports reported reporting describe describes described describing",
    "post posts posted posting chant chants chanted chanting",
    "estimate estimates estimated estimating",
    "point points pointed pointing conclude concludes concluded concluding call calls called calling",
    "find finds found show shows showed shown project projects projected",
    "reiterate reiterates reiterated reiterating vow vows vowed vowing pledge pledges pledged pledging",
    "echo echoes echoed echoing boast boasts boasted boasting lament laments lamented lamenting",
    "counter counters countered countering",
    "repeat repeats repeated repeating whisper whispers whispered whispering",
    "yell yells yelled yelling scream screams screamed screaming wonder wonders wondered wondering",
    "muse muses mused musing plead pleads pleaded pleading retort retorts retorted retorting",
)

# Verbs that report speech only right beside a quote ('"What subsidy?" he laughed.',
# '"We always do," she continued.'); elsewhere they report no words ("the rain continued").
QUOTE_VERBS = _forms(
    "laugh laughs laughed laughing continue continues continued continuing sigh sighs sighed sighing",
    "smile smiles smiled smiling chuckle chuckles chuckled chuckling shrug shrugs shrugged shrugging",
    "cry cries cried sob sobs sobbed sobbing offer offers offered offering interject interjects",
    "interjected interrupt interrupts interrupted snap snaps snapped scoff scoffs scoffed scoffing",
    "gush gushes gushed marvel marvels marvelled marveled fume fumes fumed groan groans groaned",
    "elaborate elaborates elaborated clarify clarifies clarified summarize summarizes summarized",
    "begin begins began beg begs begged inquire inquires inquired query queries queried",
)
SPEECH_VERBS = SPEECH_VERBS | QUOTE_VERBS

# The plainest reporting verbs, preferred when a sentence has several.
SAY_VERBS = _forms("say says said saying tell tells told telling") | {"according to"}

# Verbs that report what a document or an unnamed group found ("the report found", "town
# officials estimate"); read as speech only with such a subject.
FINDING_VERBS = _forms(
    "find finds found show shows showed shown project projects projected",
    "estimate estimates estimated",
)

# Verbs whose object is a listener, never a speaker ("told Nikkei", "told reporters").
LISTENER_VERBS = _forms("tell tells told telling ask asks asked asking urge urges urged urging")

# Verbs that introduce speech only with "that" or a quote, not with a plain object
# ("called the findings "painful but fair"" but not "called the police").
WEAK_SPEECH_VERBS = _forms(
    "report reports reported reporting describe describes described describing",
    "post posts posted posting point points pointed pointing call calls called calling",
    "ask asks asked asking answer answers answered answering recall recalls recalled recalling",
    "mention mentions mentioned mentioning promise promises promised promising",
)

# Head words of a role or title ("Foreign Minister", "mayor of Ashiro", "CEO").
ROLE_HEADS = _forms(
    "minister premier president mayor governor senator sen. gov. rep. representative congressman",
    "congresswoman councillor councilor coun. mp mpp mla mla's chair chairman chairwoman chairperson",
    "ceo cfo coo cto founder co-founder director manager chief head leader secretary spokesperson",
    "spokesman spokeswoman officer official commissioner superintendent inspector sergeant sgt.",
    "constable const. detective det. lt. lieutenant captain capt. colonel col. general gen. admiral",
    "professor prof. lecturer researcher scientist economist analyst strategist expert lawyer attorney",
    "judge justice prosecutor counsel doctor dr. physician nurse surgeon psychologist",
    "ambassador envoy diplomat deputy critic advocate activist organizer organiser coordinator",
    "owner partner executive vice-president president-elect principal dean chancellor",
    "coach player captain editor author writer columnist reporter producer curator",
    "trustee treasurer auditor ombudsman registrar pastor reverend rev. bishop rabbi imam priest",
    "king queen prince princess chairs speaker whip",
    "resident residents student teacher worker farmer driver neighbour neighbor witness victim",
    "source sources member members official officials businessman businesswoman entrepreneur",
    "mother father son daughter wife husband sister brother parent parents friend",
    "person man woman spokespeople staffer aide adviser advisor consultant specialist",
    "candidate nominee challenger incumbent veteran democrat republican politician lawmaker legislator",
    "banker trader investor broker accountant engineer employee volunteer retiree shopkeeper fisherman",
    "voters experts observers protesters protestors critics analysts advocates researchers scientists",
    "economists users staff workers supporters opponents parents students teachers doctors nurses",
    "families neighbours neighbors locals organizers organisers activists authorities lawyers",
)

# Capitalized words that open a role before a name ("Latvian Foreign Minister", "Prime Minister").
ROLE_MODIFIERS = _forms(
    "prime foreign finance defense defence health justice deputy associate assistant acting interim",
    "former senior chief executive vice general attorney federal provincial state city regional",
    "national international municipal police fire public education environment environmental",
    "immigration transport transportation trade labour labor economic press communications",
    "liberal conservative ndp green democratic republican opposition party house",
    "executive managing co lead head assistant",
)

# Titles that tell the gender of the name after them.
MALE_TITLES = _forms("mr mr. sir lord father brother king prince")
FEMALE_TITLES = _forms("ms ms. mrs mrs. miss madam lady dame sister queen princess")

# A small list of common first names, enough to guess a pronoun's gender.
MALE_NAMES = _forms(
    "john james robert michael william david richard joseph thomas charles christopher daniel",
    "matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george edward ronald",
    "timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon",
    "benjamin samuel frank gregory raymond alexander patrick jack dennis jerry tyler aaron jose adam",
    "henry nathan douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah",
    "gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert",
    "willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby",
    "philip johnny doug bill jim tom mike dave steve bob pierre jean francois justin stephen jagmeet",
    "andrew jason rob dan chris greg phil ted ahmed mohammed mohammad muhammad mohamed ali omar hassan",
    "kenji takeshi",
    "hiroshi vladimir dmitry sergei ivan igor xi li wei emmanuel olaf boris rishi keir donald joe",
)
FEMALE_NAMES = _forms(
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty",
    "margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah",
    "stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela",
    "nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria",
    "heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith",
    "megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice",
    "jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa",
    "sophia marie diana brittany natalie isabella charlotte rose alexis kayla chrystia catherine",
    "kathleen rachel jody elizabeth andrea jenny jane kate liz sue meg caroline claire chloe",
    "aiko yuko yuki keiko baiba kaja ursula angela theresa jacinda hillary kamala nancy melania",
    "fatima aisha priya anita sunita leila maya mia ella ava lily zoe darian katy katie kathy",
    "jody jodie shannon erin marie nadia alison cindy sandra",
)

# Pronouns that can stand for a speaker, with the gender they carry.
PRONOUN_GENDER = {"he": "m", "she": "f", "they": None, "it": "n", "we": None, "i": None}

# Head nouns of speakers that are organizations, documents, or (with no name) anonymous people.
ORG_HEADS = _forms(
    "ministry department agency company corporation corp. corp inc. inc ltd. ltd llc co. firm",
    "union government police service services council board association federation society",
    "commission committee office bureau authority party university college institute institution",
    "hospital school court bank group network coalition league club team foundation centre center",
    "administration city province state county town township municipality embassy army navy",
    "military force forces organization organisation alliance campaign website newspaper",
    "parliament senate congress cabinet secretariat tribunal regulator watchdog affairs canada",
    "diocese archdiocese church parish district mosque synagogue temple",
    "inc corporation holdings industries systems technologies labs media communications telecom",
    "airlines airways railways rail motors energy energie power utilities water recycling marine",
    "shipping logistics steel chemicals chemie raffinerie pharma pharmaceuticals foods securities",
    "partners capital investments bank insurance group ag gmbh plc sa nv llp",
    "practice clinic unit division arm branch lab laboratory news parties unions companies agencies",
)
# Nouns that describe an organization in apposition ("Deutsche Frachtbahn, a private freight operator").
ORG_DESCRIPTORS = ORG_HEADS | _forms(
    "company firm operator maker manufacturer producer provider retailer carrier airline insurer",
    "lender utility developer startup start-up charity chain brand supplier distributor broker",
    "brokerage fund conglomerate giant exporter importer refiner miner publisher broadcaster",
)
DOCUMENT_HEADS = _forms(
    "report review study statement document documents survey memo letter filing filings lawsuit",
    "complaint ruling decision indictment audit poll release analysis data research paper records",
    "findings investigation assessment guidelines policy bill budget forecast notice order affidavit",
    "transcript email emails post tweet prospectus presentation filing",
)

# Words that never start a speaker's name even when capitalized.
NOT_NAME_WORDS = _forms(
    "the a an and but or so yet if in on at to of for from by with as this that these those it its",
    "he she they we i you his her their our my your him them us me there here when while where why",
    "how what who which after before since until because although though however meanwhile",
    "also still then now today yesterday tomorrow last next earlier later some many most more",
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june",
    "july august september october november december jan. feb. mar. apr. jun. jul. aug. sept. sep.",
    "oct. nov. dec. not no yes all both each every one two three four five six few several other",
    "another such much just only even according asked told said says added according instead",
    "despite during over under into about against between among within without through across",
    "once twice already again never always sometimes often ever perhaps maybe new",
    "canadian canadians american americans british chinese japanese indigenous first nations",
    "covid-19 covid coronavirus",
    "it's it’s that's that’s there's there’s here's here’s what's what’s he's he’s she's she’s",
    "let's let’s i'm i’m we're we’re they're they’re",
)



# Lowercase words that can open a clause's subject phrase with no name ("the minister", "a source").
DETERMINERS = _forms("the a an one another two three several some many other its his her their")

# Words that make a quoted run a title or a term rather than speech.
TITLE_CUES = _forms(
    "book novel film movie documentary song album show series play poem article column headline",
    "titled entitled called dubbed named nicknamed so-called term word words phrase slogan hashtag",
    "label labelled labeled known branded coined motto sign signs banner",
)

# Adverbs and auxiliaries that may stand between a subject and its speech verb.
VERB_FILLERS = _forms(
    "also later then has had have once previously recently repeatedly",
    "further again still often frequently simply quickly publicly privately earlier just",
)
