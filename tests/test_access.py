"""Administrator passwords, their configuration and the throttle on failed attempts (no Streamlit)."""

import base64
import logging
import re

import pytest

from pantau_zi import access, store
from pantau_zi.access import Throttle, admins_from, check_login, hash_password, verify_password
from pantau_zi.attempts import StoredThrottle

# Cheap parameters keep the suite fast; the format and the checks are the same as with the defaults.
FAST = {"n": 2**4, "r": 1, "p": 1}


@pytest.fixture(scope="module")
def stored() -> str:
    return hash_password("rahasia-Kantor-2024", **FAST)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_hash_holds_its_parameters_and_verifies_its_password(stored):
    scheme, n, r, p, salt, key = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16", "1", "1")
    assert len(base64.b64decode(salt)) == 16 and len(base64.b64decode(key)) == 32
    assert verify_password("rahasia-Kantor-2024", stored)


def test_the_default_parameters_are_scrypt_n_16384_r_8_p_1():
    line = hash_password("x")
    assert line.startswith("scrypt$16384$8$1$")
    assert verify_password("x", line) and not verify_password("y", line)


def test_a_wrong_password_does_not_verify(stored):
    assert not verify_password("rahasia-kantor-2024", stored)
    assert not verify_password("", stored)


def test_two_hashes_of_one_password_differ_by_their_salt():
    first, second = hash_password("sama", **FAST), hash_password("sama", **FAST)
    assert first != second
    assert verify_password("sama", first) and verify_password("sama", second)


@pytest.mark.parametrize("value", [
    "",
    "scrypt",
    "scrypt$16$1$1$c2FsdA==",                         # a part missing
    "bcrypt$16$1$1$c2FsdA==$" + "A" * 44,              # another scheme
    "scrypt$15$1$1$c2FsdA==$" + "A" * 44,              # n not a power of two
    "scrypt$sixteen$1$1$c2FsdA==$" + "A" * 44,         # n not a number
    "scrypt$16$0$1$c2FsdA==$" + "A" * 44,              # r zero
    "scrypt$1073741824$8$1$c2FsdA==$" + "A" * 44,      # would need 1 TiB: refused, not computed
    "scrypt$16$1$1$not base64!$" + "A" * 44,           # salt not base64
    "scrypt$16$1$1$c2FsdA==$QUJD",                     # key too short to be one of ours
    None,
    12345,
])
def test_a_malformed_stored_value_is_false_never_an_exception(value):
    assert not verify_password("anything", value)
    assert not access.is_password_hash(value)


def test_a_plain_text_password_in_the_configuration_is_refused_not_compared():
    assert not verify_password("hunter2", "hunter2")


def test_admins_come_from_the_secrets_admins_section(stored):
    assert admins_from({"admins": {"budi": stored}}, {}) == {"budi": stored}


def test_admins_come_from_the_environment_as_name_colon_hash_entries(stored):
    other = hash_password("lain", **FAST)
    environ = {"PANTAU_ZI_ADMINS": f"budi:{stored}, siti:{other}"}
    assert admins_from({}, environ) == {"budi": stored, "siti": other}


def test_admins_from_both_are_merged_and_the_environment_wins_a_shared_name(stored):
    newer = hash_password("baru", **FAST)
    secrets = {"admins": {"budi": stored, "siti": stored}}
    assert admins_from(secrets, {"PANTAU_ZI_ADMINS": f"siti:{newer}"}) == {"budi": stored, "siti": newer}


def test_no_configuration_means_no_admins():
    assert admins_from({}, {}) == {}
    assert admins_from({"admins": "not a table"}, {"PANTAU_ZI_ADMINS": "  "}) == {}


def test_a_plain_text_admin_is_left_out_and_logged_by_name_only(stored, caplog):
    caplog.set_level(logging.WARNING, logger="pantau_zi.access")
    admins = admins_from({"admins": {"budi": "hunter2"}}, {"PANTAU_ZI_ADMINS": f"siti:{stored},tanpatitikdua"})
    assert admins == {"siti": stored}
    assert "'budi'" in caplog.text and "hunter2" not in caplog.text
    assert "tanpatitikdua" not in caplog.text


def test_admin_emails_are_a_case_insensitive_list():
    environ = {"PANTAU_ZI_ADMIN_EMAILS": "Budi@Kemenpan.go.id, siti@example.org"}
    assert access.admin_emails_from(environ) == {"budi@kemenpan.go.id", "siti@example.org"}
    assert access.admin_emails_from({}) == frozenset()


@pytest.mark.parametrize(("value", "required"), [
    (None, False), ("", False), ("false", False), ("no", False), ("true", True), (" TRUE ", True), ("1", True)])
def test_viewing_needs_a_login_only_when_the_setting_says_true(value, required):
    environ = {} if value is None else {"PANTAU_ZI_REQUIRE_LOGIN": value}
    assert access.login_required(environ) is required


@pytest.fixture(params=["memory", "store"])
def throttle(request, store_url):
    """The in-process throttle and the store's, on a fake clock: every rule below holds for both."""
    clock = FakeClock()
    if request.param == "memory":
        made = Throttle(clock=clock)
    else:
        opened = store.open_store(store_url)
        request.addfinalizer(opened.engine.dispose)
        made = StoredThrottle(opened, clock=clock)
    made.clock = clock
    return made


def fail(throttle, *keys) -> float:
    """One failed attempt on the keys, after sitting out any wait left; the wait it leaves for the next."""
    throttle.clock.now += throttle.delay(*keys)
    assert throttle.reserve(*keys) == 0
    return throttle.delay(*keys)


def test_a_clients_failures_make_the_next_attempt_wait_0_1_2_4_up_to_30_seconds(throttle):
    waits = [fail(throttle, "client:10.0.0.7") for _ in range(8)]
    assert waits == [0, 1, 2, 4, 8, 16, 30, 30]


def test_a_user_names_failures_make_it_wait_at_most_5_seconds(throttle):
    waits = [fail(throttle, "user:budi") for _ in range(6)]
    assert waits == [0, 1, 2, 4, 5, 5]


def test_an_attempt_waiting_counts_nothing_and_says_how_long(throttle):
    for _ in range(4):
        fail(throttle, "client:10.0.0.7")
    assert throttle.reserve("client:10.0.0.7") == 4
    throttle.clock.now += 3
    assert throttle.reserve("client:10.0.0.7") == 1
    throttle.clock.now += 1
    assert fail(throttle, "client:10.0.0.7") == 8  # the 5th failure


def test_a_second_session_trying_while_the_first_is_checked_must_wait(throttle):
    fail(throttle, "client:10.0.0.7")
    assert throttle.reserve("client:10.0.0.7") == 0  # being checked now: counted as failed until it succeeds
    assert throttle.reserve("client:10.0.0.7") == 1


def test_the_throttle_counts_each_key_apart_and_waits_for_the_slowest(throttle):
    for _ in range(3):
        fail(throttle, "user:budi")
    assert throttle.delay("user:budi") == 2
    assert throttle.delay("user:siti") == 0
    assert throttle.delay("user:siti", "user:budi") == 2


def test_a_success_clears_the_failures(throttle):
    for _ in range(5):
        fail(throttle, "user:budi")
    throttle.success("user:budi")
    assert throttle.delay("user:budi") == 0
    assert fail(throttle, "user:budi") == 0  # counting starts again


def test_failures_are_forgotten_a_quarter_hour_after_the_last(throttle):
    for _ in range(6):
        fail(throttle, "client:10.0.0.7")
    throttle.clock.now += 900
    assert throttle.delay("client:10.0.0.7") == 0
    assert fail(throttle, "client:10.0.0.7") == 0


def test_two_replicas_on_one_store_count_the_same_failures(store_url):
    clock = FakeClock()
    first, second = (StoredThrottle(store.open_store(store_url), clock=clock) for _ in range(2))
    first.clock = clock
    for _ in range(6):
        fail(first, "client:10.0.0.7")
    assert second.reserve("client:10.0.0.7") == 16


def test_check_login_lets_the_right_password_in_and_resets_the_throttle(stored, throttle):
    fail(throttle, "user:budi")
    assert check_login(" budi ", "rahasia-Kantor-2024", {"budi": stored}, throttle, sleep=pytest.fail)
    assert fail(throttle, "user:budi") == 0


def test_check_login_refuses_a_wrong_password_an_unknown_name_and_an_empty_one(stored):
    throttle = Throttle(clock=FakeClock())
    admins = {"budi": stored}
    assert not check_login("budi", "salah", admins, throttle, sleep=lambda s: None)
    assert not check_login("siapa", "rahasia-Kantor-2024", admins, throttle, sleep=lambda s: None)
    assert not check_login("", "", admins, throttle, sleep=lambda s: None)


def sleeper(clock, slept):
    def sleep(seconds):
        slept.append(seconds)
        clock.now += seconds
    return sleep


def test_check_login_sleeps_the_throttles_wait_and_counts_the_client_too(stored, throttle):
    slept = []
    for _ in range(3):
        check_login("budi", "salah", {"budi": stored}, throttle, client="10.0.0.7",
                    sleep=sleeper(throttle.clock, slept))
    assert slept == [1, 2]  # after the 2nd and 3rd failure; the 1st is free
    # another name from the same client waits for that client's failures
    assert throttle.delay("user:siti", "client:10.0.0.7") == 0  # the 2 s were slept out already
    assert fail(throttle, "client:10.0.0.7") == 4


def test_check_login_first_sits_out_a_wait_left_by_another_session(stored, throttle):
    for _ in range(4):
        fail(throttle, "client:10.0.0.7")
    slept = []
    assert check_login("budi", "rahasia-Kantor-2024", {"budi": stored}, throttle, client="10.0.0.7",
                       sleep=sleeper(throttle.clock, slept))
    assert slept == [4]


def test_an_attacker_elsewhere_delays_the_real_administrator_5_seconds_at_most(stored, throttle):
    attacker_slept = []
    for _ in range(10):
        check_login("budi", "tebakan", {"budi": stored}, throttle, client="203.0.113.9",
                    sleep=sleeper(throttle.clock, attacker_slept))
    assert attacker_slept[-2:] == [30, 30]
    slept = []
    assert check_login("budi", "rahasia-Kantor-2024", {"budi": stored}, throttle, client="10.0.0.7",
                       sleep=sleeper(throttle.clock, slept))
    assert sum(slept) <= 5


def test_a_failed_attempt_logs_the_name_and_time_but_never_the_password(stored, caplog):
    caplog.set_level(logging.INFO, logger="pantau_zi.access")
    check_login("budi", "Tebakan-Rahasia-99", {"budi": stored}, Throttle(clock=FakeClock()), client="10.0.0.7",
                sleep=lambda s: None)
    [record] = [record for record in caplog.records if record.name == "pantau_zi.access"]
    assert record.levelno == logging.WARNING
    message = record.getMessage()
    assert "'budi'" in message and "10.0.0.7" in message
    assert re.search(r" at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", message)
    assert "Tebakan-Rahasia-99" not in caplog.text


def test_the_hash_command_prints_a_line_that_verifies(monkeypatch, capsys):
    monkeypatch.setattr(access, "getpass", lambda prompt: "kata-sandi-baru")
    assert access.main(["hash"]) == 0
    line = capsys.readouterr().out.strip()
    assert verify_password("kata-sandi-baru", line)


def test_the_hash_command_refuses_two_different_passwords(monkeypatch, capsys):
    answers = iter(["satu", "dua"])
    monkeypatch.setattr(access, "getpass", lambda prompt: next(answers))
    assert access.main(["hash"]) == 1
    assert capsys.readouterr().out == ""


def test_the_hash_command_needs_its_subcommand(capsys):
    assert access.main([]) == 2
