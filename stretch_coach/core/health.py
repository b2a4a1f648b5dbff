"""The health information the app shows, kept as data with its sources.

Every fact names at least one source, and every source is one of the few the
project relies on (the reference notes kept with the project). The wording is
the project's own: careful ("may help"), never a promise, and never a verdict
about the reader's own body. The window, the ``about`` command and the
doctor suggestion all read from here, so a correction is made once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    citation: str


@dataclass(frozen=True, slots=True)
class Fact:
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Section:
    id: str
    title: str
    facts: tuple[Fact, ...]
    intro: str = ""


TRIAL = "hallegraeff-2012"
REVIEW = "blyton-2012"
NHS = "nhs-leg-cramps"
SLEEP = "sleep-foundation-nocturia"
DESIGN = "stretch-coach-design"
MAGNESIUM_REVIEW = "garrison-2020"
MHRA = "mhra-quinine"
NICE = "nice-cks-leg-cramps"
BED_COVERS = "bpac-nz-leg-cramps"

SOURCES: Mapping[str, Source] = MappingProxyType(
    {
        source.id: source
        for source in (
            Source(
                TRIAL,
                "Hallegraeff JM et al. Stretching before sleep reduces the frequency and "
                "severity of nocturnal leg cramps in older adults: a randomised trial. "
                "J Physiother 2012;58(1):17-22. PMID 22341378.",
            ),
            Source(
                REVIEW,
                "Blyton F et al. Cochrane systematic review of non-drug treatments for "
                "lower-limb muscle cramps, 2012 (CD008496).",
            ),
            Source(NHS, "NHS, NHS inform and nidirect: public guidance on leg cramps."),
            Source(SLEEP, "Sleep Foundation: advice on nocturia (waking at night to urinate)."),
            Source(
                DESIGN,
                "Stretch Coach's own exercise safety notes (common-sense care, not a study).",
            ),
            Source(
                MAGNESIUM_REVIEW,
                "Garrison SR et al. Magnesium for skeletal muscle cramps. Cochrane Database "
                "Syst Rev 2020;9:CD009402.",
            ),
            Source(
                MHRA,
                "MHRA (the UK medicines regulator): Drug Safety Update on quinine for night "
                "leg cramps, 2010 (reminder 2014).",
            ),
            Source(NICE, "NICE Clinical Knowledge Summary: Leg cramps."),
            Source(BED_COVERS, "bpac NZ: advice for general practice on night leg cramps."),
        )
    }
)

# The evening drinks advice asks for a quieter last two hours before bed; the
# default hydration reminders stop exactly this long before bedtime.
HYDRATION_CURFEW_MINUTES = 120

# Trial figures, kept as numbers so tests can check the text quotes them right.
TRIAL_PARTICIPANTS = 80
TRIAL_WEEKS = 6
TRIAL_FEWER_CRAMPS = "1.2"
TRIAL_FEWER_CRAMPS_CI = ("0.6", "1.8")
TRIAL_MILDER = "1.3"
TRIAL_MILDER_CI = ("0.9", "1.7")

DISCLAIMER = (
    "Stretch Coach gives general information, not medical advice. It cannot tell "
    "you why you get cramps; if they worry you, talk to a doctor."
)

# Non-urgent reasons to book an appointment (NHS guidance on leg cramps).
SEE_A_DOCTOR: tuple[Fact, ...] = (
    Fact("cramps disturb your sleep or get in the way of your day", (NHS,)),
    Fact("cramps come often", (NHS,)),
    Fact("your legs feel numb or look swollen", (NHS,)),
    Fact("the muscles in your legs seem to be getting smaller or weaker", (NHS,)),
)

# Reasons to get urgent advice the same day (NHS guidance on leg cramps).
RED_FLAGS: tuple[Fact, ...] = (
    Fact("a cramp goes on for more than 10 minutes and moving does not ease it", (NHS,)),
    Fact(
        "cramps started after a wound that might be infected (tetanus is a risk)",
        (NHS,),
    ),
    Fact(
        "cramps started after contact with something poisonous, such as lead or mercury",
        (NHS,),
    ),
)

# Shown when the diary meets the doctor-suggestion rule in core.insights.
FREQUENT_CRAMPS = Fact(
    "Your diary shows cramps on most nights for two weeks running. NHS guidance "
    "lists frequent cramps among the reasons to see a doctor.",
    (NHS,),
)

# Also shown with the doctor suggestion and in the first-run welcome: the
# question worth taking to an appointment, and the one thing never to do alone.
ASK_ABOUT_MEDICINES = Fact(
    "Ask your doctor or pharmacist whether any of your medicines could play a part. "
    "Never stop a prescribed medicine on your own.",
    (NICE,),
)

SECTIONS: tuple[Section, ...] = (
    Section(
        "about",
        "What night cramps are",
        (
            Fact(
                "A leg cramp can last from a few seconds to about ten minutes, and the "
                "muscle may feel tender for up to a day afterwards.",
                (NHS,),
            ),
            Fact(
                "The calf is the usual place; the feet or thighs less so. Roughly three "
                "cramps in four come at night.",
                (NHS,),
            ),
            Fact(
                "Things that can play a part include getting older, hard exercise, "
                "pregnancy, not drinking enough, liver disease and some medicines "
                "(statins and diuretics, for example).",
                (NHS,),
            ),
        ),
    ),
    Section(
        "may-help",
        "What may help",
        (
            Fact(
                "A short stretch just before sleep may help. In a trial with "
                f"{TRIAL_PARTICIPANTS} people over 55 who got night cramps at least weekly, "
                f"those who stretched their calves and hamstrings every night for "
                f"{TRIAL_WEEKS} weeks reported on average {TRIAL_FEWER_CRAMPS} fewer "
                f"cramps a night (95% CI {TRIAL_FEWER_CRAMPS_CI[0]} to "
                f"{TRIAL_FEWER_CRAMPS_CI[1]}) and cramps {TRIAL_MILDER} points milder on a "
                f"0-10 scale (95% CI {TRIAL_MILDER_CI[0]} to {TRIAL_MILDER_CI[1]}) than "
                "those who did not stretch.",
                (TRIAL,),
            ),
            Fact(
                "The trial's stretch: ease into a moderately strong stretch, hold it "
                "for 10 seconds, let go for 10 seconds, three times for each stretch on "
                "each leg (about three minutes in all), right before going to sleep, "
                "breathing calmly throughout. The trial-protocol routine follows it.",
                (TRIAL,),
            ),
            Fact(
                "NHS guidance describes a calf stretch facing a wall, repeated a few times "
                "a day with the last one just before bed.",
                (NHS,),
            ),
            Fact(
                "A 2012 Cochrane review judged the evidence for non-drug ways of easing "
                "cramps to be limited overall, so stretching may help rather than being "
                "a sure thing.",
                (REVIEW,),
            ),
            Fact(
                "Have your usual daily drinks mostly earlier in the day and go easy on "
                "drinks in the two hours before bed (alcohol, coffee and tea most of all); "
                "that may mean fewer trips to the toilet at night. It is why the water "
                "reminders stop two hours before bedtime.",
                (SLEEP,),
            ),
            Fact(
                "Heavy or tight bed covers can hold your feet pointed, which shortens the "
                "calf muscle. Loosening them may help; there is little evidence for this, "
                "but it does no harm.",
                (BED_COVERS,),
            ),
        ),
    ),
    # Information only: what the studies and regulators found, never a dose, and
    # never a word about the reader's own tablets (the app does not read notes).
    Section(
        "medicines",
        "Supplements and medicines",
        (
            Fact(
                "Magnesium is widely sold for cramps. A 2020 Cochrane review looked at the "
                "trials. For ordinary night cramps in older people, magnesium did not help: "
                "in 5 trials with 307 people, those who took it had about as many cramps a "
                "week as those who took a dummy pill (placebo). For cramps in pregnancy, "
                "the trials disagree.",
                (MAGNESIUM_REVIEW,),
            ),
            Fact(
                "If you are thinking of taking magnesium or another supplement, ask a "
                "pharmacist or doctor first, especially if you take other medicines or "
                "have kidney disease.",
                (MAGNESIUM_REVIEW,),
            ),
            Fact(
                "The UK medicines regulator (MHRA) says quinine should not be used routinely "
                "for night cramps. On average it means about one cramp fewer a week, "
                "and it can have serious side effects, such as blood disorders and problems "
                "with the heart rhythm.",
                (MHRA,),
            ),
            Fact(
                "Doctors consider quinine only when cramps are very painful or frequent, "
                "other causes have been ruled out and stretching has not helped. If it has "
                "not helped after four weeks, it is stopped.",
                (MHRA,),
            ),
            Fact(
                "Some medicines can bring on cramps. Examples are water tablets (diuretics), "
                "salbutamol (used in inhalers), statins and some blood-pressure medicines "
                "such as nifedipine.",
                (NICE,),
            ),
            ASK_ABOUT_MEDICINES,
        ),
    ),
    Section(
        "during",
        "During a cramp",
        (
            Fact(
                "Stretching the muscle, rubbing it, or getting up and standing with your "
                "weight on that leg may ease a cramp. The cramp-relief routine guides you.",
                (NHS,),
            ),
            Fact(
                "Painkillers such as paracetamol or ibuprofen act too slowly to help "
                "while a cramp is happening.",
                (NHS,),
            ),
        ),
    ),
    Section(
        "safety",
        "Stretching safely",
        (
            Fact("Stop any move that gives you a sharp pain.", (DESIGN,)),
            Fact("Keep a hand on a chair or a wall for balance in standing moves.", (DESIGN,)),
        ),
    ),
    Section(
        "see-a-doctor",
        "When to see a doctor",
        SEE_A_DOCTOR,
        intro="Make an ordinary appointment with a doctor if:",
    ),
    Section(
        "urgent",
        "When to get urgent advice",
        RED_FLAGS,
        intro="Get medical advice straight away if:",
    ),
)


def section(ident: str) -> Section:
    for candidate in SECTIONS:
        if candidate.id == ident:
            return candidate
    raise KeyError(ident)


def all_facts() -> list[Fact]:
    """Every fact shown anywhere, each once."""
    seen: dict[Fact, None] = {}
    for candidate in SECTIONS:
        seen.update(dict.fromkeys(candidate.facts))
    seen.update(dict.fromkeys(SEE_A_DOCTOR))
    seen.update(dict.fromkeys(RED_FLAGS))
    seen[FREQUENT_CRAMPS] = None
    seen[ASK_ABOUT_MEDICINES] = None
    return list(seen)


def cited_sources(facts: Iterable[Fact]) -> list[Source]:
    """The sources behind ``facts`` in order of first mention, for numbered notes."""
    order: dict[str, None] = {}
    for fact in facts:
        order.update(dict.fromkeys(fact.sources))
    return [SOURCES[ident] for ident in order]


def all_texts() -> list[str]:
    """Every sentence the app may show from this module (for wording checks)."""
    texts = [DISCLAIMER]
    for candidate in SECTIONS:
        texts.extend(t for t in (candidate.title, candidate.intro) if t)
    texts.extend(fact.text for fact in all_facts())
    return texts
