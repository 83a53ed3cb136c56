"""Word lists for the identifiable-information check's search for full names
(services/identifiable.py): words that are not (parts of) people's names, and common
first names. Plain data, kept apart so the check itself stays readable."""

from __future__ import annotations


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


PARTICLES = _word_set("de da del della di du van von der den la le bin al ter dos")
TITLES = _word_set("mr mrs ms miss mx dr doctor prof professor sir dame rev revd st")
# A capitalised run followed by one of these names an organisation, not a person.
ORG_SUFFIXES = _word_set(
    """
    nhs trust council college university hospital centre center network service services
    team society charity foundation partnership group clinic practice surgery unit
    association alliance project
    """
)
# Capitalised words that are not (parts of) names: calendar words, words that start
# sentences, the app's own headings and the vocabulary of mental-health services.
# First names that are also words (Will, Hope, Grace, Mark) are left out on purpose.
STOP = TITLES | _word_set(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
    friday saturday sunday mon tue tues wed thu thur thurs fri sat sun today tonight
    yesterday tomorrow morning afternoon evening night day days week weekend month year
    christmas easter bank holiday new i me my we us our you your he him his she her they
    them their it its this that these those there here the a an some any all each every
    both no not none other another what which who whom whose when where why how and or but
    so yet if then than because as since while although though after before until unless
    once at by for from in into of off on onto out over to up with within without about
    above across against along among around behind below between beyond during inside
    near outside past through under upon via also just still even only really very again
    already always never often sometimes maybe perhaps however overall later afterwards
    next finally first second last lastly meanwhile instead anyway hopefully luckily sadly
    thankfully unfortunately is was were are am be been do did does have has had can could
    would should might must let met saw spoke talked called visited went came felt told
    asked gave got took made helped supported shared discussed noticed thought think feel
    want wanted used tried agreed planned please thanks thank dear hi hello yes ok okay
    well good great difficult peer support supporting worker workers supervision
    supervisor supervisee line manager management lead nhs trust foundation mental health
    recovery college team service services ward hospital infirmary general royal clinic
    centre center unit community crisis care home house street road lane avenue close
    drive square park court gardens hill station library church school university council
    department office board group groups meeting session sessions notes note reflection
    reflections reflective gibbs driscoll cycle model framework competence competences area
    areas training need needs wellbeing check checks disclosure disclosures decision
    decisions summary action actions plan title page footer confidential pack journal
    entry entries record records description learning feelings goals review report agenda
    preparation template mood stress energy self safeguarding boundaries endings advocacy
    teamwork lived experience person people client patient user carer family friend mum
    dad mother father brother sister son daughter partner england scotland wales ireland
    britain british english
    """
)
# Words of course and training titles and of the topics they teach ("Understanding
# Anxiety", "Suicide Prevention Awareness"): everyday English, not people's names.
# Words that are also first names or surnames (Young, Brown, Hope, Faith, Story,
# Banks) are left out on purpose, so "Grace Young" is still a name.
COURSE_WORDS = _word_set(
    """
    understanding awareness introduction intro introductory basics basic essentials
    essential foundations fundamentals principles practical advanced intermediate level
    levels module modules workshop workshops course courses seminar webinar conference
    certificate diploma refresher update masterclass toolkit skills skill approach
    approaches informed based centred centered focused led guide guidance overview part
    annual mandatory statutory induction orientation elearning online remote virtual
    shadowing reading book chapter article podcast lecture keynote panel forum day
    anxiety anxious depression depressive psychosis psychotic schizophrenia bipolar
    trauma traumatic grief bereavement loss suicide suicidal harm harming addiction
    addictions substance substances misuse alcohol drug drugs gambling dementia autism
    autistic eating disorder disorders personality emotional emotions emotion distress
    distressing loneliness isolation resilience wellness mindfulness compassion
    compassionate kindness shame stigma anger hearing voices voice paranoia panic phobia
    phobias obsessive compulsive insomnia sleep psychosocial neurodiversity neurodivergent
    listening active communication communicating conversations conversation challenging
    escalation conflict resolution managing coping strategies strategy assessment risk
    risks safety planning prevention preventing intervention interventions aid
    motivational interviewing coaching mentoring leadership facilitation facilitating
    facilitator narrative narratives storytelling life living using sharing working
    together production coproduction collaborative collaboration equality diversity
    inclusion inclusive cultural culture ethics ethical confidentiality consent capacity
    rights human legal legislation policy policies procedure procedures protection
    data information governance digital physical psychological psychology therapy
    therapies therapeutic cognitive behavioural behavioral behaviour behavior dialectical
    solution solutions strengths empowerment mutual mutuality connection connecting
    relationships relationship attachment children child adults adult older youth carers
    families housing employment benefits money debt welfare medication medicines
    nutrition exercise activity activities responding recognising recognizing spotting
    talking promoting building developing improving exploring introducing caring keeping
    staying finding making being becoming safe safer healthy positive effective brief
    clinical professional personal social public national local regional adults
    awareness abuse neglect domestic violence exploitation modern slavery prevent
    radicalisation deprivation responders responder resilient recovering
    practitioner practitioners
    """
)
# Endings of English nouns that no common name has: "Resolution", "Psychology".
NOT_NAME_ENDINGS = ("tion", "sion", "ology", "ism", "ment")
NAMES_WITH_THOSE_ENDINGS = _word_set("clement")
# Common first names in the UK: a run that starts with one is a person even where a
# training entry's title would otherwise excuse it ("Shadowing Sarah Jones").
FIRST_NAMES = _word_set(
    """
    aaron abdul abigail adam adrian ahmed aisha alan alex alexander alexandra ali alice
    alison amanda amber amelia amir amy andrew andy angela anna anne annie anthony arthur
    ava barbara ben benjamin beth bethany bilal bob brian callum carl carol caroline
    catherine charles charlie charlotte chloe chris christine christopher claire colin
    craig daniel danny darren david dawn dean deborah debbie denise diane dominic donna
    dylan edward eleanor elizabeth ella ellie emily emma eric ethan evie fatima fiona
    frances francesca frank freya gary gavin gemma george georgia gillian graham hannah
    harry harvey hassan heather helen henry holly ian imran isaac isabella isla jack
    jacob jake james jamie jane janet jasmine jason jayne jennifer jenny jessica joan joe
    john jonathan joseph josh joshua julie justin karen kate katherine kathryn katie
    kayleigh keith kelly kevin kieran kim laura lauren leah lee leo lewis liam lily linda
    lisa louise lucy luke mandy margaret maria marie martin mary matthew megan melissa
    michael michelle mohammed muhammad nadia naomi natalie nathan neil nicola nicholas
    nick nigel noah oliver olivia omar oscar owen paul paula pauline peter philip phoebe
    poppy priya rachel rebecca richard robert ruby ryan sadia sally samantha samuel sandra
    sara sarah scott sean shaun sharon simon sophie stephen steve steven stuart susan
    suzanne theo thomas tim timothy toby tom tony tracey tracy usman vanessa victoria
    wendy william yasmin yusuf zainab zara zoe
    """
)
