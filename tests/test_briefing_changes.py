"""Where units stand, what changed and who moves next, on the mini dataset (events listed in its events.csv)."""

from datetime import date

import pytest

from pantau_zi.briefing.changes import change_counts, changes_between, next_candidates
from pantau_zi.loading import load_dataset
from tests.conftest import MINI


@pytest.fixture(scope="module")
def mini():
    return load_dataset((MINI,))


def test_changes_are_the_events_after_since_up_to_and_including_on_newest_first(mini):
    changes = changes_between(mini.units["unit_id"], mini.events, date(2020, 12, 31), date(2021, 12, 31))
    assert changes["event_id"].tolist() == ["E06", "E16", "E05", "E15"]
    assert change_counts(changes) == {"declared": 0, "proposed": 2, "awarded": 1, "revoked": 0}


def test_an_event_on_the_since_date_is_not_a_change_but_one_on_the_briefing_date_is(mini):
    assert changes_between(["U1"], mini.events, date(2021, 12, 9), date(2021, 12, 31)).empty
    assert changes_between(["U1"], mini.events, date(2021, 12, 1), date(2021, 12, 9))["event_id"].tolist() == ["E06"]


def test_next_candidates_are_pemda_units_without_a_predicate_furthest_along_first(mini):
    candidates = next_candidates(mini.units, mini.events, date(2021, 12, 31))
    # U1 and U2 hold predicates and U3 is a vertical agency's unit.
    assert candidates["unit_id"].tolist() == ["U4", "U5"]
    assert candidates["stage"].tolist() == ["evaluasi_tpn", "pencanangan"]


def test_a_unit_revoked_less_than_two_years_ago_is_not_a_candidate_until_its_ban_ends(mini):
    # U2 lost its WBK on 14 June 2022 and may be proposed again from 14 June 2024.
    assert "U2" not in next_candidates(mini.units, mini.events, date(2024, 6, 1))["unit_id"].tolist()
    assert next_candidates(mini.units, mini.events, date(2024, 7, 1))["unit_id"].tolist() == ["U4", "U5", "U2"]
