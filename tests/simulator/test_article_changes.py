"""Articles change in the simulator as in Ongoing: `PUT /articles` upserts on the number, the
change filter brings what changed, and an article no longer sold says so (isActive false,
storageProperties.isObsolete), never by vanishing."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path

import httpx

from app.ongoing.client import ongoing_time
from app.simulator import SimulatorThread
from tests.helpers.openapi_contract import validate_request_body, validate_response
from tests.helpers.simulator_http import V1, owner

EXAMPLES = Path(__file__).parent.parent / "contract" / "ongoing-official-examples"


def test_the_official_minimal_article_put_creates_and_answers_like_the_example(
    simulator: SimulatorThread, api: httpx.Client
) -> None:
    body = json.loads((EXAMPLES / "article-put-minimal-request.json").read_text("utf-8"))
    body["goodsOwnerId"] = simulator.goods_owner_id
    validate_request_body("PUT", V1 + "/articles", body)
    answer = api.put("articles", json=body)
    assert answer.status_code == 200
    validate_response("PUT", V1 + "/articles", answer.status_code, answer.json())
    official = json.loads((EXAMPLES / "article-put-minimal-response.json").read_text("utf-8"))
    assert set(answer.json()) == set(official)
    assert re.fullmatch(
        r"Article TestArticleNumber1 Article name 1 Updated/Created", answer.json()["message"]
    )
    found = api.get("articles", params={**owner(simulator), "articleNumbers": "TestArticleNumber1"})
    assert [a["articleSystemId"] for a in found.json()] == [answer.json()["articleSystemId"]]


def test_an_article_set_inactive_or_obsolete_comes_with_the_changes_and_stays_listed(
    simulator: SimulatorThread, api: httpx.Client
) -> None:
    first, second, untouched = simulator.state.articles()[:3]
    since = simulator.state.clock() - timedelta(seconds=1)
    goods_owner = simulator.goods_owner_id
    api.put(
        "articles",
        json={
            "goodsOwnerId": goods_owner,
            "articleNumber": first.article_number,
            "isActive": False,
        },
    )
    api.put(
        "articles",
        json={
            "goodsOwnerId": goods_owner,
            "articleNumber": second.article_number,
            "storageProperties": {"isObsolete": True},
        },
    )
    changed = api.get(
        "articles", params={**owner(simulator), "articleDataLastUpdatedFrom": ongoing_time(since)}
    ).json()
    by_number = {a["articleNumber"]: a for a in changed}
    assert set(by_number) == {first.article_number, second.article_number}
    assert by_number[first.article_number]["isActive"] is False
    assert by_number[first.article_number]["articleName"] == first.name  # the rest kept
    assert by_number[second.article_number]["storageProperties"]["isObsolete"] is True
    assert by_number[second.article_number]["isActive"] is True
    everything = api.get("articles", params=owner(simulator)).json()
    assert {first.article_number, untouched.article_number} <= {
        a["articleNumber"] for a in everything
    }
