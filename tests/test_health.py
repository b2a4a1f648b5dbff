from __future__ import annotations

import io
import re

import pytest

from stretch_coach.core import health
from stretch_coach.core.health import (
    DISCLAIMER,
    HYDRATION_CURFEW_MINUTES,
    RED_FLAGS,
    SECTIONS,
    SEE_A_DOCTOR,
    SOURCES,
    Fact,
    Section,
    all_facts,
    all_texts,
    cited_sources,
    section,
)
from stretch_coach.core.settings import HydrationReminderSettings

# Words that would promise an outcome or claim to judge the reader's health.
BANNED = re.compile(
    r"\bcur(e|es|ed|ing)\b|\bdiagnos|\bguarantee|\bwill prevent|\bprevents\b|\bproven\b"
    r"|\bmiracle|\bwill stop\b|\bpermanent",
    re.IGNORECASE,
)


def test_every_fact_names_a_known_source() -> None:
    for fact in all_facts():
        assert fact.sources, fact.text
        assert set(fact.sources) <= set(SOURCES), fact.text


def test_every_source_is_used_and_has_a_citation() -> None:
    cited = {ident for fact in all_facts() for ident in fact.sources}
    assert cited == set(SOURCES)
    for ident, source in SOURCES.items():
        assert source.id == ident and len(source.citation) > 20


def test_the_main_sources_are_there() -> None:
    citations = " ".join(s.citation for s in SOURCES.values())
    for needle in ("Hallegraeff", "J Physiother 2012", "Blyton", "CD008496", "NHS", "Sleep"):
        assert needle in citations


@pytest.mark.parametrize("text", all_texts())
def test_no_text_promises_or_diagnoses(text: str) -> None:
    assert not BANNED.search(text), text


def test_the_banned_word_check_would_catch_a_claim() -> None:
    for claim in ("Stretching cures cramps", "We diagnose", "guaranteed", "It will prevent it"):
        assert BANNED.search(claim)


def test_the_trial_result_says_may_help_with_its_figures() -> None:
    (trial,) = [f for f in section("may-help").facts if "trial" in f.text and "CI" in f.text]
    assert trial.sources == (health.TRIAL,)
    assert "may help" in trial.text
    for figure in ("80", "over 55", "6 weeks", "1.2 fewer", "0.6 to 1.8", "1.3", "0.9 to 1.7"):
        assert figure in trial.text


def test_the_trial_dose_matches_the_protocol() -> None:
    dose = next(f for f in section("may-help").facts if "10 seconds" in f.text)
    assert "three times" in dose.text and "before going to sleep" in dose.text


def test_the_cochrane_caveat_is_shown() -> None:
    assert any(health.REVIEW in f.sources and "limited" in f.text for f in all_facts())


def test_hydration_advice_matches_the_default_reminder_curfew() -> None:
    default = HydrationReminderSettings().stop_minutes_before_bedtime
    assert default == HYDRATION_CURFEW_MINUTES
    spoken = {60: "one hour", 120: "two hours", 180: "three hours"}[HYDRATION_CURFEW_MINUTES]
    (advice,) = [f for f in all_facts() if health.SLEEP in f.sources]
    assert advice.text.count(spoken) == 2  # the advice and the reason for the reminders
    assert "earlier" in advice.text


def test_doctor_and_urgent_lists_are_the_sections_shown() -> None:
    assert section("see-a-doctor").facts == SEE_A_DOCTOR
    assert section("urgent").facts == RED_FLAGS
    assert len(SEE_A_DOCTOR) == 4 and len(RED_FLAGS) == 3
    assert any("10 minutes" in f.text for f in RED_FLAGS)
    assert any("tetanus" in f.text for f in RED_FLAGS)
    assert any("numb" in f.text for f in SEE_A_DOCTOR)
    assert health.FREQUENT_CRAMPS in all_facts()


def test_sections_are_unique_and_found_by_id() -> None:
    ids = [s.id for s in SECTIONS]
    assert len(ids) == len(set(ids))
    assert {"about", "may-help", "during", "see-a-doctor", "urgent"} <= set(ids)
    with pytest.raises(KeyError):
        section("nope")


def test_disclaimer() -> None:
    assert "general information, not medical advice" in DISCLAIMER


def test_cited_sources_are_in_order_of_first_mention() -> None:
    facts = [*section("may-help").facts]
    assert [s.id for s in cited_sources(facts)] == [
        health.TRIAL,
        health.NHS,
        health.REVIEW,
        health.SLEEP,
        health.BED_COVERS,
    ]
    assert cited_sources([]) == []


# -- supplements and medicines ---------------------------------------------------

# A dose or an amount would turn information into advice for one person.
DOSING = re.compile(
    r"\d\s*(mg|g|mcg|µg|ml|mmol)\b|\bmilligram|\bdos(e|es|age|ing)\b|\btimes a day\b"
    r"|\bper day\b|\bdaily\b|\btablets? a\b",
    re.IGNORECASE,
)


def medicines_text() -> str:
    return " ".join(f.text for f in section("medicines").facts)


def test_the_guide_has_a_supplements_and_medicines_section() -> None:
    medicines = section("medicines")
    assert medicines.title == "Supplements and medicines"
    cited = {ident for fact in medicines.facts for ident in fact.sources}
    assert {health.MAGNESIUM_REVIEW, health.MHRA, health.NICE} <= cited
    # It sits with the other advice, after what may help and before the cramp itself.
    ids = [s.id for s in SECTIONS]
    assert ids.index("may-help") < ids.index("medicines") < ids.index("during")


def test_magnesium_is_reported_as_the_cochrane_review_found_it() -> None:
    (magnesium,) = [f for f in section("medicines").facts if "Cochrane" in f.text]
    assert magnesium.sources == (health.MAGNESIUM_REVIEW,)
    for words in ("Magnesium", "2020", "older people", "did not help", "5 trials", "307"):
        assert words in magnesium.text
    assert "pregnancy" in magnesium.text  # where the trials disagree, it says so


def test_supplements_and_quinine_send_the_reader_to_a_professional() -> None:
    facts = section("medicines").facts
    supplement = next(f for f in facts if "supplement" in f.text)
    assert "ask a pharmacist or doctor" in supplement.text
    assert "kidney" in supplement.text
    quinine = [f for f in facts if "quinine" in f.text.lower()]
    assert quinine and all(f.sources == (health.MHRA,) for f in quinine)
    joined = " ".join(f.text for f in quinine)
    assert "should not be used routinely" in joined
    assert "side effects" in joined and "four weeks" in joined


def test_medicines_that_can_bring_on_cramps_come_with_never_stop_on_your_own() -> None:
    facts = section("medicines").facts
    listed = next(f for f in facts if "bring on cramps" in f.text)
    assert listed.sources == (health.NICE,)
    for medicine in ("diuretics", "salbutamol", "statins", "nifedipine"):
        assert medicine in listed.text
    assert health.ASK_ABOUT_MEDICINES in facts
    assert health.ASK_ABOUT_MEDICINES.sources == (health.NICE,)
    assert "Never stop a prescribed medicine on your own" in health.ASK_ABOUT_MEDICINES.text
    assert "whether any of your medicines could play a part" in health.ASK_ABOUT_MEDICINES.text


def test_the_medicines_section_gives_no_doses() -> None:
    assert not DOSING.search(medicines_text()), medicines_text()


def test_the_dosing_check_would_catch_a_dose() -> None:
    for dose in ("take 300 mg", "300mg", "the usual dose", "twice daily", "2 tablets a day"):
        assert DOSING.search(dose), dose


def test_loose_bed_covers_may_help_with_their_source() -> None:
    (covers,) = [f for f in all_facts() if "bed covers" in f.text]
    assert covers in section("may-help").facts
    assert covers.sources == (health.BED_COVERS,)
    assert "may help" in covers.text and "little evidence" in covers.text


def test_the_new_sources_are_cited_in_full() -> None:
    citations = " ".join(s.citation for s in SOURCES.values())
    for needle in ("Garrison", "CD009402", "MHRA", "quinine", "NICE", "Leg cramps", "bpac"):
        assert needle in citations


# -- every sentence of the guide carries a numbered source -----------------------------

NUMBERS = re.compile(r"\[(\d+)\]")


def unsourced_in_cli(out: str, sources_heading: str = "Sources") -> list[str]:
    """Text of `stretch-coach about` above the source list that is neither a heading
    nor a lead-in ending in ':' and does not end with listed source numbers."""
    lines = out.splitlines()
    end = lines.index(sources_heading)
    listed = {int(n) for line in lines[end + 1 :] for n in NUMBERS.findall(line[:8])}
    items: list[str] = []
    for line in lines[1:end]:  # the first line is the guide's title
        if not line.strip():
            continue
        if line.startswith("    "):
            items[-1] += " " + line.strip()  # the bullet goes on
        else:
            items.append(line.strip())  # a heading, a lead-in or a new bullet
    problems = []
    for item in items:
        if item.startswith("- "):
            numbers = [int(n) for n in NUMBERS.findall(item)]
            if not re.search(r"(\[\d+\])+$", item) or not set(numbers) <= listed:
                problems.append(item)
        elif item.endswith((".", "!", "?")):
            problems.append(item)  # a heading or lead-in that makes a claim
    return problems


def unsourced_in_html(page: str, sources_heading: str = "Sources") -> list[str]:
    """The same check for the About page."""
    body, _, notes = page.partition(f"<h2>{sources_heading}</h2>")
    listed = len(re.findall(r"<li>", notes))
    problems = []
    for item in re.findall(r"<li>(.*?)</li>", body, re.DOTALL):
        numbers = [int(n) for n in NUMBERS.findall(item)]
        sourced = re.search(r"(<sup>\[\d+\]</sup>)+$", item.strip())
        if not sourced or not all(1 <= n <= listed for n in numbers):
            problems.append(item)
    for paragraph in re.findall(r"<p>(.*?)</p>", body, re.DOTALL):
        if not paragraph.startswith("<i>") and not paragraph.endswith(":"):
            problems.append(paragraph)  # only the disclaimer and lead-ins stand alone
    return problems


def test_every_sentence_of_the_guide_has_a_numbered_source() -> None:
    from stretch_coach.cli import write_about
    from stretch_coach.ui.about_page import about_html

    out = io.StringIO()
    write_about(out)
    assert unsourced_in_cli(out.getvalue()) == []
    assert unsourced_in_html(about_html()) == []


def test_section_lead_ins_lead_into_the_sourced_list() -> None:
    for candidate in SECTIONS:
        assert not candidate.intro or candidate.intro.endswith(":"), candidate.intro
        assert not candidate.title.endswith("."), candidate.title


def test_the_source_check_would_catch_an_unsourced_claim(monkeypatch: pytest.MonkeyPatch) -> None:
    from stretch_coach.cli import write_about
    from stretch_coach.ui import about_page

    claim = Fact("Magnesium helps everyone.", ())
    lead_in = "Bananas help."
    bad = (*SECTIONS, Section("bad", "Hearsay", (claim,), intro=lead_in))
    monkeypatch.setattr(health, "SECTIONS", bad)
    monkeypatch.setattr(about_page, "SECTIONS", bad)
    out = io.StringIO()
    write_about(out)
    assert unsourced_in_cli(out.getvalue()) == [lead_in, f"- {claim.text}"]
    page = about_page.about_html()
    assert unsourced_in_html(page) == [f"{claim.text} ", lead_in]
    # A number that points past the source list is caught too.
    assert unsourced_in_html(page.replace("<sup>[1]</sup>", "<sup>[99]</sup>", 1))


def test_the_readme_summary_names_the_medicines_section() -> None:
    from tests.conftest import REPO_ROOT

    readme = " ".join((REPO_ROOT / "README.md").read_text(encoding="utf-8").split())
    summary = readme[readme.index("**About cramps**") : readme.index("| check-in |")]
    assert f"**{section('medicines').title}**" in summary
    assert "never stop a prescribed medicine on your own" in summary
