"""Tests for the API of the running app (`python app.py`), called the way users would: with gradio_client."""

from __future__ import annotations

import pytest
from gradio_client import Client

from app_server import app_url, library  # noqa: F401  (session fixtures: the running app, its library)

pytestmark = pytest.mark.model

ORDINARY = "is bed rest good for a bad back?"
EMERGENCY = "I suddenly can't control my bladder and my bum feels numb"


@pytest.fixture(scope="module")
def client(app_url):  # noqa: F811
    return Client(app_url, verbose=False)


def test_answer_endpoint_returns_hits_with_sources(client):
    data = client.predict(ORDINARY, 3, None, api_name="/answer")
    assert not data["abstained"] and data["red_flags"] == []
    assert data["disclaimer"].startswith("This is general information")
    assert [h["rank"] for h in data["hits"]] == [1, 2, 3]
    for h in data["hits"]:
        assert h["source"].endswith(".txt") and h["text"] and 0 < h["score"] <= 1.5
        assert h["location"]["paragraph"] >= 1 and h["location"]["line_start"] >= 1
    assert any("bed rest" in h["text"].lower() for h in data["hits"])


def test_history_keeps_an_emergency_in_force(client):
    data = client.predict(question="what exercises help?", k=2, history=[EMERGENCY], api_name="/answer")
    assert len(data["hits"]) == 2
    top = data["red_flags"][0]
    assert top["urgency"] == "emergency" and top["category"] == "cauda_equina" and top["from_history"] is True


def test_off_topic_question_abstains(client):
    data = client.predict("how do I bake sourdough bread?", api_name="/answer")  # k and history default
    assert data["abstained"] and data["hits"] == [] and "nothing on this question" in data["message"]
    assert data["disclaimer"]


def test_blank_question_is_a_readable_error(client):
    with pytest.raises(Exception, match="query is blank"):
        client.predict("   ", 5, None, api_name="/answer")


def test_only_the_answer_endpoint_is_public(client):
    assert list(client.view_api(print_info=False, return_format="dict")["named_endpoints"]) == ["/answer"]
