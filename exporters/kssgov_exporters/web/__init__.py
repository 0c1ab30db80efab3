"""The web site: public pages of the politics log and what is coming up, served beside the feeds.

``kssgov serve`` answers with the pages and the calendar feeds together;
``kssgov publish`` writes the same pages as static files. Every page is made
from the dataset narrowed to its audience, by templates that escape every
value. Flask is imported only by the server.
"""
