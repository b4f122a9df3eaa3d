"""Reports for analysts: which obligations, what is due, how the buckets moved, one page.

The flow is one way, reading status and history through the engine
(:class:`~cascade.engine.tracker.Tracker`, :mod:`cascade.engine.status`):

* :mod:`cascade.report.select`: which obligations a filter keeps (``--org``,
  ``--lead``, ``--document``, ``--level``, ``--bucket``), for every command;
* :mod:`cascade.report.due`: what is overdue and what falls due within N days,
  per organisation; :mod:`cascade.report.ics` writes it as iCalendar;
* :mod:`cascade.report.trend`: the four buckets at the end of each month or
  quarter, from one pass over the history;
* :mod:`cascade.report.page`: gathers all of it, and :mod:`cascade.report.html`
  writes the self-contained HTML report.
"""

from cascade.report.select import Selection, select

__all__ = ["Selection", "select"]
