"""The words of the pages and the editor, in bokmål and English."""

from __future__ import annotations

from typing import Final

from kssgov import Language

WORDS: Final[dict[str, dict[Language, str]]] = {
    "site.home": {"nb": "Forside", "en": "Home"},
    "site.politics": {"nb": "Politikk {year}", "en": "Politics {year}"},
    "site.politics.intro": {
        "nb": "Høringer, innspill, konferanser og politisk representasjon i {year}.",
        "en": "Consultations, input, conferences and political representation in {year}.",
    },
    "site.upcoming": {"nb": "Kommende møter og frister", "en": "Upcoming meetings and deadlines"},
    "site.upcoming.none": {
        "nb": "Ingen kommende møter eller frister.",
        "en": "No upcoming meetings or deadlines.",
    },
    "site.deadline": {"nb": "Høringsfrist: {title}", "en": "Consultation deadline: {title}"},
    "site.calendar": {"nb": "Abonner på kalenderen", "en": "Subscribe to the calendar"},
    "site.years": {"nb": "Andre år", "en": "Other years"},
    "site.language": {"nb": "In English", "en": "På norsk"},
    "site.filter": {"nb": "Avgrens listen", "en": "Narrow the list"},
    "site.filter.kind": {"nb": "Type", "en": "Kind"},
    "site.filter.alliance": {"nb": "Allianse eller nettverk", "en": "Alliance or network"},
    "site.filter.any": {"nb": "Alle", "en": "All"},
    "site.filter.search": {"nb": "Søk i hvor og tema", "en": "Search place and topic"},
    "site.filter.from": {"nb": "Fra dato", "en": "From"},
    "site.filter.to": {"nb": "Til dato", "en": "To"},
    "site.filter.apply": {"nb": "Vis", "en": "Show"},
    "site.filter.clear": {"nb": "Vis alt", "en": "Show all"},
    "site.shown": {"nb": "Viser {shown} av {total} rader.", "en": "Showing {shown} of {total} rows."},
    "site.date": {"nb": "Dato", "en": "Date"},
    "site.where": {"nb": "Hvor", "en": "Where"},
    "site.topic": {"nb": "Tema", "en": "Topic"},
    "site.consultation": {"nb": "Høringen", "en": "The consultation"},
    "site.response": {"nb": "Vårt svar", "en": "Our response"},
    "site.cancelled": {"nb": "Avlyst", "en": "Cancelled"},
    "site.bad_date": {
        "nb": "«{value}» er ikke en dato; bruk for eksempel {example}.",
        "en": "'{value}' is not a date; write for instance {example}.",
    },
    "command.serve": {
        "nb": "Vis sidene og kalenderstrømmene for DATASET over HTTP.\n\n"
        "Politikkloggen ligger på /politikk/ÅR/, det som kommer på /kommende/; den offentlige "
        "kalenderen på /calendar.ics (engelsk: /calendar-en.ics), medlemmenes og styrets sider og "
        "kalendere under /<token>/. Alt følger endringer i filene uten omstart.",
        "en": "Serve the pages and the calendar feeds of DATASET over HTTP.\n\n"
        "The politics log is at /politikk/YEAR/, what is coming up at /kommende/; the public feed "
        "at /calendar.ics (English: /calendar-en.ics), the members' and the board's pages and "
        "feeds under /<token>/. Everything follows changes to the files without a restart.",
    },
    "command.serve.host": {"nb": "Adressen det lyttes på.", "en": "The address to listen on."},
    "command.serve.port": {"nb": "Porten.", "en": "The port."},
    "command.serve.trusted_proxy": {
        "nb": "Adressen til den omvendte mellomtjeneren foran (f.eks. 127.0.0.1): klientens adresse "
        "leses da fra dens X-Forwarded-For, slik at mislykkede innlogginger telles per klient.",
        "en": "The address of the reverse proxy in front (e.g. 127.0.0.1): the client's address is then "
        "read from its X-Forwarded-For, so that failed logins are counted per client.",
    },
    "command.serve.base_url": {
        "nb": "Den offentlige adressen bak en omvendt mellomtjener, f.eks. https://kalender.example.org",
        "en": "The public address behind a reverse proxy, e.g. https://kalender.example.org",
    },
    "command.serve.threads": {"nb": "Antall arbeidstråder.", "en": "Worker threads."},
    "command.publish": {
        "nb": "Skriv sidene og kalenderstrømmene til en mappe, som enhver webtjener kan vise.\n\n"
        "Oppsettet er det samme som for 'kssgov serve': index.html, politikk/ÅR/index.html, "
        "kommende/index.html (index.en.html på engelsk), calendar.ics, calendar-en.ics, og det "
        "samme under <token>/ for medlemmene og styret når de har tokener.",
        "en": "Write the pages and the calendar feeds into a folder, for any web server to serve.\n\n"
        "The layout is the same as 'kssgov serve': index.html, politikk/YEAR/index.html, "
        "kommende/index.html (index.en.html in English), calendar.ics, calendar-en.ics, and the "
        "same under <token>/ for the members and the board when they have tokens.",
    },
    "command.publish.to": {"nb": "Mappen som skal skrives.", "en": "The folder to write."},
    "command.publish.base_url": {
        "nb": "Adressen mappen skal vises fra, f.eks. https://example.org/kalender",
        "en": "Where the folder will be served, e.g. https://example.org/kalender",
    },
    "command.editor": {
        "nb": "De som kan endre dataene fra en nettleser, på /edit/ i 'kssgov serve'.",
        "en": "The people who may change the data from a browser, at /edit/ of 'kssgov serve'.",
    },
    "command.editor.add": {
        "nb": "Legg til redaktøren NAME i DATASET, eller gi redaktøren et nytt passord.",
        "en": "Add the editor NAME to DATASET, or give them a new password.",
    },
    "command.editor.password": {
        "nb": "Redaktørens passord (spurt etter to ganger når det ikke er oppgitt).",
        "en": "The editor's password (asked for twice when not given).",
    },
    "command.editor.remove": {
        "nb": "Fjern redaktøren NAME fra DATASET.",
        "en": "Remove the editor NAME from DATASET.",
    },
    "error.400.title": {"nb": "Skjemaet kunne ikke tas imot", "en": "The form could not be accepted"},
    "error.400.text": {
        "nb": "Skjemaet er for gammelt, eller du er blitt logget ut. Gå tilbake i nettleseren og ta vare på "
        "det du skrev, last inn siden på nytt og lagre igjen.",
        "en": "The form is too old, or you have been logged out. Go back in the browser and keep what you "
        "wrote, load the page again and save again.",
    },
    "error.404.title": {"nb": "Siden finnes ikke", "en": "There is no such page"},
    "error.404.text": {
        "nb": "Adressen viser ikke til noen side her. Sjekk adressen, eller begynn på forsiden.",
        "en": "The address leads to no page here. Check the address, or start from the front page.",
    },
    "error.405.title": {"nb": "Siden kan ikke brukes slik", "en": "The page cannot be used so"},
    "error.405.text": {
        "nb": "Siden finnes, men ikke for det nettleseren ba om. Begynn på forsiden.",
        "en": "The page exists, but not for what the browser asked. Start from the front page.",
    },
    "error.413.title": {"nb": "Skjemaet er for stort", "en": "The form is too large"},
    "error.413.text": {
        "nb": "Et skjema kan være på høyst 1 MB. Gå tilbake i nettleseren og gjør teksten kortere.",
        "en": "A form may be at most 1 MB. Go back in the browser and make the text shorter.",
    },
    "error.503.title": {"nb": "Sidene kan ikke vises akkurat nå", "en": "The pages cannot be shown just now"},
    "error.503.text": {
        "nb": "Dataene sidene lages fra, har feil som må rettes først. Prøv igjen senere.",
        "en": "The data the pages are made from has errors that must be put right first. Try again later.",
    },
    "error.500.title": {"nb": "Noe gikk galt", "en": "Something went wrong"},
    "error.500.text": {
        "nb": "Siden kunne ikke lages; feilen står i serverens logg. Prøv igjen, eller si fra til den som "
        "driver nettstedet.",
        "en": "The page could not be made; the server's log says why. Try again, or tell whoever runs the "
        "site.",
    },
    "error.back": {"nb": "Til forsiden", "en": "To the front page"},
    "error.back.editor": {"nb": "Til redigeringen", "en": "To the editing"},
    "edit.data_errors.title": {"nb": "Dataene har feil", "en": "The data has errors"},
    "edit.data_errors": {
        "nb": "Oppføringene kan ikke endres her før disse feilene er rettet i filene ('kssgov check' viser "
        "dem også):",
        "en": "The records cannot be changed here until these errors are put right in the files "
        "('kssgov check' shows them too):",
    },
    "editor.added": {
        "nb": "{name} kan nå logge inn på /edit/ av 'kssgov serve'.",
        "en": "{name} can now log in at /edit/ of 'kssgov serve'.",
    },
    "editor.removed": {"nb": "{name} kan ikke lenger logge inn.", "en": "{name} can no longer log in."},
    "edit.title": {"nb": "Redigering", "en": "Editing"},
    "edit.login": {"nb": "Logg inn", "en": "Log in"},
    "edit.logout": {"nb": "Logg ut", "en": "Log out"},
    "edit.login_failed": {
        "nb": "Navnet eller passordet er feil.",
        "en": "The name or the password is wrong.",
    },
    "edit.login_refused": {
        "nb": "For mange mislykkede innlogginger. Prøv igjen om {minutes} min.",
        "en": "Too many failed logins. Try again in {minutes} min.",
    },
    "edit.login_busy": {
        "nb": "Mange logger inn akkurat nå. Prøv igjen om noen sekunder.",
        "en": "Many are logging in just now. Try again in a few seconds.",
    },
    "edit.session_ended": {
        "nb": "Du er logget ut (logget ut et annet sted, nytt passord eller fjernet som redaktør). "
        "Logg inn igjen.",
        "en": "You are logged out (logged out elsewhere, a new password, or removed as an editor). "
        "Log in again.",
    },
    "edit.session_idle": {
        "nb": "Du ble logget ut etter en time uten aktivitet. Logg inn igjen.",
        "en": "You were logged out after an hour without activity. Log in again.",
    },
    "edit.session_expired": {
        "nb": "Du ble logget ut etter åtte timer. Logg inn igjen.",
        "en": "You were logged out after eight hours. Log in again.",
    },
    "edit.name": {"nb": "Navn", "en": "Name"},
    "edit.password": {"nb": "Passord", "en": "Password"},
    "edit.signed_in": {"nb": "Logget inn som {name}", "en": "Logged in as {name}"},
    "edit.records": {"nb": "Oppføringer", "en": "Records"},
    "edit.downloads": {"nb": "Last ned", "en": "Download"},
    "edit.download.politics": {"nb": "Politikktabellen (.docx)", "en": "The politics table (.docx)"},
    "edit.download.report": {"nb": "Årsmeldingen (.docx)", "en": "The annual report (.docx)"},
    "edit.download.signatures": {
        "nb": "Styrets signaturside i dag (.docx)",
        "en": "The board's signature page today (.docx)",
    },
    "edit.changes": {"nb": "Siste endringer", "en": "Recent changes"},
    "edit.untracked": {
        "nb": "Datamappen er ikke i git, så endringer kan ikke vises eller angres her.",
        "en": "The data folder is not in git, so changes cannot be shown or undone here.",
    },
    "edit.no_changes": {"nb": "Ingen endringer ennå.", "en": "No changes yet."},
    "edit.when": {"nb": "Når", "en": "When"},
    "edit.who": {"nb": "Hvem", "en": "Who"},
    "edit.what": {"nb": "Hva", "en": "What"},
    "edit.undo": {"nb": "Angre", "en": "Undo"},
    "edit.undone": {"nb": "Endringen er angret.", "en": "The change was undone."},
    "edit.not_undone": {
        "nb": "Endringen kunne ikke angres uten å ødelegge andre endringer; ingenting ble endret.",
        "en": "The change could not be undone without breaking later ones; nothing was changed.",
    },
    "edit.new": {"nb": "Ny oppføring", "en": "New record"},
    "edit.change": {"nb": "Endre", "en": "Change"},
    "edit.save": {"nb": "Lagre", "en": "Save"},
    "edit.saved": {"nb": "Lagret: {id}", "en": "Saved: {id}"},
    "edit.not_saved": {
        "nb": "Ingenting ble lagret: endringen ville gitt feil i dataene, vist på siden. "
        "Rett dem, og prøv igjen.",
        "en": "Nothing was saved: the change would have left errors in the data, shown on the page. "
        "Correct them and try again.",
    },
    "edit.form_incomplete": {
        "nb": "Ingenting ble lagret: skjemaet kom ikke fram helt, så det kan ikke sjekkes om andre har "
        "endret oppføringen i mellomtiden. Verdiene dine står i skjemaet; lagre på nytt.",
        "en": "Nothing was saved: the form did not arrive whole, so it cannot be checked whether others "
        "changed the record meanwhile. Your values are in the form; save again.",
    },
    "edit.others": {
        "nb": "Filene har endringer som ikke er lagret gjennom redigeringen: {files}. De er ikke tatt med "
        "i historikken; den som gjorde dem, bør lagre dem i git.",
        "en": "The files have changes not saved through the editor: {files}. They are not in the "
        "history; whoever made them should commit them to git.",
    },
    "edit.not_recorded": {
        "nb": "Lagret, men ikke ført i historikken: {files} har endringer som ikke er lagret gjennom "
        "redigeringen, så tett inntil din at de ikke kan skilles fra hverandre.",
        "en": "Saved, but not in the history: {files} has changes not saved through the editor, so close "
        "to yours that the two cannot be told apart.",
    },
    "edit.search": {"nb": "Søk", "en": "Search"},
    "edit.search.apply": {"nb": "Søk", "en": "Search"},
    "edit.shown": {
        "nb": "Viser {first}–{last} av {matching} ({total} i alt).",
        "en": "Showing {first}–{last} of {matching} ({total} in all).",
    },
    "edit.none_found": {"nb": "Ingen oppføringer passer.", "en": "No records match."},
    "edit.pages": {"nb": "Sider", "en": "Pages"},
    "edit.previous": {"nb": "Forrige side", "en": "Previous page"},
    "edit.next": {"nb": "Neste side", "en": "Next page"},
    "edit.required": {"nb": "Dette feltet må fylles ut.", "en": "This field is required."},
    "edit.add_anyway": {"nb": "Legg den til likevel", "en": "Add it anyway"},
    "edit.meanwhile": {
        "nb": "Endret av andre mens du redigerte",
        "en": "Changed by others while you were editing",
    },
    "edit.field": {"nb": "Felt", "en": "Field"},
    "edit.before": {"nb": "Da du åpnet den", "en": "When you opened it"},
    "edit.now": {"nb": "Nå", "en": "Now"},
    "site.audience.members": {"nb": "For medlemmer", "en": "For members"},
    "site.audience.board": {"nb": "For styret", "en": "For the board"},
}


def word(key: str, language: Language, **params: object) -> str:
    """The page phrase *key* in *language*, filled in with *params*."""
    return WORDS[key][language].format(**params)
