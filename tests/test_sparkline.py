from pantau_zi.figures.sparkline import sparkline_svg


def test_a_rising_series_runs_from_bottom_left_to_top_right():
    svg = sparkline_svg((0.0, 5.0, 10.0))
    # 240 x 44 with 4 px padding: x at 4, 120, 236; y from 40 (lowest) to 4 (highest)
    assert 'points="4.0,40.0 120.0,22.0 236.0,4.0"' in svg


def test_a_flat_series_lies_on_the_bottom_and_gaps_are_skipped():
    assert 'points="4.0,40.0 236.0,40.0"' in sparkline_svg((3.0, float("nan"), 3.0))


def test_fewer_than_two_values_draw_nothing():
    assert sparkline_svg((1.0,)) is None and sparkline_svg(()) is None
