from __future__ import annotations

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
    ]
    assert cited_sources([]) == []
