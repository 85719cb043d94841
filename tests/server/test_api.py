"""The HTTP API through FastAPI's TestClient: filters, paging, dyads, documents, errors, limits, coding."""

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient

from eventcoder.server.app import create_app


@pytest.fixture
def client(store_path):
    with TestClient(create_app(store_path, token="s3cret"), raise_server_exceptions=False) as c:
        yield c


def docs_of(response):
    assert response.status_code == 200, response.text
    return sorted(e["doc_id"] for e in response.json()["events"])


@pytest.mark.parametrize(("query", "docs"), [
    ("", ["d1", "d1", "d2", "d3", "d3"]),
    ("actor=nor", ["d3", "d3"]),
    ("country=LAO&quad=2", ["d3"]),
    ("code=19", ["d1"]),
    ("root=04", ["d1", "d2"]),
    ("factuality=negated", ["d3"]),
    ("from=2024-03-06&to=2024-03-31", ["d2"]),
    ("bbox=0,50,20,70", ["d3"]),
    ("q=smugglers", ["d1"]),
])
def test_event_filters(client, query, docs):
    assert docs_of(client.get(f"/api/events?{query}")) == docs


def test_paging_and_cluster_sizes(client):
    page = client.get("/api/events?limit=2&offset=1").json()
    assert page["total"] == 5 and len(page["events"]) == 2 and page["offset"] == 1
    visits = client.get("/api/events?code=042").json()["events"]
    assert {e["num_reports"] for e in visits} == {2} and len({e["cluster_id"] for e in visits}) == 1


def test_places_dyad_document_summary_world(client):
    places = client.get("/api/places?country=VNM").json()["places"]
    assert {p["name"] for p in places} == {"Hanoi", "Oslo"}
    series = client.get("/api/dyad?a=LAO&b=VNM&factuality=any").json()["series"]
    assert series[0]["period"] == "2024-03" and series[0]["events"] == 2
    doc = client.get("/api/documents/d1").json()
    assert doc["document"]["doc_id"] == "d1" and len(doc["events"]) == 2 and doc["highlights"][0]["start"] == 0
    summary = client.get("/api/summary").json()
    assert (summary["documents"], summary["events"], summary["merged_events"]) == (3, 5, 4)
    world = client.get("/api/world").json()
    assert world["cell"] > 0 and len(world["rows"]) > 30


@pytest.mark.parametrize(("url", "status"), [
    ("/api/events?quad=9", 422), ("/api/events?limit=abc", 422), ("/api/events?limit=100000", 422),
    ("/api/events?from=2024-02-30", 422), ("/api/events?factuality=maybe", 422),
    ("/api/events?actor=R%27%20OR%201=1", 422), ("/api/events?code=4x", 422), ("/api/events?bbox=1,2", 400),
    ("/api/events?bbox=a,b,c,d", 400), ("/api/events?bbox=10,50,20,40", 400), ("/api/events?q=" + "x" * 300, 422),
    ("/api/dyad?a=RUS", 422), ("/api/dyad?a=RUS&b=PRK&by=year", 422), ("/api/documents/nope", 404),
    ("/api/nothing", 404), ("/api/events?" + "a=1&" * 2000, 414),
])
def test_malformed_requests_get_one_json_error_shape(client, url, status):
    response = client.get(url)
    assert response.status_code == status
    error = response.json()["error"]
    assert error["status"] == status and error["message"] and error["type"]


def test_no_parameter_garbage_gives_a_500(client):
    garbage = ["", "%00", "-1", "1e309", "nan", "'; DROP TABLE events; --", "ü" * 50, "[]", "{}", "0,0,0,0,0"]
    names = ["actor", "country", "code", "root", "quad", "factuality", "from", "to", "bbox", "q", "limit", "offset"]
    for name in names:
        for value in garbage:
            response = client.get("/api/events", params={name: value})
            assert response.status_code < 500, (name, value, response.text)
            assert response.headers["content-type"].startswith("application/json")
    assert client.get("/api/events").json()["total"] == 5


def test_method_and_body_limits(client):
    assert client.delete("/api/events").json()["error"]["status"] == 405
    big = client.post("/api/code", content=b"x" * 1_000_001, headers={"content-type": "application/json",
                                                                        "authorization": "Bearer s3cret"})
    assert big.status_code == 413 and big.json()["error"]["type"] == "payload_too_large"


def test_coding_needs_the_token(client, store_path):
    assert client.post("/api/code", json={"text": "Chad thanked Niger."}).status_code == 401
    wrong = client.post("/api/code", json={"text": "Chad thanked Niger."}, headers={"authorization": "Bearer no"})
    assert wrong.status_code == 401
    with TestClient(create_app(store_path)) as closed:
        assert closed.post("/api/code", json={"text": "Chad thanked Niger."}).status_code == 403
    assert client.post("/api/code", json={"text": ""}, headers={"authorization": "Bearer s3cret"}).status_code == 422


def test_coding_with_the_token_returns_events(client):
    response = client.post("/api/code", json={"text": "Ghana praised Togo for its mediation.", "date": "2024-05-01"},
                           headers={"authorization": "Bearer s3cret"})
    assert response.status_code == 200, response.text
    assert any(e["source"]["country"] == "GHA" for e in response.json()["events"])


def test_openapi_lists_the_routes(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/dyad", "/api/documents/{doc_id}", "/api/code"} <= set(paths)


def test_dashboard_page_and_assets_are_served(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "/static/app.js" in page.text and "http" not in page.text.split("<body>")[1].split("</body>")[0]
    assert client.get("/static/app.js").status_code == 200


def test_concurrent_requests_get_their_own_answers(client):
    queries = {"actor=NOR": 2, "country=LAO&quad=2": 1, "code=19": 1, "": 5, "q=Hanoi": 2}
    jobs = [q for q in queries for _ in range(20)]
    with ThreadPoolExecutor(max_workers=16) as pool:
        totals = list(pool.map(lambda q: client.get(f"/api/events?{q}").json()["total"], jobs))
    assert totals == [queries[q] for q in jobs]


def test_server_module_does_not_load_the_nlp_stack():
    code = ("import sys, eventcoder.server.app; "
            "print('eventcoder.nlp' in sys.modules or 'spacy' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"
