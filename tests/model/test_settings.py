"""The settings: tokens from the environment, the tokens in use, the regions by id."""

from __future__ import annotations

import pytest

from kssgov import InvalidValueError, Settings, Visibility
from kssgov.model.settings import Access, Region

FILED_MEMBERS = "members-token-from-the-file"
FILED_BOARD = "board-token-from-the-file"


def test_the_environment_overrides_the_tokens_it_sets_and_keeps_the_others() -> None:
    access = Access(members_token=FILED_MEMBERS, board_token=FILED_BOARD)
    assert access.from_environment({}) == access
    given = access.from_environment({"KSSGOV_BOARD_TOKEN": "board-token-from-the-environment"})
    assert (given.members_token, given.board_token) == (FILED_MEMBERS, "board-token-from-the-environment")
    both = Access().from_environment(
        {"KSSGOV_MEMBERS_TOKEN": "", "KSSGOV_BOARD_TOKEN": "board-token-from-the-environment"}
    )
    assert (both.members_token, both.board_token) == (None, "board-token-from-the-environment")
    members = Access().from_environment({"KSSGOV_MEMBERS_TOKEN": "members-token-from-the-environment"})
    assert members.tokens() == {Visibility.MEMBERS: "members-token-from-the-environment"}


def test_a_bad_token_in_the_environment_names_the_variable_and_why() -> None:
    with pytest.raises(InvalidValueError) as caught:
        Access().from_environment({"KSSGOV_MEMBERS_TOKEN": "short"})
    error = caught.value
    assert error.code == "settings.token_environment"
    assert error.params["variable"] == "KSSGOV_MEMBERS_TOKEN"
    assert error.render("nb") == (
        "nøkkelen i KSSGOV_MEMBERS_TOKEN kan ikke brukes: nøkkelen er for kort eller inneholder andre "
        "tegn enn bokstaver, sifre, - og _; sett KSSGOV_MEMBERS_TOKEN til minst 16 tilfeldige bokstaver "
        "og sifre, eller fjern den"
    )
    assert error.render("en").startswith(
        "the token in KSSGOV_MEMBERS_TOKEN is not usable: the token is too short or holds characters "
        "other than letters, digits, - and _; set KSSGOV_MEMBERS_TOKEN"
    )


def test_the_tokens_in_use_are_those_set() -> None:
    assert Access().tokens() == {}
    both = Access(members_token=FILED_MEMBERS, board_token=FILED_BOARD)
    assert both.tokens() == {Visibility.MEMBERS: FILED_MEMBERS, Visibility.BOARD: FILED_BOARD}


def test_a_region_is_found_by_its_id() -> None:
    regions = (Region(id="nord", name="Nord-Norge"), Region(id="vest", name="Vestlandet"))
    settings = Settings(name="Org", year=2024, regions=regions)
    assert settings.region("vest") == regions[1]
    assert settings.region("sor") is None
