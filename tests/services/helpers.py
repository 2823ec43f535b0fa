"""Shared helpers for use-case tests: a real client on the loopback simulator."""

from __future__ import annotations

from app.ongoing.client import OngoingClient
from app.ongoing.settings import ConnectionSettings
from app.services.ongoing_words import describe


def client_for(simulator: object) -> OngoingClient:
    settings = ConnectionSettings.from_target(
        simulator.base_url,  # type: ignore[attr-defined]
        simulator.goods_owner_id,  # type: ignore[attr-defined]
        simulator.api_user,  # type: ignore[attr-defined]
        simulator.password,  # type: ignore[attr-defined]
    )
    return OngoingClient(settings, words=describe)
