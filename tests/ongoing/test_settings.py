"""`ConnectionSettings.from_target`: what a shop owner may type, and what is refused."""

from __future__ import annotations

import pytest

from app.ongoing.settings import ConnectionSettings

PASSWORD = "pw-Zq9!secret"


def make(target: str, goods_owner_id: int = 1, user: str = "WSI-USER", password: str = PASSWORD):
    return ConnectionSettings.from_target(target, goods_owner_id, user, password)


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("mystore", "https://api.ongoingsystems.se/mystore/api/v1/"),
        ("My_Store-2", "https://api.ongoingsystems.se/My_Store-2/api/v1/"),
        ("  mystore  ", "https://api.ongoingsystems.se/mystore/api/v1/"),
    ],
)
def test_a_warehouse_name_becomes_the_ongoing_url(target: str, expected: str) -> None:
    assert make(target).base_url == expected


@pytest.mark.parametrize(
    "target",
    [
        "https://api.ongoingsystems.se/mystore",
        "https://api.ongoingsystems.se/mystore/",
        "https://api.ongoingsystems.se/mystore/api/v1",
        "https://api.ongoingsystems.se/mystore/api/v1/",
        "https://api.ongoingsystems.se/mystore/api/v1//",
    ],
)
def test_a_full_https_url_is_normalised_with_or_without_api_v1(target: str) -> None:
    assert make(target).base_url == "https://api.ongoingsystems.se/mystore/api/v1/"


def test_a_bare_https_host_gets_api_v1() -> None:
    assert make("https://wms.example.com").base_url == "https://wms.example.com/api/v1/"


def test_a_port_is_kept() -> None:
    settings = make("https://wms.example.com:8443/x/api/v1")
    assert settings.base_url == "https://wms.example.com:8443/x/api/v1/"


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("http://127.0.0.1:8080/demo", "http://127.0.0.1:8080/demo/api/v1/"),
        ("http://localhost:8080/demo/api/v1/", "http://localhost:8080/demo/api/v1/"),
        ("http://[::1]:8080/demo/api/v1", "http://[::1]:8080/demo/api/v1/"),
    ],
)
def test_http_is_allowed_on_loopback_only(target: str, expected: str) -> None:
    settings = make(target)
    assert settings.base_url == expected
    assert settings.is_loopback


def test_an_ongoing_url_is_not_loopback() -> None:
    assert not make("mystore").is_loopback


@pytest.mark.parametrize(
    ("target", "words"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("https://api.ongoingsystems.se/" + "a" * 10_000, "too long"),
        ("a" * 10_000, "too long"),
        ("my store", "spaces"),
        ("https://api.ongoingsystems.se/my store/api/v1", "spaces"),
        ("ftp://x", "https://"),
        ("http://example.com", "https://"),
        ("http://localhost.example.com/api/v1", "https://"),
        ("http://192.168.1.10/api/v1", "https://"),
        ("https://", "https://"),
        ("api.ongoingsystems.se/mystore", "https://"),
        ("file:///etc/passwd", "https://"),
        ("https://WSI-USER:hunter2@api.ongoingsystems.se/mystore", "own fields"),
        ("ftp://WSI-USER:hunter2@example.com/x", "own fields"),
        ("https://api.ongoingsystems.se/mystore/api/v1/?goodsOwnerId=1", "'\\?' or '#'"),
        ("https://api.ongoingsystems.se/mystore/api/v1/#top", "'\\?' or '#'"),
        ("https://api.ongoingsystems.se:port/mystore", "port"),
    ],
)
def test_a_bad_target_is_refused_with_a_readable_message(target: str, words: str) -> None:
    with pytest.raises(ValueError, match=words) as caught:
        make(target)
    message = str(caught.value)
    assert message[0].isupper() and message.endswith(".")
    assert len(message) < 200  # never echoes a 10,000-character target back
    assert "hunter2" not in message


@pytest.mark.parametrize("goods_owner_id", [0, -1])
def test_the_goods_owner_id_must_be_positive(goods_owner_id: int) -> None:
    with pytest.raises(ValueError, match="goods owner id must be a positive number"):
        make("mystore", goods_owner_id=goods_owner_id)


@pytest.mark.parametrize("user", ["", "   "])
def test_the_api_user_must_not_be_empty(user: str) -> None:
    with pytest.raises(ValueError, match="API user is empty"):
        make("mystore", user=user)


def test_the_api_user_is_trimmed() -> None:
    assert make("mystore", user="  WSI-USER ").api_user == "WSI-USER"


def test_the_password_must_not_be_empty() -> None:
    with pytest.raises(ValueError, match="password is empty"):
        make("mystore", password="")


def test_the_password_is_kept_exactly_but_never_shown() -> None:
    settings = make("mystore", password=PASSWORD)
    assert settings.password.get_secret_value() == PASSWORD
    for shown in (
        repr(settings),
        str(settings),
        settings.model_dump_json(),
        repr(settings.password),
    ):
        assert PASSWORD not in shown
        assert "Zq9" not in shown


@pytest.mark.parametrize(
    "target",
    ["http://127.0.0.1:9/x", "http://127.1.2.3:9/x", "http://[::1]:9/x", "http://localhost/x"],
)
def test_all_of_loopback_may_use_http(target: str) -> None:
    assert make(target).base_url.startswith("http://")


def test_settings_are_frozen() -> None:
    settings = make("mystore")
    with pytest.raises(ValueError, match="frozen"):
        settings.goods_owner_id = 2
