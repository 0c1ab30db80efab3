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
import re
from collections.abc import Callable, Sequence
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
from kssgov.files.editing import Written
from kssgov.messages import text
from kssgov.translations import LANGUAGE_NAMES, LANGUAGE_TAGS, LANGUAGES, language_of

from . import changes, sessions
from .accounts import Accounts
from .forms import record_form, shown, submitted
from .pages import OtherLanguage
from .throttle import Logins, Refused
from .words import word

#: What the editor offers to download, and the options each is made with.
DOWNLOADS: Final = ("politics", "report", "signatures")
#: The field that best names a record of each kind in a list.
NAMING_FIELDS: Final = ("where", "name", "person", "title", "recipient", "prize", "subject", "issuer")
#: How many records a list shows on one page.
PAGE_SIZE: Final = 100
#: A record's version as :func:`kssgov.files.editing.version` writes it.
_VERSION: Final = re.compile(r"[0-9a-f]{32}")

blueprint = flask.Blueprint("editor", __name__, url_prefix="/edit")


def folder() -> Path:
    found: Path = flask.current_app.config["KSSGOV_FOLDER"]
    return found


def language() -> Language:
    """The language asked for (``?lang=``), else the one chosen before, else the data's."""
    chosen = language_of(flask.request.args.get("lang")) or language_of(flask.session.get("lang"))
    if chosen is None:
        chosen = flask.current_app.config["KSSGOV_LANGUAGE"]()
    if flask.session.get("lang") != chosen:
        flask.session["lang"] = chosen
    return chosen


def page(template: str, **context: Any) -> str:
    language_now = language()
    return flask.render_template(
        template,
        lang_tag=LANGUAGE_TAGS[language_now],
        other_languages=[
            OtherLanguage(f"?lang={other}", LANGUAGE_TAGS[other], LANGUAGE_NAMES[other])
            for other in LANGUAGES
            if other != language_now
        ],
        language=language_now,
        words=lambda key, **params: word(key, language_now, **params),
        editor=flask.g.get("editor"),
        stylesheet=flask.url_for("static", filename="kssgov.css"),
        tables=[(name, text(f"table.{name}", language_now)) for name in RECORD_TYPES],
        described=described,
        **context,
    )


def described(field: Any, form: Any) -> dict[str, str | bool]:
    """The attributes that tie a field to its hint and its errors, for screen readers; the first field
    with an error has the focus when the page opens."""
    ids = [f"{field.id}-hint"] if field.description else []
    ids += [f"{field.id}-error-{n}" for n in range(1, len(field.errors) + 1)]
    attributes: dict[str, str | bool] = {"aria-invalid": "true" if field.errors else "false"}
    if ids:
        attributes["aria-describedby"] = " ".join(ids)
    if field.errors and next(f for f in form if f.errors) is field:
        attributes["autofocus"] = True
    return attributes


@blueprint.before_request
def require_login() -> Any:
    if flask.request.endpoint == "editor.login":
        return None
    accounts: Accounts = flask.current_app.config["KSSGOV_ACCOUNTS"]
    who, ended = sessions.editor(accounts)
    if who is None:
        return flask.redirect(flask.url_for("editor.login", next=flask.request.path, ended=ended))
    flask.g.editor = who
    return None


@blueprint.after_request
def private(response: flask.Response) -> flask.Response:
    response.headers["Cache-Control"] = "no-store"
    return response


@blueprint.route("/login", methods=["GET", "POST"])
def login() -> Any:
    logins: Logins = flask.current_app.config["KSSGOV_LOGINS"]
    lang = language()
    problem = None
    status = 200
    headers: dict[str, str] = {}
    ended = flask.request.args.get("ended")
    if ended in ("ended", "idle", "expired"):
        problem = word(f"edit.session_{ended}", lang)
    if flask.request.method == "POST":
        name = flask.request.form.get("name", "").strip()
        address = flask.request.remote_addr or ""
        found = logins.attempt(name, flask.request.form.get("password", ""), address)
        if isinstance(found, Refused):
            key = "edit.login_busy" if found.busy else "edit.login_refused"
            problem, status = word(key, lang, minutes=found.minutes), 429
            headers["Retry-After"] = str(found.seconds)
        elif found is None:
            problem, status = word("edit.login_failed", lang), 401
        else:
            sessions.begin(name, found)
            target = flask.request.args.get("next", "")
            return flask.redirect(target if _inside(target) else flask.url_for("editor.home"))
    return page("edit_login.html", problem=problem), status, headers


def _inside(target: str) -> bool:
    """True for a path of the editor's own (never another site's: ``//host``, ``/edit/\\host``)."""
    return target.startswith("/edit/") and not any(c in target for c in "\\\r\n\t") and "//" not in target


@blueprint.post("/logout")
def logout() -> Any:
    accounts: Accounts = flask.current_app.config["KSSGOV_ACCOUNTS"]
    accounts.end(flask.g.editor)
    sessions.forget()
    return flask.redirect(flask.url_for("editor.login"))


@blueprint.get("/")
def home() -> str:
    return page(
        "edit_home.html",
        changes=changes.recent(folder()),
        tracked=changes.tracked(folder()),
        others=changes.others(folder()),
        downloads=DOWNLOADS,
        done=flask.request.args.get("done"),
    )


def dataset_or_fail() -> Any:
    """The records, or a page (503) naming each error in the files that keeps them from being read.

    The records are the version the site serves, brought up to date with the files
    first (a look at each file's size and time); the files are read again only
    to name their errors.
    """
    records: Callable[[], Any] = flask.current_app.config["KSSGOV_RECORDS"]
    found = records()
    if found is not None:
        return found
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
    search = flask.request.args.get("q", "").strip()[:200]
    rows = [(r.id, summary(r)) for r in found]
    if search:
        words = search.casefold().split()
        rows = [row for row in rows if all(w in f"{row[1]} {row[0]}".casefold() for w in words)]
    pages = max(1, -(-len(rows) // PAGE_SIZE))
    number = flask.request.args.get("side", "1")
    shown_page = min(int(number), pages) if number.isdigit() and number != "0" else 1
    first = (shown_page - 1) * PAGE_SIZE
    return page(
        "edit_records.html",
        table=table,
        rows=rows[first : first + PAGE_SIZE],
        total=len(found),
        matching=len(rows),
        search=search,
        number=shown_page,
        pages=pages,
        first=first + 1,
        last=min(first + PAGE_SIZE, len(rows)),
    )


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
            saved(history("history.added", made), added.written)
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
    if flask.request.method == "GET":
        form = record_form(cls, language(), now)
        return edit_page(table, record_id, form, [], editing.version(current), now)
    form = record_form(cls, language())
    version = flask.request.form.get("version", "")
    opened = _opened(flask.request.form.get("opened", ""))
    if not _VERSION.fullmatch(version) or opened is None:
        # Without what the form was opened with, a save could undo another's change unseen.
        problem = word("edit.form_incomplete", language())
        return edit_page(table, record_id, form, [problem], editing.version(current), now), 400
    if not form.validate_on_submit():
        return edit_page(table, record_id, form, [], version, opened)
    values, empty = submitted(cls, form)
    edited = {name: value for name, value in values.items() if _differs(value, opened.get(name))}
    unset = [name for name in empty if opened.get(name) not in ("", None, False)]
    try:
        done = editing.edit(folder(), record_id, edited, unset, expected_version=version)
    except EditError as error:
        problems = placed(error, form, data.locations.get(record_id))
        meanwhile = []
        if error.code == "edit.changed_meanwhile":
            meanwhile = [
                (name, str(opened.get(name, "")), str(value))
                for name, value in now.items()
                if str(opened.get(name, "")) != str(value)
            ]
        return edit_page(table, record_id, form, problems, version, opened, meanwhile)
    if edited or unset:
        saved(history("history.changed", done.record), done.written)
    return flask.redirect(flask.url_for("editor.records", table=table, done=record_id))


def edit_page(
    table: str,
    record_id: str,
    form: Any,
    problems: list[str],
    version: str,
    opened: dict[str, str | bool],
    changed_by_others: list[tuple[str, str, str]] | None = None,
) -> str:
    """The form of the record *record_id*, with what it was opened with."""
    return page(
        "edit_record.html",
        table=table,
        form=form,
        problems=problems,
        record_id=record_id,
        version=version,
        opened=json.dumps(opened, ensure_ascii=False),
        changed_by_others=changed_by_others or [],
        duplicate=False,
    )


def _opened(text: str) -> dict[str, str | bool] | None:
    """The values a form was opened with, as it sent them back; None when they are not that."""
    try:
        found = json.loads(text)
    except ValueError:
        return None
    if not isinstance(found, dict) or not all(
        isinstance(k, str) and isinstance(v, str | bool) for k, v in found.items()
    ):
        return None
    return found


def saved(message: str, written: Sequence[Written]) -> None:
    """After a save: a commit of what it wrote when the data is in git, and the pages and feeds brought
    up to date. Files with other changes are named on the next page."""
    recorded = changes.record(folder(), flask.g.editor, message, written)
    if recorded.apart:
        flask.flash(word("edit.not_recorded", language(), files=", ".join(recorded.apart)), "problem")
    if recorded.others:
        flask.flash(word("edit.others", language(), files=", ".join(recorded.others)), "note")
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


def history(code: str, record: Record) -> str:
    """A commit's subject for a change to *record*, in the data's language, naming the record."""
    lang: Language = flask.current_app.config["KSSGOV_LANGUAGE"]()
    return word(code, lang, table=text(f"table.{record.table}", lang), title=summary(record), id=record.id)


@blueprint.post("/undo/<commit>")
def undo(commit: str) -> Any:
    lang: Language = flask.current_app.config["KSSGOV_LANGUAGE"]()
    undone_change = next((c for c in changes.recent(folder(), 50) if c.commit.startswith(commit)), None)
    subject = undone_change.message if undone_change is not None else commit[:12]
    undone = changes.undo(folder(), commit, flask.g.editor, word("history.undone", lang, subject=subject))
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
            "edit_home.html", changes=[], tracked=False, others=(), downloads=DOWNLOADS, problem=alert(error)
        ), 409
    return flask.Response(
        document,
        mimetype=exporter.media_type,
        headers={"Content-Disposition": f'attachment; filename="{name}.docx"'},
    )
