"""Two replicas on one PostgreSQL behind Debian's nginx, set up as deploy/ says: an import made through the proxy
shows on the other replica, and of two confirms on different replicas at the same moment exactly one is stored."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from pantau_zi import store
from pantau_zi.access import hash_password
from tests.browser.conftest import _free_port, open_context, screenshot, start_server
from tests.browser.test_import_flow import EVENTS, declared_in_bandung, download_template, filled, log_in, upload
from tests.conftest import MINI, POSTGRES_URL, _drop_everything

pytestmark = [pytest.mark.browser, pytest.mark.replicas]

RECIPE = Path(__file__).resolve().parents[2] / "deploy" / "nginx-pantau-zi.conf"
# What nginx adds to its own main configuration: files kept in a folder of the test, and which replica answered.
MAIN_CONFIG = """
{user}
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/error.log;
events {{ worker_connections 256; }}
http {{
    access_log {folder}/access.log;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    add_header X-Pantau-Replica $upstream_addr always;
    include {folder}/pantau-zi.conf;
}}
"""


def needed(what: str, found: bool, how: str) -> None:
    if found:
        return
    message = f"the replica test needs {what}: {how}"
    if os.environ.get("CI", "").lower() == "true" or os.environ.get("PANTAU_ZI_TEST_REQUIRE_POSTGRESQL") == "1":
        pytest.fail(message)
    pytest.skip("SKIPPED LOUDLY: " + message)


def with_ports(recipe: str, listen: int, replicas: list[int]) -> str:
    """The recipe as deploy/ gives it, listening on a free port of localhost, its upstream the replicas started."""
    servers = iter(replicas)
    adapted = re.sub(r"server 127\.0\.0\.1:\d+;", lambda _: f"server 127.0.0.1:{next(servers)};", recipe)
    assert next(servers, None) is None, "the recipe names fewer replicas than the test starts"
    return adapted.replace("listen 80;", f"listen 127.0.0.1:{listen};")


@pytest.fixture(scope="module")
def database():
    needed("PostgreSQL", bool(POSTGRES_URL), "set PANTAU_ZI_TEST_DATABASE_URL (scripts/test.sh does as root)")
    _drop_everything(POSTGRES_URL)
    store.open_store(POSTGRES_URL).engine.dispose()  # tables made once, before two servers race to make them
    return POSTGRES_URL


@pytest.fixture(scope="module")
def replicas(database):
    admins = f"admin:{hash_password('uji')}, siti:{hash_password('uji-siti')}"
    env = {"PANTAU_ZI_DATABASE": database, "PANTAU_ZI_DATA_DIRS": str(MINI), "PANTAU_ZI_ADMINS": admins}
    started = [start_server(env) for _ in range(2)]
    yield [url for url, _ in started]
    for _, process in started:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def proxy(replicas):
    nginx = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    needed("Debian's nginx", bool(nginx), "apt-get install nginx (scripts/test.sh does as root)")
    folder = Path(tempfile.mkdtemp(prefix="pantau-zi-nginx-"))
    port = _free_port()
    (folder / "pantau-zi.conf").write_text(
        with_ports(RECIPE.read_text(), port, [int(url.rsplit(":", 1)[1]) for url in replicas]))
    # As root, nginx would hand its workers to `nobody`, who may not enter the test's folder.
    (folder / "nginx.conf").write_text(MAIN_CONFIG.format(folder=folder, user="user root;" if os.geteuid() == 0 else ""))
    process = subprocess.Popen([nginx, "-p", str(folder), "-c", str(folder / "nginx.conf"), "-g", "daemon off;"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError(f"nginx did not start: {process.stdout.read()} {(folder / 'error.log').read_text()}")
            time.sleep(0.2)
    yield url
    process.terminate()
    process.wait(timeout=10)
    shutil.rmtree(folder, ignore_errors=True)


def head_version() -> int | None:
    opened = store.open_store(POSTGRES_URL)
    try:
        return store.current_version(opened)
    finally:
        opened.engine.dispose()


def versions_of(file_name: str) -> int:
    """How many stored versions came from a file of that name."""
    opened = store.open_store(POSTGRES_URL)
    try:
        return int((store.versions(opened)["file_name"] == file_name).sum())
    finally:
        opened.engine.dispose()


def next_version() -> int:
    """The version a confirm now makes: the first import also keeps the data shown before it, as version 1."""
    head = head_version()
    return 2 if head is None else head + 1


def test_an_import_through_the_proxy_shows_on_the_other_replica_after_a_reload(browser, replicas, proxy, tmp_path):
    context, blocked = open_context(browser, 1920, 1080)
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        answered = page.goto(f"{proxy}/data")
        served_by = f"http://{answered.headers['x-pantau-replica']}"
        assert served_by in replicas
        other = next(url for url in replicas if url != served_by)
        before = declared_in_bandung(page, other)
        expected = next_version()

        page.goto(f"{proxy}/data")
        template = download_template(page)
        log_in(page, "admin", "uji")  # the login, the upload and the confirm go over one websocket through nginx
        good = tmp_path / "bandung.xlsx"
        good.write_bytes(filled(template, EVENTS))
        upload(page, good)
        page.get_by_role("button", name="Konfirmasi impor").click()
        page.get_by_text(f"Berkas bandung.xlsx tersimpan sebagai versi {expected}.").wait_for()
        screenshot(page, "replicas-imported-through-proxy")

        after = declared_in_bandung(page, other)  # a fresh page load on the other replica
        page.get_by_text(f"Data: versi {expected},").wait_for()
        screenshot(page, "replicas-other-replica-after-reload")
    finally:
        context.close()
    assert (before, after) == ("1", "2")
    assert head_version() == expected
    assert list(blocked) == []


def test_two_confirms_on_different_replicas_at_once_store_one_version_and_tell_the_other(browser, replicas, tmp_path):
    pages, contexts = [], []
    try:
        for url, (name, password) in zip(replicas, (("admin", "uji"), ("siti", "uji-siti"))):
            context, blocked = open_context(browser, 1920, 1080)
            contexts.append((context, blocked))
            page = context.new_page()
            page.set_default_timeout(60_000)
            page.goto(f"{url}/data")
            template = download_template(page)
            log_in(page, name, password)
            pages.append(page)
        file = tmp_path / "bandung-lagi.xlsx"  # U6's WBK score 78, not 77: a change against whatever is stored now
        file.write_bytes(filled(template, [(*e[:3], 78) if e[2] == "WBK" else e for e in EVENTS]))
        for page in pages:
            upload(page, file)
            page.get_by_role("button", name="Konfirmasi impor").wait_for()
        expected = next_version()

        buttons = [page.get_by_role("button", name="Konfirmasi impor") for page in pages]
        for button in buttons:  # both clicks sent before either replica answers
            button.click(no_wait_after=True)

        stored = f"Berkas bandung-lagi.xlsx tersimpan sebagai versi {expected}."
        refused = f"Data berubah sejak pratinjau dibuat (sekarang versi {expected}). Tidak ada yang disimpan"
        outcome = pages[0].locator("[data-testid='stMain']").get_by_text(re.compile(
            f"{re.escape(stored)}|{re.escape(refused)}")).first
        outcome.wait_for()
        first_won = pages[0].get_by_text(stored).count() == 1
        winner, loser = pages if first_won else pages[::-1]
        winner.get_by_text(stored).wait_for()
        loser.get_by_text(refused).wait_for()
        loser.get_by_role("button", name="Konfirmasi impor").wait_for()  # a fresh preview, against the new version
        loser.wait_for_timeout(1000)  # time for a wrongly stored second version to show
        assert loser.get_by_text("tersimpan sebagai versi").count() == 0
        screenshot(winner, "replicas-race-stored")
        screenshot(loser, "replicas-race-refused")
    finally:
        for context, _ in contexts:
            context.close()
    assert head_version() == expected
    assert versions_of("bandung-lagi.xlsx") == 1
    assert all(list(blocked) == [] for _, blocked in contexts)
