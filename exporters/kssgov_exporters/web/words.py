"""The words of the pages and the editor: the English here, bokmål and nynorsk in this package's
catalogue (``locale/*/LC_MESSAGES/kssgov_exporters.web.po``)."""

from __future__ import annotations

from typing import Final

from kssgov import Language
from kssgov.messages import text
from kssgov.translations import Text, catalogue

#: The gettext domain of the pages' and the editor's words.
DOMAIN: Final = "kssgov_exporters.web"

WORDS: Final = catalogue(
    DOMAIN,
    {
        "site.home": Text("Home"),
        "site.politics": Text("Politics {year}"),
        "site.politics.intro": Text(
            "Consultations, input, conferences and political representation in {year}."
        ),
        "site.upcoming": Text("Upcoming meetings and deadlines"),
        "site.upcoming.none": Text("No upcoming meetings or deadlines."),
        "site.deadline": Text("Consultation deadline: {title}"),
        "site.calendar": Text("Subscribe to the calendar"),
        "site.years": Text("Other years"),
        "site.filter": Text("Narrow the list"),
        "site.filter.kind": Text("Kind"),
        "site.filter.alliance": Text("Alliance or network"),
        "site.filter.any": Text("All"),
        "site.filter.search": Text("Search place and topic"),
        "site.filter.from": Text("From"),
        "site.filter.to": Text("To"),
        "site.filter.apply": Text("Show"),
        "site.filter.clear": Text("Show all"),
        "site.shown": Text("Showing {shown} of {total} rows."),
        "site.date": Text("Date"),
        "site.where": Text("Where"),
        "site.topic": Text("Topic"),
        "site.consultation": Text("The consultation"),
        "site.response": Text("Our response"),
        "site.cancelled": Text("Cancelled"),
        "site.note": Text("Note"),
        "site.bad_date": Text("'{value}' is not a date; write for instance {example}."),
        "command.serve": Text(
            "Serve the pages and the calendar feeds of DATASET over HTTP.\n\n"
            "The politics log is at /politikk/YEAR/, what is coming up at /kommende/; the public feed "
            "at /calendar.ics (in the other languages /calendar-en.ics, /calendar-nn.ics or "
            "/calendar-nb.ics), the members' and the board's pages and feeds under /<token>/. "
            "Everything follows changes to the files without a restart."
        ),
        "command.serve.host": Text("The address to listen on."),
        "metavar.address": Text("ADDRESS"),
        "metavar.port": Text("PORT"),
        "metavar.url": Text("URL"),
        "metavar.name": Text("NAME"),
        "metavar.password": Text("PASSWORD"),
        "command.editor.password_prompt": Text("Password"),
        "command.serve.port": Text("The port."),
        "command.serve.trusted_proxy": Text(
            "The address of the reverse proxy in front (e.g. 127.0.0.1): the client's address is then "
            "read from its X-Forwarded-For, so that failed logins are counted per client."
        ),
        "command.serve.base_url": Text(
            "The public address behind a reverse proxy, e.g. https://kalender.example.org"
        ),
        "command.serve.threads": Text("Worker threads."),
        "command.publish": Text(
            "Write the pages and the calendar feeds into a folder, for any web server to serve.\n\n"
            "The layout is the same as 'kssgov serve': index.html, politikk/YEAR/index.html, "
            "kommende/index.html (index.en.html, index.nn.html or index.nb.html in the other "
            "languages), calendar.ics and a feed in each other language (calendar-en.ics), and the "
            "same under <token>/ for the members and the board when they have tokens."
        ),
        "command.publish.to": Text("The folder to write."),
        "command.publish.base_url": Text(
            "Where the folder will be served, e.g. https://example.org/kalender"
        ),
        "command.editor": Text(
            "The people who may change the data from a browser, at /edit/ of 'kssgov serve'."
        ),
        "command.editor.add": Text("Add the editor NAME to DATASET, or give them a new password."),
        "command.editor.password": Text("The editor's password (asked for twice when not given)."),
        "command.editor.remove": Text("Remove the editor NAME from DATASET."),
        "error.400.title": Text("The form could not be accepted"),
        "error.400.text": Text(
            "The form is too old, or you have been logged out. Go back in the browser and keep what you "
            "wrote, load the page again and save again."
        ),
        "error.404.title": Text("There is no such page"),
        "error.404.text": Text(
            "The address leads to no page here. Check the address, or start from the front page."
        ),
        "error.405.title": Text("The page cannot be used so"),
        "error.405.text": Text(
            "The page exists, but not for what the browser asked. Start from the front page."
        ),
        "error.413.title": Text("The form is too large"),
        "error.413.text": Text(
            "A form may be at most 1 MB. Go back in the browser and make the text shorter."
        ),
        "error.503.title": Text("The pages cannot be shown just now"),
        "error.503.text": Text(
            "The data the pages are made from has errors that must be put right first. Try again later."
        ),
        "error.500.title": Text("Something went wrong"),
        "error.500.text": Text(
            "The page could not be made; the server's log says why. Try again, or tell whoever runs the site."
        ),
        "error.back": Text("To the front page"),
        "error.back.editor": Text("To the editing"),
        "edit.data_errors.title": Text("The data has errors"),
        "edit.data_errors": Text(
            "The records cannot be changed here until these errors are put right in the files "
            "('kssgov check' shows them too):"
        ),
        "editor.added": Text("{name} can now log in at /edit/ of 'kssgov serve'."),
        "editor.removed": Text("{name} can no longer log in."),
        "edit.title": Text("Editing"),
        "edit.login": Text("Log in"),
        "edit.logout": Text("Log out"),
        "edit.login_failed": Text("The name or the password is wrong."),
        "edit.login_refused": Text("Too many failed logins. Try again in {minutes} min."),
        "edit.login_busy": Text("Many are logging in just now. Try again in a few seconds."),
        "edit.session_ended": Text(
            "You are logged out (logged out elsewhere, a new password, or removed as an editor). "
            "Log in again."
        ),
        "edit.session_idle": Text("You were logged out after an hour without activity. Log in again."),
        "edit.session_expired": Text("You were logged out after eight hours. Log in again."),
        "edit.name": Text("Name"),
        "edit.password": Text("Password"),
        "edit.signed_in": Text("Logged in as {name}"),
        "edit.records": Text("Records"),
        "edit.downloads": Text("Download"),
        "edit.download.politics": Text("The politics table (.docx)"),
        "edit.download.report": Text("The annual report (.docx)"),
        "edit.download.signatures": Text("The board's signature page today (.docx)"),
        "edit.changes": Text("Recent changes"),
        "edit.untracked": Text("The data folder is not in git, so changes cannot be shown or undone here."),
        "edit.no_changes": Text("No changes yet."),
        "edit.when": Text("When"),
        "edit.who": Text("Who"),
        "edit.what": Text("What"),
        "edit.undo": Text("Undo"),
        # --- the history's entries, written in the data's language
        "history.added": Text("Added {table}: {title} ({id})"),
        "history.changed": Text("Changed {table}: {title} ({id})"),
        "history.undone": Text("Undid: {subject}"),
        "edit.undone": Text("The change was undone."),
        "edit.not_undone": Text(
            "The change could not be undone without breaking later ones; nothing was changed."
        ),
        "edit.new": Text("New record"),
        "edit.change": Text("Change"),
        "edit.save": Text("Save"),
        "edit.saved": Text("Saved: {id}"),
        "edit.not_saved": Text(
            "Nothing was saved: the change would have left errors in the data, shown on the page. "
            "Correct them and try again."
        ),
        "edit.form_incomplete": Text(
            "Nothing was saved: the form did not arrive whole, so it cannot be checked whether others "
            "changed the record meanwhile. Your values are in the form; save again."
        ),
        "edit.others": Text(
            "The files have changes not saved through the editor: {files}. They are not in the "
            "history; whoever made them should commit them to git."
        ),
        "edit.not_recorded": Text(
            "Saved, but not in the history: {files} has changes not saved through the editor, so close "
            "to yours that the two cannot be told apart."
        ),
        "edit.search": Text("Search"),
        "edit.search.apply": Text("Search"),
        "edit.shown": Text("Showing {first}–{last} of {matching} ({total} in all)."),
        "edit.none_found": Text("No records match."),
        "edit.pages": Text("Pages"),
        "edit.previous": Text("Previous page"),
        "edit.next": Text("Next page"),
        "edit.add_anyway": Text("Add it anyway"),
        "edit.meanwhile": Text("Changed by others while you were editing"),
        "edit.field": Text("Field"),
        "edit.before": Text("When you opened it"),
        "edit.now": Text("Now"),
        "site.audience.members": Text("For members"),
        "site.audience.board": Text("For the board"),
    },
)


def word(key: str, language: Language, **params: object) -> str:
    """The page phrase *key* in *language*, filled in with *params*."""
    return text(WORDS[key], language, **params)
