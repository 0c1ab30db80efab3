"""The loader is fuzzed: whatever the files hold, it reports problems and never crashes."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kssgov
from kssgov.problems import Problem

from ..conftest import EXAMPLE

SEED_TEXT = (EXAMPLE / "activities.toml").read_text(encoding="utf-8")[:4000]
GOVERNANCE = (EXAMPLE / "governance.toml").read_text(encoding="utf-8")[:4000]
SETTINGS = (EXAMPLE / "kssgov.toml").read_text(encoding="utf-8")

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_text(files: dict[str, str | bytes], settings_text: str | bytes = SETTINGS) -> kssgov.CheckResult:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for name, content in {"kssgov.toml": settings_text, **files}.items():
            data = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
            (root / name).write_bytes(data)
        result = kssgov.check(root)
    assert all(isinstance(p, Problem) for p in result.problems)
    for problem in result.problems:
        assert problem.render("en")
        assert problem.render("nb")
    return result


@st.composite
def mutated(draw: st.DrawFn, text: str) -> str:
    """*text* with a few characters deleted, replaced or inserted."""
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        at = draw(st.integers(min_value=0, max_value=max(len(text) - 1, 0)))
        action = draw(st.sampled_from(["delete", "replace", "insert"]))
        piece = draw(st.text(min_size=1, max_size=4))
        if action == "delete":
            text = text[:at] + text[at + len(piece) :]
        elif action == "replace":
            text = text[:at] + piece + text[at + len(piece) :]
        else:
            text = text[:at] + piece + text[at:]
    return text


@FUZZ
@given(mutated(SEED_TEXT))
def test_mutated_activities(text: str) -> None:
    check_text({"activities.toml": text})


@FUZZ
@given(mutated(GOVERNANCE))
def test_mutated_governance(text: str) -> None:
    check_text({"governance.toml": text})


@FUZZ
@given(mutated(SETTINGS))
def test_mutated_settings(text: str) -> None:
    check_text({}, text)


@FUZZ
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(data: bytes) -> None:
    check_text({"data.toml": data})


toml_scalars = st.one_of(
    st.text(max_size=20),
    st.integers(),
    st.booleans(),
    st.floats(allow_nan=False),
    st.dates(),
    st.datetimes(),
    st.times(),
)
toml_values = st.recursive(
    toml_scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(min_size=1, max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
field_names = st.sampled_from(
    ["id", "date", "where", "topic", "kind", "role", "status", "alliance", "visibility", "sources", "x"]
)


@FUZZ
@given(st.lists(st.dictionaries(field_names, toml_values, max_size=8), max_size=4))
def test_structurally_random_records(rows: list[dict[str, object]]) -> None:
    import tomlkit

    document = tomlkit.document()
    table = tomlkit.aot()
    for row in rows:
        item = tomlkit.table()
        for key, value in row.items():
            try:
                item.add(key, value)
            except Exception:  # noqa: BLE001 - values tomlkit cannot write are not a loader test
                continue
        table.append(item)
    document.add("activity", table)
    check_text({"activities.toml": tomlkit.dumps(document)})
