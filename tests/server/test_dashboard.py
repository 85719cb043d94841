"""The dashboard in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

Skipped only when Chromium is absent outside CI; with CI=true a missing browser fails the run.
"""

import os
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

if not CHROMIUM.exists() and os.environ.get("CI") != "true":
    pytest.skip("no /usr/bin/chromium (apt-get install chromium); required when CI=true", allow_module_level=True)

from playwright.sync_api import expect, sync_playwright  # noqa: E402


@pytest.fixture
def server(store_path):
    import uvicorn

    from eventcoder.server.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(store_path), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def page(server):
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        tab = browser.new_page(viewport={"width": 1400, "height": 900})
        errors = []
        tab.on("pageerror", lambda exc: errors.append(str(exc)))
        tab.goto(server + "/")
        tab.wait_for_selector("body[data-ready='1']", timeout=20_000)
        yield tab
        browser.close()
        assert not errors, errors


def test_events_table_filters(page):
    rows = page.locator("#events tbody tr")
    expect(rows).to_have_count(5)
    expect(page.locator("#summary")).to_contain_text("3 documents")
    page.fill("input[name=country]", "lao")
    page.select_option("select[name=quad]", "2")
    page.click("#apply")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Norway gave aid to Laos.")
    expect(rows.first.locator("mark.actor")).to_have_count(2)
    page.fill("input[name=country]", "XX1")
    page.click("#apply")
    expect(page.locator("#events tbody")).to_contain_text("no events match")


def test_document_view_highlights_the_coded_spans(page):
    page.locator("#events tbody tr", has_text="smugglers").locator("a.doc-link").click()
    expect(page.locator("#document")).to_be_visible()
    expect(page.locator("#doc-text mark")).to_have_count(2)
    expect(page.locator("#doc-text mark.focus")).to_have_text("Vietnamese police clashed with Lao smugglers.")
    expect(page.locator("#doc-events li")).to_have_count(2)
    page.click("#doc-close")
    expect(page.locator("#document")).to_be_hidden()


def test_dyad_chart_and_map(page):
    expect(page.locator("#chart rect.q1")).to_have_count(1)  # the visit (default dyad LAO-VNM, all statuses)
    expect(page.locator("#chart rect.q4")).to_have_count(1)  # the clash
    expect(page.locator("#chart circle.gdot")).to_have_count(1)
    expect(page.locator("#map .land rect").first).to_be_attached()
    expect(page.locator("#map circle")).to_have_count(2)  # Hanoi and Oslo
    page.locator("#map circle").nth(1).click()  # zoom the filter to the smaller place
    expect(page.locator("#bbox-note")).to_be_visible()
    expect(page.locator("#events tbody tr")).not_to_have_count(5)
