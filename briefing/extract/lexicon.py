"""Word lists for rule-based speaker and quote extraction (compiled by hand, lowercase)."""

from __future__ import annotations


def _forms(*groups: str) -> frozenset[str]:
    return frozenset(w for group in groups for w in group.split())


# Verbs that characterize something in the speaker's words: 'slammed the cuts as "reckless"',
# 'accused Ford of "playing games"'; reported speech only with "that" or a quote.
CHARACTERIZING_VERBS = (
    "slam slams slammed slamming blast blasts blasted blasting denounce denounces denounced denouncing"
    " criticize criticizes criticized criticizing criticise criticises criticised criticising"
    " condemn condemns condemned condemning decry decries decried decrying dismiss dismisses dismissed"
    " praise praises praised praising hail hails hailed hailing label labels labelled labeled labelling"
    " labeling accuse accuses accused accusing characterize characterizes characterized characterizing"
    " brand brands branded branding"
)

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
    CHARACTERIZING_VERBS,
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
    CHARACTERIZING_VERBS,
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
    "demonstrator demonstrators marcher marchers fan fans delegate delegates participant participants",
    "attendee attendees spectator spectators onlooker onlookers bystander bystanders passenger passengers",
    "commuter commuters shopper shoppers customer customers patient patients tenant tenants",
    "homeowner homeowners relative relatives survivor survivors mourner mourners villager villagers",
    "citizen citizens taxpayer taxpayers motorist motorists cyclist cyclists athlete athletes",
    "soldier soldiers troops firefighter firefighters paramedic paramedics crowd audience",
    "landlord landlady goalie goaltender netminder defenceman defenseman winger quarterback pitcher",
    "striker midfielder rookie chef clerk cashier mechanic contractor plumber electrician carpenter",
    "rancher grower vendor merchant barber grandmother grandfather grandson granddaughter nephew niece",
    "cousin uncle aunt boyfriend girlfriend fiance fiancé fiancee fiancée widow widower coroner",
    "pathologist pharmacist dentist veterinarian architect designer artist musician singer actor",
    "actress dancer filmmaker novelist poet photographer historian archaeologist epidemiologist",
    "virologist sheriff warden councilwoman councilman alderman assemblyman assemblywoman provost",
    "pope cardinal elder",
)

# Offices one person holds in a story, with the titles that name them. Those a title before a
# name stands for: "a Superior Court judge" is the "Justice Maria Costa" named later, "the
# physician" is "Dr. Eileen Walsh".
_TITLED_OFFICE_GROUPS = (
    "judge justice", "doctor physician dr. dr", "senator sen.",
    "councillor councilor coun. councilman councilwoman",
    "officer constable const. cst. sergeant sgt. corporal cpl. detective det. inspector insp.",
    "coroner", "prosecutor crown", "pastor reverend rev. priest", "superintendent supt.",
)
TITLED_OFFICES = {w: frozenset(g.split()) for g in _TITLED_OFFICE_GROUPS for w in g.split()}
# ... and all of them: "the premier" is not "Opposition leader Andrea Horwath".
OFFICES = TITLED_OFFICES | {
    w: frozenset(g.split())
    for g in ("premier", "mayor", "minister", "ambassador envoy", "chief", "governor gov.", "commissioner",
              "coach", "president", "ceo")
    for w in g.split()
}

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
MALE_TITLES = _forms(
    "mr mr. sir lord father brother king prince husband son grandfather grandson uncle nephew",
    "boyfriend widower spokesman chairman businessman councilman congressman assemblyman alderman",
)
FEMALE_TITLES = _forms(
    "ms ms. mrs mrs. miss madam lady dame sister queen princess wife daughter mother grandmother",
    "granddaughter aunt niece girlfriend widow actress landlady spokeswoman chairwoman businesswoman",
    "councilwoman congresswoman assemblywoman",
)

# Common first names (English, French, and those of Canada's larger immigrant communities),
# to guess a pronoun's gender; names given to both sexes are left out.
MALE_NAMES = _forms(
    "aaron abdul abdullah abraham adam adel adrian ahmad ahmed aidan aiden alan alastair albert",
    "alberto alec alejandro alessandro alexander alexandre alexei alfred alfredo ali alistair allan",
    "allen alonso alvin amir amit anand anders andre andreas andrei andres andrew andriy andré andrés",
    "andy angelo angus anil anthony antoine anton antonio archie arjun armand arnold arthur arturo",
    "ashok ashton aubrey august augustin austin avi ayaan barry bart bashir basil ben benedict",
    "benjamin benoit benoît bernard bernie bert bilal bill billy bjorn björn blaine bob bobby",
    "bohdan boris brad bradley brady brandon brendan brent brett brian brock bruce bruno bryan bryce",
    "byron caleb calvin cameron carl carlo carlos cecil cedric cesar chad chandra charles",
    "chester chidi christian christoph christophe christopher chuck claude clay clayton clement",
    "cliff clifford clint clinton clyde clément cody colby cole colin connor conor conrad corey cory",
    "craig curtis cyril césar dale dalton damian damien dan daniel danny dante darcy darrell darren",
    "darryl daryl dave david davide dean declan deepak denis dennis derek derrick desmond devin dick",
    "diego dieter dimitri dinesh dmitri dmitry dominic don donald donnie doug douglas",
    "duane duncan dustin dwayne dwight dylan earl ed eddie edgar edmund eduardo edward edwin eli",
    "elias elijah elliot elliott elmer elvis emeka emile emilio emmanuel enrique eric erik ernest",
    "ernesto ernie errol esteban ethan etienne eugene evan everett ezra fabian fadi faisal farhan",
    "farid farouk felipe felix femi fergus fernand fernando filip finn floyd forrest francesco",
    "francis francisco franco francois frank frankie franz françois fraser fred freddie frederick",
    "fredrik félix gabriel gareth garfield garrett garry gary gavin gene geoff geoffrey georg george",
    "georges gerald gerard gerhard gerry gilbert gilles giovanni giuseppe glen glenn gonzalo gordon",
    "graeme graham grant greg gregg gregory guillaume gunnar gurdeep gurjit gustavo guy gérard hakim",
    "hamid hamish hamza hank hans harinder harjit harold harris harrison harry haruki harvey hasan",
    "hassan hector heinz helmut henri henrik henry herbert herman hideki hiroshi homer horace howard",
    "hubert hugh hugo hussain hussein héctor ian ibrahim idris ignacio ignatius igor imran isaac",
    "isaiah ismail ivan jack jackson jacob jacques jagdeep jagmeet jake jamal jamel james jameson",
    "jamil jared jarvis jason jasper javier jay jean jean-claude jean-francois jean-françois",
    "jean-guy jean-luc jean-marc jean-paul jean-philippe jean-pierre jean-sébastien jean-yves jeff",
    "jeffery jeffrey jens jeremiah jeremy jerome jerry jesus jim jimmy joachim joaquin joe joel",
    "joey johan johann johannes john johnny jon jonah jonas jonathan jorge jose joseph josh",
    "joshua josé juan jules julian julien julio junaid justin jérôme jürgen kamal kareem karim karl",
    "kazuo keir keith kelvin ken kenji kenneth kent kevin khaled khalid kieran kirk klaus kofi kunal",
    "kurt kwabena kwame kyle lachlan lance larry lars laurence laurent lawrence leif len lennox leo",
    "leon leonard leonardo leroy les lester lewis liam lincoln lionel lloyd logan lorne louis",
    "louis-philippe luc luca lucas luciano luigi luis luke lyle léon magnus mahmoud majid malcolm",
    "manuel marc marc-andré marcel marco marcus mario mark marko marshall martin marty marvin mason",
    "mathew mathieu matt matteo matthew matthias maurice max maxime maximilian melvin michael michel",
    "miguel mikael mike mikhail miles milo milton mitch mitchell mohamed mohammad mohammed mohan",
    "morris moses muhammad murray mustafa nabil naoto nasser nathan navdeep naveen neil nelson",
    "nicholas nick nicolas nikhil niklas nikolai nils noah noel norbert norm norman obinna",
    "olaf oleg oleksandr oliver olivier omar osama oscar otto owen pablo paolo parker patrice patrick",
    "paul pavel pedro percy perry pete peter petro phil philip philippe phillip pierce pierre pierre-",
    "luc pieter prakash preston quentin rafael rahul raj rajesh ralph ramesh rami ramon randall",
    "randy raphael raphaël rashid raul ravi ray raymond raúl reggie reginald reid rene rené reza",
    "ricardo richard rick ricky rishi rob robbie robert roberto rod rodney roger roland rolf romain",
    "ron ronald ronnie rory ross roy ruben rudolph rudy rupert russ russell ryan said salim salman",
    "samir samuel sandeep sanjay santiago satoshi saul scott seamus sean sebastian sergei sergio",
    "seth shane shaun shawn sheldon shinzo sidney simon sohail spencer stan stanley stefan stephane",
    "stephen steve steven stewart stuart stéphane sunil sven syed sébastien takashi takeshi tanner",
    "taras tariq ted terrence terry theo theodore thierry thomas tim timothy tobias toby todd tom",
    "tommy tony travis trevor tristan troy tunde tyler tyrone umar uwe vasily vernon victor vijay",
    "vikram vincent vinod vivek vladimir volodymyr wab wade walid wallace walter warren wayne",
    "wendell wesley wilfred will william willie wilson winston wolfgang xavier xi yannick yasin yaw",
    "yosef yousef yuri yusuf yves yves-françois zachary zack zaid zain zeke ziad émile étienne",
)
FEMALE_NAMES = _forms(
    "abby abena abigail ada adaeze adele adriana adèle agatha agnes aiko aileen aisha akiko akua",
    "alana alanna alexandra alexandria alexis alice alicia alina alison allison alma alyssa amanda",
    "amani amara amber amelia amelie amina aminata amy amélie ana anamie anastasia andrea angela",
    "angelica angelina angie anita anjali anke ann anna annabel anne anne-marie annette annie annika",
    "antoinette april arlene aruna asha ashley astrid audrey aurora ava baiba barb barbara beatrice",
    "beatriz becky belinda bella bernadette beth bethany betsy betty beverley beverly bianca birgit",
    "blanche bonnie brenda briana brianna bridget brigitte britney brittany brooke camila",
    "candace carla carly carmen carol carole caroline carolyn carrie cassandra catherine cathy",
    "cecilia celeste celia celine chantal charlene charlotte chelsea cheryl chioma chloe chloé",
    "christa christina christine chrystia cindy claire clara clarissa claudette claudia colleen",
    "connie constance cora corinne courtney crystal cynthia cécile céline daisy dalia daniela",
    "danielle daphne darian darlene dawn deanna debbie deborah debra deepa delia delores denise diana",
    "diane dianne dina divya dolores donna dora doreen doris dorothy edith eileen elaine eleanor",
    "elena eliza elizabeth ella ellen eloise elsa elsie emiko emilie emily emma erica erika erin",
    "esther ethel eugenia eva evelyn fatima felicity fiona flora florence folake frances francesca",
    "francine françoise freya gabriela gabrielle gail geeta gemma genevieve geneviève georgia",
    "geraldine gillian gina ginette ginny giselle gladys glenda gloria grace greta gretchen guadalupe",
    "gwen gwendolyn hailey haley halyna hana hanna hannah harriet hayley hazel heather heidi helen",
    "helena helga hilary hillary holly hope huda ida ilona iman imogen indira ines ingrid inès iqra",
    "irene irina iris isabel isabella isabelle jacinda jacqueline jade jane janet janice",
    "janine jasmine jeanette jeanne jeannette jenna jennifer jenny jessica jill jillian joan",
    "joanna joanne jocelyn jodie josephine josée joy joyce juanita judith judy julia juliana",
    "julie juliet julieta june justine kaitlyn kaja kamala kara karen karin karina kate katelyn",
    "katerina katharine katherine kathleen kathryn kathy katie katrina katy kavita kay kayla keiko",
    "keira kelly kendra kerri kimberly kirsten krista kristen kristin kristina kylie lakshmi lana",
    "larysa laura lauren laurie layla leah leanne leila lena leslyn lillian lily lina linda lindsay",
    "lindsey lisa liv liz liza lois loretta lori lorraine louise lucia lucie lucy ludmila luisa lydia",
    "lynda lynn lynne madeleine madeline madison mae maggie mandy manon mara marci marcia margaret",
    "margarita margo marguerite maria mariam marian marianne marie marie-claude marie-eve marie-",
    "france marie-josée marie-pier marie-ève mariko marilyn marina marion marisa marisol marissa",
    "marjorie marlene martha martine mary mary-ann maryam matilda maude maureen maxine maya meena meg",
    "megan meghan melania melanie melinda melissa meredith mia michaela michele michelle michèle",
    "mildred millie minnie miranda miriam molly monica monique muriel myriam mélanie nadia nadine",
    "nancy naoko naomi natalia natalie natasha nathalie neha nellie ngozi nicole niki nina nisha",
    "nneka noor nora noreen norma nour oksana olga olive olivia paige pamela paola pascale patricia",
    "patsy patty paula pauline pearl peggy penelope penny petra phoebe phyllis pia polly pooja",
    "priscilla priya queenie rachael rachel ramona rana rani rania rebecca reem regina rekha renee",
    "renée rhonda rita roberta robyn rosa rosalie rosalind rose rosemary roxanne ruby ruth sabrina",
    "sachiko sally salma samantha samira sana sandra sangeeta sara sarah savannah selena serena",
    "shannon shanti shari sharon sheila shelley sherry shirley shreya sienna sigrid silvia simone",
    "siobhan sofia sonia sophia sophie stacey stacy stella stephanie stéphanie sue sunita susan",
    "susanne sushila suzanne suzy svetlana sylvia sylvie tamara tammy tanya tara tatiana teresa terri",
    "tessa thelma theresa tiffany tina tomoko tracey tracy trudy ursula usha valentina valerie",
    "valérie vanessa vera veronica vicki vicky victoria violet virginia vivian véronique wanda wendy",
    "whitney willa winnie ximena yasmin yasmine yoko yolanda yuki yuko yulia yvette yvonne zainab",
    "zara zoe zoey zoë émilie",
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
    "groups organizations organisations associations directorate inspectorate",
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

# Police forces named by an acronym: what a later "police said" refers to.
POLICE_FORCES = frozenset("RCMP OPP SQ SPVM TPS VPD NYPD LAPD FBI".split())

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



# Nouns ending in -ly, which are not adverbs before a verb ("the family said").
LY_NOUNS = ("family", "ally", "assembly", "supply", "rally", "monopoly", "anomaly", "elderly", "bully")

# Words that count a group before "of" or "in": "Hundreds of marchers", "Some in the crowd".
QUANTIFIERS = _forms(
    "some many most all several few dozens hundreds thousands scores millions none each one two three",
    "majority minority number handful couple half group groups crowd",
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
