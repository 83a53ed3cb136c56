"""A seeded generator of realistic journal records for the benchmark.

Every record is record JSON as `journal_app.domain.schema.record_from_input` and
`Journal.add` accept it. The text is assembled from phrase banks written for this
file, in the voice of a peer support worker reflecting after their work. People
supported appear only as initials or a pseudonym, never as a full name.

    from benchmarks.corpus import generate, words
    for data in generate(20_000, seed=1): ...
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from journal_app.services.vocabulary import load_vocabulary

YEARS = 5
TYPE_WEIGHTS = {"reflection": 55, "disclosure": 15, "supervision": 10, "checkin": 20}
MODEL_WEIGHTS = {"gibbs": 35, "driscoll": 25, "free": 20, "nmc": 10, "ending": 10}
REFLECTION_WORDS = (50, 400)  # words of reflective text per reflection

TAGS = (
    "1:1",
    "group",
    "phone",
    "ward",
    "community",
    "crisis team",
    "carers",
    "training",
    "team meeting",
    "lone working",
    "hearing voices group",
    "recovery college",
)

# --- slot values --------------------------------------------------------------

SLOTS: dict[str, tuple[str, ...]] = {
    "p": (
        "J.",
        "K.",
        "R.",
        "S.",
        "T.",
        "A.B.",
        "D.M.",
        "L.",
        "Person A",
        "Person B",
        "Person C",
        "Robin (pseudonym)",
        "Sky (pseudonym)",
        "Ash (pseudonym)",
        "Rowan (pseudonym)",
        "the person I support on Tuesdays",
    ),
    "place": (
        "the café near the community centre",
        "the ward's quiet room",
        "the recovery college",
        "the day centre",
        "the park by the library",
        "the drop-in",
        "the team base",
        "a video call",
        "the allotment project",
        "their flat",
    ),
    "topic": (
        "going back to college",
        "a difficult week with their family",
        "feeling stuck on the ward",
        "sleep and the new medication",
        "loneliness at the weekends",
        "a job interview coming up",
        "money worries and the benefits letter",
        "wanting to reconnect with an old friend",
        "leaving hospital next month",
        "voices being louder lately",
        "a setback after a good month",
        "joining the walking group",
        "their housing move",
        "anxiety about the bus journey",
        "a care plan review they felt left out of",
    ),
    "feeling": (
        "anxious",
        "hopeful",
        "drained",
        "moved",
        "unsure of myself",
        "proud",
        "frustrated",
        "calm",
        "a bit raw",
        "grateful",
        "tired but settled",
        "protective",
        "out of my depth",
    ),
    "strength": (
        "their sense of humour",
        "how honest they were",
        "the way they kept turning up",
        "their care for their children",
        "their knowledge of what helps them",
        "their patience with themselves",
        "their creativity",
        "their determination",
    ),
    "service": (
        "the crisis line",
        "the housing officer",
        "the recovery college",
        "the community mental health team",
        "the care coordinator",
        "the GP surgery",
        "the carers' centre",
        "the local Mind drop-in",
        "the employment adviser",
        "the hearing voices group",
    ),
    "activity": (
        "a walk at lunchtime",
        "ten minutes in the car before driving home",
        "writing this straight after the session",
        "a call with a peer colleague",
        "switching my work phone off at six",
        "my evening swim",
        "cooking something proper",
        "an early night",
        "time in the garden",
        "listening to music on the way home",
    ),
    "colleague": (
        "my line manager",
        "the ward nurse",
        "the care coordinator",
        "a peer colleague",
        "the OT",
        "the team leader",
        "the psychologist",
        "another PSW",
    ),
    "n": ("second", "third", "fourth", "fifth", "sixth", "eighth", "tenth", "last"),
    "time": ("this morning", "this afternoon", "yesterday", "on Monday", "late on Friday"),
}

# --- phrase banks -------------------------------------------------------------

BANKS: dict[str, tuple[str, ...]] = {
    "session": (
        "I met {p} at {place} for our {n} session.",
        "{p} wanted to talk about {topic}.",
        "We spent most of the hour on {topic}, and {p} did most of the talking.",
        "{p} arrived late and unsettled, so we started with a cup of tea and no agenda.",
        "The session was shorter than planned because {p} had an appointment at {service}.",
        "{p} brought up {topic} almost as soon as we sat down.",
        "We walked instead of sitting in a room, which seemed to make talking easier for {p}.",
        "I saw {p} {time} at {place}; it was a quieter session than usual.",
        "{p} asked me to go with them to {service}, and we talked about what they wanted to say.",
        "It was a group session and {p} spoke for the first time about {topic}.",
        "{p} had written a list of things to ask me, which felt like real progress.",
        "We looked back at the goals {p} set in the spring and talked about {topic}.",
    ),
    "feelings": (
        "I felt {feeling} during the session and noticed it in my shoulders.",
        "Afterwards I felt {feeling}, and I did not expect that.",
        "Part of me felt {feeling}, part of me just wanted to fix things for {p}.",
        "When {p} mentioned {topic} I felt {feeling}, because it echoed my own story.",
        "I noticed I was holding my breath while {p} spoke about {topic}.",
        "I left feeling {feeling}; it stayed with me on the way home.",
        "Honestly I felt {feeling} and a little unsure whether I had said the right things.",
        "There was a moment of real connection that left me feeling {feeling}.",
    ),
    "evaluation": (
        "What went well was listening without rushing to solutions.",
        "I think the session went well because {p} set the pace.",
        "Less good was that I talked more than I meant to.",
        "{p} said it helped to be heard by someone who has been there.",
        "I am not sure I checked enough what {p} wanted from the session.",
        "The walk worked well; the room at {place} would not have.",
        "It went better than I feared, mostly thanks to {strength}.",
        "I could have signposted to {service} earlier rather than holding it myself.",
    ),
    "analysis": (
        "Looking at it now, my wish to help quickly came from my own anxiety, not from {p}.",
        "Peer support is about walking alongside, and I drifted into advice giving.",
        "The recovery approach reminds me that {p} is the expert in their own life.",
        "I think {strength} is what carried the session, not anything I did.",
        "Trauma-informed practice would have meant offering more choice about where we met.",
        "My own experience of {topic} helped me understand, but it is not the same as theirs.",
        "Mutuality matters: {p} gave something to me today as well.",
        "I noticed the power difference when {colleague} joined us, and how {p} went quiet.",
        "The framework talks about active listening, and today I saw why it matters.",
    ),
    "conclusion": (
        "Overall I learnt that slowing down gives {p} more room.",
        "I could have asked more open questions and offered fewer ideas.",
        "I learnt that my own feelings are information, not instructions.",
        "The session showed me again how much hope can come from small steps.",
        "Next time I would check in earlier about how {p} is finding our sessions.",
        "I learnt to trust the relationship and not fill every silence.",
    ),
    "action": (
        "Bring this to supervision and ask about {topic}.",
        "Look up the dates for the recovery college course for {p}.",
        "Plan {activity} after heavy sessions.",
        "Ask {colleague} how the team wants us to record signposting to {service}.",
        "Next session: ask {p} what they want to focus on before I suggest anything.",
        "Read the team's lone working policy again before the next home visit.",
        "Book the safeguarding refresher training.",
        "Talk with {p} about how many sessions we have left.",
    ),
    "boundaries": (
        "{p} asked for my personal number and I explained why I use the work phone only.",
        "I noticed I was tempted to text {p} on my day off, and I did not.",
        "It is not my role to make decisions about risk, so I passed the concern to {colleague}.",
        "{p} asked me to be a friend on social media; I said no kindly and we talked about why.",
        "I stayed twenty minutes over time and I need to hold that boundary better.",
        "Holding the boundary felt unkind in the moment but I think it kept us both safe.",
        "I reminded {p} what I can and cannot do, without it sounding like a rule book.",
        "When {p} asked me to speak to their family I checked it was what they wanted.",
        "I was asked to take an initial referral, which is outside my role, and I said so.",
    ),
    "lived_experience": (
        "I shared a little about my own time on a ward, only as much as seemed useful.",
        "I chose not to share my story today because the focus needed to stay on {p}.",
        "Drawing on my lived experience, I could say that {topic} does not last forever.",
        "My own recovery had setbacks too, and saying so seemed to ease something for {p}.",
        "I used my experience of {topic} but kept it brief and brought it back to {p}.",
        "I noticed my own history stirring, and I put it to one side until after.",
        "I said that {activity} still helps me cope, which made it feel ordinary for {p}.",
        "I wondered afterwards whether I shared for {p}'s sake or for mine.",
    ),
    "hope": (
        "{p} talked about the future for the first time in weeks.",
        "There is real hope in how {p} is starting to plan again.",
        "I reminded {p} of how far they have come since the spring.",
        "Small wins matter: {p} got the bus on their own this week.",
        "{p} said that seeing me doing this job gives them hope.",
        "Recovery is not a straight line, and we talked about that together.",
        "{p} noticed {strength} in themselves, which was lovely to hear.",
        "We wrote down three things that went well this month.",
    ),
    "endings": (
        "This was our last session and we marked it with a card and a walk.",
        "The ending was planned from the start, which helped us both.",
        "{p} was upset about the ending and I tried to stay with that rather than soften it.",
        "We talked about what support is in place next, including {service}.",
        "I found the ending harder than I expected; I will miss working with {p}.",
        "The ending came suddenly because of a service change and it felt abrupt for {p}.",
        "We looked back over our sessions and {p} named what had helped.",
        "I made sure {p} knows how to get back in touch with the service.",
    ),
    "safeguarding": (
        "Something {p} said worried me, so I followed the safeguarding procedure the same day.",
        "I talked the concern through with {colleague} before I left the building.",
        "I was clear with {p} that I would have to share the concern, and why.",
        "I recorded the facts only and passed them on as the policy says.",
        "It was not my decision to make, and handing it on felt right.",
        "I felt shaken after the disclosure and used {activity} to settle.",
    ),
    "self_care": (
        "I made time for {activity} afterwards and it helped.",
        "I noticed the early signs of my own stress: poor sleep and snapping at home.",
        "I need to protect my lunch break, even on busy days.",
        "Using my wellness plan this week has made a real difference.",
        "I took a day of annual leave and did not check emails.",
        "I talked to a peer colleague rather than carrying it alone.",
        "My own mood has dipped this month and I want to name it in supervision.",
        "{activity} is becoming a good habit after sessions.",
    ),
    "teamwork": (
        "{colleague} asked for my view in the team meeting, which felt good.",
        "I explained the peer role to a new member of staff.",
        "The team did not always understand why I do not write clinical notes.",
        "Working alongside {colleague} on the discharge plan went well.",
        "I felt left out of the handover, and I want to raise it calmly.",
        "We agreed as a team how to involve peer support earlier.",
    ),
    "training": (
        "I would like training on working with families and carers.",
        "The suicide prevention course would help me feel more confident.",
        "I need to understand the local services better, especially {service}.",
        "I want to look at the progression routes for peer support workers.",
        "The trauma-informed care session last month changed how I start sessions.",
        "I have asked about the peer supervision training for next year.",
    ),
    "advocacy": (
        "I supported {p} to say what they wanted in their care plan review.",
        "{p} felt unheard by {service}, so we prepared what to say together.",
        "I went with {p} to {service} and mostly stayed quiet while they spoke.",
        "We wrote the letter together and {p} chose every word.",
    ),
    "valued": (
        "{colleague} thanked me for my work with {p}, which meant a lot.",
        "I felt valued when my suggestion was taken up by the team.",
        "Sometimes I feel the peer role is an afterthought here.",
        "A card from {p} is pinned above my desk now.",
    ),
    "service_ideas": (
        "A peer-led group on {topic} could help several people I support.",
        "It would help if peer workers were invited to the discharge meetings.",
        "The waiting area at {place} could be more welcoming.",
        "We could run a drop-in for carers alongside {service}.",
    ),
    "supervision": (
        "We talked about my caseload and whether it is manageable.",
        "My supervisor helped me see the session with {p} differently.",
        "We spent time on my own wellbeing, which I needed.",
        "We went through the actions from last time; most are done.",
        "I raised feeling left out of team decisions, and we agreed a plan.",
        "We talked about disclosure and how much of my story I am comfortable sharing.",
        "I brought the ending with {p}, and we talked about how to mark endings well.",
        "We discussed the training I want and how it fits the competence framework.",
        "I talked about the safeguarding concern and how it was handled.",
        "The restorative part of supervision helped me put down what I had been carrying.",
        "We looked at the boundaries around texts out of hours.",
        "My supervisor reminded me that I do not have to share my story every time.",
    ),
    "checkin": (
        "Long day, lots of travel between visits.",
        "Slept badly, but the morning session lifted me.",
        "Good day. Felt useful.",
        "Heavy session {time}, did {activity} afterwards.",
        "Quiet admin day, catching up on notes.",
        "Tired. Early night.",
        "Team meeting went well.",
        "Feeling the weight of the caseload this week.",
        "Back after leave, feeling rested.",
        "Anxious before supervision, better after.",
    ),
}

THEME_BANKS = {
    "boundaries": "boundaries",
    "lived_experience": "lived_experience",
    "hope_recovery": "hope",
    "advocacy": "advocacy",
    "endings": "endings",
    "safeguarding": "safeguarding",
    "self_care": "self_care",
    "teamwork": "teamwork",
    "training_need": "training",
    "feeling_valued": "valued",
    "service_ideas": "service_ideas",
}
# Competence areas a theme usually touches (ids must exist in the vocabulary).
THEME_COMPETENCES = {
    "boundaries": ("knowledge.professional-legal-ethical", "meta.judgement"),
    "lived_experience": ("relational.sharing-lived-experience", "relational.peer-relationship"),
    "hope_recovery": ("relational.recovery-person-centred", "supporting.personal-recovery"),
    "advocacy": ("teams-rights.promoting-rights", "relational.active-listening"),
    "endings": ("relational.peer-relationship", "meta.self-reflection"),
    "safeguarding": ("knowledge.safeguarding", "knowledge.confidentiality-consent"),
    "self_care": ("self-care.monitoring-self-care", "self-care.using-supervision"),
    "teamwork": ("teams-rights.team-working", "teams-rights.recovery-perspective"),
    "training_need": ("meta.self-reflection", "knowledge.local-services"),
    "feeling_valued": ("teams-rights.team-working", "values.psw-values"),
    "service_ideas": ("organisational.recruitment-support", "teams-rights.recovery-perspective"),
}

TITLES = (
    "Session with {p}",
    "{n} session with {p}",
    "{p}: {topic}",
    "Group at {place}",
    "Thinking about {topic}",
    "After seeing {p}",
    "Phone call with {p}",
    "Visit to {place}",
)
SUMMARIES = (
    "I learnt to slow down and let the person set the pace.",
    "Holding a boundary kindly kept the relationship safe.",
    "Sharing a little of my story helped, and keeping it short mattered.",
    "Endings go better when they are planned and marked together.",
    "I need to bring my own wellbeing to supervision more often.",
    "Signposting early is part of the role, not a failure of it.",
    "Small steps are worth noticing and naming.",
)
SETTINGS = (
    "community",
    "inpatient ward",
    "recovery college",
    "home visit",
    "phone",
    "day centre",
    "video call",
)
SESSION_KINDS = ("one_to_one", "group", "phone", "crisis", "other")
SESSION_KIND_WEIGHTS = (60, 15, 15, 4, 6)
ENDING_PLANNED = ("planned", "unplanned", "partly")

# Which bank(s) fill each field of a reflection model, and the share of words.
MODEL_FIELDS: dict[str, tuple[tuple[str, tuple[str, ...], float], ...]] = {
    "gibbs": (
        ("description", ("session",), 0.25),
        ("feelings", ("feelings",), 0.15),
        ("evaluation", ("evaluation",), 0.15),
        ("analysis", ("analysis", "@theme"), 0.2),
        ("conclusion", ("conclusion",), 0.12),
        ("action_plan", ("action",), 0.13),
    ),
    "driscoll": (
        ("what", ("session", "@theme"), 0.4),
        ("so_what", ("feelings", "analysis", "@theme"), 0.4),
        ("now_what", ("action", "conclusion"), 0.2),
    ),
    "free": (("text", ("session", "feelings", "@theme", "analysis", "conclusion"), 1.0),),
    "nmc": (
        ("nmc_what_happened", ("session", "@theme"), 0.35),
        ("nmc_learning", ("conclusion", "analysis"), 0.25),
        ("nmc_practice_change", ("action", "conclusion"), 0.2),
        ("nmc_code_relevance", ("analysis", "boundaries"), 0.2),
    ),
    "ending": (
        ("ending_marked", ("endings",), 0.35),
        ("ending_next_support", ("endings", "action"), 0.25),
        ("ending_feelings", ("feelings", "endings", "self_care"), 0.4),
    ),
}

DISCLOSED = (
    "that I have spent time in hospital myself",
    "that I used to hear voices and still do sometimes",
    "that I take medication and it took a while to find the right one",
    "that I had a long period out of work",
    "that I have been where they are with anxiety on buses",
    "only that I have my own experience of mental ill-health",
    "how I use a wellness plan",
)
CONSIDERATION_ANSWERS = {
    "whose_needs": ("Theirs, I think.", "Partly mine, I wanted to be understood.", "Theirs."),
    "relevant": ("Yes, it matched what they described.", "Only loosely.", "Very relevant."),
    "ready": ("Yes, I have talked this through before.", "Not fully, so I kept it short."),
    "how_much": ("One or two sentences.", "Just the headline.", "Less than I first wanted to."),
    "focus_on_them": ("Yes, I brought it back quickly.", "It drifted for a minute."),
    "fine_if_repeated": ("Yes.", "I would rather it stayed between us, so I held back."),
    "policy_allows": ("Yes, within the team's guidance.", "Checked with my supervisor first."),
}
SUPERVISORS = (
    ("H.D., team leader", "line_manager"),
    ("M. (line manager)", "line_manager"),
    ("P.K., alternative contact", "alternative_contact"),
    ("peer supervisor (E.)", "peer_supervisor"),
    ("external supervisor (G.)", "external"),
)
OWNERS = ("me", "supervisor", "both of us", "H.D.", "team leader")

_SLOT = re.compile(r"\{(\w+)\}")


class _Writer:
    """Fills phrase-bank templates with seeded choices."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def fill(self, template: str) -> str:
        text = _SLOT.sub(lambda m: self.rng.choice(SLOTS[m.group(1)]), template)
        return (text[0].upper() + text[1:]).replace("..", ".")

    def sentence(self, banks: tuple[str, ...]) -> str:
        return self.fill(self.rng.choice(BANKS[self.rng.choice(banks)]))

    def paragraph(self, banks: tuple[str, ...], n_words: int, budget: int) -> tuple[str, int]:
        """Sentences until about `n_words` words, never past `budget` (but at least one)."""
        out: list[str] = []
        count = 0
        while count < n_words:
            # A few draws to find a sentence that is new here and fits the budget.
            for _ in range(8):
                sentence = self.sentence(banks)
                size = len(sentence.split())
                if sentence not in out and count + size <= budget:
                    break
            else:
                if out:
                    break
            out.append(sentence)
            count += size
        return " ".join(out), count


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _common(rng: random.Random, writer: _Writer, kind: str, day: date) -> dict[str, Any]:
    share = rng.choices(("private", "summary", "full"), weights=(70, 20, 10))[0]
    data: dict[str, Any] = {
        "type": kind,
        "date": day.isoformat(),
        "tags": rng.sample(TAGS, rng.choices((0, 1, 2, 3), weights=(20, 45, 25, 10))[0]),
        "share": share,
        "for_supervision": rng.random() < 0.1,
    }
    if share != "private" and rng.random() < 0.7:
        data["shared_summary"] = rng.choice(SUMMARIES)
    return data


def _themes(rng: random.Random, vocab_themes: list[str]) -> list[str]:
    focus = rng.choice(vocab_themes)
    extra = rng.sample(vocab_themes, rng.choice((0, 1, 1, 2)))
    return list(dict.fromkeys([focus, *extra]))


def _competences(rng: random.Random, themes: list[str], known: list[str]) -> list[str]:
    picked = [c for t in themes for c in THEME_COMPETENCES.get(t, ()) if c in known]
    picked = rng.sample(picked, min(len(picked), rng.choice((1, 2, 2, 3))))
    if rng.random() < 0.3:
        picked.append(rng.choice(known))
    return list(dict.fromkeys(picked))


def _reflection(rng, writer, day, themes_vocab, comps) -> dict[str, Any]:
    data = _common(rng, writer, "reflection", day)
    model = _weighted(rng, MODEL_WEIGHTS)
    themes = _themes(rng, themes_vocab)
    if model == "ending" and "endings" not in themes:
        themes.insert(0, "endings")
    theme_bank = THEME_BANKS[themes[0]]
    low, high = REFLECTION_WORDS
    target = int(rng.triangular(low, high, 180))
    fields: dict[str, Any] = {"model": model}
    used = 0
    for name, banks, share in MODEL_FIELDS[model]:
        banks = tuple(theme_bank if b == "@theme" else b for b in banks)
        text, count = writer.paragraph(banks, max(1, round(target * share)), high - used)
        fields[name] = text
        used += count
    if used < low:  # top up short ones so every reflection has at least `low` words
        last = MODEL_FIELDS[model][-1][0]
        extra, _ = writer.paragraph(("analysis", "conclusion"), low - used, high - used)
        fields[last] += " " + extra
    if model == "ending":
        fields["ending_planned"] = rng.choices(ENDING_PLANNED, weights=(60, 25, 15))[0]
    kind = rng.choices(SESSION_KINDS, weights=SESSION_KIND_WEIGHTS)[0]
    fields.update(
        session_kind=kind,
        setting=rng.choice(SETTINGS),
        themes=themes,
        competences=_competences(rng, themes, comps),
        mood_after=rng.randint(3, 9),
    )
    data["title"] = writer.fill(rng.choice(TITLES))
    data["fields"] = fields
    return data


def _disclosure(rng, writer, day, themes_vocab, comps) -> dict[str, Any]:
    data = _common(rng, writer, "disclosure", day)
    decision = rng.choices(("shared", "not_shared", "partly_shared"), weights=(45, 30, 25))[0]
    what = rng.choice(DISCLOSED)
    if decision == "not_shared":
        what_text = f"I thought about sharing {what}, but decided not to."
    else:
        what_text = f"I shared {what}."
    what_text += " " + writer.paragraph(("lived_experience",), 30, 80)[0]
    prompts = rng.sample(sorted(CONSIDERATION_ANSWERS), rng.randint(3, 7))
    themes = list(dict.fromkeys(["lived_experience", *_themes(rng, themes_vocab)[:1]]))
    data["title"] = writer.fill(
        rng.choice(("Sharing with {p}", "Disclosure: {topic}", "Whether to share with {p}"))
    )
    data["fields"] = {
        "decision": decision,
        "what": what_text,
        "purposes": rng.sample(
            ("build_trust", "instil_hope", "normalise", "model_recovery", "show_empathy"),
            rng.randint(1, 2),
        ),
        "considerations": {k: rng.choice(CONSIDERATION_ANSWERS[k]) for k in prompts},
        "received": writer.paragraph(("hope", "evaluation"), 25, 60)[0],
        "feelings_after": writer.paragraph(("feelings",), 20, 50)[0],
        "learning": writer.paragraph(("conclusion", "lived_experience"), 35, 80)[0],
        "themes": themes,
        "competences": _competences(rng, themes, comps) or ["relational.sharing-lived-experience"],
    }
    return data


def _supervision(rng, writer, day, today, themes_vocab, comps) -> dict[str, Any]:
    data = _common(rng, writer, "supervision", day)
    supervisor, role = rng.choice(SUPERVISORS)
    actions = []
    for _ in range(rng.randint(1, 4)):
        due = day + timedelta(days=rng.randint(7, 42))
        if due < today:
            status = rng.choices(("done", "open", "dropped"), weights=(70, 20, 10))[0]
        else:
            status = rng.choices(("open", "done"), weights=(80, 20))[0]
        actions.append(
            {
                "text": writer.sentence(("action",)),
                "owner": rng.choice(OWNERS),
                "due": due.isoformat(),
                "status": status,
            }
        )
    before = rng.randint(3, 8)
    themes = _themes(rng, themes_vocab)
    data["title"] = rng.choice(
        (
            "Supervision",
            "Monthly supervision",
            "Restorative supervision",
            "Supervision with " + supervisor.split(",")[0],
        )
    )
    data["fields"] = {
        "supervisor": supervisor,
        "supervisor_role": role,
        "functions": rng.sample(("restorative", "formative", "normative"), rng.randint(1, 3)),
        "wellbeing_before": before,
        "wellbeing_after": min(10, before + rng.randint(0, 3)),
        "agenda": writer.paragraph(("supervision",), 20, 50)[0],
        "discussed": writer.paragraph(("supervision", THEME_BANKS[themes[0]]), 110, 220)[0],
        "support_offered": writer.paragraph(("self_care", "training"), 30, 70)[0],
        "actions": actions,
        "next_date": (day + timedelta(days=rng.choice((21, 28, 28, 35)))).isoformat(),
        "themes": themes,
        "competences": _competences(rng, themes, comps) or ["self-care.using-supervision"],
    }
    return data


def _checkin(rng, writer, day) -> dict[str, Any]:
    data = _common(rng, writer, "checkin", day)
    data.pop("shared_summary", None)
    data["tags"] = data["tags"][:1]
    fields: dict[str, Any] = {
        "mood": rng.randint(2, 9),
        "stress": rng.randint(2, 9),
        "energy": rng.randint(2, 9),
    }
    if rng.random() < 0.75:
        fields["note"] = writer.paragraph(("checkin",), rng.randint(3, 25), 40)[0]
    data["title"] = "Check-in"
    data["fields"] = fields
    return data


def generate(n: int = 20_000, seed: int = 1, *, end: date | None = None) -> Iterator[dict]:
    """`n` record JSON dicts, the same for the same seed (and `end`, default today),
    dated over the five years up to `end`."""
    rng = random.Random(seed)
    writer = _Writer(rng)
    today = end or date.today()
    span = YEARS * 365
    vocab = load_vocabulary()
    themes_vocab = sorted(vocab.themes)
    comps = sorted(vocab.competences)
    kinds = list(TYPE_WEIGHTS)
    weights = list(TYPE_WEIGHTS.values())
    for _ in range(n):
        day = today - timedelta(days=rng.randint(0, span))
        kind = rng.choices(kinds, weights=weights)[0]
        if kind == "reflection":
            yield _reflection(rng, writer, day, themes_vocab, comps)
        elif kind == "disclosure":
            yield _disclosure(rng, writer, day, themes_vocab, comps)
        elif kind == "supervision":
            yield _supervision(rng, writer, day, today, themes_vocab, comps)
        else:
            yield _checkin(rng, writer, day)


_STOPWORD_TEXT = (
    "about after again also before being could from have into just more most much only "
    "other same some than that their them then there they this those through very want "
    "went were what when where which while with would your didn"
)
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def words(seed: int = 1) -> list[str]:
    """Query words and prefixes (3+ letters) drawn from the phrase banks, shuffled
    with `seed`: what someone would type into search."""
    rng = random.Random(seed)
    texts = [t for bank in BANKS.values() for t in bank]
    texts += [v for values in SLOTS.values() for v in values]
    vocab: set[str] = set()
    for text in texts:
        for word in re.findall(r"[a-z]+", _SLOT.sub(" ", text.lower())):
            if len(word) >= 4 and word not in _STOPWORDS:
                vocab.add(word)
    out = sorted(vocab)
    rng.shuffle(out)
    # About a third become prefixes, as when results update while typing.
    return [w[: rng.randint(3, len(w) - 1)] if rng.random() < 0.33 else w for w in out]
