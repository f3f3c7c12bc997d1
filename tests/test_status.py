from datetime import date

import pandas as pd

from pantau_zi.status import earlier_history_unknown, lifecycle_violations, predicate_by_year, status_on


def events(*rows):
    """Events of one or more units from (unit, 'YYYY-MM-DD', stage) tuples."""
    frame = pd.DataFrame(rows, columns=["unit_id", "date", "stage"])
    return frame.assign(date=pd.to_datetime(frame["date"]))


def broken(frame):
    return lifecycle_violations(frame).dropna().to_dict()


def test_a_full_path_to_wbbm_breaks_no_rule():
    history = events(("A", "2018-01-10", "pencanangan"), ("A", "2018-03-01", "pembangunan"),
                     ("A", "2019-05-01", "usulan"), ("A", "2019-09-01", "evaluasi_tpn"), ("A", "2019-12-09", "wbk"),
                     ("A", "2021-05-01", "usulan"), ("A", "2021-12-09", "wbbm"))
    assert broken(history) == {}


def test_wbbm_without_wbk_is_refused():
    history = events(("A", "2018-01-10", "pencanangan"), ("A", "2019-05-01", "usulan"), ("A", "2019-12-09", "wbbm"))
    assert broken(history) == {2: "wbbm_without_wbk"}


def test_events_before_declaration_are_refused():
    history = events(("A", "2019-05-01", "usulan"), ("A", "2019-06-01", "pencanangan"))
    assert broken(history) == {0: "before_declaration"}


def test_an_award_without_a_recorded_proposal_is_accepted_as_one_nobody_recorded():
    # Issue #12: reporting names awards, seldom proposals; demanding a usulan made clerks invent its date.
    history = events(("A", "2018-01-10", "pencanangan"), ("A", "2019-12-09", "wbk"))
    assert broken(history) == {}


def test_reproposal_within_two_years_of_revocation_is_refused_and_allowed_after():
    base = [("A", "2018-01-10", "pencanangan"), ("A", "2019-05-01", "usulan"), ("A", "2019-12-09", "wbk"),
            ("A", "2022-06-14", "dicabut")]
    assert broken(events(*base, ("A", "2024-06-13", "usulan"))) == {4: "reproposed_within_ban"}
    assert broken(events(*base, ("A", "2024-06-14", "usulan"))) == {}


def test_revocation_needs_a_predicate_and_a_second_declaration_is_refused():
    history = events(("A", "2018-01-10", "pencanangan"), ("A", "2018-02-10", "dicabut"),
                     ("A", "2018-03-10", "pencanangan"))
    assert broken(history) == {1: "revoked_without_predicate", 2: "declared_twice"}


def test_same_day_events_follow_lifecycle_order_and_units_are_independent():
    history = events(("B", "2019-12-09", "wbk"), ("B", "2019-12-09", "usulan"), ("B", "2019-12-09", "pencanangan"),
                     ("C", "2019-12-09", "usulan"))
    # C's first recorded event is a proposal: a lone award would be an award-only history, accepted since #12
    assert broken(history) == {3: "before_declaration"}


def test_status_follows_the_history_up_to_the_date_including_revocation():
    history = events(("A", "2018-01-10", "pencanangan"), ("A", "2019-05-01", "usulan"), ("A", "2019-12-09", "wbk"),
                     ("A", "2022-06-14", "dicabut"), ("B", "2020-01-01", "pencanangan"))
    assert status_on(history, date(2017, 1, 1)).empty
    mid = status_on(history, date(2020, 1, 1))
    assert mid.loc["A", "stage"] == "wbk" and mid.loc["A", "predicate"] == "wbk"
    assert mid.loc["B", "stage"] == "pencanangan" and pd.isna(mid.loc["B", "predicate"])
    late = status_on(history, date(2022, 6, 14))
    assert late.loc["A", "predicate"] == "dicabut"


def test_predicate_by_year_carries_the_predicate_forward_until_it_changes():
    history = events(("A", "2018-01-10", "pencanangan"), ("A", "2019-05-01", "usulan"), ("A", "2019-12-09", "wbk"),
                     ("A", "2021-05-01", "usulan"), ("A", "2021-12-09", "wbbm"), ("A", "2022-06-14", "dicabut"))
    held = predicate_by_year(history, range(2018, 2024)).set_index("year")["predicate"].to_dict()
    assert held == {2019: "wbk", 2020: "wbk", 2021: "wbbm", 2022: "dicabut", 2023: "dicabut"}


def test_a_unit_whose_first_recorded_event_is_an_award_or_a_revocation_has_an_unknown_earlier_history():
    history = events(("A", "2023-12-06", "wbk"), ("B", "2021-01-01", "wbbm"), ("C", "2022-06-30", "dicabut"),
                     ("D", "2018-01-10", "pencanangan"), ("D", "2019-12-09", "dicabut"))
    assert earlier_history_unknown(history).to_dict() == {"A": True, "B": True, "C": True, "D": False}
    assert broken(history) == {4: "revoked_without_predicate"}  # D's history is recorded from its declaration


def test_an_award_only_history_still_refuses_the_impossible():
    assert broken(events(("A", "2014-12-09", "wbk"), ("A", "2022-06-30", "dicabut"))) == {}
    assert broken(events(("A", "2019-12-09", "wbk"), ("A", "2021-12-09", "wbbm"))) == {}
    assert broken(events(("A", "2019-12-09", "wbbm"), ("A", "2021-12-09", "wbk"))) == {1: "wbk_already_held"}
    assert broken(events(("A", "2019-12-09", "wbk"), ("A", "2021-12-09", "wbk"))) == {1: "wbk_already_held"}
    assert broken(events(("A", "2019-12-09", "wbk"), ("A", "2020-01-10", "pencanangan"))) == {1: "declared_twice"}


def test_the_reproposal_ban_runs_from_the_revocation_of_an_award_only_unit():
    revoked = [("A", "2022-06-30", "dicabut")]
    assert broken(events(*revoked, ("A", "2023-05-01", "usulan"))) == {1: "reproposed_within_ban"}
    # an award less than two years on means a proposal inside the ban, whether or not it was recorded
    assert broken(events(*revoked, ("A", "2024-06-01", "wbk"))) == {1: "reproposed_within_ban"}
    assert broken(events(*revoked, ("A", "2024-09-01", "usulan"), ("A", "2024-12-09", "wbk"))) == {}


def test_an_award_only_unit_holds_its_predicate_from_its_first_recorded_award():
    history = events(("A", "2014-12-09", "wbk"), ("A", "2022-06-30", "dicabut"), ("B", "2021-12-09", "wbbm"))
    held = predicate_by_year(history, range(2013, 2025)).set_index(["unit_id", "year"])["predicate"]
    assert held[("A", 2020)] == "wbk" and held[("A", 2023)] == "dicabut" and ("A", 2013) not in held
    assert held[("B", 2021)] == "wbbm"
    assert status_on(history, date(2022, 1, 1)).loc["B", "predicate"] == "wbbm"
