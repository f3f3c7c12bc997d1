"""The array form of the lifecycle rules (status.lifecycle_violations) gives, event by event, exactly the rule the
earlier one-event-at-a-time implementation gave: on the hostile import corpus, the embedded data, random histories
and hand-made ones (award-only histories, leap-day revocations, broken events that leave a unit's state as it was).

The old implementation lives only here, as the oracle.
"""

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
import pytest

from pantau_zi import loading, schema
from pantau_zi.loading import load_dataset
from pantau_zi.status import STAGES, chronological, lifecycle_violations
from tests.test_import_corpus import MANIFEST, corpus_limits  # noqa: F401 - the corpus' limits, as a fixture
from tests.test_import_corpus_pipeline import plan_for, stored  # noqa: F401 - a store holding the mini data
from tests.test_status import events


@dataclass
class _State:
    declared: bool = False
    proposal_pending: bool = False
    predicate: str | None = None
    revoked_on: date | None = None


def _ban_ends(revoked_on: date) -> date:
    try:
        return revoked_on.replace(year=revoked_on.year + 2)
    except ValueError:
        return revoked_on.replace(year=revoked_on.year + 2, day=28)


def _apply(state: _State, stage: str, on: date) -> str | None:
    if stage == "pencanangan":
        if state.declared:
            return "declared_twice"
        state.declared = True
        return None
    if not state.declared:
        return "before_declaration"
    within_ban = state.revoked_on is not None and on < _ban_ends(state.revoked_on)
    if stage == "usulan":
        if within_ban:
            return "reproposed_within_ban"
        state.proposal_pending = True
    elif stage == "evaluasi_tpn" and not state.proposal_pending:
        return "evaluation_without_proposal"
    elif stage in ("wbk", "wbbm"):
        if stage == "wbk" and state.predicate in ("wbk", "wbbm", "unknown"):
            return "wbk_already_held"
        if stage == "wbbm" and state.predicate != "wbk":
            return "wbbm_without_wbk"
        if not state.proposal_pending and within_ban:
            return "reproposed_within_ban"
        state.predicate, state.proposal_pending = stage, False
    elif stage == "dicabut":
        if state.predicate not in ("wbk", "wbbm", "unknown"):
            return "revoked_without_predicate"
        state.predicate, state.proposal_pending, state.revoked_on = None, False, on
    return None


def _implied(first_stage: str) -> _State:
    if first_stage not in ("wbk", "wbbm", "dicabut"):
        return _State()
    held = {"wbk": None, "wbbm": "wbk", "dicabut": "unknown"}[first_stage]
    return _State(declared=True, proposal_pending=first_stage != "dicabut", predicate=held)


def oracle(frame: pd.DataFrame) -> pd.Series:
    """The lifecycle rules as they were before the array form: one Python step per event."""
    reasons = pd.Series(None, index=frame.index, dtype="object")
    current, state = None, _State()
    for row in chronological(frame).itertuples():
        if row.unit_id != current:
            current, state = row.unit_id, _implied(row.stage)
        reasons[row.Index] = _apply(state, row.stage, row.date.date())
    return reasons


def assert_same_as_oracle(frame: pd.DataFrame) -> None:
    pd.testing.assert_series_equal(lifecycle_violations(frame), oracle(frame))


def test_the_embedded_dataset_breaks_no_rule_in_either_form():
    data = load_dataset()
    assert_same_as_oracle(data.events)
    assert lifecycle_violations(data.events).isna().all()


@pytest.fixture
def compared(monkeypatch):
    """Every lifecycle check made while validating, also made by the oracle; the tables each compared."""
    seen = []

    def both(frame):
        seen.append(len(frame))
        assert_same_as_oracle(frame)
        return lifecycle_violations(frame)

    monkeypatch.setattr(schema, "lifecycle_violations", both)
    monkeypatch.setattr(loading, "lifecycle_violations", both)
    return seen


@pytest.mark.parametrize("entry", MANIFEST, ids=lambda e: e["file"])
def test_every_corpus_file_through_the_import_is_judged_as_the_oracle_judges_it(entry, stored, compared):  # noqa: F811
    plan_for(entry, stored)
    if entry["file"] in ("reproposed_within_ban.xlsx", "evaluasi_without_usulan.xlsx", "award_only.xlsx"):
        assert compared, "the lifecycle was checked"


def random_histories(seed: int, units: int = 400) -> pd.DataFrame:
    """Histories drawn at random over every stage, dates packed into a few years so bans and same days occur."""
    rng = np.random.default_rng(seed)
    counts = rng.integers(1, 12, units)
    unit = np.repeat([f"U{n:04d}" for n in range(units)], counts)
    days = rng.integers(0, 6 * 365, len(unit)) * rng.choice([1, 0], len(unit), p=[0.8, 0.2])
    dates = np.datetime64("2016-02-29") + days.astype("timedelta64[D]")
    frame = pd.DataFrame({"unit_id": unit, "date": pd.to_datetime(dates),
                          "stage": rng.choice(STAGES, len(unit))})
    return frame.sample(frac=1, random_state=seed)  # out of order, as files are


@pytest.mark.parametrize("seed", range(8))
def test_random_histories_break_the_same_rules_in_either_form(seed):
    history = random_histories(seed)
    assert_same_as_oracle(history)
    assert lifecycle_violations(history).notna().sum() > 100  # the draws do break rules


def test_a_broken_event_leaves_the_state_as_it_was_in_either_form():
    history = events(("A", "2018-01-10", "pencanangan"), ("A", "2018-01-11", "pencanangan"),
                     ("A", "2019-01-01", "wbbm"), ("A", "2019-02-01", "wbk"), ("A", "2019-03-01", "wbk"),
                     ("A", "2020-01-01", "dicabut"), ("A", "2020-06-01", "dicabut"), ("A", "2021-06-01", "wbk"))
    assert lifecycle_violations(history).to_dict() == {
        0: None, 1: "declared_twice", 2: "wbbm_without_wbk", 3: None, 4: "wbk_already_held", 5: None,
        6: "revoked_without_predicate", 7: "reproposed_within_ban"}
    assert_same_as_oracle(history)


@pytest.mark.parametrize("history", [
    [("A", "2014-12-09", "wbk"), ("A", "2022-06-30", "dicabut"), ("A", "2023-01-01", "usulan")],
    [("A", "2019-12-09", "wbbm"), ("A", "2021-12-09", "wbk"), ("A", "2022-12-09", "dicabut")],
    [("A", "2022-06-30", "dicabut"), ("A", "2024-06-29", "wbk"), ("A", "2024-06-30", "wbk")],
    [("A", "2022-06-30", "dicabut"), ("A", "2023-01-01", "evaluasi_tpn"), ("A", "2023-01-01", "pencanangan")],
    [("A", "2020-01-01", "wbk"), ("A", "2020-01-01", "dicabut"), ("B", "2020-01-01", "wbbm"), ("B", "2020-01-01", "wbk")],
], ids=["wbk-revoked-reproposed", "wbbm-then-wbk", "revoked-then-awards", "revoked-then-evaluation", "same-day"])
def test_award_only_histories_are_judged_as_the_oracle_judges_them(history):
    assert_same_as_oracle(events(*history))


def test_the_ban_after_a_leap_day_revocation_ends_on_28_february_in_either_form():
    revoked = [("A", "2019-01-01", "pencanangan"), ("A", "2019-06-01", "wbk"), ("A", "2020-02-29", "dicabut")]
    assert lifecycle_violations(events(*revoked, ("A", "2022-02-27", "usulan"))).iloc[-1] == "reproposed_within_ban"
    assert lifecycle_violations(events(*revoked, ("A", "2022-02-28", "usulan"))).iloc[-1] is None
    assert_same_as_oracle(events(*revoked, ("A", "2022-02-27", "usulan"), ("A", "2022-02-28", "usulan")))


def test_no_events_break_no_rule():
    assert lifecycle_violations(events()).empty


def test_rows_without_a_unit_id_are_each_a_history_of_their_own_in_either_form():
    # as files are read: text cells, an empty one missing
    history = events((None, "2019-01-01", "pencanangan"), (None, "2019-02-01", "pencanangan"),
                     (None, "2019-03-01", "usulan")).astype({"unit_id": "str"})
    assert lifecycle_violations(history).tolist() == [None, None, "before_declaration"]
    assert_same_as_oracle(history)
