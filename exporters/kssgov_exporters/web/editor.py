"""The editor at ``/edit/``: staff log in, add and change records, see recent changes, undo one.

Every save goes through :mod:`kssgov.files.editing`, the path the command line
takes: the whole dataset validated with the change, the write lock, atomic
replacement, comments kept, new records in date order. A change to a record
someone else changed since it was opened is refused, and the person's values
stay in the form. Forms carry CSRF tokens (Flask-WTF); the session is a
signed cookie.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, Final

import attrs
import flask

from kssgov import (
    RECORD_TYPES,
    DateSpan,
    EditError,
    ExportRequest,
    KssgovError,
    Language,
    Location,
    Problem,
    Record,
    Visibility,
    check,
    discover,
    format_date,
    run,
)
from kssgov.exporting import options
from kssgov.files import editing
from kssgov.messages import text

from . import changes
from .accounts import Logins
from .forms import record_form, shown, submitted
from .words import word

#: What the editor offers to download, and the options each is made with.
DOWNLOADS: Final = ("politics", "report", "signatures")
#: The field that best names a record of each kind in a list.
NAMING_FIELDS: Final = ("where", "name", "person", "title", "recipient", "prize", "subject", "issuer")

blueprint = flask.Blueprint("editor", __name__, url_prefix="/edit")


def folder() -> Path:
    found: Path = flask.current_app.config["KSSGOV_FOLDER"]
    return found


def language() -> Language:
    asked = flask.request.args.get("lang") or flask.session.get("lang")
    chosen: Language = "en" if asked == "en" else "nb"
    flask.session["lang"] = chosen
    return chosen


def page(template: str, **context: Any) -> str:
    language_now = language()
    return flask.render_template(
        template,
        lang_tag={"nb": "nb-NO", "en": "en-GB"}[language_now],
        language=language_now,
        words=lambda key, **params: word(key, language_now, **params),
        editor=flask.session.get("editor"),
        tables=[(name, text(f"table.{name}", language_now)) for name in RECORD_TYPES],
        described=described,
        **context,
    )


def described(field: Any) -> dict[str, str]:
    """The attributes that tie a field to its hint and its errors, for screen readers."""
    ids = [f"{field.id}-hint"] if field.description else []
    ids += [f"{field.id}-error-{n}" for n in range(1, len(field.errors) + 1)]
    attributes = {"aria-invalid": "true" if field.errors else "false"}
    if ids:
        attributes["aria-describedby"] = " ".join(ids)
    return attributes


@blueprint.before_request
def require_login() -> Any:
    if flask.request.endpoint != "editor.login" and not flask.session.get("editor"):
        return flask.redirect(flask.url_for("editor.login", next=flask.request.path))
    return None


@blueprint.after_request
def private(response: flask.Response) -> flask.Response:
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Frame-Options"] = "DENY"
    return response


@blueprint.route("/login", methods=["GET", "POST"])
def login() -> Any:
    logins: Logins = flask.current_app.config["KSSGOV_LOGINS"]
    failed = False
    if flask.request.method == "POST":
        name = flask.request.form.get("name", "").strip()
        if logins.check(name, flask.request.form.get("password", "")):
            flask.session.clear()
            flask.session["editor"] = name
            flask.session.permanent = True
            target = flask.request.args.get("next", "")
            return flask.redirect(target if target.startswith("/edit/") else flask.url_for("editor.home"))
        failed = True
    return page("edit_login.html", failed=failed), 401 if failed else 200


@blueprint.post("/logout")
def logout() -> Any:
    flask.session.clear()
    return flask.redirect(flask.url_for("editor.login"))


@blueprint.get("/")
def home() -> str:
    return page(
        "edit_home.html",
        changes=changes.recent(folder()),
        tracked=changes.tracked(folder()),
        downloads=DOWNLOADS,
        done=flask.request.args.get("done"),
    )


def dataset_or_fail() -> Any:
    """The records, or a page (503) naming each error in the files that keeps them from being read."""
    result = check(folder())
    if result.dataset is None:
        errors = [_in_the_data(p).render(language()) for p in result.problems if p.is_error]
        flask.abort(flask.make_response(page("edit_problems.html", problems=errors), 503))
    return result.dataset


@blueprint.get("/<table>/")
def records(table: str) -> str:
    if table not in RECORD_TYPES:
        flask.abort(404)
    found = getattr(dataset_or_fail(), RECORD_TYPES[table].attribute)
    return page("edit_records.html", table=table, rows=[(r.id, summary(r)) for r in found])


def summary(record: Record) -> str:
    """A record as one line: its date, if it has one, and what names it."""
    parts = []
    date = getattr(record, "date", None)
    if isinstance(date, DateSpan):
        parts.append(date.format())
    elif isinstance(date, dt.date):
        parts.append(format_date(date))
    for name in NAMING_FIELDS:
        value = getattr(record, name, None)
        if isinstance(value, str):
            parts.append(value.split("\n")[0])
            break
    return " – ".join(parts) or record.id


@blueprint.route("/<table>/new", methods=["GET", "POST"])
def new(table: str) -> Any:
    if table not in RECORD_TYPES:
        flask.abort(404)
    cls = RECORD_TYPES[table].cls
    form = record_form(cls, language())
    problems: list[str] = []
    duplicate = False
    if flask.request.method == "POST" and form.validate_on_submit():
        values, _ = submitted(cls, form)
        force = flask.request.form.get("force") == "yes"
        try:
            added = editing.add(folder(), table, values, force=force)
        except EditError as error:
            duplicate = error.code == "edit.duplicate"
            problems = placed(error, form, None)
        else:
            made = added.records[0]
            saved(f"{table} {made.id}: added")
            return flask.redirect(flask.url_for("editor.records", table=table, done=made.id))
    return page(
        "edit_record.html", table=table, form=form, problems=problems, duplicate=duplicate, record_id=None
    )


@blueprint.route("/<table>/<record_id>", methods=["GET", "POST"])
def change(table: str, record_id: str) -> Any:
    if table not in RECORD_TYPES:
        flask.abort(404)
    cls = RECORD_TYPES[table].cls
    data = dataset_or_fail()
    current = data.get(record_id)
    if current is None or type(current) is not cls:
        flask.abort(404)
    now = shown(current)
    problems: list[str] = []
    changed_by_others: list[tuple[str, str, str]] = []
    if flask.request.method == "POST":
        form = record_form(cls, language())
        opened = json.loads(flask.request.form.get("opened", "{}") or "{}")
        if form.validate_on_submit():
            values, empty = submitted(cls, form)
            edited = {name: value for name, value in values.items() if _differs(value, opened.get(name))}
            unset = [name for name in empty if opened.get(name) not in ("", None, False)]
            try:
                editing.edit(
                    folder(), record_id, edited, unset, expected_version=flask.request.form.get("version")
                )
            except EditError as error:
                problems = placed(error, form, data.locations.get(record_id))
                if error.code == "edit.changed_meanwhile":
                    changed_by_others = [
                        (name, str(opened.get(name, "")), str(value))
                        for name, value in now.items()
                        if str(opened.get(name, "")) != str(value)
                    ]
            else:
                if edited or unset:
                    saved(f"{table} {record_id}: changed")
                return flask.redirect(flask.url_for("editor.records", table=table, done=record_id))
        version, opened_values = flask.request.form.get("version", ""), opened
    else:
        form = record_form(cls, language(), now)
        version, opened_values = editing.version(current), now
    return page(
        "edit_record.html",
        table=table,
        form=form,
        problems=problems,
        record_id=record_id,
        version=version,
        opened=json.dumps(opened_values, ensure_ascii=False),
        changed_by_others=changed_by_others,
        duplicate=False,
    )


def saved(message: str) -> None:
    """After a save: a commit when the data is in git, and the pages and feeds brought up to date."""
    changes.record(folder(), flask.session["editor"], message)
    flask.current_app.config["KSSGOV_SAVED"]()


def _differs(value: object, before: object) -> bool:
    if isinstance(value, list):
        return "\n".join(str(v) for v in value) != str(before or "")
    return str(value) != str(before if before is not None else "")


def placed(error: KssgovError, form: Any, home: Location | None) -> list[str]:
    """*error*'s problems beside the fields they name; the rest, and the error itself, for the page's top.

    Only the problems of the record in the form go beside its fields: *home* is where
    that record was read (None for a new one, whose problems name no line). A problem
    the change causes in another record is shown at the top, naming where that record is.
    """
    lang = language()
    general = []
    for found in error.problems:
        field = found.location.field  # a form's values are flat: a problem names a field of the form
        own = (
            (found.location.file, found.location.line) == (home.file, home.line)
            if home
            else found.location.line is None
        )
        if own and field in form:
            form[field].errors = [*form[field].errors, found.message(lang)]
        else:
            general.append(_in_the_data(found).render(lang))
    # The problems are on the page: the command line's "the values named above" would mislead.
    return [word("edit.not_saved", lang) if error.problems else alert(error), *general]


def _in_the_data(problem: Problem) -> Problem:
    """*problem* naming its file as the data folder holds it (``governance.toml``), not the server's path."""
    path = Path(problem.location.file)
    if not path.is_relative_to(folder()):
        return problem
    return attrs.evolve(
        problem, location=attrs.evolve(problem.location, file=str(path.relative_to(folder())))
    )


def alert(error: KssgovError) -> str:
    """*error* as a page's alert: one sentence, starting with a capital letter."""
    said = error.render(language())
    return said[:1].upper() + said[1:] + ("" if said.endswith((".", "?", "!")) else ".")


@blueprint.post("/undo/<commit>")
def undo(commit: str) -> Any:
    undone = changes.undo(folder(), commit, flask.session["editor"])
    flask.current_app.config["KSSGOV_SAVED"]()
    return flask.redirect(flask.url_for("editor.home", done="undone" if undone else "not-undone"))


@blueprint.get("/download/<name>.docx")
def download(name: str) -> Any:
    if name not in DOWNLOADS:
        flask.abort(404)
    dataset = dataset_or_fail()
    exporter = discover().get(name)
    given: dict[str, object] = {"date": dt.date.today().isoformat()} if name == "signatures" else {}
    try:
        chosen = options(exporter, dataset.settings, given, settings_file=str(folder() / "kssgov.toml"))
        request = ExportRequest(options=chosen, language=language(), audience=Visibility.BOARD)
        document = run(exporter, dataset, request)
    except KssgovError as error:
        return page(
            "edit_home.html", changes=[], tracked=False, downloads=DOWNLOADS, problem=alert(error)
        ), 409
    return flask.Response(
        document,
        mimetype=exporter.media_type,
        headers={"Content-Disposition": f'attachment; filename="{name}.docx"'},
    )
