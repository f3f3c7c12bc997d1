"""The benchmark's pure helpers: the Pantau / naive ratio and the main thread's busy time between two steps."""

from scripts.benchmark import busy_between, ratio


def test_ratio_is_ours_over_theirs_to_two_places():
    assert ratio(0.3, 0.9) == "0.33x"
    assert ratio(1.5, 0.5) == "3.00x"


def test_ratio_is_a_dash_when_a_side_is_missing_or_zero():
    assert ratio(None, 1.0) == "-"
    assert ratio(1.0, None) == "-"
    assert ratio(1.0, 0) == "-"


def test_busy_between_counts_only_the_part_of_each_long_task_inside_the_window():
    # Tasks at 0-100, 150-250 and 400-450 ms; the window 50-200 holds 50 ms of the first and 50 of the second.
    tasks = [[0.0, 100.0], [150.0, 100.0], [400.0, 50.0]]
    assert busy_between(tasks, 50.0, 200.0) == 100.0
    assert busy_between(tasks, 260.0, 390.0) == 0.0
    assert busy_between([], 0.0, 1000.0) == 0.0
